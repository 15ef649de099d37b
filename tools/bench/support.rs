//! What the benchmarks of several crates share: CPU time read from `/proc` and percentiles. Each bench
//! includes this file with `#[path = "../../../tools/bench/support.rs"] mod support;` (benches of different
//! crates cannot share a module otherwise without a crate of their own), and uses what it needs.
#![allow(dead_code)]

use std::time::Duration;

/// CPU seconds of the whole process (every thread): user + system from `/proc/self/stat`, at Linux's
/// 100 clock ticks a second; `None` elsewhere. On a shared machine CPU time says more than wall time.
pub fn process_cpu() -> Option<f64> {
    cpu_of("/proc/self/stat")
}

/// CPU seconds of the calling thread, as [`process_cpu`] (`/proc/thread-self/stat`).
pub fn thread_cpu() -> Option<f64> {
    cpu_of("/proc/thread-self/stat")
}

fn cpu_of(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces): utime and stime
    // are the 14th and 15th fields overall.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// The `p` quantile (0..=1) of `sorted` times, nearest rank; zero when there are none.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}
