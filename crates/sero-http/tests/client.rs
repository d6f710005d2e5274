//! The configured client against loopback servers: the user agent it sends, its timeouts, and
//! the proxy variables of the environment.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sero_http::{Timeouts, agent, user_agent};
use sero_test_server::{Fixture, Server};

#[test]
fn the_user_agent_names_sero_and_its_version() {
    let server = Server::start(
        "127.0.0.1",
        vec![("/a", Fixture::new("text/plain", "hello"))],
    );
    let mut response = agent(Timeouts::total(Duration::from_secs(5)))
        .get(&server.url("/a"))
        .call()
        .expect("an answer");
    assert_eq!(response.body_mut().read_to_string().unwrap(), "hello");
    let heads = server.request_heads();
    assert_eq!(heads.len(), 1, "{heads:?}");
    let sent: Vec<&str> = heads[0]
        .lines()
        .filter_map(|line| {
            line.strip_prefix("user-agent: ")
                .or(line.strip_prefix("User-Agent: "))
        })
        .collect();
    assert_eq!(sent, [user_agent()]);
    // The version is the workspace's, which the binary's Cargo.toml takes too.
    let manifest = include_str!("../../../Cargo.toml");
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("a workspace version");
    assert!(
        user_agent() == format!("sero/{version}")
            || user_agent().starts_with(&format!("sero/{version} (+")),
        "{}",
        user_agent()
    );
    assert!(
        include_str!("../../sero/Cargo.toml").contains("\nversion.workspace = true\n"),
        "the sero binary must take the workspace's version, which the user agent names"
    );
}

#[test]
fn answers_of_any_status_are_returned() {
    let server = Server::start(
        "127.0.0.1",
        vec![("/gone", Fixture::new("text/plain", "gone").status(503))],
    );
    let response = agent(Timeouts::total(Duration::from_secs(5)))
        .get(&server.url("/gone"))
        .call()
        .expect("a 503 is an answer, not an error");
    assert_eq!(response.status().as_u16(), 503);
}

#[test]
fn a_slow_answer_times_out_after_the_total() {
    let server = Server::start(
        "127.0.0.1",
        vec![(
            "/slow",
            Fixture::new("text/plain", "late").delay(Duration::from_secs(3)),
        )],
    );
    let start = Instant::now();
    let error = agent(Timeouts::total(Duration::from_millis(300)))
        .get(&server.url("/slow"))
        .call()
        .expect_err("no answer within 0.3 s");
    assert!(
        matches!(error, sero_http::ureq::Error::Timeout(_)),
        "{error:?}"
    );
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn timeouts_are_the_callers() {
    let short = Timeouts::total(Duration::from_secs(2));
    assert_eq!(short.connect, Duration::from_secs(2));
    let long = Timeouts::total(Duration::from_secs(30));
    assert_eq!(long.connect, Timeouts::CONNECT);
    let given = Timeouts {
        connect: Duration::from_millis(700),
        total: Duration::from_secs(9),
    };
    let timeouts = agent(given).config().timeouts();
    assert_eq!(timeouts.connect, Some(Duration::from_millis(700)));
    assert_eq!(timeouts.global, Some(Duration::from_secs(9)));
}

/// A loopback HTTP proxy that records each request head it gets, accepts `CONNECT` and answers
/// the tunnelled request itself with `via proxy`.
fn recording_proxy() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let read_head = |stream: &mut std::net::TcpStream| {
                    let mut head = Vec::new();
                    let mut byte = [0; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        match stream.read(&mut byte) {
                            Ok(1) => head.push(byte[0]),
                            _ => return None,
                        }
                    }
                    Some(String::from_utf8_lossy(&head).into_owned())
                };
                let Some(head) = read_head(&mut stream) else {
                    return;
                };
                let connect = head.starts_with("CONNECT ");
                log.lock().unwrap().push(head);
                if connect {
                    let _ = stream.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
                    if read_head(&mut stream).is_none() {
                        return;
                    }
                }
                let _ = stream.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nConnection: close\r\n\r\nvia proxy",
                );
            });
        }
    });
    (port, seen)
}

const PROXY_VARIABLES: [&str; 8] = [
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// Names the URL the child process fetches (the variables are read when a process builds its
/// agent, and a test cannot change its own environment safely).
const CHILD_URL: &str = "HTTP_CLIENT_TEST_FETCH";

/// Runs [`proxy_variables_are_honoured`] in a child process with `variables` (and no other
/// proxy variable), fetching `url`; returns what it printed after `BODY:` or `ERROR:`.
fn fetch_in_child(url: &str, variables: &[(&str, String)]) -> String {
    let mut command = Command::new(std::env::current_exe().expect("the test binary"));
    command.args([
        "--exact",
        "proxy_variables_are_honoured",
        "--nocapture",
        "--test-threads=1",
    ]);
    for name in PROXY_VARIABLES {
        command.env_remove(name);
    }
    command
        .envs(variables.iter().map(|(n, v)| (n, v)))
        .env(CHILD_URL, url);
    let output = command.output().expect("the child runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "the child failed: {stdout}");
    stdout
        .lines()
        .find_map(|l| {
            // The harness prints `test … ` before the child's line, on the same line.
            let at = l.find("BODY:").or_else(|| l.find("ERROR:"))?;
            let rest = &l[at..];
            rest.strip_prefix("BODY:").or(rest.strip_prefix("ERROR:"))
        })
        .unwrap_or_else(|| panic!("the child printed no result: {stdout}"))
        .to_owned()
}

#[test]
fn proxy_variables_are_honoured() {
    if let Ok(url) = std::env::var(CHILD_URL) {
        // The child: one request with the environment it was given.
        match agent(Timeouts::total(Duration::from_secs(5)))
            .get(&url)
            .call()
        {
            Ok(mut response) => {
                println!(
                    "BODY:{}",
                    response.body_mut().read_to_string().unwrap_or_default()
                )
            }
            Err(error) => println!("ERROR:{error}"),
        }
        return;
    }
    let (port, seen) = recording_proxy();
    let proxy = format!("http://127.0.0.1:{port}");
    let server = Server::start(
        "127.0.0.1",
        vec![("/direct", Fixture::new("text/plain", "direct"))],
    );
    // Each of the variables, upper and lower case, sends a request through the proxy; the host
    // need not resolve, since the proxy connects to it.
    for (i, name) in PROXY_VARIABLES[..6].iter().enumerate() {
        let host = format!("host{i}.sero.invalid");
        let body = fetch_in_child(&format!("http://{host}/x"), &[(name, proxy.clone())]);
        assert_eq!(body, "via proxy", "{name}");
        let heads = seen.lock().unwrap().clone();
        let last = heads.last().expect("the proxy was asked");
        assert!(
            last.starts_with(&format!("CONNECT {host}:80 HTTP/1.1")),
            "{name}: {last}"
        );
        assert!(last.contains(user_agent()), "{name}: {last}");
    }
    // NO_PROXY and no_proxy: the loopback server is reached directly, the proxy is not asked.
    for name in ["NO_PROXY", "no_proxy"] {
        let before = seen.lock().unwrap().len();
        let body = fetch_in_child(
            &server.url("/direct"),
            &[
                ("HTTPS_PROXY", proxy.clone()),
                (name, "localhost,127.0.0.1".to_owned()),
            ],
        );
        assert_eq!(body, "direct", "{name}");
        assert_eq!(seen.lock().unwrap().len(), before, "{name}");
    }
    // Without any variable, no proxy.
    let body = fetch_in_child(&server.url("/direct"), &[]);
    assert_eq!(body, "direct");
    assert_eq!(server.served("/direct"), 3);
}
