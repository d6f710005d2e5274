//! Runs Impact Framework manifests: the builtin plugins, aggregation and explain.
