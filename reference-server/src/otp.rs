//! One-time passwords for the TOTP authenticator: RFC 4226 HOTP, RFC 6238 TOTP,
//! verification with drift and replay protection, RFC 4648 base32 for secrets,
//! and the `otpauth://` URI that authenticator apps scan.
//!
//! Nothing here reads the clock: the caller passes the current time in, so the
//! server stays testable and every result is reproducible.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// Digits of the codes this server issues and accepts (the spec's URIs say `digits=6`).
pub const DIGITS: u32 = 6;

/// Length of one TOTP time step in seconds (the spec's URIs say `period=30`).
pub const STEP_SECONDS: u64 = 30;

/// The dynamically truncated value is 31 bits, so it never has more than 10
/// decimal digits; asking for more would only add leading zeros, and an
/// unbounded width would let a caller make us allocate gigabytes.
const MAX_DIGITS: u32 = 10;

/// Why a submitted code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtpError {
    /// Not exactly six ASCII digits.
    Malformed,
    /// Well formed, but matches none of the accepted time steps.
    Wrong,
    /// Matches a time step that was already used (or an earlier one).
    Reused,
}

impl fmt::Display for OtpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            OtpError::Malformed => "the code must be exactly 6 digits",
            OtpError::Wrong => "the code is not valid",
            OtpError::Reused => "the code has already been used",
        };
        f.write_str(text)
    }
}

impl std::error::Error for OtpError {}

/// RFC 4226 HOTP (HMAC-SHA-1 with dynamic truncation), zero-padded to `digits`.
///
/// `digits` above 10 is treated as 10 (the value has no more digits than that);
/// `digits` of 0 gives
/// an empty string.
pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> String {
    let digits = digits.min(MAX_DIGITS);
    if digits == 0 {
        return String::new();
    }
    // HMAC takes keys of any length (long ones are hashed, short ones padded),
    // so this cannot fail; the branch only exists so no input can panic.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();

    // Dynamic truncation (RFC 4226 §5.3): the low nibble of the last byte
    // picks where four bytes are read; the top bit is dropped so the value
    // reads the same as signed or unsigned.
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let value = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    // 10^10 does not fit in a u32, so do the reduction in u64.
    let modulus = 10u64.pow(digits);
    let code = u64::from(value) % modulus;
    format!("{code:0width$}", width = digits as usize)
}

/// RFC 6238 TOTP: HOTP of the number of whole `step_seconds` since the Unix epoch.
///
/// A step of 0 seconds is meaningless; it is treated as 1 so the division
/// cannot panic.
pub fn totp_at(secret: &[u8], unix_seconds: u64, step_seconds: u64, digits: u32) -> String {
    hotp(secret, unix_seconds / step_seconds.max(1), digits)
}

/// Checks a 6-digit code against the current time step and one step either
/// side (clocks on phones drift), refusing any step at or before
/// `last_used_step` so an observed code cannot be replayed.
///
/// Returns the matched time step, which the caller stores and passes back as
/// `last_used_step` next time.
pub fn verify_totp(
    secret: &[u8],
    code: &str,
    unix_seconds: u64,
    last_used_step: Option<u64>,
) -> Result<u64, OtpError> {
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(OtpError::Malformed);
    }
    let current = unix_seconds / STEP_SECONDS;
    // Earliest first, so that in the (one in a million) case where two
    // windows share a code we record the earliest unused one and refuse as
    // few later codes as possible.
    let candidates = [
        current.checked_sub(1),
        Some(current),
        current.checked_add(1),
    ];

    let mut fresh_match: Option<u64> = None;
    let mut any_match = false;
    for step in candidates.into_iter().flatten() {
        let expected = hotp(secret, step, DIGITS);
        // Every candidate is compared, and compared in constant time, so the
        // time taken says nothing about how close a guess was.
        let matched = bool::from(expected.as_bytes().ct_eq(code.as_bytes()));
        if matched {
            any_match = true;
            let is_fresh = last_used_step.is_none_or(|last| step > last);
            if is_fresh && fresh_match.is_none() {
                fresh_match = Some(step);
            }
        }
    }
    match (fresh_match, any_match) {
        (Some(step), _) => Ok(step),
        (None, true) => Err(OtpError::Reused),
        (None, false) => Err(OtpError::Wrong),
    }
}

