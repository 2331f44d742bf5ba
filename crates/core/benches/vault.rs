//! What opening the emergency plan costs: Argon2id with the app's parameters
//! (the price of every PIN try, on purpose), and a whole unlock.
//! `cargo bench -p kyr-core --bench vault`

use criterion::{criterion_group, criterion_main, Criterion};
use kyr_core::vault::{self, KdfParams};
use std::time::Duration;

fn benches(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("kyr-vault-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("vault.kyr");
    let _ = std::fs::remove_file(&path);
    vault::create(&path, "246810", KdfParams::default()).unwrap();
    c.bench_function("argon2id key (19 MiB, 2 passes, 1 lane)", |b| {
        b.iter(|| vault::derive_key("246810", &[7u8; 16], KdfParams::default()).unwrap());
    });
    c.bench_function("unlock the vault (key + both slots)", |b| b.iter(|| vault::unlock(&path, "246810").unwrap()));
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group! {
    name = vault_benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    targets = benches
}
criterion_main!(vault_benches);
