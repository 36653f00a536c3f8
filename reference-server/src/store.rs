//! The embedded SQLite database: enrolled methods, pending enrollments, password history, the
//! outbox, used DPoP proof ids, and the seeded data of the other tags. Every request's writes are
//! one transaction, so a crash leaves no half-enrolled record. Secrets never appear in a form a
//! database reader can use: sessions and codes are stored as SHA-256 hashes, recovery codes and
//! passwords as argon2 hashes, TOTP secrets sealed with a key kept outside the database.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde_json::{Map, Value};

/// One authentication method of one user.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub id: String,
    pub user_id: String,
    /// The API's `type`: `totp`, `email`, ...
    pub kind: String,
    pub confirmed: bool,
    /// RFC 3339.
    pub created_at: String,
    /// The properties the API shows besides id, type, confirmed, created_at and usage.
    pub public: Map<String, Value>,
    /// Sealed or hashed secret material, by kind (see the module doc).
    pub secret: Option<Vec<u8>>,
    /// TOTP: the last time step a code was accepted for, so that no code is used twice.
    pub last_step: Option<u64>,
}

/// An enrollment waiting for its confirmation.
#[derive(Debug, Clone, PartialEq)]
pub struct Enrollment {
    /// SHA-256 of the `auth_session`, hex.
    pub session_hash: String,
    pub method_id: String,
    pub user_id: String,
    pub kind: String,
    /// Unix seconds.
    pub expires_at: i64,
    /// Wrong codes so far.
    pub attempts: u32,
    /// Kind-specific state: a code's hash and expiry, a WebAuthn registration, an outbox entry.
    pub state: Value,
}

/// A message the local sender delivered: what a developer reads instead of an email or a text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OutboxEntry {
    pub id: i64,
    pub user_id: String,
    /// `email`, `sms`, `voice` or `push`.
    pub channel: String,
    pub destination: String,
    pub message: String,
    /// Push approvals: whether the developer approved it.
    pub approved: bool,
    pub created_at: String,
}

