//! Turns the `Network` events of one page view into [`Resource`]s.
//!
//! The counting rules follow chrome-har (the HAR writer behind sitespeed.io) so sero's bytes
//! match the tools people compare it with:
//!
//! - a resource's bytes are `loadingFinished.encodedDataLength`: the response as Chromium read
//!   it off the connection — status line, headers and body as sent (compressed if it was) — and
//!   nothing of TLS, TCP or the request. Over HTTP/1.1 that is exactly what the server wrote:
//!   the tests check it byte for byte, for plain and gzip-encoded responses and redirects;
//!   when Chromium reports −1 there, the sum of `dataReceived.encodedDataLength` stands in;
//! - each redirect is a resource of its own, counted with its response's `encodedDataLength`;
//! - a request that failed is dropped, except one that failed with `net::ERR_ABORTED` (the page
//!   or the browser cancelled it, often after bytes arrived), which is kept with the bytes
//!   Chromium had read: its response headers (`responseReceived`'s `encodedDataLength`) and
//!   the body data received. Bytes the server had sent that Chromium never read (still in the
//!   socket when the request was cancelled) are not counted, so for a cancelled request the
//!   count can be below what the server wrote — a media element that receives an error status
//!   cancels after reading the headers, for example; such a resource is marked `cancelled`,
//!   and the view's limits say how many there were. So is a response that Chromium reports
//!   as finished with less body than its `Content-Length` (an image it could not decode, whose
//!   download it stopped);
//! - `data:` and `blob:` URLs never touch the network and are skipped;
//! - a request still loading when the view ends has no final count and is left out, and the
//!   caller says so in the measurement's limits.
//!
//! Events arrive on one channel per event kind, so their order across kinds is not guaranteed;
//! everything here is keyed by request id and read only when the view is over.

use std::collections::HashMap;

use sero_core::page::Resource;

use crate::events::{NetworkEvent, RequestWillBeSent, Response};
use crate::site;

/// The `errorText` of a request the page or browser cancelled; chrome-har keeps these.
const ABORTED: &str = "net::ERR_ABORTED";

#[derive(Debug, Default)]
pub struct Collector {
    requests: HashMap<String, RequestRecord>,
    /// Workers (and any other target) the page started, with their kind and script URL.
    children: Vec<ChildTarget>,
    /// Request ids in the order their first `requestWillBeSent` arrived (these events come on
    /// one channel, in the order Chromium sent them).
    order: Vec<String>,
}

#[derive(Debug, Default)]
struct RequestRecord {
    /// One entry per URL this request id visited; all but the last ended in a redirect.
    hops: Vec<Hop>,
    response: Option<Response>,
    response_type: Option<String>,
    served_from_cache: bool,
    decoded_body_bytes: u64,
    encoded_data_bytes: i64,
    finished_bytes: Option<f64>,
    failure: Option<String>,
}

#[derive(Debug)]
struct Hop {
    url: String,
    resource_type: Option<String>,
    /// The response that redirected this hop to the next one.
    redirect: Option<Response>,
}

/// What the view's main document answered.
#[derive(Clone, Debug, PartialEq)]
pub struct MainDocument {
    pub url: String,
    pub status: u16,
    pub mime_type: String,
}

/// A target the page started that reports its requests on a DevTools session of its own: a
/// web worker, a service worker, an out-of-process frame.
#[derive(Clone, Debug, PartialEq)]
pub struct ChildTarget {
    /// The DevTools target type: `worker`, `shared_worker`, `service_worker`, `iframe`.
    pub kind: String,
    pub url: String,
}

/// The requests of a view once it is over.
#[derive(Debug, Default)]
pub struct Collected {
    pub resources: Vec<Resource>,
    /// Requests that had not finished loading and are therefore not counted.
    pub unfinished: usize,
    /// Targets whose requests are not seen (see [`ChildTarget`]).
    pub children: Vec<ChildTarget>,
}

impl Collected {
    /// Resources the browser or the page cancelled before they finished.
    pub fn cancelled(&self) -> usize {
        self.resources.iter().filter(|r| r.cancelled).count()
    }
}

