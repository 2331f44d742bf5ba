//! The vault: the user's emergency plan, encrypted at rest.
//!
//! **Invariant:** one file and memory only: no database, no content, no
//! other kyr crate; nothing decrypted is written anywhere.
//!
//! Threat model (longer in ARCHITECTURE.md): a phone that is lost, seized or
//! searched, by someone who may force the user to open the app. What the
//! vault protects: the plan's content, and whether a second (duress) PIN
//! exists. What it cannot: a short PIN against an offline attack on a copy of
//! the file (use a passphrase), a compromised phone, or flash storage that
//! keeps old blocks after a wipe.
//!
//! File (`vault.kyr`), all integers little-endian:
//!
//! ```text
//! "KYRVAULT" | version u8 = 1 | argon2id m_kib u32 | t u32 | p u8 | salt [16]
//! slot 0: nonce [24] | ciphertext [SLOT_PLAINTEXT + 16]
//! slot 1: nonce [24] | ciphertext [SLOT_PLAINTEXT + 16]
//! ```
//!
//! One key is derived from the PIN (Argon2id over the salt) and tried on both
//! slots (XChaCha20-Poly1305; the header and the slot number are associated
//! data, so neither can be changed unnoticed). The real plan is in one slot.
//! The other holds either the empty plan that the duress PIN opens, or random
//! bytes. Every plaintext is padded to the same size, so the file looks the
//! same whether or not a duress PIN exists, and whatever the plan holds.

#![deny(missing_docs)]

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

const MAGIC: &[u8; 8] = b"KYRVAULT";
const VERSION: u8 = 1;
const HEADER_LEN: usize = 8 + 1 + 4 + 4 + 1 + 16;
/// Every slot's plaintext is padded to this size; a plan must fit in it.
pub const SLOT_PLAINTEXT: usize = 16 * 1024;
const SLOT_LEN: usize = 24 + SLOT_PLAINTEXT + 16;
/// The file's exact size.
pub const FILE_LEN: usize = HEADER_LEN + 2 * SLOT_LEN;
/// The shortest PIN or passphrase accepted.
pub const MIN_PIN_CHARS: usize = 6;

/// Argon2id cost. The defaults follow OWASP's minimum for Argon2id
/// (19 MiB, 2 passes, 1 lane): about a quarter of a second on a cheap phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u8,
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams { m_kib: 19 * 1024, t: 2, p: 1 }
    }
}

/// What the user keeps in the vault. Wiped from memory when the vault that
/// holds it locks ([`OpenVault`]'s drop).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(default)]
pub struct Plan {
    /// The user's name, for the "I've been detained" message.
    pub name: String,
    /// The user's A-number, if any.
    pub a_number: String,
    /// People to tell.
    pub contacts: Vec<EmergencyContact>,
    /// Who picks up the children.
    pub children: String,
    /// Where the important papers are.
    pub documents: String,
    /// The lawyer's name.
    pub lawyer_name: String,
    /// The lawyer's phone number.
    pub lawyer_phone: String,
    /// Anything else.
    pub notes: String,
}

// The plan's contents never appear in debug output, logs or panic messages.
impl std::fmt::Debug for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Plan { .. }")
    }
}

impl std::fmt::Debug for EmergencyContact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EmergencyContact { .. }")
    }
}

/// A person to tell.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(default)]
pub struct EmergencyContact {
    /// Name.
    pub name: String,
    /// Phone number (E.164 once saved).
    pub phone: String,
}

/// One slot's plaintext.
#[derive(Debug, Default, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
struct SlotContent {
    /// The plan shown when this slot opens.
    plan: Plan,
    /// Set in the duress slot when the user chose to erase the real plan
    /// on a duress unlock.
    #[serde(default)]
    wipe_other: bool,
    /// Set in the duress slot, encrypted like the rest, so a vault opened
    /// with the second PIN never writes over the real plan.
    #[serde(default)]
    duress: bool,
}

