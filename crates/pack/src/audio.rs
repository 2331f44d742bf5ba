//! Recordings: Ogg Opus files (RFC 3533, RFC 7845), read far enough to know
//! that a file is one whole, undamaged Opus stream and how long it plays.
//! Every page's checksum is verified and its framing bounded; the Opus
//! packets themselves are left to the platform's decoder.

/// The largest recording a pack may carry.
pub const MAX_RECORDING_BYTES: usize = 1024 * 1024;
/// The longest recording, in seconds: a whole guide read slowly.
pub const MAX_RECORDING_SECONDS: u64 = 10 * 60;
/// All the recordings of one pack together.
pub const MAX_PACK_AUDIO_BYTES: usize = 6 * 1024 * 1024;

/// Opus timestamps count 48 kHz samples, whatever the input rate was.
const OPUS_RATE: u64 = 48_000;
const PAGE_HEADER: usize = 27;
const FLAG_CONTINUED: u8 = 0x01;
const FLAG_FIRST: u8 = 0x02;
const FLAG_LAST: u8 = 0x04;

/// What a valid recording is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpusInfo {
    /// 1 (mono) or 2 (stereo).
    pub channels: u8,
    /// How long it plays, in milliseconds.
    pub duration_ms: u64,
}

/// Why a file is not a playable recording.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AudioError {
    /// Larger than [`MAX_RECORDING_BYTES`].
    #[error("{0} bytes; a recording may have at most {MAX_RECORDING_BYTES}")]
    TooLarge(usize),
    /// Longer than [`MAX_RECORDING_SECONDS`].
    #[error("it plays {0} seconds; a recording may last at most {MAX_RECORDING_SECONDS}")]
    TooLong(u64),
    /// Does not start with an Ogg page.
    #[error("not an Ogg file (Opus audio in an Ogg container is needed)")]
    NotOgg,
    /// An Ogg file whose stream is not Opus (Vorbis, FLAC, …).
    #[error("the Ogg file does not hold Opus audio")]
    NotOpus,
    /// A page's checksum does not match its bytes.
    #[error("page {0} is damaged (its checksum does not match)")]
    BadChecksum(u32),
    /// The file ends inside a page, or before the stream's last page.
    #[error("the file is cut short")]
    Truncated,
    /// Pages out of order, from two streams, or flagged wrongly.
    #[error("the pages are out of order or from more than one stream")]
    BadFraming,
    /// An Opus header this reader cannot trust (version, channels).
    #[error("the Opus header is not valid: {0}")]
    BadHeader(&'static str),
}

/// One Ogg page, located in the file.
struct Page<'a> {
    flags: u8,
    granule: u64,
    serial: u32,
    sequence: u32,
    body: &'a [u8],
}

/// Checks `bytes` as one Ogg Opus stream and measures it.
pub fn read_ogg_opus(bytes: &[u8]) -> Result<OpusInfo, AudioError> {
    if bytes.len() > MAX_RECORDING_BYTES {
        return Err(AudioError::TooLarge(bytes.len()));
    }
    if !bytes.starts_with(b"OggS") {
        return Err(AudioError::NotOgg);
    }
    let mut at = 0;
    let mut pages = Vec::new();
    while at < bytes.len() {
        pages.push(read_page(bytes, &mut at)?);
    }
    let first = pages.first().ok_or(AudioError::Truncated)?;
    let last = pages.last().ok_or(AudioError::Truncated)?;
    let in_order = pages.iter().enumerate().all(|(i, p)| {
        p.serial == first.serial
            && p.sequence as usize == i
            && (p.flags & FLAG_FIRST != 0) == (i == 0)
            && (p.flags & FLAG_LAST != 0) == (i == pages.len() - 1)
    });
    if !in_order || first.flags & FLAG_CONTINUED != 0 {
        return Err(AudioError::BadFraming);
    }
    if pages.len() < 3 || last.flags & FLAG_LAST == 0 {
        return Err(AudioError::Truncated);
    }
    // RFC 7845 §3: the identification header alone on the first page, then
    // the comment header starting on the second.
    let head = first.body;
    if !head.starts_with(b"OpusHead") || !pages[1].body.starts_with(b"OpusTags") {
        return Err(AudioError::NotOpus);
    }
    if head.len() < 19 {
        return Err(AudioError::BadHeader("the identification header is too short"));
    }
    if head[8] >> 4 != 0 {
        return Err(AudioError::BadHeader("an unknown major version"));
    }
    let channels = head[9];
    if !(1..=2).contains(&channels) || head[18] != 0 {
        return Err(AudioError::BadHeader("only mono and stereo recordings play everywhere"));
    }
    let pre_skip = u64::from(u16::from_le_bytes([head[10], head[11]]));
    let granules: Vec<u64> = pages.iter().skip(2).map(|p| p.granule).filter(|g| *g != u64::MAX).collect();
    if granules.windows(2).any(|w| w[1] < w[0]) {
        return Err(AudioError::BadFraming);
    }
    let samples = last
        .granule
        .checked_sub(pre_skip)
        .filter(|_| last.granule != u64::MAX)
        .ok_or(AudioError::BadHeader("the last page's position is before the start"))?;
    let duration_ms = samples * 1000 / OPUS_RATE;
    if duration_ms == 0 {
        return Err(AudioError::BadHeader("the recording is empty"));
    }
    if duration_ms > MAX_RECORDING_SECONDS * 1000 {
        return Err(AudioError::TooLong(duration_ms / 1000));
    }
    Ok(OpusInfo { channels, duration_ms })
}

