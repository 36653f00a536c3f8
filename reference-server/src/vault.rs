//! Secrets: random values (sessions, codes, ids), hashes of what must never be read back (sessions
//! and codes with SHA-256, recovery codes and passwords with argon2), and the sealing of TOTP
//! secrets with a key kept in a file beside the database, never in it.

use std::path::Path;

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// `n` random bytes from the operating system.
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut out = vec![0u8; n];
    rand::rng().fill_bytes(&mut out);
    out
}

/// An `auth_session`: 256 random bits, URL-safe.
pub fn new_session() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes(32))
}

/// An id suffix like the vendor's (`totp|dev_` + 16 characters).
pub fn new_id_suffix() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    random_bytes(16).iter().map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char).collect()
}

/// A numeric code of `digits` digits, each uniform (bytes above the largest multiple of 10 are
/// drawn again, so that no digit is more likely than another).
pub fn numeric_code(digits: usize) -> String {
    let mut out = String::with_capacity(digits);
    while out.len() < digits {
        for b in random_bytes(digits * 2) {
            if b < 250 && out.len() < digits {
                out.push(char::from(b'0' + b % 10));
            }
        }
    }
    out
}

/// A recovery code: 24 characters from an alphabet without look-alikes, as the vendor's example.
pub fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    random_bytes(24).iter().map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char).collect()
}

/// SHA-256, hex: what is stored of sessions and emailed codes.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Argon2id with a random salt, in the PHC string form.
pub fn hash_secret(secret: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(secret.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
}

/// Whether `secret` is the one `hash` was made from.
pub fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(secret.as_bytes(), &parsed).is_ok())
}

/// Seals small secrets (TOTP keys) for the database with a key that stays outside it.
pub struct Sealer {
    cipher: ChaCha20Poly1305,
}

impl Sealer {
    pub fn new(key: &[u8; 32]) -> Sealer {
        Sealer { cipher: ChaCha20Poly1305::new(Key::from_slice(key)) }
    }

    /// The key in `path`, made (32 random bytes, readable by the owner only) when the file is new.
    pub fn from_file(path: &Path) -> Result<Sealer, String> {
        let key = read_or_create(path, || random_bytes(32))?;
        let key: [u8; 32] = key.try_into().map_err(|_| format!("{}: a sealing key is 32 bytes", path.display()))?;
        Ok(Sealer::new(&key))
    }

    /// A random nonce, then the ciphertext with its tag.
    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let nonce = random_bytes(12);
        let mut out = nonce.clone();
        // Encryption of a few bytes under a valid key and nonce does not fail.
        out.extend(self.cipher.encrypt(Nonce::from_slice(&nonce), plain).unwrap_or_default());
        out
    }

    pub fn open(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < 12 {
            return None;
        }
        let (nonce, body) = sealed.split_at(12);
        self.cipher.decrypt(Nonce::from_slice(nonce), body).ok()
    }
}

/// The bytes of `path`, or `make()` written there first (owner-only permissions on Unix).
pub fn read_or_create(path: &Path, make: impl FnOnce() -> Vec<u8>) -> Result<Vec<u8>, String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let bytes = make();
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            write_private(path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(bytes)
        }
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_only_with_their_key() {
        let a = Sealer::new(&[7; 32]);
        let sealed = a.seal(b"JBSWY3DPEHPK3PXP");
        assert!(!sealed.windows(16).any(|w| w == b"JBSWY3DPEHPK3PXP"));
        assert_eq!(a.open(&sealed).unwrap(), b"JBSWY3DPEHPK3PXP");
        assert!(Sealer::new(&[8; 32]).open(&sealed).is_none());
        assert!(a.open(&sealed[..10]).is_none());
    }

    #[test]
    fn hashes_verify_and_sessions_are_long() {
        let h = hash_secret("ABCDEFGHJKLMNPQRSTUVWXYZ").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_secret("ABCDEFGHJKLMNPQRSTUVWXYZ", &h));
        assert!(!verify_secret("ABCDEFGHJKLMNPQRSTUVWXYA", &h));
        assert!(new_session().len() >= 43);
        assert_ne!(new_session(), new_session());
        let code = numeric_code(6);
        assert!(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()));
    }

    #[test]
    fn a_key_file_is_made_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let first = read_or_create(&path, || vec![1; 32]).unwrap();
        let second = read_or_create(&path, || vec![2; 32]).unwrap();
        assert_eq!(first, second);
    }
}
