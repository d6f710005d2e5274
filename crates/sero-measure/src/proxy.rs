//! The guarding forward proxy: every connection of a guarded measurement's browser goes
//! through it, and it connects only to addresses the [`Policy`] allows.
//!
//! It listens on a loopback port and understands the two forms a browser sends to an HTTP
//! proxy: `CONNECT host:port` (HTTPS and WebSockets: after `200` the bytes pass through
//! untouched, TLS included) and an absolute-form request (`GET http://host/path HTTP/1.1`),
//! forwarded in origin form with `Connection: close` and without the `Proxy-*` headers. For
//! each, it resolves the host itself, checks every address ([`guard::resolve`]), connects to a
//! checked address and never resolves the name again. A refused host gets `403 Forbidden` and
//! is recorded, with the URL for a plain HTTP request.
//!
//! Responses pass through byte for byte, so the browser counts what the server sent, as it
//! would without the proxy. One request per browser connection: after the response the
//! connection closes, so a connection is never reused for another host.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

use crate::guard::{self, Denied, Policy};

/// How long a connection may stay silent (no byte either way) before the proxy closes it, and
/// how long a connection to a server may take to open. A page's own timeout
/// ([`crate::Options::page_timeout`], 30 s by default) ends a measurement sooner.
pub(crate) const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
pub(crate) const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// One host the proxy did not reach, and the URL asked for when it was a plain HTTP request
/// (an HTTPS one is a tunnel: the proxy never sees its URL).
#[derive(Clone, Debug)]
pub(crate) struct Denial {
    pub(crate) denied: Denied,
    pub(crate) url: Option<String>,
}

impl Denial {
    /// The status of the proxy's own answer: `403` for a refused host, `502` for one it could
    /// not reach.
    pub(crate) fn status(&self) -> u16 {
        match self.denied {
            Denied::Refused(_) => 403,
            Denied::Unresolved { .. } | Denied::Unreachable { .. } => 502,
        }
    }
}

/// A running proxy; it stops when dropped.
pub(crate) struct Proxy {
    pub(crate) address: SocketAddr,
    denials: Arc<Mutex<Vec<Denial>>>,
    task: JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Proxy {
    /// Starts a proxy for `policy` on a free loopback port.
    pub(crate) async fn start(policy: Policy) -> std::io::Result<Proxy> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let address = listener.local_addr()?;
        let denials = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(Semaphore::new(
            sero_limits::PROXY_CONNECTIONS.get_usize().max(1),
        ));
        let policy = Arc::new(policy);
        let task = tokio::spawn({
            let denials = Arc::clone(&denials);
            async move {
                let mut handlers = tokio::task::JoinSet::new();
                loop {
                    // Past the limit, connections wait in the listener's backlog.
                    let Ok(permit) = Arc::clone(&connections).acquire_owned().await else {
                        return;
                    };
                    let Ok((stream, _)) = listener.accept().await else {
                        continue;
                    };
                    let policy = Arc::clone(&policy);
                    let denials = Arc::clone(&denials);
                    handlers.spawn(async move {
                        serve(stream, &policy, &denials).await;
                        drop(permit);
                    });
                    while handlers.try_join_next().is_some() {}
                }
            }
        });
        Ok(Proxy {
            address,
            denials,
            task,
        })
    }

