//! A web page as measured in a browser (or fetched over HTTP): the data that page reports,
//! EcoIndex and the findings are computed from. Filled in by `sero-measure`; plain data here,
//! so the computations stay free of I/O and testable on hand-made pages.

/// How a page was measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Headless Chromium over the DevTools protocol: bytes as the browser received them.
    Chromium,
    /// The HTML and the assets it references, fetched over HTTP without running the page.
    HttpOnly,
}

impl Method {
    pub fn key(self) -> &'static str {
        match self {
            Method::Chromium => "chromium",
            Method::HttpOnly => "http-only",
        }
    }
}

/// One network request of a page view.
#[derive(Clone, Debug, PartialEq)]
pub struct Resource {
    pub url: String,
    /// Host name of the URL (`www.example.gov.wales`).
    pub domain: String,
    /// True when the domain is the page's own (same registrable host as the page).
    pub first_party: bool,
    /// The browser's resource type: `Document`, `Stylesheet`, `Image`, `Media`, `Font`,
    /// `Script`, `XHR`, `Fetch`, `Other`.
    pub resource_type: String,
    pub mime_type: String,
    pub status: u16,
    /// Bytes on the wire: CDP `Network.loadingFinished.encodedDataLength` (headers and the
    /// encoded body).
    pub transfer_bytes: u64,
    /// Decoded body size, when known (CDP `dataReceived.dataLength` summed).
    pub body_bytes: Option<u64>,
    /// Response headers that the audits read (lower-case names).
    pub content_encoding: Option<String>,
    pub cache_control: Option<String>,
    pub has_etag: bool,
    pub has_last_modified: bool,
    pub has_expires: bool,
    /// Served from the browser's cache (memory or disk) rather than the network.
    pub from_cache: bool,
    /// The browser or the page cancelled the request before it finished (Chromium's
    /// `net::ERR_ABORTED`: an image it cannot decode, a media element that stops reading, a
    /// navigation away): `transfer_bytes` are the bytes that had arrived by then.
    pub cancelled: bool,
}

/// One view of the page (first visit with an empty cache, or a repeat visit).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub resources: Vec<Resource>,
}

impl View {
    /// Bytes transferred over the network in this view.
    pub fn transfer_bytes(&self) -> u64 {
        self.resources.iter().map(|r| r.transfer_bytes).sum()
    }

    /// Requests that went to the network (not served from the cache).
    pub fn requests(&self) -> usize {
        self.resources.iter().filter(|r| !r.from_cache).count()
    }
}

/// An image as the page displays it.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageUse {
    pub url: String,
    pub natural_width: u32,
    pub natural_height: u32,
    pub rendered_width: u32,
    pub rendered_height: u32,
}

/// How much of a script or stylesheet the page used (CDP coverage).
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    pub url: String,
    pub total_bytes: u64,
    pub unused_bytes: u64,
}

/// Everything measured of one page.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeasurement {
    pub url: String,
    pub final_url: String,
    pub method: Method,
    /// DOM elements, SVG descendants excluded (as EcoIndex counts them).
    pub dom_elements: u64,
    pub first_view: View,
    pub repeat_view: Option<View>,
    pub images: Vec<ImageUse>,
    pub coverage: Vec<Coverage>,
    /// URLs (or descriptions) of videos that play by themselves.
    pub autoplay_videos: Vec<String>,
    /// What this method cannot see, said in the output.
    pub limits: Vec<String>,
}
