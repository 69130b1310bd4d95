//! Backups through SQLite's online backup API: a daily automatic copy in the data folder (the
//! last 7 kept), "back up now", a copy to a USB stick, and restoring one.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

use super::Store;

/// How many daily backups are kept.
pub const KEEP: usize = 7;

/// The folder of automatic backups for the database at `database`.
pub fn backup_dir(database: &Path) -> PathBuf {
    database.with_file_name("backups")
}

/// The automatic backups, newest first.
pub fn list_backups(database: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(backup_dir(database))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("hocso-"))
                        && p.extension().is_some_and(|e| e == "sqlite3")
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.reverse();
    found
}

/// Settings key of the removals still to be erased from some backup: a JSON list of
/// `[learner id, created_at]` (no name), retried at every start.
const PENDING_ERASURES: &str = "backup_erasures_pending";

/// Erases a removed learner from every automatic backup in the data folder, so that "removed
/// completely" holds there too. The learner is matched by id and creation time (an id can be
/// given again to someone new later). Returns how many backups still hold them.
///
/// - A backup that is not a database any more (damaged) is deleted: it could not have been
///   restored either, and it must not keep the name.
/// - A backup that cannot be changed right now (full disk, busy, read-only) is kept as it is
///   and counted, so that the removal is tried again at the next start.
/// - `secure_delete` overwrites the rows as they are deleted; `VACUUM` then compacts the file
///   if there is room, and its failure does not undo the erasure.
///
/// Copies already taken away on a USB stick cannot be reached; the confirmation screen says so.
pub(crate) fn erase_learner_from_backups(database: &Path, id: i64, created_at: &str) -> usize {
    let mut left = 0;
    for backup in list_backups(database) {
        let erase = || -> rusqlite::Result<()> {
            let conn = Connection::open_with_flags(&backup, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            // Not long: the facilitator is waiting, and a busy backup is tried again later.
            conn.busy_timeout(Duration::from_millis(500))?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            conn.pragma_update(None, "secure_delete", "ON")?;
            let tx = conn.unchecked_transaction()?;
            let removed = tx
                .execute("DELETE FROM learners WHERE id = ?1 AND created_at = ?2", rusqlite::params![id, created_at])?;
            if removed > 0 {
                tx.execute("DELETE FROM settings WHERE key = 'active_learner' AND value = ?1", [id.to_string()])?;
            }
            tx.commit()?;
            let _ = conn.execute_batch("VACUUM");
            Ok(())
        };
        match erase() {
            Ok(()) => {}
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
                ) =>
            {
                if std::fs::remove_file(&backup).is_err() {
                    left += 1;
                }
            }
            Err(_) => left += 1,
        }
    }
    left
}

impl Store {
    /// Remembers a removal that some backup still holds, to be tried again at the next start.
    pub(crate) fn note_backup_erasure(&mut self, id: i64, created_at: &str) -> Result<()> {
        let mut pending = self.pending_backup_erasures()?;
        pending.push((id, created_at.to_owned()));
        let json = serde_json::to_string(&pending).map_err(|e| Error::Internal(e.to_string()))?;
        self.set_setting(PENDING_ERASURES, Some(&json))
    }

    fn pending_backup_erasures(&self) -> Result<Vec<(i64, String)>> {
        Ok(self.setting(PENDING_ERASURES)?.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default())
    }

    /// Tries again the removals that some backup still held (see [`erase_learner_from_backups`]).
    pub fn retry_backup_erasures(&mut self) -> Result<()> {
        let pending = self.pending_backup_erasures()?;
        if pending.is_empty() {
            return Ok(());
        }
        let still: Vec<(i64, String)> =
            pending.into_iter().filter(|(id, at)| erase_learner_from_backups(&self.path, *id, at) > 0).collect();
        let json = serde_json::to_string(&still).map_err(|e| Error::Internal(e.to_string()))?;
        self.set_setting(PENDING_ERASURES, (!still.is_empty()).then_some(json.as_str()))
    }

