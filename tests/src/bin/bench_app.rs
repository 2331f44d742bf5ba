//! `scripts/bench-app`: kyr's release build beside a bare Tauri 2 app (the
//! floor), measured in the same run under Xvfb: launch to first paint (the
//! floor) and to home painted (kyr, on a cold first start and a repeat
//! start), memory once painted, binary size, and the content work the app
//! does before its first paint. Runs alternate between the two apps so the
//! machine's drift touches both alike. Exits non-zero when a budget breaks.
//!
//! Usage: bench_app <kyr binary> <floor binary> [runs]

use kyr_e2e::{artifacts, App, Start};
use std::path::{Path, PathBuf};

/// Budgets (issue 18): the stripped binary, the content work before the
/// first paint, and kyr against the floor.
const MAX_BINARY_BYTES: u64 = 6_000_000;
const MAX_CONTENT_MS: f64 = 50.0;
const MAX_FIRST_START_RATIO: f64 = 2.0;
const MAX_REPEAT_START_RATIO: f64 = 1.5;
const MAX_MEMORY_RATIO: f64 = 1.5;

struct Run {
    ms: f64,
    pss_kib: u64,
    content_ms: Option<f64>,
}

async fn launch(binary: &Path, name: &str, data_dir: Option<PathBuf>) -> Run {
    // Read by the harness when it starts a session.
    std::env::set_var("KYR_APP_BIN", binary);
    let app = App::start(Start { name, os_locale: "en_US.UTF-8", data_dir }).await;
    // Memory once the first screen is up and the first burst of work is over.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let run = Run { ms: app.start_to_home.as_secs_f64() * 1000.0, pss_kib: app.memory_kib(), content_ms: None };
    drop(app);
    let log = std::fs::read_to_string(artifacts().join("logs").join(format!("{name}.log"))).unwrap_or_default();
    let content_ms =
        log.lines().find_map(|l| l.strip_prefix("kyr: content ready in ")?.split(' ').next()?.parse().ok());
    Run { content_ms, ..run }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (kyr, floor) = match &args[..] {
        [_, kyr, floor, ..] => (
            std::fs::canonicalize(kyr).expect("kyr's binary"),
            std::fs::canonicalize(floor).expect("the floor's binary"),
        ),
        _ => panic!("usage: bench_app <kyr binary> <floor binary> [runs]"),
    };
    let runs: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(5);
    let repeat_dir = std::env::temp_dir().join(format!("kyr-bench-repeat-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&repeat_dir);
    launch(&kyr, "bench-kyr-warm-up", Some(repeat_dir.clone())).await;

    let (mut floor_runs, mut first_runs, mut repeat_runs) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..runs {
        eprintln!("run {}/{runs}", i + 1);
        floor_runs.push(launch(&floor, "bench-floor", None).await);
        first_runs.push(launch(&kyr, "bench-kyr-first", None).await);
        repeat_runs.push(launch(&kyr, "bench-kyr-repeat", Some(repeat_dir.clone())).await);
    }
    let _ = std::fs::remove_dir_all(&repeat_dir);

    let ms = |r: &[Run]| median(r.iter().map(|x| x.ms).collect());
    let mib = |r: &[Run]| median(r.iter().map(|x| x.pss_kib as f64 / 1024.0).collect());
    let content = |r: &[Run]| median(r.iter().filter_map(|x| x.content_ms).collect());
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let (floor_ms, first_ms, repeat_ms) = (ms(&floor_runs), ms(&first_runs), ms(&repeat_runs));
    let (floor_mib, kyr_mib) = (mib(&floor_runs), mib(&first_runs));
    let (first_content, repeat_content) = (content(&first_runs), content(&repeat_runs));
    let (kyr_bytes, floor_bytes) = (size(&kyr), size(&floor));

    let mut report = format!("medians of {runs} runs each, alternating; release builds, same profile; Xvfb\n");
    report += &format!("floor: launch to first paint          {floor_ms:7.0} ms   memory {floor_mib:6.1} MiB   binary {floor_bytes} bytes\n");
    report += &format!("kyr:   launch to home, first start    {first_ms:7.0} ms   ({:.2}× the floor; budget {MAX_FIRST_START_RATIO}×)\n", first_ms / floor_ms);
    report += &format!(
        "kyr:   launch to home, repeat start   {repeat_ms:7.0} ms   ({:.2}×; budget {MAX_REPEAT_START_RATIO}×)\n",
        repeat_ms / floor_ms
    );
    report += &format!(
        "kyr:   memory after home              {kyr_mib:7.1} MiB  ({:.2}×; budget {MAX_MEMORY_RATIO}×)\n",
        kyr_mib / floor_mib
    );
    report += &format!("kyr:   content work before first paint: first start {first_content:.0} ms, repeat {repeat_content:.0} ms (budget {MAX_CONTENT_MS} ms)\n");
    report += &format!(
        "kyr:   binary {kyr_bytes} bytes ({:.2}× the floor; budget {MAX_BINARY_BYTES} bytes)\n",
        kyr_bytes as f64 / floor_bytes as f64
    );

    let mut broken = Vec::new();
    if kyr_bytes > MAX_BINARY_BYTES {
        broken.push(format!("binary {kyr_bytes} bytes > {MAX_BINARY_BYTES}"));
    }
    if first_content > MAX_CONTENT_MS {
        broken.push(format!("first-start content work {first_content:.0} ms > {MAX_CONTENT_MS} ms"));
    }
    if first_ms / floor_ms > MAX_FIRST_START_RATIO {
        broken.push(format!("first start {:.2}× the floor > {MAX_FIRST_START_RATIO}×", first_ms / floor_ms));
    }
    if repeat_ms / floor_ms > MAX_REPEAT_START_RATIO {
        broken.push(format!("repeat start {:.2}× the floor > {MAX_REPEAT_START_RATIO}×", repeat_ms / floor_ms));
    }
    if kyr_mib / floor_mib > MAX_MEMORY_RATIO {
        broken.push(format!("memory {:.2}× the floor > {MAX_MEMORY_RATIO}×", kyr_mib / floor_mib));
    }
    for b in &broken {
        report += &format!("OVER BUDGET: {b}\n");
    }
    print!("{report}");
    std::fs::write(artifacts().join("bench-app.txt"), &report).expect("write tests/artifacts/bench-app.txt");
    if !broken.is_empty() {
        std::process::exit(1);
    }
}