/// Why the vault could not do what was asked.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum VaultError {
    /// No slot opens with this PIN (or the file was changed).
    #[error("wrong PIN")]
    WrongPin,
    /// The file is not a vault this app can read; it is left as it is.
    #[error("the vault file cannot be read")]
    Unreadable,
    /// The plan does not fit in a slot.
    #[error("the plan is too long")]
    TooLong,
    /// The PIN is too short.
    #[error("the PIN is too short")]
    PinTooShort,
    /// The duress PIN equals the real one.
    #[error("the second PIN equals the first")]
    SamePin,
    /// Reading or writing the file failed.
    #[error("vault file: {0}")]
    Io(String),
}

type VResult<T> = Result<T, VaultError>;

fn io(e: std::io::Error) -> VaultError {
    VaultError::Io(e.kind().to_string())
}

/// The parsed file.
#[derive(Clone)]
struct VaultFile {
    header: [u8; HEADER_LEN],
    params: KdfParams,
    salt: [u8; 16],
    slots: [Vec<u8>; 2],
}

impl VaultFile {
    fn parse(bytes: &[u8]) -> VResult<Self> {
        if bytes.len() != FILE_LEN || &bytes[..8] != MAGIC || bytes[8] != VERSION {
            return Err(VaultError::Unreadable);
        }
        let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes"));
        let params = KdfParams { m_kib: u32_at(9), t: u32_at(13), p: bytes[17] };
        // Bounds keep a crafted header from asking for gigabytes or hours.
        if !(8..=256 * 1024).contains(&params.m_kib) || !(1..=10).contains(&params.t) || !(1..=4).contains(&params.p) {
            return Err(VaultError::Unreadable);
        }
        let mut header = [0u8; HEADER_LEN];
        header.copy_from_slice(&bytes[..HEADER_LEN]);
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&bytes[18..34]);
        let slot = |n: usize| bytes[HEADER_LEN + n * SLOT_LEN..HEADER_LEN + (n + 1) * SLOT_LEN].to_vec();
        Ok(VaultFile { header, params, salt, slots: [slot(0), slot(1)] })
    }

    fn new(params: KdfParams) -> VResult<Self> {
        let mut salt = [0u8; 16];
        random(&mut salt)?;
        let mut header = [0u8; HEADER_LEN];
        header[..8].copy_from_slice(MAGIC);
        header[8] = VERSION;
        header[9..13].copy_from_slice(&params.m_kib.to_le_bytes());
        header[13..17].copy_from_slice(&params.t.to_le_bytes());
        header[17] = params.p;
        header[18..34].copy_from_slice(&salt);
        Ok(VaultFile { header, params, salt, slots: [random_slot()?, random_slot()?] })
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(FILE_LEN);
        out.extend_from_slice(&self.header);
        out.extend_from_slice(&self.slots[0]);
        out.extend_from_slice(&self.slots[1]);
        out
    }

    fn key(&self, pin: &str) -> VResult<Zeroizing<[u8; 32]>> {
        derive_key(pin, &self.salt, self.params)
    }

    fn aad(&self, slot: usize) -> Vec<u8> {
        let mut aad = self.header.to_vec();
        aad.push(slot as u8);
        aad
    }

    fn open(&self, key: &[u8; 32], slot: usize) -> Option<SlotContent> {
        let cipher = XChaCha20Poly1305::new(key.into());
        let (nonce, ciphertext) = self.slots[slot].split_at(24);
        let plain = Zeroizing::new(
            cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: &self.aad(slot) }).ok()?,
        );
        let len = u32::from_le_bytes(plain[..4].try_into().ok()?) as usize;
        serde_json::from_slice(plain.get(4..4 + len)?).ok()
    }

    fn seal(&mut self, key: &[u8; 32], slot: usize, content: &SlotContent) -> VResult<()> {
        let json = Zeroizing::new(serde_json::to_vec(content).map_err(|_| VaultError::TooLong)?);
        if 4 + json.len() > SLOT_PLAINTEXT {
            return Err(VaultError::TooLong);
        }
        // Length, JSON, then random padding up to the fixed size.
        let mut plain = Zeroizing::new(vec![0u8; SLOT_PLAINTEXT]);
        plain[..4].copy_from_slice(&(json.len() as u32).to_le_bytes());
        plain[4..4 + json.len()].copy_from_slice(&json);
        random(&mut plain[4 + json.len()..])?;
        let mut nonce = [0u8; 24];
        random(&mut nonce)?;
        let cipher = XChaCha20Poly1305::new(key.into());
        let ciphertext = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: &plain, aad: &self.aad(slot) })
            .map_err(|_| VaultError::Io("encryption failed".into()))?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&ciphertext);
        self.slots[slot] = bytes;
        Ok(())
    }
}