impl Collector {
    pub fn apply(&mut self, event: NetworkEvent) {
        let id = event.request_id().to_owned();
        let record = self.requests.entry(id.clone()).or_default();
        if matches!(event, NetworkEvent::RequestWillBeSent(_)) && record.hops.is_empty() {
            self.order.push(id);
        }
        match event {
            NetworkEvent::RequestWillBeSent(event) => record.start_hop(event),
            NetworkEvent::ResponseReceived(event) => {
                record.response = Some(event.response);
                record.response_type = event.resource_type;
            }
            NetworkEvent::RequestServedFromCache { .. } => record.served_from_cache = true,
            NetworkEvent::DataReceived {
                data_length,
                encoded_data_length,
                ..
            } => {
                record.decoded_body_bytes += data_length;
                record.encoded_data_bytes += encoded_data_length.max(0);
            }
            NetworkEvent::LoadingFinished {
                encoded_data_length,
                ..
            } => {
                record.finished_bytes = Some(encoded_data_length);
            }
            NetworkEvent::LoadingFailed { error_text, .. } => record.failure = Some(error_text),
        }
    }

    /// Records a target the page started. Chromium announces a worker's script request on the
    /// page's session but reports its end on the worker's own, which we do not follow: that
    /// request (matched by URL, whatever order the events came in) is handed over, neither
    /// counted nor waited for.
    pub fn child_target(&mut self, child: ChildTarget) {
        self.children.push(child);
    }

    fn handed_over(&self, record: &RequestRecord) -> bool {
        record
            .hops
            .last()
            .is_some_and(|hop| self.children.iter().any(|child| child.url == hop.url))
    }

    /// Requests announced and neither finished nor failed yet.
    pub fn in_flight(&self) -> usize {
        self.requests
            .values()
            .filter(|record| {
                !record.hops.is_empty() && record.is_loading() && !self.handed_over(record)
            })
            .count()
    }

    /// The final response of the main frame's navigation whose loader (and request) id is
    /// `loader_id`, once it has arrived.
    pub fn main_document(&self, loader_id: &str) -> Option<MainDocument> {
        let record = self.requests.get(loader_id)?;
        let response = record.response.as_ref()?;
        Some(MainDocument {
            url: record
                .hops
                .last()
                .map_or_else(|| response.url.clone(), |hop| hop.url.clone()),
            status: status_code(response.status),
            mime_type: response.mime_type.clone(),
        })
    }

    /// The view's resources, in request order.
    pub fn finish(self, page_url: &str) -> Collected {
        let page_host = site::host_of(page_url).unwrap_or_default();
        let mut collected = Collected::default();
        for id in &self.order {
            let record = &self.requests[id];
            let Some((last, redirected)) = record.hops.split_last() else {
                continue;
            };
            for hop in redirected {
                if let Some(response) = &hop.redirect {
                    collected
                        .resources
                        .extend(hop_resource(hop, response, &page_host));
                }
            }
            if record.is_loading() {
                if !self.handed_over(record) {
                    collected.unfinished += 1;
                }
                continue;
            }
            if record
                .failure
                .as_deref()
                .is_some_and(|failure| failure != ABORTED)
            {
                continue;
            }
            collected
                .resources
                .extend(final_resource(record, last, &page_host));
        }
        collected.children = self.children;
        collected
    }
}

impl RequestRecord {
    fn start_hop(&mut self, event: RequestWillBeSent) {
        if let (Some(previous), Some(redirect)) = (self.hops.last_mut(), event.redirect_response) {
            previous.redirect = Some(redirect);
        }
        self.hops.push(Hop {
            url: event.request.url,
            resource_type: event.resource_type,
            redirect: None,
        });
    }

    fn is_loading(&self) -> bool {
        self.finished_bytes.is_none() && self.failure.is_none()
    }
}

fn skipped(url: &str) -> bool {
    url.starts_with("data:") || url.starts_with("blob:")
}

fn status_code(status: f64) -> u16 {
    // Chromium reports the status as a number; anything outside u16 is not a real status.
    if (0.0..=f64::from(u16::MAX)).contains(&status) {
        status as u16
    } else {
        0
    }
}

fn bytes(value: f64) -> u64 {
    if value.is_finite() && value > 0.0 {
        value.round() as u64
    } else {
        0
    }
}

fn hop_resource(hop: &Hop, response: &Response, page_host: &str) -> Option<Resource> {
    if skipped(&hop.url) {
        return None;
    }
    let transfer_bytes = bytes(response.encoded_data_length.unwrap_or_default());
    Some(resource(
        &hop.url,
        hop.resource_type.as_deref(),
        response,
        transfer_bytes,
        None,
        from_cache(response),
        page_host,
    ))
}

