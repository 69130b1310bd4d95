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

impl Store {
    /// Copies the whole database to `out` while it stays in use: written to a temporary file,
    /// flushed, then renamed, so a full or unplugged stick leaves no half-written backup.
    pub fn backup_to(&self, out: &Path) -> Result<()> {
        let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(Error::io(dir))?;
        let tmp =
            dir.join(format!(".{}.tmp", out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()));
        let result = (|| -> rusqlite::Result<()> {
            let mut dst = Connection::open(&tmp)?;
            Backup::new(self.conn(), &mut dst)?.run_to_completion(256, Duration::ZERO, None)?;
            dst.pragma_update(None, "journal_mode", "DELETE")?;
            Ok(())
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::Database(e));
        }
        let synced = std::fs::File::open(&tmp).and_then(|f| f.sync_all()).and_then(|_| std::fs::rename(&tmp, out));
        if let Err(e) = synced {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::Io { path: out.to_owned(), source: e });
        }
        Ok(())
    }

    /// Today's automatic backup, if there is none yet; keeps the newest [`KEEP`].
    pub fn daily_backup(&self, today: &str) -> Result<Option<PathBuf>> {
        let dir = backup_dir(&self.path);
        let out = dir.join(format!("hocso-{today}.sqlite3"));
        if out.exists() {
            return Ok(None);
        }
        self.backup_to(&out)?;
        for old in list_backups(&self.path).into_iter().skip(KEEP) {
            let _ = std::fs::remove_file(old);
        }
        Ok(Some(out))
    }

    /// Replaces the content of this database with a backup's, through the backup API (the
    /// backup is checked first: a damaged or foreign file changes nothing).
    pub fn restore_from(&mut self, backup: &Path) -> Result<()> {
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
        Backup::new(&src, &mut self.conn)?.run_to_completion(256, Duration::ZERO, None)?;
        Ok(())
    }
}

/// A damaged database is never overwritten: it is moved aside (kept for a technician), and the
/// newest backup is copied into its place. Returns where the damaged file went.
pub fn restore_latest_over_damaged(database: &Path, now: &str) -> Result<PathBuf> {
    let latest = list_backups(database).into_iter().next().ok_or(Error::NoBackup)?;
    let stamp: String = now.chars().filter(|c| c.is_ascii_digit()).take(14).collect();
    let aside = database.with_extension(format!("damaged-{stamp}.sqlite3"));
    if database.exists() {
        std::fs::rename(database, &aside).map_err(Error::io(database))?;
        for ext in ["sqlite3-wal", "sqlite3-shm"] {
            let side = database.with_extension(ext);
            if side.exists() {
                let _ = std::fs::rename(&side, aside.with_extension(format!("{ext}-damaged")));
            }
        }
    }
    std::fs::copy(&latest, database).map_err(Error::io(database))?;
    Ok(aside)
}