    /// Copies the whole database to `out` while it stays in use: written to a temporary file,
    /// flushed, then renamed, so a full or unplugged stick leaves no half-written backup.
    pub fn backup_to(&self, out: &Path) -> Result<()> {
        let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        super::private_files::create_private_dir(dir).map_err(Error::io(dir))?;
        let tmp =
            dir.join(format!(".{}.tmp", out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()));
        // Created here first, private from its first byte, so that a read-only or missing stick
        // is said plainly.
        super::private_files::create_private(&tmp).map_err(|source| Error::Io { path: out.to_owned(), source })?;
        let result = (|| -> rusqlite::Result<()> {
            let mut dst = Connection::open(&tmp)?;
            Backup::new(self.conn(), &mut dst)?.run_to_completion(256, Duration::ZERO, None)?;
            dst.pragma_update(None, "journal_mode", "DELETE")?;
            Ok(())
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            let _ = std::fs::remove_file(format!("{}-journal", tmp.display()));
            // Most often a full or read-only stick: said as a file that could not be written,
            // not as a fault of the learners' database.
            let kind = match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull) => std::io::ErrorKind::StorageFull,
                Some(rusqlite::ErrorCode::ReadOnly) => std::io::ErrorKind::ReadOnlyFilesystem,
                _ => std::io::ErrorKind::Other,
            };
            return Err(Error::Io { path: out.to_owned(), source: std::io::Error::new(kind, e) });
        }
        let synced = std::fs::File::open(&tmp).and_then(|f| f.sync_all()).and_then(|_| std::fs::rename(&tmp, out));
        if let Err(e) = synced {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::Io { path: out.to_owned(), source: e });
        }
        Ok(())
    }

    /// Today's automatic backup, if there is none yet; keeps the newest [`KEEP`]. A backup
    /// that fails its check is removed and the older ones are kept.
    pub fn daily_backup(&mut self, today: &str) -> Result<Option<PathBuf>> {
        self.retry_backup_erasures()?;
        let dir = backup_dir(&self.path);
        let out = dir.join(format!("hocso-{today}.sqlite3"));
        if out.exists() {
            return Ok(None);
        }
        self.backup_to(&out)?;
        if !is_sound_backup(&out) {
            let _ = std::fs::remove_file(&out);
            return Err(Error::DatabaseDamaged { path: self.path.clone() });
        }
        for old in list_backups(&self.path).into_iter().skip(KEEP) {
            let _ = std::fs::remove_file(old);
        }
        Ok(Some(out))
    }

    /// Replaces the content of this database with a backup's: a sealed USB backup (decrypted
    /// with this computer's hamlet code) or a plain one. The backup is checked first: a damaged
    /// or foreign file changes nothing.
    pub fn restore_from(&mut self, backup: &Path) -> Result<()> {
        if super::sealed_backup::is_sealed_backup(backup) {
            self.restore_sealed(backup)
        } else {
            self.restore_plain(backup)
        }
    }

    /// Restores a plain SQLite backup, through the backup API.
    pub(super) fn restore_plain(&mut self, backup: &Path) -> Result<()> {
        let src = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|_| Error::DatabaseDamaged { path: backup.to_owned() })?;
        let ok: String = src
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|_| Error::DatabaseDamaged { path: backup.to_owned() })?;
        let version: i64 = src.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if ok != "ok" || version == 0 {
            return Err(Error::DatabaseDamaged { path: backup.to_owned() });
        }
        if version > super::SCHEMA_VERSION as i64 {
            return Err(Error::DatabaseTooNew { path: backup.to_owned() });
        }
        // Exactly the schema this app made at that version: no table, index, view or trigger of
        // anyone else's (a trigger could rewrite every answer the learners give from then on).
        if schema_of(&src)? != reference_schema(version as usize)? {
            return Err(Error::ForeignBackup { path: backup.to_owned() });
        }
        Backup::new(&src, &mut self.conn)?.run_to_completion(256, Duration::ZERO, None)?;
        // A backup from an older version is brought up to this app's schema.
        super::migrations().to_latest(&mut self.conn).map_err(|e| Error::Migration(e.to_string()))?;
        // Learners removed after the backup was taken stay removed.
        self.apply_removal_records()?;
        Ok(())
    }

    /// Remembers a removal beside the database (`<database>.removals`: an id and a creation
    /// time per line, no name), so that restoring an older backup does not bring them back.
    pub(crate) fn record_removal(&self, id: i64, created_at: &str) -> Result<()> {
        let Some(file) = removals_file(&self.path) else { return Ok(()) };
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut out = options.open(&file).map_err(Error::io(&file))?;
        writeln!(out, "{id} {created_at}").and_then(|_| out.sync_all()).map_err(Error::io(&file))
    }

    pub(super) fn apply_removal_records(&mut self) -> Result<()> {
        let Some(file) = removals_file(&self.path) else { return Ok(()) };
        let Ok(text) = std::fs::read_to_string(&file) else { return Ok(()) };
        let records: Vec<(i64, String)> = text
            .lines()
            .filter_map(|l| l.split_once(' ').and_then(|(id, at)| Some((id.parse().ok()?, at.to_owned()))))
            .collect();
        if records.is_empty() {
            return Ok(());
        }
        let removed = self.with_tx(|tx| {
            let mut removed = 0;
            for (id, created_at) in &records {
                removed += tx.execute(
                    "DELETE FROM learners WHERE id = ?1 AND created_at = ?2",
                    rusqlite::params![id, created_at],
                )?;
            }
            Ok(removed)
        })?;
        if removed > 0 {
            self.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(())
    }
}