fn final_resource(record: &RequestRecord, hop: &Hop, page_host: &str) -> Option<Resource> {
    if skipped(&hop.url) {
        return None;
    }
    let resource_type = record
        .response_type
        .as_deref()
        .or(hop.resource_type.as_deref());
    let transfer_bytes = match record.finished_bytes {
        Some(finished) if finished >= 0.0 => bytes(finished),
        // No final count: chrome-har and Lighthouse fall back to what the data events carried,
        // plus the response headers when the response had arrived.
        _ => {
            let headers = record
                .response
                .as_ref()
                .and_then(|r| r.encoded_data_length)
                .map_or(0, bytes);
            headers + u64::try_from(record.encoded_data_bytes).unwrap_or(0)
        }
    };
    let from_cache = record.served_from_cache || record.response.as_ref().is_some_and(from_cache);
    let body_bytes = record.finished_bytes.map(|_| record.decoded_body_bytes);
    let cancelled = record.failure.as_deref() == Some(ABORTED) || cut_short(record);
    match &record.response {
        Some(response) => Some(Resource {
            cancelled,
            ..resource(
                &hop.url,
                resource_type,
                response,
                transfer_bytes,
                body_bytes,
                from_cache,
                page_host,
            )
        }),
        // Aborted before any response: kept, as chrome-har keeps it, with no status.
        None => {
            let domain = site::host_of(&hop.url).unwrap_or_default();
            Some(Resource {
                url: hop.url.clone(),
                first_party: site::same_party(&domain, page_host),
                domain,
                resource_type: resource_type.unwrap_or("Other").to_owned(),
                mime_type: String::new(),
                status: 0,
                transfer_bytes,
                body_bytes,
                content_encoding: None,
                cache_control: None,
                has_etag: false,
                has_last_modified: false,
                has_expires: false,
                from_cache,
                cancelled,
            })
        }
    }
}

/// A response that "finished" with less body than its `Content-Length` announced: Chromium
/// reports an image it gave up decoding (and cancelled) as finished with the bytes read so
/// far. Responses with no body by definition (1xx, 204, 304) and cached ones are never cut
/// short; without a `Content-Length` (chunked, HTTP/2 without one) it cannot be told.
fn cut_short(record: &RequestRecord) -> bool {
    let (Some(response), Some(finished)) = (&record.response, record.finished_bytes) else {
        return false;
    };
    let status = status_code(response.status);
    if record.served_from_cache
        || from_cache(response)
        || status < 200
        || matches!(status, 204 | 304)
    {
        return false;
    }
    let Some(length) = response
        .header("content-length")
        .and_then(|value| value.trim().parse::<u64>().ok())
    else {
        return false;
    };
    let headers = response.encoded_data_length.map_or(0, bytes);
    bytes(finished).saturating_sub(headers) < length
}

fn from_cache(response: &Response) -> bool {
    response.from_disk_cache.unwrap_or(false) || response.from_prefetch_cache.unwrap_or(false)
}

