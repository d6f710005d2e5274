//! The few DevTools `Network` events a measurement reads, in our own small types.
//!
//! chromiumoxide parses every event into types generated from one revision of the protocol. A
//! newer Chromium can send a value those types do not know (a new resource type, a new enum
//! member in a nested object), and then the whole event fails to parse and would be lost — and a
//! lost `loadingFinished` is a resource silently missing from the byte count. So the measurement
//! never reads chromiumoxide's event types directly: a typed event is turned back into its JSON
//! and read here, and an event that chromiumoxide could not parse at all reaches us as raw JSON
//! (see `browser.rs`) and is read here too. These types name only the fields we use, so an
//! unknown field or value elsewhere in the event cannot break them.

use serde::Deserialize;
use serde_json::{Map, Value};

/// One `Network` event of a page's session.
#[derive(Clone, Debug, PartialEq)]
pub enum NetworkEvent {
    RequestWillBeSent(RequestWillBeSent),
    ResponseReceived(ResponseReceived),
    RequestServedFromCache {
        request_id: String,
    },
    DataReceived {
        request_id: String,
        data_length: u64,
        encoded_data_length: i64,
    },
    LoadingFinished {
        request_id: String,
        encoded_data_length: f64,
    },
    LoadingFailed {
        request_id: String,
        error_text: String,
    },
}

impl NetworkEvent {
    pub fn request_id(&self) -> &str {
        match self {
            NetworkEvent::RequestWillBeSent(event) => &event.request_id,
            NetworkEvent::ResponseReceived(event) => &event.request_id,
            NetworkEvent::RequestServedFromCache { request_id }
            | NetworkEvent::DataReceived { request_id, .. }
            | NetworkEvent::LoadingFinished { request_id, .. }
            | NetworkEvent::LoadingFailed { request_id, .. } => request_id,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestWillBeSent {
    pub request_id: String,
    pub request: Request,
    #[serde(rename = "type", default)]
    pub resource_type: Option<String>,
    /// Set when this event announces a redirect: the response that redirected the previous hop
    /// of the same request id.
    #[serde(default)]
    pub redirect_response: Option<Response>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Request {
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseReceived {
    pub request_id: String,
    #[serde(rename = "type", default)]
    pub resource_type: Option<String>,
    pub response: Response,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    pub url: String,
    pub status: f64,
    #[serde(default)]
    pub headers: Map<String, Value>,
    #[serde(default)]
    pub mime_type: String,
    #[serde(default)]
    pub from_disk_cache: Option<bool>,
    #[serde(default)]
    pub from_prefetch_cache: Option<bool>,
    /// Bytes received for this request so far; for a redirect response, the bytes of that
    /// response (its headers and body).
    #[serde(default)]
    pub encoded_data_length: Option<f64>,
}

impl Response {
    /// The value of a response header, whatever the case of its name. Chromium joins repeated
    /// headers with a newline.
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .and_then(|(_, value)| value.as_str())
            .map(str::to_owned)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RequestIdOnly {
    request_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DataReceived {
    request_id: String,
    data_length: u64,
    #[serde(default)]
    encoded_data_length: i64,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LoadingFinished {
    request_id: String,
    encoded_data_length: f64,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LoadingFailed {
    request_id: String,
    #[serde(default)]
    error_text: String,
}

/// The `Network` methods we listen to.
pub const METHODS: [&str; 6] = [
    "Network.requestWillBeSent",
    "Network.responseReceived",
    "Network.requestServedFromCache",
    "Network.dataReceived",
    "Network.loadingFinished",
    "Network.loadingFailed",
];

/// Reads one event from its method name and parameters; `None` for another method or for
/// parameters without the fields we need.
pub fn parse(method: &str, params: Value) -> Option<NetworkEvent> {
    let event = match method {
        "Network.requestWillBeSent" => {
            NetworkEvent::RequestWillBeSent(serde_json::from_value(params).ok()?)
        }
        "Network.responseReceived" => {
            NetworkEvent::ResponseReceived(serde_json::from_value(params).ok()?)
        }
        "Network.requestServedFromCache" => {
            let RequestIdOnly { request_id } = serde_json::from_value(params).ok()?;
            NetworkEvent::RequestServedFromCache { request_id }
        }
        "Network.dataReceived" => {
            let event: DataReceived = serde_json::from_value(params).ok()?;
            NetworkEvent::DataReceived {
                request_id: event.request_id,
                data_length: event.data_length,
                encoded_data_length: event.encoded_data_length,
            }
        }
        "Network.loadingFinished" => {
            let event: LoadingFinished = serde_json::from_value(params).ok()?;
            NetworkEvent::LoadingFinished {
                request_id: event.request_id,
                encoded_data_length: event.encoded_data_length,
            }
        }
        "Network.loadingFailed" => {
            let event: LoadingFailed = serde_json::from_value(params).ok()?;
            NetworkEvent::LoadingFailed {
                request_id: event.request_id,
                error_text: event.error_text,
            }
        }
        _ => return None,
    };
    Some(event)
}

/// A message that chromiumoxide could not parse, as the browser sent it: `Some` when it is one
/// of our `Network` events, with the session it belongs to.
pub fn parse_raw_message(text: &str) -> Option<(String, NetworkEvent)> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct RawMessage {
        method: String,
        #[serde(default)]
        params: Value,
        session_id: Option<String>,
    }
    let message: RawMessage = serde_json::from_str(text).ok()?;
    if !METHODS.contains(&message.method.as_str()) {
        return None;
    }
    let event = parse(&message.method, message.params)?;
    Some((message.session_id?, event))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_event_with_values_chromiumoxide_does_not_know() {
        let text = r#"{"method":"Network.requestWillBeSent","sessionId":"S1","params":{
            "requestId":"7.2","loaderId":"L","documentURL":"http://a/","type":"NewType",
            "request":{"url":"http://a/x.js","method":"GET","headers":{},"initialPriority":"Brand new",
            "referrerPolicy":"whatever"},"timestamp":1.0,"wallTime":2.0,
            "initiator":{"type":"script"},"redirectHasExtraInfo":false,"frameId":"F"}}"#;
        let (session, event) = parse_raw_message(text).unwrap();
        assert_eq!(session, "S1");
        let NetworkEvent::RequestWillBeSent(event) = event else {
            panic!("{event:?}")
        };
        assert_eq!(event.request.url, "http://a/x.js");
        assert_eq!(event.resource_type.as_deref(), Some("NewType"));
    }

    #[test]
    fn ignores_other_methods_and_messages_without_session() {
        assert_eq!(
            parse_raw_message(r#"{"method":"Page.frameNavigated","params":{}}"#),
            None
        );
        let without_session = r#"{"method":"Network.loadingFinished","params":{"requestId":"1","encodedDataLength":5}}"#;
        assert_eq!(parse_raw_message(without_session), None);
        assert_eq!(parse_raw_message("not json"), None);
    }

    #[test]
    fn header_lookup_ignores_case() {
        let response: Response = serde_json::from_value(serde_json::json!({
            "url": "http://a/", "status": 200, "mimeType": "text/html",
            "headers": {"Cache-Control": "max-age=60", "ETag": "\"x\""}
        }))
        .unwrap();
        assert_eq!(
            response.header("cache-control").as_deref(),
            Some("max-age=60")
        );
        assert_eq!(response.header("etag").as_deref(), Some("\"x\""));
        assert_eq!(response.header("expires"), None);
    }
}