/// The file of removal records beside a database on disk.
fn removals_file(database: &Path) -> Option<PathBuf> {
    (database != Path::new(":memory:")).then(|| {
        let mut name = database.as_os_str().to_owned();
        name.push(".removals");
        PathBuf::from(name)
    })
}

/// Every schema object of a database (type, name, SQL), SQLite's internal ones included: the
/// reference made by the same migrations has the same, so nothing is exempt (a trigger named
/// like an internal object is compared too).
fn schema_of(conn: &Connection) -> Result<std::collections::BTreeSet<(String, String, Option<String>)>> {
    let mut stmt = conn.prepare("SELECT type, name, sql FROM sqlite_master")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The schema this app's migrations make at `version`.
fn reference_schema(version: usize) -> Result<std::collections::BTreeSet<(String, String, Option<String>)>> {
    let mut conn = Connection::open_in_memory()?;
    super::migrations().to_version(&mut conn, version).map_err(|e| Error::Migration(e.to_string()))?;
    schema_of(&conn)
}

/// Whether `path` is a sound Học Số database: it opens, passes `integrity_check`, and has the
/// app's schema (not newer than this app's).
pub fn is_sound_backup(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else { return false };
    let ok = conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)).is_ok_and(|v| v == "ok");
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap_or(0);
    ok && version >= 1 && version <= super::SCHEMA_VERSION as i64
}

/// A damaged database is never overwritten: it is moved aside (kept for a technician), and the
/// newest backup is copied into its place. Returns where the damaged file went.
pub fn restore_latest_over_damaged(database: &Path, now: &str) -> Result<PathBuf> {
    // The newest backup that passes its check; a damaged backup is skipped, never restored.
    let latest = list_backups(database).into_iter().find(|b| is_sound_backup(b)).ok_or(Error::NoBackup)?;
    let stamp: String = now.chars().filter(|c| c.is_ascii_digit()).take(14).collect();
    // A name never used before: a second try must not replace the first damaged file.
    let aside = (0..)
        .map(|n| database.with_extension(format!("damaged-{stamp}-{n}.sqlite3")))
        .find(|p| !p.exists())
        .expect("a free name");
    if database.exists() {
        for ext in ["sqlite3-wal", "sqlite3-shm"] {
            let side = database.with_extension(ext);
            if side.exists() {
                // The damaged file's log must not be replayed into the restored one.
                std::fs::rename(&side, aside.with_extension(format!("{ext}-damaged"))).map_err(Error::io(&side))?;
            }
        }
        std::fs::rename(database, &aside).map_err(Error::io(database))?;
    }
    let tmp = database.with_extension("restoring.tmp");
    std::fs::copy(&latest, &tmp).map_err(Error::io(&tmp))?;
    std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(Error::io(&tmp))?;
    std::fs::rename(&tmp, database).map_err(Error::io(database))?;
    Ok(aside)
}