fn resource(
    url: &str,
    resource_type: Option<&str>,
    response: &Response,
    transfer_bytes: u64,
    body_bytes: Option<u64>,
    from_cache: bool,
    page_host: &str,
) -> Resource {
    let domain = site::host_of(url).unwrap_or_default();
    Resource {
        url: url.to_owned(),
        first_party: site::same_party(&domain, page_host),
        domain,
        resource_type: resource_type.unwrap_or("Other").to_owned(),
        mime_type: response.mime_type.clone(),
        status: status_code(response.status),
        transfer_bytes,
        body_bytes,
        content_encoding: response.header("content-encoding"),
        cache_control: response.header("cache-control"),
        has_etag: response.header("etag").is_some(),
        has_last_modified: response.header("last-modified").is_some(),
        has_expires: response.header("expires").is_some(),
        from_cache,
        cancelled: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::parse;
    use serde_json::json;

    fn sent(id: &str, url: &str, kind: &str) -> NetworkEvent {
        parse(
            "Network.requestWillBeSent",
            json!({"requestId": id, "loaderId": "L", "type": kind, "frameId": "F",
                   "request": {"url": url}}),
        )
        .unwrap()
    }

    fn response(id: &str, url: &str, status: u16, headers: serde_json::Value) -> NetworkEvent {
        parse(
            "Network.responseReceived",
            json!({"requestId": id, "type": "Script",
                   "response": {"url": url, "status": status, "mimeType": "text/javascript",
                                "headers": headers, "encodedDataLength": 100}}),
        )
        .unwrap()
    }

    fn finished(id: &str, bytes: f64) -> NetworkEvent {
        NetworkEvent::LoadingFinished {
            request_id: id.into(),
            encoded_data_length: bytes,
        }
    }

    fn failed(id: &str, text: &str) -> NetworkEvent {
        NetworkEvent::LoadingFailed {
            request_id: id.into(),
            error_text: text.into(),
        }
    }

    #[test]
    fn counts_finished_requests_in_any_event_order() {
        let mut collector = Collector::default();
        // loadingFinished may be read before requestWillBeSent: they come on different channels.
        collector.apply(finished("1", 1234.0));
        collector.apply(response(
            "1",
            "https://cdn.other.net/a.js",
            200,
            json!({
            "Content-Encoding": "br", "Cache-Control": "max-age=60", "ETag": "x"}),
        ));
        collector.apply(NetworkEvent::DataReceived {
            request_id: "1".into(),
            data_length: 4000,
            encoded_data_length: 1100,
        });
        collector.apply(sent("1", "https://cdn.other.net/a.js", "Script"));
        assert_eq!(collector.in_flight(), 0);
        let collected = collector.finish("https://www.example.org/");
        assert_eq!(collected.unfinished, 0);
        let [resource] = collected.resources.as_slice() else {
            panic!()
        };
        assert_eq!(resource.transfer_bytes, 1234);
        assert_eq!(resource.body_bytes, Some(4000));
        assert_eq!(resource.domain, "cdn.other.net");
        assert!(!resource.first_party);
        assert_eq!(resource.content_encoding.as_deref(), Some("br"));
        assert!(resource.has_etag && !resource.has_expires && !resource.from_cache);
    }

    #[test]
    fn keeps_aborted_requests_drops_other_failures_and_data_urls() {
        let mut collector = Collector::default();
        collector.apply(sent("1", "https://www.example.org/aborted.jpg", "Image"));
        collector.apply(failed("1", ABORTED));
        collector.apply(sent("2", "https://www.example.org/refused.jpg", "Image"));
        collector.apply(failed("2", "net::ERR_CONNECTION_REFUSED"));
        collector.apply(sent("3", "data:image/png;base64,AAAA", "Image"));
        collector.apply(finished("3", 0.0));
        collector.apply(sent("4", "https://www.example.org/slow.mp4", "Media"));
        assert_eq!(collector.in_flight(), 1);
        let collected = collector.finish("https://www.example.org/");
        let urls: Vec<_> = collected.resources.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(urls, ["https://www.example.org/aborted.jpg"]);
        assert_eq!(collected.resources[0].status, 0);
        assert_eq!(collected.unfinished, 1);
    }

    #[test]
    fn a_redirect_is_a_resource_of_its_own() {
        let mut collector = Collector::default();
        collector.apply(sent("L", "http://example.org/", "Document"));
        let redirect = parse(
            "Network.requestWillBeSent",
            json!({"requestId": "L", "loaderId": "L", "type": "Document", "frameId": "F",
                   "request": {"url": "https://www.example.org/"},
                   "redirectResponse": {"url": "http://example.org/", "status": 301,
                        "mimeType": "", "headers": {"Location": "https://www.example.org/"},
                        "encodedDataLength": 150}}),
        )
        .unwrap();
        collector.apply(redirect);
        collector.apply(response("L", "https://www.example.org/", 200, json!({})));
        collector.apply(finished("L", 5000.0));
        let main = collector.main_document("L").unwrap();
        assert_eq!(
            (main.url.as_str(), main.status),
            ("https://www.example.org/", 200)
        );
        let collected = collector.finish("https://www.example.org/");
        let summary: Vec<_> = collected
            .resources
            .iter()
            .map(|r| (r.status, r.transfer_bytes, r.first_party))
            .collect();
        assert_eq!(summary, [(301, 150, true), (200, 5000, true)]);
    }

    #[test]
    fn a_worker_script_is_handed_over_in_any_event_order() {
        let worker = ChildTarget {
            kind: "worker".into(),
            url: "https://a.org/w.js".into(),
        };
        let mut collector = Collector::default();
        collector.child_target(worker.clone());
        collector.apply(sent("1", "https://a.org/w.js", "Script"));
        collector.apply(sent("2", "https://a.org/slow.js", "Script"));
        assert_eq!(collector.in_flight(), 1);
        let collected = collector.finish("https://a.org/");
        assert_eq!(collected.resources, []);
        assert_eq!(collected.unfinished, 1);
        assert_eq!(collected.children, [worker]);
    }

    #[test]
    fn falls_back_to_data_events_when_the_final_count_is_unknown() {
        let mut collector = Collector::default();
        collector.apply(sent("1", "https://www.example.org/a.css", "Stylesheet"));
        collector.apply(response(
            "1",
            "https://www.example.org/a.css",
            200,
            json!({}),
        ));
        collector.apply(NetworkEvent::DataReceived {
            request_id: "1".into(),
            data_length: 900,
            encoded_data_length: 300,
        });
        collector.apply(finished("1", -1.0));
        let collected = collector.finish("https://www.example.org/");
        assert_eq!(collected.resources[0].transfer_bytes, 400);
    }
}
