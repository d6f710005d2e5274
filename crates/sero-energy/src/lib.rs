//! Measured energy: RAPL counters and Prometheus exposition text.
