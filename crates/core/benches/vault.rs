//! What opening the emergency plan costs: Argon2id with the app's parameters
//! (the price of every PIN try, on purpose), and a whole unlock.
//! `cargo bench -p kyr-core --bench vault`

mod timing;

use kyr_core::vault::{self, KdfParams};

fn main() {
    let dir = std::env::temp_dir().join(format!("kyr-vault-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("vault.kyr");
    let _ = std::fs::remove_file(&path);
    vault::create(&path, "246810", KdfParams::default()).unwrap();
    timing::time("argon2id key (19 MiB, 2 passes, 1 lane)", 20, || {
        vault::derive_key("246810", &[7u8; 16], KdfParams::default()).unwrap()
    });
    timing::time("unlock the vault (key + both slots)", 20, || vault::unlock(&path, "246810").unwrap());
    let _ = std::fs::remove_dir_all(&dir);
}
