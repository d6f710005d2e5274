//! The sign-in limiter: failed attempts counted per key in a time window.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed sign-ins counted per key (the email, and the client's address) in a window: after
/// [`Limiter::FAILURES`] in [`Limiter::WINDOW`], the key is refused until the window ends.
#[derive(Default)]
pub struct Limiter {
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

impl Limiter {
    pub const FAILURES: u32 = 10;
    pub const WINDOW: Duration = Duration::from_secs(15 * 60);
    /// Keys remembered at most (the oldest windows are forgotten first).
    const KEYS: usize = 100_000;

    pub fn allowed(&self, key: &str) -> bool {
        let map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        match map.get(key) {
            Some((count, since)) => *count < Self::FAILURES || since.elapsed() >= Self::WINDOW,
            None => true,
        }
    }

    pub fn failed(&self, key: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= Self::KEYS {
            map.retain(|_, (_, since)| since.elapsed() < Self::WINDOW);
        }
        if map.len() >= Self::KEYS {
            return;
        }
        let entry = map.entry(key.to_owned()).or_insert((0, Instant::now()));
        if entry.1.elapsed() >= Self::WINDOW {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
    }

    pub fn succeeded(&self, key: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(key);
    }
}
