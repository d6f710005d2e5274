//! A loopback HTTP/1.1 server for sero's tests (sero-measure's and the CLI's): fixtures from memory, a thread per connection,
//! one response per connection (`Connection: close`), and a log of the exact bytes written for
//! each request — status line, headers and body — to compare with what Chromium counted.
//!
//! Closing each connection changes nothing in the counts: `encodedDataLength` covers the
//! response only (status line, headers, body), never TCP or connection reuse.

pub mod accessibility;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One response, served for every request of its path.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Send the headers (with the body's length) and never the body: the request stays open
    /// until the browser gives up on it.
    pub withhold_body: bool,
    /// How long to wait before answering.
    delay: Duration,
    /// The fixture for the next request of the same path, when this one is served once.
    then: Option<Box<Fixture>>,
}

impl Fixture {
    pub fn new(content_type: &str, body: impl Into<Vec<u8>>) -> Fixture {
        Fixture {
            status: 200,
            headers: vec![("Content-Type".to_owned(), content_type.to_owned())],
            body: body.into(),
            withhold_body: false,
            delay: Duration::ZERO,
            then: None,
        }
    }

    pub fn html(body: &str) -> Fixture {
        Fixture::new("text/html; charset=utf-8", body)
    }

    pub fn status(mut self, status: u16) -> Fixture {
        self.status = status;
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Fixture {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn withhold_body(mut self) -> Fixture {
        self.withhold_body = true;
        self
    }

    /// Waits `delay` after reading the request before answering (to test clients' timeouts).
    pub fn delay(mut self, delay: Duration) -> Fixture {
        self.delay = delay;
        self
    }

    /// Serves this fixture once, then `next` for the following requests of the same path
    /// (chains: `a.then(b).then(c)` serves a, b, then c for every later request).
    pub fn then(mut self, next: Fixture) -> Fixture {
        self.then = Some(Box::new(match self.then.take() {
            None => next,
            Some(after) => after.then(next),
        }));
        self
    }

    /// The fixture for the request that is number `n` (from 0) of its path.
    fn nth(&self, n: usize) -> &Fixture {
        match (&self.then, n) {
            (Some(next), n) if n > 0 => next.nth(n - 1),
            _ => self,
        }
    }

    /// The exact bytes sent on the wire.
    fn response(&self) -> Vec<u8> {
        let reason = match self.status {
            200 => "OK",
            301 => "Moved Permanently",
            404 => "Not Found",
            _ => "Whatever",
        };
        let mut head = format!("HTTP/1.1 {} {reason}\r\n", self.status);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.body.len()
        ));
        let mut bytes = head.into_bytes();
        if !self.withhold_body {
            bytes.extend_from_slice(&self.body);
        }
        bytes
    }
}

/// A running server; it lives until the test process exits.
pub struct Server {
    pub host: String,
    pub port: u16,
    log: Arc<Mutex<Vec<(String, usize)>>>,
    /// Every request's path (with its query), in the order they arrived.
    requests: Arc<Mutex<Vec<String>>>,
    /// Every request's head (request line and headers), in the order they arrived.
    heads: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Serves `routes` on `host` (a loopback address) and a free port; other paths get a 404.
    pub fn start(host: &str, routes: Vec<(&str, Fixture)>) -> Server {
        let listener = TcpListener::bind((host, 0)).expect("a free loopback port");
        let port = listener.local_addr().expect("a bound address").port();
        let routes: Arc<HashMap<String, Fixture>> = Arc::new(
            routes
                .into_iter()
                .map(|(path, fixture)| (path.to_owned(), fixture))
                .collect(),
        );
        let log = Arc::new(Mutex::new(Vec::new()));
        let server_log = Arc::clone(&log);
        let requests = Arc::new(Mutex::new(Vec::new()));
        let server_requests = Arc::clone(&requests);
        let heads = Arc::new(Mutex::new(Vec::new()));
        let server_heads = Arc::clone(&heads);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let routes = Arc::clone(&routes);
                let log = Arc::clone(&server_log);
                let requests = Arc::clone(&server_requests);
                let heads = Arc::clone(&server_heads);
                std::thread::spawn(move || serve(stream, &routes, &log, &requests, &heads));
            }
        });
        Server {
            host: host.to_owned(),
            port,
            log,
            requests,
            heads,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}:{}{path}", self.host, self.port)
    }

    /// How many times `path` was served.
    pub fn served(&self, path: &str) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|(served, _)| served == path)
            .count()
    }

    /// The paths of all requests received so far, in order of arrival, answered or not.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }

    /// The heads (request line and headers, as received) of all requests so far, in order of
    /// arrival.
    pub fn request_heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    /// The bytes written for `path`, the same every time it was served; panics if it never was.
    pub fn bytes(&self, path: &str) -> u64 {
        let log = self.log.lock().unwrap();
        let sizes: Vec<usize> = log
            .iter()
            .filter(|(served, _)| served == path)
            .map(|(_, bytes)| *bytes)
            .collect();
        assert!(
            !sizes.is_empty(),
            "`{path}` was never served; served: {log:?}"
        );
        assert!(
            sizes.windows(2).all(|pair| pair[0] == pair[1]),
            "`{path}` sizes vary: {sizes:?}"
        );
        sizes[0] as u64
    }

    /// The path of one of this server's URLs, or `None` for another server's.
    pub fn path_of<'a>(&self, url: &'a str) -> Option<&'a str> {
        let origin = format!("http://{}:{}", self.host, self.port);
        url.strip_prefix(&origin)
            .filter(|path| path.starts_with('/'))
    }
}

fn serve(
    mut stream: TcpStream,
    routes: &HashMap<String, Fixture>,
    log: &Mutex<Vec<(String, usize)>>,
    requests: &Mutex<Vec<String>>,
    heads: &Mutex<Vec<String>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut request = Vec::new();
    let mut buffer = [0; 4096];
    while !request.windows(4).any(|window| window == b"\r\n\r\n") {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return,
            Ok(read) => request.extend_from_slice(&buffer[..read]),
        }
        // A TLS handshake (its first byte is 0x16) on this plain HTTP port: answer as nginx
        // does, in plain HTTP, which the browser's TLS client takes for a protocol error.
        if request.first() == Some(&0x16) {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            let _ = stream.shutdown(Shutdown::Both);
            return;
        }
    }
    let head = String::from_utf8_lossy(&request);
    if let Some(end) = head.find("\r\n\r\n") {
        heads.lock().unwrap().push(head[..end].to_owned());
    }
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let not_found = Fixture::new("text/plain", "not found").status(404);
    let n = {
        let mut requests = requests.lock().unwrap();
        let n = requests.iter().filter(|p| **p == path).count();
        requests.push(path.clone());
        n
    };
    let fixture = routes.get(&path).unwrap_or(&not_found).nth(n);
    if !fixture.delay.is_zero() {
        std::thread::sleep(fixture.delay);
    }
    let response = fixture.response();
    if stream.write_all(&response).is_ok() && stream.flush().is_ok() {
        log.lock().unwrap().push((path, response.len()));
    }
    if fixture.withhold_body {
        // Keep the response open, body missing, until the browser closes the connection.
        let _ = std::io::copy(&mut stream, &mut std::io::sink());
    }
    // Close our side, then read until the browser closes its own, so that no unread request
    // byte turns the close into a reset that could cut the response short.
    let _ = stream.shutdown(Shutdown::Write);
    let _ = std::io::copy(&mut stream, &mut std::io::sink());
}
