//! blocwatch-analysis
