//! The progress store: one SQLite file (bundled SQLite), WAL, `synchronous=FULL`, foreign
//! keys on, numbered migrations. A database written by a newer app is refused untouched.

mod attempts;
pub mod backup;
mod commune;
mod facilitator;
mod installation;
mod learners;
pub(crate) mod private_files;
pub mod retention;
mod sealed_backup;
mod sessions;
mod settings;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};

pub use attempts::{AttemptRow, Completion, NewAnswer, PreCheck, PreResult, StepTally};
pub(crate) use commune::{known_code, register_key, set_code_in};
pub use commune::{CommuneHamlet, ImportedFile, IssuedCode};
pub use facilitator::{wait_after, HamletProfile};
pub use installation::{Installation, Role, Setup};
pub use learners::{
    search_key, Consent, Gender, Learner, LearnerId, LearnerSettings, NewLearner, TextSize, CONSENT_TEXT, GUARDIAN_AGE,
    PICTURES,
};
pub use sealed_backup::{is_sealed_backup, remove_leftover_plain_copies};
pub use sessions::{PracticeSession, SessionActivity};

/// The numbered migrations, oldest first. `user_version` holds how many have run.
fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_initial.sql")),
        M::up(include_str!("migrations/002_exports.sql")),
        M::up(include_str!("migrations/003_sessions.sql")),
        M::up(include_str!("migrations/004_import_keys.sql")),
        M::up(include_str!("migrations/005_hamlet_tallies.sql")),
        M::up(include_str!("migrations/006_export_numbers.sql")),
        M::up_with_hook(include_str!("migrations/007_place_keys.sql"), rekey_hamlets),
        M::up(include_str!("migrations/008_pre_checks_and_skills.sql")),
        M::up(include_str!("migrations/009_hamlet_codes.sql")),
        M::up(include_str!("migrations/010_consent_records.sql")),
        M::up(include_str!("migrations/011_learner_settings.sql")),
    ])
}

/// Migration 007: every kept import and trusted key gets the hamlet key of today's rule.
/// Trusted keys are rebuilt in one pass from a snapshot and the old→new map, so that one
/// hamlet's new key being another's old key cannot move trust from one hamlet to the other.
fn rekey_hamlets(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    let imports: Vec<(i64, String, String, String)> = tx
        .prepare("SELECT id, hamlet_key, commune_name, hamlet_name FROM imports")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut renamed = std::collections::BTreeMap::new();
    for (id, old, commune, hamlet) in imports {
        let new = crate::reports::hamlet_key(&commune, &hamlet);
        tx.execute("UPDATE imports SET hamlet_key = ?1 WHERE id = ?2", rusqlite::params![new, id])?;
        renamed.insert(old, new);
    }
    let trusted: Vec<(String, String, String)> = tx
        .prepare("SELECT hamlet_key, public_key, trusted_at FROM trusted_keys")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    tx.execute("DELETE FROM trusted_keys", [])?;
    for (hamlet, public_key, trusted_at) in trusted {
        let hamlet = renamed.get(&hamlet).cloned().unwrap_or(hamlet);
        tx.execute(
            "INSERT OR IGNORE INTO trusted_keys (hamlet_key, public_key, trusted_at) VALUES (?1, ?2, ?3)",
            [hamlet, public_key, trusted_at],
        )?;
    }
    Ok(())
}

/// The schema version this app writes.
pub const SCHEMA_VERSION: usize = 11;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// When this run of the app counted the last wrong PIN (monotonic clock) and the count
    /// then: the PIN wait is timed on it while the app runs, whatever the computer's clock does.
    pin_monotonic: Option<(std::time::Instant, u32)>,
}

impl Store {
    /// Opens (or creates) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent() {
            private_files::create_private_dir(parent).map_err(Error::io(parent))?;
        }
        // A new database is private to this user from its first byte; one made by an older
        // version is made private now (when this user owns it).
        private_files::create_private_if_missing(path).map_err(Error::io(path))?;
        private_files::make_private(path);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(e, path))?;
        Self::prepare(conn, path.to_owned())
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn prepare(mut conn: Connection, path: PathBuf) -> Result<Store> {
        let damaged = |e: rusqlite::Error| classify(e, &path);
        // Reading the schema is the first thing that touches the file's content.
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(damaged)?;
        if version > SCHEMA_VERSION as i64 {
            return Err(Error::DatabaseTooNew { path });
        }
        conn.pragma_update(None, "journal_mode", "WAL").map_err(damaged)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Removed learners must not linger in free pages.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations().to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => classify(err, &path),
            rusqlite_migration::Error::MigrationDefinition(
                rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
            ) => Error::DatabaseTooNew { path: path.clone() },
            other => Error::Migration(other.to_string()),
        })?;
        let mut store = Store { conn, path, pin_monotonic: None };
        // Learners removed stay removed whatever copy this file came from (a backup restored
        // over a damaged database from the error screen).
        store.apply_removal_records()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The current schema version (`user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs `f` in one transaction: committed when it returns `Ok`, rolled back on `Err`.
    pub fn with_tx<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one transaction that is always rolled back: to see what a change would do.
    pub fn with_tx_rolled_back<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = f(&tx);
        tx.rollback()?;
        value
    }

    /// SHA-256 over every row of every table, in order: equal digests mean equal content.
    /// Shows that a refused import changed nothing.
    pub fn content_digest(&self) -> Result<String> {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        let tables: Vec<String> = self
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for table in tables {
            hash.update(table.as_bytes());
            let mut stmt = self.conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"))?;
            let columns = stmt.column_count();
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                for i in 0..columns {
                    hash.update(format!("{:?}\u{1f}", row.get_ref(i)?).as_bytes());
                }
                hash.update(b"\n");
            }
        }
        Ok(hex::encode(hash.finalize()))
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// SQLite's "not a database" and "corrupt" become a clear error naming the file.
fn classify(e: rusqlite::Error, path: &Path) -> Error {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e.sqlite_error_code() {
        Some(NotADatabase) | Some(DatabaseCorrupt) => Error::DatabaseDamaged { path: path.to_owned() },
        _ => Error::Database(e),
    }
}

/// The current time as RFC 3339 UTC, as every timestamp in the store is written.
pub fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .expect("formatting the current time cannot fail")
}

#[cfg(test)]
mod tests;