fn random(buf: &mut [u8]) -> VResult<()> {
    getrandom::fill(buf).map_err(|_| VaultError::Io("no random numbers".into()))
}

fn random_slot() -> VResult<Vec<u8>> {
    let mut slot = vec![0u8; SLOT_LEN];
    random(&mut slot)?;
    Ok(slot)
}

/// Argon2id over the PIN and salt.
pub fn derive_key(pin: &str, salt: &[u8; 16], params: KdfParams) -> VResult<Zeroizing<[u8; 32]>> {
    let argon_params =
        Params::new(params.m_kib, params.t, u32::from(params.p), Some(32)).map_err(|_| VaultError::Unreadable)?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params)
        .hash_password_into(pin.as_bytes(), salt, key.as_mut())
        .map_err(|_| VaultError::Unreadable)?;
    Ok(key)
}

/// An open vault: the key, which slot opened, and the plan. Dropping it
/// wipes all three from memory.
pub struct OpenVault {
    key: Zeroizing<[u8; 32]>,
    slot: usize,
    file: VaultFile,
    /// This is the duress slot and erases the other when opened.
    wipe_other: bool,
    /// This is the duress slot.
    duress: bool,
    /// The plan, as it is while open.
    pub plan: Plan,
}

impl Drop for OpenVault {
    fn drop(&mut self) {
        self.plan.zeroize();
    }
}

impl std::fmt::Debug for OpenVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OpenVault { .. }") // never print the plan or the key
    }
}

/// Whether there is a vault file, and whether it can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultState {
    /// No vault yet.
    Missing,
    /// A vault that a PIN may open.
    Present,
    /// A file that is not a readable vault; kept until the user erases it.
    Unreadable,
}

/// Where a vault's bytes are kept: a file (the app) or memory whose bytes
/// the shell keeps (the web app, in the browser's storage).
pub trait Store {
    /// The bytes; an error of kind `NotFound` when there is no vault.
    fn read(&self) -> std::io::Result<Vec<u8>>;
    /// Replaces the bytes whole: a crash leaves the old or the new, never half.
    fn replace(&self, bytes: &[u8]) -> VResult<()>;
    /// Writes over the bytes where they are (the size never changes), so an
    /// erased plan's blocks are overwritten rather than freed.
    fn overwrite(&self, bytes: &[u8]) -> VResult<()>;
    /// Overwrites with noise, then removes.
    fn shred(&self) -> std::io::Result<()>;
}

impl Store for Path {
    fn read(&self) -> std::io::Result<Vec<u8>> {
        std::fs::read(self)
    }
    fn replace(&self, bytes: &[u8]) -> VResult<()> {
        write_atomic(self, bytes).map_err(io)
    }
    fn overwrite(&self, bytes: &[u8]) -> VResult<()> {
        write_in_place(self, bytes)
    }
    fn shred(&self) -> std::io::Result<()> {
        shred(self)?;
        shred(&self.with_extension("new"))
    }
}