pub struct Store {
    conn: Mutex<Connection>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS methods (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, confirmed INTEGER NOT NULL,
    created_at TEXT NOT NULL, public TEXT NOT NULL, secret BLOB, last_step INTEGER);
CREATE INDEX IF NOT EXISTS methods_by_user ON methods (user_id);
CREATE TABLE IF NOT EXISTS enrollments (
    session_hash TEXT PRIMARY KEY, method_id TEXT NOT NULL, user_id TEXT NOT NULL, kind TEXT NOT NULL,
    expires_at INTEGER NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passwords (
    user_id TEXT NOT NULL, hash TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, channel TEXT NOT NULL,
    destination TEXT NOT NULL, message TEXT NOT NULL, approved INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dpop_proofs (jti TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS seeded (
    tag TEXT NOT NULL, user_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (tag, user_id, id));
CREATE TABLE IF NOT EXISTS deleted_seeds (tag TEXT NOT NULL, user_id TEXT NOT NULL, id TEXT NOT NULL,
    PRIMARY KEY (tag, user_id, id));
";

pub type Result<T> = std::result::Result<T, rusqlite::Error>;

fn json_text(v: &impl serde::Serialize) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn method_of(row: &rusqlite::Row<'_>) -> rusqlite::Result<Method> {
    let public: String = row.get(5)?;
    Ok(Method {
        id: row.get(0)?,
        user_id: row.get(1)?,
        kind: row.get(2)?,
        confirmed: row.get::<_, i64>(3)? != 0,
        created_at: row.get(4)?,
        public: serde_json::from_str(&public).unwrap_or_default(),
        secret: row.get(6)?,
        last_step: row.get::<_, Option<i64>>(7)?.map(|s| s as u64),
    })
}

const ENROLLMENT_COLUMNS: &str = "session_hash, method_id, user_id, kind, expires_at, attempts, state";

fn enrollment_of(row: &rusqlite::Row<'_>) -> rusqlite::Result<Enrollment> {
    let state: String = row.get(6)?;
    Ok(Enrollment {
        session_hash: row.get(0)?,
        method_id: row.get(1)?,
        user_id: row.get(2)?,
        kind: row.get(3)?,
        expires_at: row.get(4)?,
        attempts: row.get::<_, i64>(5)? as u32,
        state: serde_json::from_str(&state).unwrap_or(Value::Null),
    })
}

const METHOD_COLUMNS: &str = "id, user_id, kind, confirmed, created_at, public, secret, last_step";

impl Store {
    /// The database file at `path` (created with its tables when new).
    pub fn open(path: &Path) -> Result<Store> {
        Store::with(Connection::open(path)?)
    }

    /// A database that lives in memory, for tests.
    pub fn in_memory() -> Result<Store> {
        Store::with(Connection::open_in_memory()?)
    }

    fn with(conn: Connection) -> Result<Store> {
        // WAL: a crash mid-write leaves the last committed state; readers do not block the writer.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    /// Runs `f` in one transaction: everything it wrote, or nothing.
    pub fn tx<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// The queries, on a transaction.
pub trait Queries {
    fn methods_of(&self, user_id: &str) -> Result<Vec<Method>>;
    fn method(&self, user_id: &str, id: &str) -> Result<Option<Method>>;
    fn put_method(&self, m: &Method) -> Result<()>;
    fn delete_method(&self, user_id: &str, id: &str) -> Result<bool>;
    fn enrollment(&self, session_hash: &str) -> Result<Option<Enrollment>>;
    fn put_enrollment(&self, e: &Enrollment) -> Result<()>;
    /// The enrollment of a method id (the connect flow finds its request by ticket this way).
    fn enrollment_for(&self, method_id: &str) -> Result<Option<Enrollment>>;
    /// Whether the enrollment was there to delete: a session is used once, even by two requests
    /// racing with it.
    fn delete_enrollment(&self, session_hash: &str) -> Result<bool>;
    fn password_hashes(&self, user_id: &str, last: usize) -> Result<Vec<String>>;
    fn add_password(&self, user_id: &str, hash: &str, now: i64) -> Result<()>;
    fn send(&self, user_id: &str, channel: &str, destination: &str, message: &str, now: &str) -> Result<i64>;
    fn outbox(&self) -> Result<Vec<OutboxEntry>>;
    fn approve(&self, id: i64) -> Result<bool>;
    fn outbox_entry(&self, id: i64) -> Result<Option<OutboxEntry>>;
    /// Records a DPoP proof id; false when it was seen before (a replay).
    fn remember_proof(&self, jti: &str, expires_at: i64, now: i64) -> Result<bool>;
    /// Seeds a record once: a record the user deleted is not seeded again.
    fn seed(&self, tag: &str, user_id: &str, id: &str, body: &Value) -> Result<()>;
    fn seeded(&self, tag: &str, user_id: &str) -> Result<Vec<Value>>;
    fn delete_seeded(&self, tag: &str, user_id: &str, id: &str) -> Result<bool>;
}

impl Queries for Transaction<'_> {
    fn methods_of(&self, user_id: &str) -> Result<Vec<Method>> {
        let mut stmt = self.prepare(&format!("SELECT {METHOD_COLUMNS} FROM methods WHERE user_id = ?1 ORDER BY created_at, id"))?;
        let rows = stmt.query_map(params![user_id], method_of)?;
        rows.collect()
    }

    fn method(&self, user_id: &str, id: &str) -> Result<Option<Method>> {
        // Scoped by user: another user's id is the same as no id at all.
        self.query_row(&format!("SELECT {METHOD_COLUMNS} FROM methods WHERE user_id = ?1 AND id = ?2"), params![user_id, id], method_of).optional()
    }

    fn put_method(&self, m: &Method) -> Result<()> {
        self.execute(
            "INSERT INTO methods (id, user_id, kind, confirmed, created_at, public, secret, last_step) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (id) DO UPDATE SET confirmed = ?4, public = ?6, secret = ?7, last_step = ?8",
            params![m.id, m.user_id, m.kind, m.confirmed as i64, m.created_at, json_text(&m.public), m.secret, m.last_step.map(|s| s as i64)],
        )?;
        Ok(())
    }

    fn delete_method(&self, user_id: &str, id: &str) -> Result<bool> {
        self.execute("DELETE FROM enrollments WHERE user_id = ?1 AND method_id = ?2", params![user_id, id])?;
        Ok(self.execute("DELETE FROM methods WHERE user_id = ?1 AND id = ?2", params![user_id, id])? > 0)
    }

    fn enrollment(&self, session_hash: &str) -> Result<Option<Enrollment>> {
        self.query_row(&format!("SELECT {ENROLLMENT_COLUMNS} FROM enrollments WHERE session_hash = ?1"), params![session_hash], enrollment_of).optional()
    }

    fn enrollment_for(&self, method_id: &str) -> Result<Option<Enrollment>> {
        self.query_row(&format!("SELECT {ENROLLMENT_COLUMNS} FROM enrollments WHERE method_id = ?1"), params![method_id], enrollment_of).optional()
    }

    fn put_enrollment(&self, e: &Enrollment) -> Result<()> {
        self.execute(
            "INSERT OR REPLACE INTO enrollments (session_hash, method_id, user_id, kind, expires_at, attempts, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![e.session_hash, e.method_id, e.user_id, e.kind, e.expires_at, e.attempts as i64, json_text(&e.state)],
        )?;
        Ok(())
    }

    fn delete_enrollment(&self, session_hash: &str) -> Result<bool> {
        Ok(self.execute("DELETE FROM enrollments WHERE session_hash = ?1", params![session_hash])? > 0)
    }

    fn password_hashes(&self, user_id: &str, last: usize) -> Result<Vec<String>> {
        let mut stmt = self.prepare("SELECT hash FROM passwords WHERE user_id = ?1 ORDER BY created_at DESC, rowid DESC LIMIT ?2")?;
        let rows = stmt.query_map(params![user_id, last as i64], |row| row.get(0))?;
        rows.collect()
    }

    fn add_password(&self, user_id: &str, hash: &str, now: i64) -> Result<()> {
        self.execute("INSERT INTO passwords (user_id, hash, created_at) VALUES (?1, ?2, ?3)", params![user_id, hash, now])?;
        Ok(())
    }

    fn send(&self, user_id: &str, channel: &str, destination: &str, message: &str, now: &str) -> Result<i64> {
        self.execute(
            "INSERT INTO outbox (user_id, channel, destination, message, approved, created_at) VALUES (?1, ?2, ?3, ?4, 0, ?5)",
            params![user_id, channel, destination, message, now],
        )?;
        Ok(self.last_insert_rowid())
    }

    fn outbox(&self) -> Result<Vec<OutboxEntry>> {
        let mut stmt = self.prepare("SELECT id, user_id, channel, destination, message, approved, created_at FROM outbox ORDER BY id")?;
        let rows = stmt.query_map([], outbox_of)?;
        rows.collect()
    }

    fn approve(&self, id: i64) -> Result<bool> {
        Ok(self.execute("UPDATE outbox SET approved = 1 WHERE id = ?1 AND channel = 'push'", params![id])? > 0)
    }

    fn outbox_entry(&self, id: i64) -> Result<Option<OutboxEntry>> {
        self.query_row("SELECT id, user_id, channel, destination, message, approved, created_at FROM outbox WHERE id = ?1", params![id], outbox_of).optional()
    }

    fn remember_proof(&self, jti: &str, expires_at: i64, now: i64) -> Result<bool> {
        self.execute("DELETE FROM dpop_proofs WHERE expires_at < ?1", params![now])?;
        Ok(self.execute("INSERT OR IGNORE INTO dpop_proofs (jti, expires_at) VALUES (?1, ?2)", params![jti, expires_at])? > 0)
    }

    fn seed(&self, tag: &str, user_id: &str, id: &str, body: &Value) -> Result<()> {
        let deleted: bool = self.query_row("SELECT COUNT(*) FROM deleted_seeds WHERE tag = ?1 AND user_id = ?2 AND id = ?3", params![tag, user_id, id], |r| r.get::<_, i64>(0))? > 0;
        if !deleted {
            self.execute("INSERT OR REPLACE INTO seeded (tag, user_id, id, body) VALUES (?1, ?2, ?3, ?4)", params![tag, user_id, id, json_text(body)])?;
        }
        Ok(())
    }

    fn seeded(&self, tag: &str, user_id: &str) -> Result<Vec<Value>> {
        let mut stmt = self.prepare("SELECT body FROM seeded WHERE tag = ?1 AND user_id = ?2 ORDER BY id")?;
        let rows = stmt.query_map(params![tag, user_id], |row| row.get::<_, String>(0))?;
        rows.map(|r| r.map(|text| serde_json::from_str(&text).unwrap_or(Value::Null))).collect()
    }

    fn delete_seeded(&self, tag: &str, user_id: &str, id: &str) -> Result<bool> {
        let n = self.execute("DELETE FROM seeded WHERE tag = ?1 AND user_id = ?2 AND id = ?3", params![tag, user_id, id])?;
        if n > 0 {
            self.execute("INSERT OR IGNORE INTO deleted_seeds (tag, user_id, id) VALUES (?1, ?2, ?3)", params![tag, user_id, id])?;
        }
        Ok(n > 0)
    }
}

fn outbox_of(row: &rusqlite::Row<'_>) -> rusqlite::Result<OutboxEntry> {
    Ok(OutboxEntry {
        id: row.get(0)?,
        user_id: row.get(1)?,
        channel: row.get(2)?,
        destination: row.get(3)?,
        message: row.get(4)?,
        approved: row.get::<_, i64>(5)? != 0,
        created_at: row.get(6)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn method(id: &str, user: &str) -> Method {
        Method {
            id: id.into(),
            user_id: user.into(),
            kind: "totp".into(),
            confirmed: false,
            created_at: "2026-01-01T00:00:00.000Z".into(),
            public: Map::new(),
            secret: Some(vec![1, 2, 3]),
            last_step: None,
        }
    }

    #[test]
    fn methods_are_scoped_by_user() {
        let store = Store::in_memory().unwrap();
        store.tx(|tx| tx.put_method(&method("totp|dev_a", "alice"))).unwrap();
        assert!(store.tx(|tx| tx.method("alice", "totp|dev_a")).unwrap().is_some());
        assert!(store.tx(|tx| tx.method("bob", "totp|dev_a")).unwrap().is_none());
        assert!(!store.tx(|tx| tx.delete_method("bob", "totp|dev_a")).unwrap());
        assert!(store.tx(|tx| tx.delete_method("alice", "totp|dev_a")).unwrap());
    }

    #[test]
    fn a_failed_transaction_writes_nothing() {
        let store = Store::in_memory().unwrap();
        let r: Result<()> = store.tx(|tx| {
            tx.put_method(&method("totp|dev_a", "alice"))?;
            Err(rusqlite::Error::QueryReturnedNoRows)
        });
        assert!(r.is_err());
        assert!(store.tx(|tx| tx.methods_of("alice")).unwrap().is_empty());
    }

    #[test]
    fn a_file_database_keeps_what_was_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite");
        Store::open(&path).unwrap().tx(|tx| tx.put_method(&method("totp|dev_a", "alice"))).unwrap();
        let again = Store::open(&path).unwrap();
        assert_eq!(again.tx(|tx| tx.methods_of("alice")).unwrap(), vec![method("totp|dev_a", "alice")]);
    }

    #[test]
    fn proofs_are_single_use_and_deleted_seeds_stay_deleted() {
        let store = Store::in_memory().unwrap();
        assert!(store.tx(|tx| tx.remember_proof("j1", 100, 0)).unwrap());
        assert!(!store.tx(|tx| tx.remember_proof("j1", 100, 1)).unwrap());
        let body = serde_json::json!({"id": "org_1", "name": "acme"});
        store.tx(|tx| tx.seed("organizations", "alice", "org_1", &body)).unwrap();
        assert!(store.tx(|tx| tx.delete_seeded("organizations", "alice", "org_1")).unwrap());
        store.tx(|tx| tx.seed("organizations", "alice", "org_1", &body)).unwrap();
        assert!(store.tx(|tx| tx.seeded("organizations", "alice")).unwrap().is_empty());
    }
}