fn read_page<'a>(bytes: &'a [u8], at: &mut usize) -> Result<Page<'a>, AudioError> {
    let start = *at;
    let header = bytes.get(start..start + PAGE_HEADER).ok_or(AudioError::Truncated)?;
    if &header[..4] != b"OggS" || header[4] != 0 {
        return Err(AudioError::BadFraming);
    }
    let u32_at = |i: usize| u32::from_le_bytes(header[i..i + 4].try_into().expect("4 bytes"));
    let sequence = u32_at(18);
    let segments = usize::from(header[26]);
    let table = bytes.get(start + PAGE_HEADER..start + PAGE_HEADER + segments).ok_or(AudioError::Truncated)?;
    let body_len: usize = table.iter().map(|&s| usize::from(s)).sum();
    let body_start = start + PAGE_HEADER + segments;
    let body = bytes.get(body_start..body_start + body_len).ok_or(AudioError::Truncated)?;
    let page = &bytes[start..body_start + body_len];
    if ogg_crc(page) != u32_at(22) {
        return Err(AudioError::BadChecksum(sequence));
    }
    *at = body_start + body_len;
    Ok(Page {
        flags: header[5],
        granule: u64::from_le_bytes(header[6..14].try_into().expect("8 bytes")),
        serial: u32_at(14),
        sequence,
        body,
    })
}

/// Ogg's CRC-32: polynomial 0x04c11db7, not reflected, initial value 0,
/// computed with the page's own checksum field read as zero.
fn ogg_crc(page: &[u8]) -> u32 {
    let mut crc: u32 = 0;
    for (i, &byte) in page.iter().enumerate() {
        let byte = if (22..26).contains(&i) { 0 } else { byte };
        crc ^= u32::from(byte) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 { (crc << 1) ^ 0x04c1_1db7 } else { crc << 1 };
        }
    }
    crc
}

/// Writes a minimal valid Ogg Opus stream of `frames` 20 ms silent frames:
/// for tests and fuzzing, so they need no audio tools.
pub fn silent_ogg_opus(frames: u32) -> Vec<u8> {
    let serial = 0x6b79_7221;
    let mut head = b"OpusHead".to_vec();
    head.extend_from_slice(&[1, 1]);
    head.extend_from_slice(&312u16.to_le_bytes());
    head.extend_from_slice(&48_000u32.to_le_bytes());
    head.extend_from_slice(&[0, 0, 0]);
    let mut tags = b"OpusTags".to_vec();
    tags.extend_from_slice(&3u32.to_le_bytes());
    tags.extend_from_slice(b"kyr");
    tags.extend_from_slice(&0u32.to_le_bytes());
    let mut out = Vec::new();
    push_page(&mut out, FLAG_FIRST, 0, serial, 0, &[&head]);
    push_page(&mut out, 0, 0, serial, 1, &[&tags]);
    // TOC 0xf8: CELT-only fullband 20 ms, one frame; 0xff 0xfe is silence.
    // A page holds at most 255 segments: one per packet here.
    let frame: &[u8] = &[0xf8, 0xff, 0xfe];
    let pages = frames.div_ceil(255).max(1);
    for page in 0..pages {
        let count = (frames - page * 255).min(255);
        let packets: Vec<&[u8]> = (0..count).map(|_| frame).collect();
        let granule = 312 + u64::from(page * 255 + count) * 960;
        let flags = if page + 1 == pages { FLAG_LAST } else { 0 };
        push_page(&mut out, flags, granule, serial, 2 + page, &packets);
    }
    out
}