    /// What the proxy refused or could not resolve so far, in order.
    pub(crate) fn denials(&self) -> Vec<Denial> {
        self.denials
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

/// A request head as the browser sent it.
struct Head {
    method: String,
    target: String,
    version: String,
    /// Header lines, without their line ends.
    headers: Vec<String>,
}

async fn serve(mut client: TcpStream, policy: &Policy, denials: &Mutex<Vec<Denial>>) {
    let Some((head, rest)) = read_head(&mut client).await else {
        return;
    };
    let (host, port, url, forwarded) = if head.method.eq_ignore_ascii_case("CONNECT") {
        let Some((host, port)) = split_authority(&head.target, None) else {
            let _ = answer(&mut client, "400 Bad Request").await;
            return;
        };
        (host, port, None, None)
    } else {
        let Some((host, port, path)) = split_absolute(&head.target) else {
            let _ = answer(&mut client, "400 Bad Request").await;
            return;
        };
        let forwarded = origin_form(&head, &path);
        (host, port, Some(head.target.clone()), Some(forwarded))
    };
    let denied = match guard::resolve(&host, port, policy).await {
        Ok(addresses) => match connect(&addresses).await {
            Some(upstream) => Ok(upstream),
            None => Err(Denied::Unreachable { host, port }),
        },
        Err(denied) => Err(denied),
    };
    let mut upstream = match denied {
        Ok(upstream) => upstream,
        Err(denied) => {
            let denial = Denial { denied, url };
            let status = match denial.status() {
                403 => "403 Forbidden",
                _ => "502 Bad Gateway",
            };
            denials
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .push(denial);
            let _ = answer(&mut client, status).await;
            return;
        }
    };
    let opened = match forwarded {
        None => client
            .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            .await
            .is_ok(),
        Some(head) => upstream.write_all(head.as_bytes()).await.is_ok(),
    };
    if !opened || upstream.write_all(&rest).await.is_err() {
        return;
    }
    relay(&mut client, &mut upstream).await;
}

/// Connects to the first of `addresses` that answers: only these, never the name again.
async fn connect(addresses: &[SocketAddr]) -> Option<TcpStream> {
    for address in addresses {
        if let Ok(Ok(stream)) =
            tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(address)).await
        {
            return Some(stream);
        }
    }
    None
}

/// A short answer from the proxy itself, after which the connection closes.
async fn answer(client: &mut TcpStream, status: &str) -> std::io::Result<()> {
    let response = format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    client.write_all(response.as_bytes()).await?;
    client.shutdown().await
}

/// Reads the request head (up to `sero_limits::PROXY_HEAD_SIZE` bytes, each read within
/// [`IDLE_TIMEOUT`]); returns it with the bytes read past it. A head too large gets `431`.
async fn read_head(client: &mut TcpStream) -> Option<(Head, Vec<u8>)> {
    let limit = sero_limits::PROXY_HEAD_SIZE.get_usize();
    let mut buffer = Vec::new();
    let mut chunk = [0; 4096];
    let end = loop {
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break end;
        }
        if buffer.len() > limit {
            let _ = answer(client, "431 Request Header Fields Too Large").await;
            return None;
        }
        match tokio::time::timeout(IDLE_TIMEOUT, client.read(&mut chunk)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => return None,
            Ok(Ok(read)) => buffer.extend_from_slice(&chunk[..read]),
        }
    };
    if end > limit {
        let _ = answer(client, "431 Request Header Fields Too Large").await;
        return None;
    }
    let rest = buffer.split_off(end + 4);
    let text = String::from_utf8_lossy(&buffer[..end]).into_owned();
    let mut lines = text.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let (Some(method), Some(target), Some(version), None) = (
        request_line.next(),
        request_line.next(),
        request_line.next(),
        request_line.next(),
    ) else {
        let _ = answer(client, "400 Bad Request").await;
        return None;
    };
    let head = Head {
        method: method.to_owned(),
        target: target.to_owned(),
        version: version.to_owned(),
        headers: lines.map(str::to_owned).collect(),
    };
    Some((head, rest))
}

/// `host` and `port` of `host:port`, `[v6]:port` or, with a default port, a bare host.
pub(crate) fn split_authority(authority: &str, default_port: Option<u16>) -> Option<(String, u16)> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (inside, after) = rest.split_once(']')?;
        let host = format!("[{inside}]");
        match after.strip_prefix(':') {
            Some(port) => (host, port.parse().ok()?),
            None if after.is_empty() => (host, default_port?),
            None => return None,
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host.to_owned(), port.parse().ok()?),
            None => (authority.to_owned(), default_port?),
        }
    };
    (!host.is_empty() && !host.contains(['@', '/', ' ']) && port != 0).then_some((host, port))
}

/// Host, port and origin-form path (`/…`, with the query) of `http://authority/path?query`.
fn split_absolute(target: &str) -> Option<(String, u16, String)> {
    let scheme_end = target.find("://")?;
    if !target[..scheme_end].eq_ignore_ascii_case("http") {
        return None;
    }
    let rest = &target[scheme_end + 3..];
    let path_start = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(path_start);
    let (host, port) = split_authority(authority, Some(80))?;
    let path = match path {
        "" => "/".to_owned(),
        path if path.starts_with('?') => format!("/{path}"),
        path => path.to_owned(),
    };
    Some((host, port, path))
}

/// The request head as the server receives it: origin form, the browser's headers less the
/// hop-by-hop ones, and `Connection: close`.
fn origin_form(head: &Head, path: &str) -> String {
    const HOP_BY_HOP: [&str; 4] = [
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authorization",
    ];
    let mut text = format!("{} {path} {}\r\n", head.method, head.version);
    for line in &head.headers {
        let name = line.split(':').next().unwrap_or_default().trim();
        if !HOP_BY_HOP.iter().any(|hop| name.eq_ignore_ascii_case(hop)) {
            text.push_str(line);
            text.push_str("\r\n");
        }
    }
    text.push_str("Connection: close\r\n\r\n");
    text
}

