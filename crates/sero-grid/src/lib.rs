//! The GB grid's carbon intensity by half hour and region: a client for the Carbon Intensity API.