fn push_page(out: &mut Vec<u8>, flags: u8, granule: u64, serial: u32, sequence: u32, packets: &[&[u8]]) {
    let start = out.len();
    let mut table = Vec::new();
    for p in packets {
        table.extend(std::iter::repeat_n(255u8, p.len() / 255));
        table.push((p.len() % 255) as u8);
    }
    out.extend_from_slice(b"OggS");
    out.push(0);
    out.push(flags);
    out.extend_from_slice(&granule.to_le_bytes());
    out.extend_from_slice(&serial.to_le_bytes());
    out.extend_from_slice(&sequence.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.push(table.len() as u8);
    out.extend_from_slice(&table);
    for p in packets {
        out.extend_from_slice(p);
    }
    let crc = ogg_crc(&out[start..]);
    out[start + 22..start + 26].copy_from_slice(&crc.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_silent_stream_reads_with_its_length() {
        let info = read_ogg_opus(&silent_ogg_opus(50)).expect("valid");
        assert_eq!(info, OpusInfo { channels: 1, duration_ms: 1000 });
    }

    #[test]
    fn damaged_cut_or_foreign_files_are_refused() {
        let good = silent_ogg_opus(10);
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(read_ogg_opus(&flipped), Err(AudioError::BadChecksum(2)));
        assert_eq!(read_ogg_opus(&silent_ogg_opus(600)).map(|i| i.duration_ms), Ok(12_000));
        assert_eq!(read_ogg_opus(&good[..good.len() - 2]), Err(AudioError::Truncated));
        assert_eq!(read_ogg_opus(b"RIFF....WAVEfmt "), Err(AudioError::NotOgg));
        assert_eq!(read_ogg_opus(b""), Err(AudioError::NotOgg));
        // The first page alone: no end of stream.
        let first_len = PAGE_HEADER + 1 + 19;
        assert_eq!(read_ogg_opus(&good[..first_len]), Err(AudioError::BadFraming));
        let mut vorbis = good.clone();
        vorbis[PAGE_HEADER + 1..PAGE_HEADER + 9].copy_from_slice(b"\x01vorbis\0");
        let crc = ogg_crc(&vorbis[..first_len]);
        vorbis[22..26].copy_from_slice(&crc.to_le_bytes());
        assert_eq!(read_ogg_opus(&vorbis), Err(AudioError::NotOpus));
    }

    #[test]
    fn sizes_and_lengths_are_bounded() {
        assert_eq!(
            read_ogg_opus(&vec![0; MAX_RECORDING_BYTES + 1]),
            Err(AudioError::TooLarge(MAX_RECORDING_BYTES + 1))
        );
        // 11 minutes of 20 ms frames, still a small file.
        assert_eq!(read_ogg_opus(&silent_ogg_opus(11 * 60 * 50)), Err(AudioError::TooLong(660)));
    }

    #[test]
    fn every_flipped_byte_and_every_cut_is_refused_without_a_panic() {
        // A file from a signed pack is still untrusted input: no change to
        // any byte (framing, header, audio) and no truncation may get past
        // the checks or crash them.
        let good = silent_ogg_opus(300);
        assert!(read_ogg_opus(&good).is_ok());
        for at in 0..good.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut bad = good.clone();
                bad[at] ^= flip;
                assert!(read_ogg_opus(&bad).is_err(), "byte {at} ^ {flip:#x} passed");
            }
        }
        for len in 0..good.len() {
            assert!(read_ogg_opus(&good[..len]).is_err(), "cut at {len} passed");
        }
    }

    #[test]
    fn the_checksum_is_oggs_own() {
        // CRC-32/POSIX (`cksum`) has the same polynomial, direction and start,
        // and inverts at the end: its check value 0x765e7680, inverted.
        assert_eq!(ogg_crc(b"123456789"), 0x89a1_897f);
    }
}