impl Store for std::path::PathBuf {
    fn read(&self) -> std::io::Result<Vec<u8>> {
        self.as_path().read()
    }
    fn replace(&self, bytes: &[u8]) -> VResult<()> {
        self.as_path().replace(bytes)
    }
    fn overwrite(&self, bytes: &[u8]) -> VResult<()> {
        self.as_path().overwrite(bytes)
    }
    fn shred(&self) -> std::io::Result<()> {
        Store::shred(self.as_path())
    }
}

/// A vault held in memory; the shell stores [`MemoryStore::bytes`] itself.
/// What it holds is only ever the encrypted file.
#[derive(Default, Debug)]
pub struct MemoryStore(std::sync::Mutex<Option<Vec<u8>>>);

impl MemoryStore {
    /// A store holding `bytes` (as stored before), or no vault.
    pub fn new(bytes: Option<Vec<u8>>) -> Self {
        MemoryStore(std::sync::Mutex::new(bytes))
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<Vec<u8>>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The encrypted vault, if there is one.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        self.slot().clone()
    }
}

impl Store for MemoryStore {
    fn read(&self) -> std::io::Result<Vec<u8>> {
        self.slot().clone().ok_or_else(|| std::io::ErrorKind::NotFound.into())
    }
    fn replace(&self, bytes: &[u8]) -> VResult<()> {
        *self.slot() = Some(bytes.to_vec());
        Ok(())
    }
    fn overwrite(&self, bytes: &[u8]) -> VResult<()> {
        self.replace(bytes)
    }
    fn shred(&self) -> std::io::Result<()> {
        *self.slot() = None;
        Ok(())
    }
}

/// True for bytes that are a vault file this version can open (the web
/// app's "open a saved copy" checks a file before it replaces anything).
pub fn is_vault(bytes: &[u8]) -> bool {
    VaultFile::parse(bytes).is_ok()
}

/// The state of the vault in `store`.
pub fn state<S: Store + ?Sized>(store: &S) -> VaultState {
    match store.read() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => VaultState::Missing,
        Err(_) => VaultState::Unreadable,
        Ok(bytes) => match VaultFile::parse(&bytes) {
            Ok(_) => VaultState::Present,
            Err(_) => VaultState::Unreadable,
        },
    }
}

/// Creates a vault in `store` (which must not hold one) with an empty plan,
/// locked with `pin`, and returns it open.
pub fn create<S: Store + ?Sized>(store: &S, pin: &str, params: KdfParams) -> VResult<OpenVault> {
    check_pin(pin)?;
    let mut file = VaultFile::new(params)?;
    let key = file.key(pin)?;
    let mut slot = [0u8; 1];
    random(&mut slot)?;
    let slot = usize::from(slot[0] & 1); // the real plan's slot is chosen at random
    file.seal(&key, slot, &SlotContent::default())?;
    store.replace(&file.bytes())?;
    Ok(OpenVault { key, slot, file, wipe_other: false, duress: false, plan: Plan::default() })
}

/// Opens the vault with `pin`. A duress PIN opens its empty plan and, if the
/// user chose so when setting it, erases the real one first.
pub fn unlock<S: Store + ?Sized>(store: &S, pin: &str) -> VResult<OpenVault> {
    let bytes = store.read().map_err(|_| VaultError::Unreadable)?;
    let mut file = VaultFile::parse(&bytes)?;
    let key = file.key(pin)?;
    // Both slots are always tried, so the time taken says nothing.
    let opened = [file.open(&key, 0), file.open(&key, 1)];
    let (slot, content) = match opened {
        [Some(c), _] => (0, c),
        [None, Some(c)] => (1, c),
        [None, None] => return Err(VaultError::WrongPin),
    };
    if content.wipe_other {
        file.slots[1 - slot] = random_slot()?;
        // Written over the old file in place (the file has a fixed size), so
        // the erased plan's blocks are overwritten, not left in a freed file.
        store.overwrite(&file.bytes())?;
    }
    Ok(OpenVault {
        key,
        slot,
        file,
        wipe_other: content.wipe_other,
        duress: content.duress,
        plan: content.plan.clone(),
    })
}

