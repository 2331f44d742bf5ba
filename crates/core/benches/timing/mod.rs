//! The benches' own timer: a warm-up run, then every run timed, and one line
//! with the median, the 99th percentile and the fastest run. (Criterion did
//! this with a statistics engine, clap and regex: a minute of every build.)
//!
//! `cargo bench` passes `--bench`; `cargo test` runs a bench without it, as
//! a smoke test that does each step once.

use std::time::{Duration, Instant};

/// Whether `cargo bench` runs this (full runs), rather than `cargo test`.
pub fn full() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// Runs to time: `runs` under `cargo bench`, one under `cargo test`.
pub fn runs(runs: usize) -> usize {
    if full() {
        runs
    } else {
        1
    }
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Times `f` after one warm-up run and prints one line about it.
pub fn time<T>(name: &str, full_runs: usize, mut f: impl FnMut() -> T) {
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..runs(full_runs))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name}: {} runs, p50 {:.3} ms, p99 {:.3} ms, fastest {:.3} ms",
        times.len(),
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.99)),
        ms(times[0])
    );
}
