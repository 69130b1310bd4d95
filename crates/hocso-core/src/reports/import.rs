//! Importing hamlet exports: each file checked, then applied in one transaction, whole or
//! not at all. Importing the same file twice, or an older one, changes nothing.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::Result;
use crate::i18n::{ArgValue, Texts};
use crate::store::{now, Store};

use super::export::{ExportBody, SignedExport, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, OLDEST_READ_SCHEMA_VERSION};

/// Whether a key not yet trusted for a hamlet may be trusted now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustPolicy {
    /// Only a hamlet's first key is trusted (on its first import).
    FirstKeyOnly,
    /// Staff confirmed: another computer of the hamlet, or a reinstalled one.
    AlsoNewKeys,
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    Imported {
        hamlet: String,
        persons: u32,
    },
    /// A newer export from the same computer replaced the older one.
    Replaced {
        hamlet: String,
        persons: u32,
    },
    SkippedIdentical {
        hamlet: String,
    },
    SkippedOlder {
        hamlet: String,
    },
    /// Not readable as a file at all.
    RefusedUnreadable {
        detail: String,
    },
    /// Not a Học Số export, or a format this app does not know.
    RefusedUnknownFormat,
    /// The content does not match its digest: damaged or altered.
    RefusedDamaged,
    /// The signature does not match the content: forged.
    RefusedForged,
    /// Signed by a key not trusted for this hamlet (staff can confirm a reinstalled computer).
    RefusedUntrustedKey {
        hamlet: String,
    },
    /// Claims the id of an installation already imported, with another key or another hamlet.
    RefusedConflict {
        hamlet: String,
    },
}

impl ImportOutcome {
    pub fn is_refused(&self) -> bool {
        matches!(
            self,
            ImportOutcome::RefusedUnreadable { .. }
                | ImportOutcome::RefusedUnknownFormat
                | ImportOutcome::RefusedDamaged
                | ImportOutcome::RefusedForged
                | ImportOutcome::RefusedUntrustedKey { .. }
                | ImportOutcome::RefusedConflict { .. }
        )
    }