/// Passes bytes both ways until both sides have finished, or nothing moves for
/// [`IDLE_TIMEOUT`].
async fn relay(client: &mut TcpStream, upstream: &mut TcpStream) {
    let (mut client_read, mut client_write) = client.split();
    let (mut upstream_read, mut upstream_write) = upstream.split();
    let mut from_client = vec![0; 16 * 1024];
    let mut from_upstream = vec![0; 16 * 1024];
    let (mut client_open, mut upstream_open) = (true, true);
    while client_open || upstream_open {
        tokio::select! {
            read = client_read.read(&mut from_client), if client_open => match read {
                Ok(0) | Err(_) => {
                    client_open = false;
                    let _ = upstream_write.shutdown().await;
                }
                Ok(read) => {
                    if upstream_write.write_all(&from_client[..read]).await.is_err() {
                        return;
                    }
                }
            },
            read = upstream_read.read(&mut from_upstream), if upstream_open => match read {
                Ok(0) | Err(_) => {
                    upstream_open = false;
                    let _ = client_write.shutdown().await;
                }
                Ok(read) => {
                    if client_write.write_all(&from_upstream[..read]).await.is_err() {
                        return;
                    }
                }
            },
            () = tokio::time::sleep(IDLE_TIMEOUT) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authorities_and_absolute_targets() {
        assert_eq!(
            split_authority("example.org:443", None),
            Some(("example.org".into(), 443))
        );
        assert_eq!(
            split_authority("[::1]:8443", None),
            Some(("[::1]".into(), 8443))
        );
        assert_eq!(
            split_authority("[::1]", Some(80)),
            Some(("[::1]".into(), 80))
        );
        assert_eq!(
            split_authority("example.org", None),
            None,
            "CONNECT needs a port"
        );
        assert_eq!(split_authority("example.org:0", None), None);
        assert_eq!(split_authority("user@example.org:80", None), None);
        assert_eq!(
            split_absolute("http://127.0.0.1:8080/a/b?c=d"),
            Some(("127.0.0.1".into(), 8080, "/a/b?c=d".into()))
        );
        assert_eq!(
            split_absolute("HTTP://example.org"),
            Some(("example.org".into(), 80, "/".into()))
        );
        assert_eq!(
            split_absolute("http://example.org?q"),
            Some(("example.org".into(), 80, "/?q".into()))
        );
        assert_eq!(
            split_absolute("/relative"),
            None,
            "origin form is not for a proxy"
        );
        assert_eq!(split_absolute("ftp://example.org/"), None);
    }

    #[test]
    fn forwarded_head_drops_hop_by_hop_headers() {
        let head = Head {
            method: "GET".into(),
            target: "http://example.org/x".into(),
            version: "HTTP/1.1".into(),
            headers: vec![
                "Host: example.org".into(),
                "Proxy-Connection: keep-alive".into(),
                "Connection: keep-alive".into(),
                "Accept: */*".into(),
            ],
        };
        assert_eq!(
            origin_form(&head, "/x"),
            "GET /x HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\nConnection: close\r\n\r\n"
        );
    }

    use sero_test_server::{Fixture, Server};

    fn allowing(server: &Server) -> Policy {
        Policy {
            allow_private: false,
            allow: vec![SocketAddr::new(server.host.parse().unwrap(), server.port)],
        }
    }

    /// Sends `request` to the proxy and returns everything it answers until it closes.
    async fn exchange(proxy: &Proxy, request: &[u8]) -> Vec<u8> {
        let mut stream = TcpStream::connect(proxy.address).await.unwrap();
        stream.write_all(request).await.unwrap();
        let mut answer = Vec::new();
        tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer))
            .await
            .expect("the proxy answers and closes")
            .unwrap();
        answer
    }

    /// A plain HTTP request goes to the checked address in origin form, and the response comes
    /// back byte for byte.
    #[tokio::test]
    async fn forwards_an_allowed_request_byte_for_byte() {
        let server = Server::start("127.0.0.1", vec![("/page", Fixture::html("<p>hello</p>"))]);
        let proxy = Proxy::start(allowing(&server)).await.unwrap();
        let request = format!(
            "GET {} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nProxy-Connection: keep-alive\r\n\r\n",
            server.url("/page"),
            server.port
        );
        let answer = exchange(&proxy, request.as_bytes()).await;
        assert_eq!(answer.len() as u64, server.bytes("/page"));
        assert!(answer.ends_with(b"<p>hello</p>"));
        let heads = server.request_heads();
        assert!(heads[0].starts_with("GET /page HTTP/1.1\r\n"), "{heads:?}");
        assert!(!heads[0].contains("Proxy-Connection"), "{heads:?}");
        assert!(proxy.denials().is_empty());
    }

    /// A tunnel to an allowed address passes bytes untouched both ways.
    #[tokio::test]
    async fn tunnels_to_an_allowed_address() {
        let server = Server::start("127.0.0.1", vec![("/", Fixture::html("tunnelled"))]);
        let proxy = Proxy::start(allowing(&server)).await.unwrap();
        let request = format!(
            "CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n\
             GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n",
            port = server.port
        );
        let answer = exchange(&proxy, request.as_bytes()).await;
        let established = b"HTTP/1.1 200 Connection Established\r\n\r\n";
        assert!(
            answer.starts_with(established),
            "{}",
            String::from_utf8_lossy(&answer)
        );
        assert_eq!((answer.len() - established.len()) as u64, server.bytes("/"));
        assert!(answer.ends_with(b"tunnelled"));
    }

    /// Refused hosts get 403, are recorded, and no connection reaches them: not by address,
    /// not by a name that resolves to loopback, not in IPv6 or IPv4-mapped form.
    #[tokio::test]
    async fn refuses_loopback_in_every_form() {
        let server = Server::start("127.0.0.1", vec![("/", Fixture::html("secret"))]);
        let proxy = Proxy::start(Policy::default()).await.unwrap();
        let port = server.port;
        let requests = [
            format!("CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n"),
            format!("CONNECT localhost:{port} HTTP/1.1\r\n\r\n"),
            format!("CONNECT [::1]:{port} HTTP/1.1\r\n\r\n"),
            format!("CONNECT [::ffff:127.0.0.1]:{port} HTTP/1.1\r\n\r\n"),
            format!("GET http://127.0.0.1:{port}/ HTTP/1.1\r\n\r\n"),
            format!("GET http://localhost:{port}/ HTTP/1.1\r\n\r\n"),
            "GET http://169.254.169.254/latest/meta-data/ HTTP/1.1\r\n\r\n".to_owned(),
        ];
        for request in &requests {
            let answer = exchange(&proxy, request.as_bytes()).await;
            assert!(
                answer.starts_with(b"HTTP/1.1 403 Forbidden\r\n"),
                "{request}: {}",
                String::from_utf8_lossy(&answer)
            );
        }
        assert!(server.requests().is_empty(), "nothing reached the server");
        let denials = proxy.denials();
        assert_eq!(denials.len(), requests.len());
        let Denied::Refused(refusal) = &denials[1].denied else {
            panic!("{denials:?}");
        };
        assert_eq!(refusal.host, "localhost");
        assert!(refusal.address.ip().is_loopback());
        assert_eq!(
            denials[4].url.as_deref(),
            Some(format!("http://127.0.0.1:{port}/").as_str())
        );
        let Denied::Refused(metadata) = &denials[6].denied else {
            panic!("{denials:?}");
        };
        assert_eq!(metadata.range, crate::guard::Range::LinkLocal);
    }

    /// An allowed address where nothing listens gets 502, recorded with its URL.
    #[tokio::test]
    async fn an_allowed_address_that_does_not_answer_gets_502() {
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port");
        let proxy = Proxy::start(Policy {
            allow_private: false,
            allow: vec![closed],
        })
        .await
        .unwrap();
        let url = format!("http://{closed}/x.png");
        let answer = exchange(&proxy, format!("GET {url} HTTP/1.1\r\n\r\n").as_bytes()).await;
        assert!(answer.starts_with(b"HTTP/1.1 502 Bad Gateway\r\n"));
        let denials = proxy.denials();
        assert_eq!(denials.len(), 1);
        assert_eq!(denials[0].url.as_deref(), Some(url.as_str()));
        assert_eq!(denials[0].status(), 502);
        assert!(matches!(
            &denials[0].denied,
            Denied::Unreachable { host, port } if host == "127.0.0.1" && *port == closed.port()
        ));
    }

    /// Bad requests get 400, an oversized head 431.
    #[tokio::test]
    async fn bad_and_oversized_heads() {
        let proxy = Proxy::start(Policy::default()).await.unwrap();
        for request in [
            "GET /origin-form HTTP/1.1\r\n\r\n",
            "CONNECT no-port HTTP/1.1\r\n\r\n",
            "GET ftp://example.org/ HTTP/1.1\r\n\r\n",
            "NONSENSE\r\n\r\n",
        ] {
            let answer = exchange(&proxy, request.as_bytes()).await;
            assert!(
                answer.starts_with(b"HTTP/1.1 400 Bad Request\r\n"),
                "{request}"
            );
        }
        let limit = sero_limits::PROXY_HEAD_SIZE.get_usize();
        let huge = format!(
            "GET http://example.org/ HTTP/1.1\r\nX-Big: {}\r\n\r\n",
            "a".repeat(limit + 10)
        );
        let answer = exchange(&proxy, huge.as_bytes()).await;
        assert!(
            answer.starts_with(b"HTTP/1.1 431 Request Header Fields Too Large\r\n"),
            "{}",
            String::from_utf8_lossy(&answer)
        );
        assert!(proxy.denials().is_empty(), "nothing was resolved");
    }
}
