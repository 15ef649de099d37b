//! blocwatch-server