impl OpenVault {
    /// Encrypts `plan` into this vault's slot and writes the file.
    pub fn save<S: Store + ?Sized>(&mut self, store: &S, plan: Plan) -> VResult<()> {
        let content = SlotContent { plan, wipe_other: self.wipe_other, duress: self.duress };
        let mut file = self.file.clone();
        file.seal(&self.key, self.slot, &content)?;
        store.replace(&file.bytes())?;
        self.file = file;
        self.plan = content.plan.clone();
        Ok(())
    }

    /// Sets a second PIN that opens an empty plan; with `wipe_real`, using
    /// it erases the plan this vault holds. Replaces any earlier second PIN.
    /// From a vault opened with the second PIN itself, nothing is written:
    /// the other slot is the real plan, and it is kept. It answers as if it
    /// were set, so the screen says nothing that would show which PIN opened it.
    pub fn set_duress<S: Store + ?Sized>(&mut self, store: &S, duress_pin: &str, wipe_real: bool) -> VResult<()> {
        check_pin(duress_pin)?;
        let duress_key = self.file.key(duress_pin)?;
        if *duress_key == *self.key {
            return Err(VaultError::SamePin);
        }
        if self.duress {
            return Ok(());
        }
        let mut file = self.file.clone();
        file.seal(
            &duress_key,
            1 - self.slot,
            &SlotContent { plan: Plan::default(), wipe_other: wipe_real, duress: true },
        )?;
        store.replace(&file.bytes())?;
        self.file = file;
        Ok(())
    }
}

fn check_pin(pin: &str) -> VResult<()> {
    if pin.chars().count() < MIN_PIN_CHARS {
        return Err(VaultError::PinTooShort);
    }
    Ok(())
}

/// Writes beside, syncs, renames over: a crash leaves the old file or the
/// new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("new");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent().and_then(|d| std::fs::File::open(d).ok()) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Writes `bytes` over the file at `path` in place and syncs. Used when a
/// plan is erased: the file's size never changes, so its old blocks are
/// overwritten rather than freed by a rename.
fn write_in_place(path: &Path, bytes: &[u8]) -> VResult<()> {
    let mut f = std::fs::OpenOptions::new().write(true).open(path).map_err(io)?;
    f.write_all(bytes).map_err(io)?;
    f.set_len(bytes.len() as u64).map_err(io)?;
    f.sync_all().map_err(io)
}

