//! What commune staff can undo: forget one imported file ("Bỏ tệp này"), retire a computer
//! ("Thay máy": its file goes and its later files are refused), remove a hamlet's data ("Bỏ
//! thôn"). Each is one transaction that tallies the hamlet again; each can first be tried
//! without committing, so that the confirmation says what will change in numbers.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::store::{now, Store};

/// One thing to undo.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(tag = "kind", content = "target", rename_all = "kebab-case")]
pub enum Undo {
    /// Forget one kept file (by its row id). A newer file of the same computer imports again.
    ForgetFile(#[ts(type = "number")] i64),
    /// Retire a computer (by its installation id): its file is forgotten and later ones refused.
    RetireComputer(String),
    /// Remove every file of a registered hamlet (by its register id). The hamlet and its code
    /// stay: its next file counts again.
    RemoveHamletData(#[ts(type = "number")] i64),
}

/// What an undo changes in the hamlet it touches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoEffect {
    pub hamlet: String,
    pub files_removed: u32,
    pub persons_before: u32,
    pub persons_after: u32,
    pub skilled_before: u32,
    pub skilled_after: u32,
}

fn counts(tx: &Transaction<'_>, hamlet_key: &str) -> Result<(u32, u32)> {
    Ok(tx
        .query_row("SELECT persons, skilled FROM hamlet_tallies WHERE hamlet_key = ?1", [hamlet_key], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .unwrap_or((0, 0)))
}

/// The hamlet key and display name an undo touches.
fn target(tx: &Transaction<'_>, undo: &Undo) -> Result<(String, String)> {
    let by_file = |sql: &str, param: &dyn rusqlite::ToSql| -> Result<Option<String>> {
        Ok(tx.query_row(sql, [param], |r| r.get(0)).optional()?)
    };
    let key = match undo {
        Undo::ForgetFile(id) => by_file("SELECT hamlet_key FROM imports WHERE id = ?1", id)?,
        Undo::RetireComputer(installation) => {
            by_file("SELECT hamlet_key FROM imports WHERE installation_id = ?1", installation)?
        }
        Undo::RemoveHamletData(id) => Some(crate::store::register_key(*id)),
    };
    let key = match (key, undo) {
        (Some(key), _) => key,
        // A computer with no file kept any more can still be retired: its later files are refused.
        (None, Undo::RetireComputer(_)) => String::new(),
        (None, _) => return Err(Error::FileNotKept),
    };
    // The register's official name; on a hamlet computer, the name its files gave.
    let name: Option<String> =
        tx.query_row("SELECT name FROM commune_hamlets WHERE 'hamlet-' || id = ?1", [&key], |r| r.get(0)).optional()?;
    let name = match name {
        Some(n) => n,
        None => tx
            .query_row("SELECT hamlet_name FROM hamlet_tallies WHERE hamlet_key = ?1", [&key], |r| r.get(0))
            .optional()?
            .unwrap_or_default(),
    };
    Ok((key, name))
}

fn apply(tx: &Transaction<'_>, undo: &Undo) -> Result<UndoEffect> {
    let (key, hamlet) = target(tx, undo)?;
    let year = time::OffsetDateTime::now_utc().year();
    super::criterion::tally_hamlet(tx, &key, year)?;
    let (persons_before, skilled_before) = counts(tx, &key)?;
    let files_removed = match undo {
        Undo::ForgetFile(id) => tx.execute("DELETE FROM imports WHERE id = ?1", [id])?,
        Undo::RetireComputer(installation) => {
            tx.execute(
                "INSERT OR IGNORE INTO retired_installations (installation_id, hamlet_key, retired_at)
                 VALUES (?1, ?2, ?3)",
                params![installation, key, now()],
            )?;
            tx.execute("DELETE FROM imports WHERE installation_id = ?1", [installation])?
        }
        Undo::RemoveHamletData(_) => tx.execute("DELETE FROM imports WHERE hamlet_key = ?1", [&key])?,
    } as u32;
    tx.execute("DELETE FROM hamlet_tallies WHERE hamlet_key = ?1", [&key])?;
    super::criterion::tally_hamlet(tx, &key, year)?;
    let (persons_after, skilled_after) = counts(tx, &key)?;
    Ok(UndoEffect { hamlet, files_removed, persons_before, persons_after, skilled_before, skilled_after })
}

/// What `undo` would change, worked out in a transaction that is rolled back: nothing is written.
pub fn preview_undo(store: &mut Store, undo: &Undo) -> Result<UndoEffect> {
    store.with_tx_rolled_back(|tx| apply(tx, undo))
}

/// Does `undo`, in one transaction, and says what changed.
pub fn commit_undo(store: &mut Store, undo: &Undo) -> Result<UndoEffect> {
    store.with_tx(|tx| apply(tx, undo))
}