    /// What happened, in plain words, in the reader's language.
    pub fn message(&self, texts: &Texts) -> String {
        let h = |s: &String| ArgValue::Text(s.clone());
        match self {
            ImportOutcome::Imported { hamlet, persons } => {
                texts.format("import-imported", &[("hamlet", h(hamlet)), ("persons", (*persons).into())])
            }
            ImportOutcome::Replaced { hamlet, persons } => {
                texts.format("import-replaced", &[("hamlet", h(hamlet)), ("persons", (*persons).into())])
            }
            ImportOutcome::SkippedIdentical { hamlet } => {
                texts.format("import-skipped-identical", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::SkippedOlder { hamlet } => texts.format("import-skipped-older", &[("hamlet", h(hamlet))]),
            ImportOutcome::RefusedUnreadable { detail } => {
                texts.format("import-refused-unreadable", &[("detail", h(detail))])
            }
            ImportOutcome::RefusedUnknownFormat => texts.get("import-refused-unknown-format"),
            ImportOutcome::RefusedDamaged => texts.get("import-refused-damaged"),
            ImportOutcome::RefusedForged => texts.get("import-refused-forged"),
            ImportOutcome::RefusedUntrustedKey { hamlet } => {
                texts.format("import-refused-untrusted-key", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::RefusedConflict { hamlet } => {
                texts.format("import-refused-conflict", &[("hamlet", h(hamlet))])
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct ImportReport {
    pub files: Vec<(PathBuf, ImportOutcome)>,
}

impl ImportReport {
    pub fn any_refused(&self) -> bool {
        self.files.iter().any(|(_, o)| o.is_refused())
    }
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The values of an export match `docs/export-format.md`: hex keys and ids, known genders,
/// scores 0–100, dates, believable birth years, totals that add up.
fn well_formed(export: &SignedExport) -> bool {
    let body = &export.body;
    let short = |s: &str, max: usize| s.chars().count() <= max && !s.chars().any(char::is_control);
    is_hex(&export.digest, 64)
        && is_hex(&export.signature, 128)
        && is_hex(&body.installation_id, 32)
        && is_hex(&body.public_key, 64)
        && body.export_number >= 1
        && short(&body.hamlet.name, 80)
        && !body.hamlet.name.trim().is_empty()
        && short(&body.hamlet.commune, 80)
        && body.people_in_scope.as_ref().is_none_or(|p| p.count <= 1_000_000 && short(&p.label, 120))
        && body.core_lessons.iter().all(|c| short(c, 60))
        && body.totals.persons as usize == body.persons.len()
        && schema_fields_fit(body)
        && body.skills.len() <= 20
        && body
            .skills
            .iter()
            .all(|s| short(&s.skill, 60) && s.lessons.len() <= 50 && s.lessons.iter().all(|l| short(l, 60)))
        && unique(body.skills.iter().map(|s| s.skill.as_str()))
        && body.skills.iter().all(|s| unique(s.lessons.iter().map(String::as_str)))
        && (body.totals.by_skill.is_empty()
            || (body.totals.by_skill.len() == body.skills.len()
                && body.totals.by_skill.iter().zip(&body.skills).all(|(count, skill)| {
                    count.skill == skill.skill
                        && count.persons as usize
                            == body.persons.iter().filter(|p| super::export::has_skill(&p.passed, skill)).count()
                })))
        && body.persons.iter().all(|p| {
            is_hex(&p.key, 64)
                && (1900..=2100).contains(&p.birth_year)
                && matches!(p.gender.as_deref(), None | Some("female") | Some("male"))
                && p.passed.iter().all(|s| s.score <= 100 && s.version >= 1 && is_date(&s.date) && short(&s.lesson, 60))
        })
}

fn unique<'a>(items: impl Iterator<Item = &'a str>) -> bool {
    let mut seen = std::collections::BTreeSet::new();
    items.into_iter().all(|i| seen.insert(i))
}

/// A schema-2 file carries none of schema 3's fields (improvement, skills).
fn schema_fields_fit(body: &ExportBody) -> bool {
    body.schema_version >= 3
        || (body.skills.is_empty()
            && body.totals.by_skill.is_empty()
            && body.persons.iter().all(|p| p.passed.iter().all(|s| s.improved.is_none())))
}

/// Checks one file's bytes: the format, the digest, the signature, the schema. Touches no
/// database; the refusal says why.
pub fn check_export(bytes: &[u8]) -> std::result::Result<SignedExport, ImportOutcome> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| ImportOutcome::RefusedUnknownFormat)?;
    let body = value.get("body");
    let format = body.and_then(|b| b.get("format")).and_then(|f| f.as_str());
    let version = body.and_then(|b| b.get("schema_version")).and_then(|v| v.as_u64());
    let known = u64::from(OLDEST_READ_SCHEMA_VERSION)..=u64::from(EXPORT_SCHEMA_VERSION);
    if format != Some(EXPORT_FORMAT) || !version.is_some_and(|v| known.contains(&v)) {
        return Err(ImportOutcome::RefusedUnknownFormat);
    }
    let export: SignedExport = serde_json::from_value(value).map_err(|_| ImportOutcome::RefusedDamaged)?;
    if export.body.canonical_digest() != export.digest {
        return Err(ImportOutcome::RefusedDamaged);
    }
    let key: [u8; 32] = hex::decode(&export.body.public_key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or(ImportOutcome::RefusedForged)?;
    let signature: [u8; 64] =
        hex::decode(&export.signature).ok().and_then(|s| s.try_into().ok()).ok_or(ImportOutcome::RefusedForged)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| ImportOutcome::RefusedForged)?;
    key.verify(export.digest.as_bytes(), &Signature::from_bytes(&signature))
        .map_err(|_| ImportOutcome::RefusedForged)?;
    if !well_formed(&export) {
        // Even correctly signed, values outside the documented schema (a name in a key, a
        // score of 900) never reach the database.
        return Err(ImportOutcome::RefusedUnknownFormat);
    }
    Ok(export)
}

/// The file kept from an installation.
struct KeptImport {
    id: i64,
    digest: String,
    exported_at: String,
    /// Empty for a file imported before exports were numbered.
    export_number: Option<u32>,
    hamlet_key: String,
    public_key: Option<String>,
}

impl KeptImport {
    /// Whether `body` is a newer export of the same computer: by its number, never by clocks
    /// (only a file kept from before numbers existed is compared by its time).
    fn is_older_than(&self, body: &ExportBody) -> bool {
        match self.export_number {
            Some(kept) => body.export_number > kept,
            None => body.exported_at.as_str() > self.exported_at.as_str(),
        }
    }
}

/// Applies one checked export inside the transaction `tx`.
/// Every refusal happens before the first write, so a refused file changes nothing.
fn apply(tx: &Transaction<'_>, export: &SignedExport, trust: TrustPolicy) -> Result<ImportOutcome> {
    let body = &export.body;
    let hamlet_key = body.hamlet.key();
    let hamlet = body.hamlet.name.clone();
    // The installation's kept import, if any. A file may only replace the data of its own
    // installation: same hamlet, same key. Anything else is refused, never deleted.
    let existing: Option<KeptImport> = tx
        .query_row(
            "SELECT id, digest, exported_at, export_number, hamlet_key, public_key FROM imports
             WHERE installation_id = ?1",
            [&body.installation_id],
            |r| {
                Ok(KeptImport {
                    id: r.get(0)?,
                    digest: r.get(1)?,
                    exported_at: r.get(2)?,
                    export_number: r.get(3)?,
                    hamlet_key: r.get(4)?,
                    public_key: r.get(5)?,
                })
            },
        )
        .optional()?;
    if let Some(KeptImport { hamlet_key: kept_hamlet, public_key: kept_key, .. }) = &existing {
        if kept_hamlet != &hamlet_key || kept_key.as_deref() != Some(body.public_key.as_str()) {
            return Ok(ImportOutcome::RefusedConflict { hamlet });
        }
    }
    let trusted: Vec<String> = {
        let mut stmt = tx.prepare("SELECT public_key FROM trusted_keys WHERE hamlet_key = ?1")?;
        let keys = stmt.query_map([&hamlet_key], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        keys
    };
    if !trusted.contains(&body.public_key) {
        if !trusted.is_empty() && trust == TrustPolicy::FirstKeyOnly {
            return Ok(ImportOutcome::RefusedUntrustedKey { hamlet });
        }
        tx.execute(
            "INSERT INTO trusted_keys (hamlet_key, public_key, trusted_at) VALUES (?1, ?2, ?3)",
            params![hamlet_key, body.public_key, now()],
        )?;
    }
    let replaced = match existing {
        Some(kept) if kept.digest == export.digest => return Ok(ImportOutcome::SkippedIdentical { hamlet }),
        Some(kept) if !kept.is_older_than(body) => return Ok(ImportOutcome::SkippedOlder { hamlet }),
        Some(kept) => {
            tx.execute("DELETE FROM imports WHERE id = ?1", [kept.id])?;
            true
        }
        None => false,
    };
    tx.execute(
        "INSERT INTO imports (installation_id, hamlet_key, hamlet_name, commune_name, hamlet_code, people_in_scope,
             scope_label, core_lessons, exported_at, digest, imported_at, public_key, export_number, skills)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            body.installation_id,
            hamlet_key,
            body.hamlet.name,
            body.hamlet.commune,
            body.hamlet.code,
            body.people_in_scope.as_ref().map(|p| p.count),
            body.people_in_scope.as_ref().map(|p| p.label.clone()),
            serde_json::to_string(&body.core_lessons).unwrap_or_default(),
            body.exported_at,
            export.digest,
            now(),
            body.public_key,
            body.export_number,
            serde_json::to_string(&body.skills).unwrap_or_else(|_| "[]".into()),
        ],
    )?;
    let import_id = tx.last_insert_rowid();
    let mut person = tx.prepare_cached(
        "INSERT OR IGNORE INTO imported_persons (import_id, person_key, birth_year, gender) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut pass = tx.prepare_cached(
        "INSERT OR IGNORE INTO imported_passes (import_id, person_key, lesson_id, lesson_version, passed_on, score,
             improved)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for p in &body.persons {
        person.execute(params![import_id, p.key, p.birth_year, p.gender])?;
        for s in &p.passed {
            pass.execute(params![import_id, p.key, s.lesson, s.version, s.date, s.score, s.improved])?;
        }
    }
    // The hamlet's counts change in the same transaction as its rows.
    super::criterion::tally_hamlet(tx, &hamlet_key, time::OffsetDateTime::now_utc().year())?;
    let persons = body.persons.len() as u32;
    Ok(if replaced { ImportOutcome::Replaced { hamlet, persons } } else { ImportOutcome::Imported { hamlet, persons } })
}

/// Applies one already-checked export (for a summary of a single export, in memory).
pub fn import_checked(store: &mut Store, export: &SignedExport) -> Result<ImportOutcome> {
    store.with_tx(|tx| apply(tx, export, TrustPolicy::AlsoNewKeys))
}

/// Imports the files one by one, each in its own transaction: a refused or failed file
/// changes nothing, and the others still go in.
pub fn import_files(store: &mut Store, files: &[PathBuf], trust: TrustPolicy) -> Result<ImportReport> {
    let mut report = ImportReport { files: vec![] };
    for path in files {
        let outcome = import_file(store, path, trust)?;
        report.files.push((path.clone(), outcome));
    }
    Ok(report)
}

fn import_file(store: &mut Store, path: &Path, trust: TrustPolicy) -> Result<ImportOutcome> {
    match std::fs::read(path) {
        Ok(bytes) => import_bytes(store, &bytes, trust),
        Err(e) => Ok(ImportOutcome::RefusedUnreadable { detail: e.to_string() }),
    }
}

/// Imports one file's bytes: checked first (format, digest, signature, schema), then applied
/// in one transaction. A refused file changes nothing.
pub fn import_bytes(store: &mut Store, bytes: &[u8], trust: TrustPolicy) -> Result<ImportOutcome> {
    let export = match check_export(bytes) {
        Ok(e) => e,
        Err(refusal) => return Ok(refusal),
    };
    // Every refusal inside `apply` happens before its first write, so the transaction
    // commits nothing for it; any error rolls the whole file back.
    store.with_tx(|tx| apply(tx, &export, trust))
}