/// Overwrites a file with random bytes, syncs, and removes it. On flash
/// storage the old blocks may survive; for the vault that leaves only
/// ciphertext whose salt is gone with the header.
pub fn shred(path: &Path) -> std::io::Result<()> {
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len() as usize,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let mut noise = vec![0u8; len];
    getrandom::fill(&mut noise).map_err(|_| std::io::Error::other("no random numbers"))?;
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    f.write_all(&noise)?;
    f.sync_all()?;
    drop(f);
    std::fs::remove_file(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cheap parameters: the tests are about the format, not the cost.
    const FAST: KdfParams = KdfParams { m_kib: 64, t: 1, p: 1 };

    fn dir(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("kyr-vault-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn plan() -> Plan {
        Plan {
            name: "Ana".into(),
            a_number: "A123456789".into(),
            contacts: vec![EmergencyContact { name: "Luis".into(), phone: "+15555550100".into() }],
            lawyer_name: "Clinic".into(),
            ..Plan::default()
        }
    }

    #[test]
    fn a_saved_plan_opens_with_its_pin_only_and_the_file_holds_no_plaintext() {
        let path = dir("roundtrip").join("vault.kyr");
        let mut v = create(&path, "246810", FAST).unwrap();
        v.save(&path, plan()).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(bytes.len(), FILE_LEN);
        for secret in ["Ana", "A123456789", "Luis", "5555550100"] {
            assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} in the file");
        }
        assert_eq!(unlock(&path, "246810").unwrap().plan, plan());
        assert_eq!(unlock(&path, "246811").unwrap_err(), VaultError::WrongPin);
        assert_eq!(state(&path), VaultState::Present);
    }

    #[test]
    fn a_changed_byte_anywhere_is_detected_and_the_file_is_left_alone() {
        let path = dir("tamper").join("vault.kyr");
        let mut v = create(&path, "246810", FAST).unwrap();
        v.save(&path, plan()).unwrap();
        let good = std::fs::read(&path).unwrap();
        // A byte of the header (salt), of each slot's nonce and ciphertext.
        for at in
            [20, HEADER_LEN + 3, HEADER_LEN + 100, HEADER_LEN + SLOT_LEN + 3, HEADER_LEN + SLOT_LEN + 100, FILE_LEN - 1]
        {
            let mut bad = good.clone();
            bad[at] ^= 0x01;
            std::fs::write(&path, &bad).unwrap();
            let result = unlock(&path, "246810");
            // A slot the real plan is not in may be random; flipping it changes nothing.
            if let Ok(v) = &result {
                assert_eq!(v.plan, plan(), "byte {at}");
                continue;
            }
            assert_eq!(result.unwrap_err(), VaultError::WrongPin, "byte {at}");
            assert_eq!(std::fs::read(&path).unwrap(), bad, "the file stays as it was");
        }
    }

    #[test]
    fn a_truncated_or_foreign_file_is_unreadable_and_kept() {
        let path = dir("truncated").join("vault.kyr");
        create(&path, "246810", FAST).unwrap();
        let good = std::fs::read(&path).unwrap();
        std::fs::write(&path, &good[..good.len() / 2]).unwrap();
        assert_eq!(state(&path), VaultState::Unreadable);
        assert_eq!(unlock(&path, "246810").unwrap_err(), VaultError::Unreadable);
        assert_eq!(std::fs::read(&path).unwrap().len(), good.len() / 2, "nothing was reset");
        std::fs::write(&path, b"not a vault").unwrap();
        assert_eq!(state(&path), VaultState::Unreadable);
        // A header asking for absurd memory is refused before any work.
        let mut greedy = good.clone();
        greedy[9..13].copy_from_slice(&u32::MAX.to_le_bytes());
        std::fs::write(&path, &greedy).unwrap();
        assert_eq!(unlock(&path, "246810").unwrap_err(), VaultError::Unreadable);
    }

    #[test]
    fn the_duress_pin_opens_an_empty_plan_and_can_erase_the_real_one() {
        let path = dir("duress").join("vault.kyr");
        let mut v = create(&path, "246810", FAST).unwrap();
        v.save(&path, plan()).unwrap();
        assert_eq!(v.set_duress(&path, "246810", false).unwrap_err(), VaultError::SamePin);
        let before = std::fs::read(&path).unwrap();
        v.set_duress(&path, "135790", false).unwrap();
        assert_eq!(std::fs::read(&path).unwrap().len(), before.len(), "same size with or without a second PIN");
        // Without erasing: both plans stay.
        assert_eq!(unlock(&path, "135790").unwrap().plan, Plan::default());
        assert_eq!(unlock(&path, "246810").unwrap().plan, plan());
        // With erasing: the duress PIN destroys the real plan.
        let mut v = unlock(&path, "246810").unwrap();
        v.set_duress(&path, "135790", true).unwrap();
        let decoy = unlock(&path, "135790").unwrap();
        assert_eq!(decoy.plan, Plan::default());
        assert_eq!(unlock(&path, "246810").unwrap_err(), VaultError::WrongPin);
        assert_eq!(state(&path), VaultState::Present, "the file still looks like a vault");
    }

    #[test]
    fn a_second_pin_set_from_the_decoy_never_overwrites_the_real_plan() {
        let path = dir("duress-of-duress").join("vault.kyr");
        let mut v = create(&path, "246810", FAST).unwrap();
        v.save(&path, plan()).unwrap();
        v.set_duress(&path, "135790", false).unwrap();
        // Someone forced to open the decoy is asked to "set a second PIN" there.
        let mut decoy = unlock(&path, "135790").unwrap();
        assert!(decoy.set_duress(&path, "975310", false).is_ok(), "it answers as if it worked");
        assert_eq!(unlock(&path, "246810").unwrap().plan, plan(), "the real plan is kept");
        assert_eq!(unlock(&path, "975310").unwrap_err(), VaultError::WrongPin);
    }

    #[cfg(unix)]
    #[test]
    fn an_erasing_second_pin_writes_over_the_file_in_place() {
        use std::os::unix::fs::MetadataExt;
        let path = dir("wipe-in-place").join("vault.kyr");
        let mut v = create(&path, "246810", FAST).unwrap();
        v.save(&path, plan()).unwrap();
        v.set_duress(&path, "135790", true).unwrap();
        let inode = std::fs::metadata(&path).unwrap().ino();
        unlock(&path, "135790").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().ino(),
            inode,
            "the same file, overwritten, not a new one beside a freed old one"
        );
        assert_eq!(unlock(&path, "246810").unwrap_err(), VaultError::WrongPin);
    }

    #[test]
    fn pins_must_be_long_enough_and_plans_must_fit() {
        let path = dir("limits").join("vault.kyr");
        assert_eq!(create(&path, "12345", FAST).unwrap_err(), VaultError::PinTooShort);
        let mut v = create(&path, "123456", FAST).unwrap();
        let huge = Plan { notes: "x".repeat(SLOT_PLAINTEXT), ..Plan::default() };
        assert_eq!(v.save(&path, huge).unwrap_err(), VaultError::TooLong);
        assert_eq!(unlock(&path, "123456").unwrap().plan, Plan::default(), "a refused save changes nothing");
    }

    #[test]
    fn key_derivation_uses_argon2id_with_the_stored_parameters() {
        let salt = [7u8; 16];
        let a = derive_key("246810", &salt, FAST).unwrap();
        assert_eq!(*a, *derive_key("246810", &salt, FAST).unwrap());
        assert_ne!(*a, *derive_key("246811", &salt, FAST).unwrap());
        assert_ne!(*a, *derive_key("246810", &salt, KdfParams { m_kib: 128, ..FAST }).unwrap());
        assert_eq!(KdfParams::default(), KdfParams { m_kib: 19456, t: 2, p: 1 });
        let path = dir("params").join("vault.kyr");
        create(&path, "246810", KdfParams::default()).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(u32::from_le_bytes(bytes[9..13].try_into().unwrap()), 19456);
        assert_eq!(u32::from_le_bytes(bytes[13..17].try_into().unwrap()), 2);
    }

    #[test]
    fn a_plan_never_shows_its_contents_in_debug_output() {
        let plan = Plan {
            name: "Ana".into(),
            a_number: "A123456789".into(),
            contacts: vec![EmergencyContact { name: "Luis".into(), phone: "+15555550100".into() }],
            ..Plan::default()
        };
        let shown = format!("{plan:?} {:?}", plan.contacts);
        assert!(
            !shown.contains("Ana") && !shown.contains("A123") && !shown.contains("Luis") && !shown.contains("555"),
            "{shown}"
        );
    }

    #[test]
    fn shred_overwrites_then_removes() {
        let path = dir("shred").join("f");
        std::fs::write(&path, b"secret").unwrap();
        shred(&path).unwrap();
        assert!(!path.exists());
        shred(&path).unwrap(); // already gone: fine
    }
}