const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding (authenticator apps do not want the `=`).
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u16 = 0;
    let mut bits: u32 = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u16::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            let index = usize::from((buffer >> bits) & 0x1f);
            out.push(char::from(BASE32_ALPHABET[index]));
        }
        // Only the unread low bits matter; dropping the rest keeps the
        // buffer from overflowing.
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        let index = usize::from((buffer << (5 - bits)) & 0x1f);
        out.push(char::from(BASE32_ALPHABET[index]));
    }
    out
}

/// RFC 4648 base32 decoding, lenient in the ways people copy secrets: either
/// case, optional `=` padding, spaces anywhere.
///
/// Returns `None` for characters outside the alphabet, text after padding,
/// padding that does not fill out a group of 8, or a length no encoding can
/// produce (1, 3 or 6 symbols left over). Non-zero bits in the last symbol are
/// ignored rather than refused, because secrets typed in from other tools are
/// not always canonical.
pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u16 = 0;
    let mut bits: u32 = 0;
    let mut symbols: usize = 0;
    let mut padding: usize = 0;
    for byte in text.bytes() {
        if byte == b' ' {
            continue;
        }
        if byte == b'=' {
            padding += 1;
            continue;
        }
        if padding > 0 {
            // Data after padding means two encodings glued together, or garbage.
            return None;
        }
        let value = match byte.to_ascii_uppercase() {
            upper @ b'A'..=b'Z' => upper - b'A',
            digit @ b'2'..=b'7' => digit - b'2' + 26,
            _ => return None,
        };
        symbols += 1;
        buffer = (buffer << 5) | u16::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            // Truncation to the low 8 bits is the point here.
            out.push(((buffer >> bits) & 0xff) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    if !matches!(symbols % 8, 0 | 2 | 4 | 5 | 7) {
        return None;
    }
    if padding > 0 && (!(symbols + padding).is_multiple_of(8) || padding > 6) {
        return None;
    }
    Some(out)
}

/// The key URI authenticator apps read from the enrollment QR code, in the
/// form the spec's `barcode_uri` examples show.
pub fn otpauth_uri(issuer: &str, account: &str, secret_base32: &str) -> String {
    let issuer = percent_encode(issuer);
    let account = percent_encode(account);
    let secret = percent_encode(secret_base32);
    format!(
        "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}\
         &algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}"
    )
}

/// Percent-encodes every UTF-8 byte except RFC 3986 unreserved characters, so
/// the result is safe both in the label path and in query values.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn hotp_matches_rfc4226_appendix_d() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, want) in (0u64..).zip(expected) {
            assert_eq!(hotp(RFC_SECRET, counter, 6), want, "counter {counter}");
        }
    }

    #[test]
    fn totp_matches_rfc6238_appendix_b_sha1() {
        let vectors: [(u64, &str); 6] = [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ];
        for (time, want) in vectors {
            assert_eq!(totp_at(RFC_SECRET, time, 30, 8), want, "T={time}");
        }
    }

    #[test]
    fn hotp_pads_and_bounds_digits() {
        // RFC 4226 Appendix D: counter 0 truncates to 0x4c93cf18 = 1284755224,
        // counter 1 to 0x41397eea = 1094287082.
        assert_eq!(hotp(RFC_SECRET, 0, 10), "1284755224");
        assert_eq!(hotp(RFC_SECRET, 1, 10), "1094287082");
        assert_eq!(hotp(RFC_SECRET, 0, 40), "1284755224");
        assert_eq!(hotp(RFC_SECRET, 0, 0), "");
        assert_eq!(hotp(RFC_SECRET, 0, 1), "4");
        // 07081804 at 8 digits keeps its leading zero.
        assert_eq!(totp_at(RFC_SECRET, 1_111_111_109, 30, 8).len(), 8);
    }

    #[test]
    fn totp_with_zero_step_does_not_panic() {
        assert_eq!(totp_at(RFC_SECRET, 1, 0, 6), hotp(RFC_SECRET, 1, 6));
    }

    #[test]
    fn verify_accepts_current_step() {
        // T=59 is step 1, whose 6-digit code is 287082.
        assert_eq!(verify_totp(RFC_SECRET, "287082", 59, None), Ok(1));
    }

    #[test]
    fn verify_accepts_one_step_of_drift_either_way() {
        let now = 1_111_111_111;
        let step = now / STEP_SECONDS;
        let previous = hotp(RFC_SECRET, step - 1, DIGITS);
        let next = hotp(RFC_SECRET, step + 1, DIGITS);
        assert_eq!(verify_totp(RFC_SECRET, &previous, now, None), Ok(step - 1));
        assert_eq!(verify_totp(RFC_SECRET, &next, now, None), Ok(step + 1));
    }

    #[test]
    fn verify_refuses_two_steps_away() {
        let now = 1_111_111_111;
        let step = now / STEP_SECONDS;
        let too_old = hotp(RFC_SECRET, step - 2, DIGITS);
        let too_new = hotp(RFC_SECRET, step + 2, DIGITS);
        assert_eq!(
            verify_totp(RFC_SECRET, &too_old, now, None),
            Err(OtpError::Wrong)
        );
        assert_eq!(
            verify_totp(RFC_SECRET, &too_new, now, None),
            Err(OtpError::Wrong)
        );
    }

    #[test]
    fn verify_refuses_replay() {
        let now = 2_000_000_000;
        let code = totp_at(RFC_SECRET, now, STEP_SECONDS, DIGITS);
        let step = verify_totp(RFC_SECRET, &code, now, None);
        assert_eq!(step, Ok(now / STEP_SECONDS));
        let stored = step.ok();
        assert_eq!(
            verify_totp(RFC_SECRET, &code, now, stored),
            Err(OtpError::Reused)
        );
        // The code of an earlier step than the stored one is refused too.
        let earlier = hotp(RFC_SECRET, now / STEP_SECONDS - 1, DIGITS);
        assert_eq!(
            verify_totp(RFC_SECRET, &earlier, now, stored),
            Err(OtpError::Reused)
        );
        // The next step's code is still fresh.
        let next = hotp(RFC_SECRET, now / STEP_SECONDS + 1, DIGITS);
        assert_eq!(
            verify_totp(RFC_SECRET, &next, now, stored),
            Ok(now / STEP_SECONDS + 1)
        );
    }

    #[test]
    fn verify_refuses_wrong_code() {
        // 287082 is step 1; at T=1234567890 it is far out of the window.
        assert_eq!(
            verify_totp(RFC_SECRET, "287082", 1_234_567_890, None),
            Err(OtpError::Wrong)
        );
    }

    #[test]
    fn verify_refuses_malformed_codes() {
        for code in [
            "",
            "28708",
            "2870822",
            "28708a",
            " 287082",
            "287 082",
            "２８７０８２",
            "-28708",
        ] {
            assert_eq!(
                verify_totp(RFC_SECRET, code, 59, None),
                Err(OtpError::Malformed),
                "{code:?}"
            );
        }
    }

    #[test]
    fn verify_at_time_zero_has_no_previous_step() {
        let code = hotp(RFC_SECRET, 0, DIGITS);
        assert_eq!(verify_totp(RFC_SECRET, &code, 0, None), Ok(0));
        assert_eq!(
            verify_totp(RFC_SECRET, &code, 0, Some(0)),
            Err(OtpError::Reused)
        );
    }

    #[test]
    fn verify_at_end_of_time_does_not_overflow() {
        let step = u64::MAX / STEP_SECONDS;
        let code = hotp(RFC_SECRET, step, DIGITS);
        assert_eq!(verify_totp(RFC_SECRET, &code, u64::MAX, None), Ok(step));
    }

    const RFC4648: [(&str, &str); 7] = [
        ("", ""),
        ("f", "MY"),
        ("fo", "MZXQ"),
        ("foo", "MZXW6"),
        ("foob", "MZXW6YQ"),
        ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI"),
    ];

    #[test]
    fn base32_encodes_rfc4648_vectors() {
        for (plain, encoded) in RFC4648 {
            assert_eq!(base32_encode(plain.as_bytes()), encoded, "{plain:?}");
        }
    }

    #[test]
    fn base32_decodes_rfc4648_vectors() {
        for (plain, encoded) in RFC4648 {
            assert_eq!(
                base32_decode(encoded).as_deref(),
                Some(plain.as_bytes()),
                "{encoded:?}"
            );
        }
    }

    #[test]
    fn base32_decodes_padded_lowercase_and_spaced() {
        assert_eq!(base32_decode("MZXW6YQ=").as_deref(), Some(&b"foob"[..]));
        assert_eq!(base32_decode("MY======").as_deref(), Some(&b"f"[..]));
        assert_eq!(base32_decode("mzxw6ytboi").as_deref(), Some(&b"foobar"[..]));
        assert_eq!(
            base32_decode("MZXW 6YTB OI").as_deref(),
            Some(&b"foobar"[..])
        );
        assert_eq!(
            base32_decode("mzxw 6ytb oi== ====").as_deref(),
            Some(&b"foobar"[..])
        );
    }

    #[test]
    fn base32_refuses_bad_input() {
        assert_eq!(base32_decode("MZXW1"), None); // '1' is not in the alphabet
        assert_eq!(base32_decode("MZ=XW"), None); // data after padding
        assert_eq!(base32_decode("MY="), None); // padding not filling the group
        assert_eq!(base32_decode("M"), None); // one symbol is less than a byte
        assert_eq!(base32_decode("MZX"), None);
        assert_eq!(base32_decode("MZXW6Y"), None);
        assert_eq!(base32_decode("========"), None); // all padding
        assert_eq!(base32_decode("MZXW6YTBOIé"), None);
    }

    #[test]
    fn base32_round_trips_every_length() {
        let bytes: Vec<u8> = (0u8..=255).collect();
        for len in 0..40 {
            let slice = &bytes[200 - len..200];
            assert_eq!(base32_decode(&base32_encode(slice)).as_deref(), Some(slice));
        }
        // The spec's example secret.
        assert_eq!(base32_encode(b"Hello!\xde\xad\xbe\xef"), "JBSWY3DPEHPK3PXP");
    }

    #[test]
    fn otpauth_uri_percent_encodes_issuer_and_account() {
        assert_eq!(
            otpauth_uri("my tenant", "auth0|507f@example.com", "JBSWY3DPEHPK3PXP"),
            "otpauth://totp/my%20tenant:auth0%7C507f%40example.com?secret=JBSWY3DPEHPK3PXP\
             &issuer=my%20tenant&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn otpauth_uri_matches_spec_example() {
        assert_eq!(
            otpauth_uri(
                "my-tenant",
                "auth0|507f1f77bcf86cd799439011",
                "JBSWY3DPEHPK3PXP"
            ),
            "otpauth://totp/my-tenant:auth0%7C507f1f77bcf86cd799439011?secret=JBSWY3DPEHPK3PXP\
             &issuer=my-tenant&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn errors_display() {
        assert_eq!(
            OtpError::Malformed.to_string(),
            "the code must be exactly 6 digits"
        );
        assert_eq!(OtpError::Wrong.to_string(), "the code is not valid");
        assert_eq!(
            OtpError::Reused.to_string(),
            "the code has already been used"
        );
    }
}
