//! Importing hamlet exports: each file checked, then applied in one transaction, whole or
//! not at all. Importing the same file twice, or an older one, changes nothing.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, VerifyingKey};
use rusqlite::{params, OptionalExtension, Transaction};

use std::io::Read;

use crate::error::Result;
use crate::i18n::{ArgValue, Texts};
use crate::store::{known_code, now, Store};

use super::export::{
    installation_id_of, SignedExport, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, OLDEST_READ_SCHEMA_VERSION,
};

/// A file larger than this is refused before it is read (a hamlet of 3,000 persons with
/// every lesson passed is about 2.5 MB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// At most this many persons in one file (the largest hamlets and urban groups are well below).
pub const MAX_PERSONS: usize = 20_000;
/// At most this many passes per person (every version of every lesson).
pub const MAX_PASSES: usize = 200;
/// A computer's export number may grow by at most this much between two imported files (and a
/// computer's first imported file may carry at most this number): a file cannot make itself
/// "newer" than every file the computer will ever send.
pub const MAX_NUMBER_JUMP: u32 = 1_000;

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
    /// The hamlet's first file under its new code: every file of the hamlet under an older
    /// code was removed in the same transaction, so that nobody is counted twice.
    ReplacedOldCode {
        hamlet: String,
        persons: u32,
        files_removed: u32,
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
    /// Larger than [`MAX_FILE_BYTES`]: not read.
    RefusedTooLarge,
    /// Not a Học Số export, or a format this app does not know, or values outside the
    /// documented limits.
    RefusedUnknownFormat,
    /// A Học Số export of schema 2 or 3, made before hamlet codes.
    RefusedOldFormat,
    /// The content does not match its digest: damaged or altered.
    RefusedDamaged,
    /// The signature does not match the content, or the computer's id is not its key's.
    RefusedForged,
    /// Under a code this computer does not know: another commune's hamlet, or no code at all.
    RefusedUnknownCode {
        hamlet: String,
    },
    /// The tag does not match: made by someone who does not hold the hamlet's code.
    RefusedWrongTag {
        hamlet: String,
    },
    /// Under a code the commune replaced with a newer one.
    RefusedReplacedCode {
        hamlet: String,
    },
    /// From a computer the commune retired ("Thay máy").
    RefusedRetired {
        hamlet: String,
    },
    /// Claims the id of a computer already imported for another hamlet.
    RefusedConflict {
        hamlet: String,
    },
    /// The export number jumps by more than [`MAX_NUMBER_JUMP`].
    RefusedNumberJump {
        hamlet: String,
    },
}

impl ImportOutcome {
    pub fn is_refused(&self) -> bool {
        !matches!(
            self,
            ImportOutcome::Imported { .. }
                | ImportOutcome::Replaced { .. }
                | ImportOutcome::ReplacedOldCode { .. }
                | ImportOutcome::SkippedIdentical { .. }
                | ImportOutcome::SkippedOlder { .. }
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
            ImportOutcome::ReplacedOldCode { hamlet, persons, files_removed } => texts.format(
                "import-replaced-old-code",
                &[("hamlet", h(hamlet)), ("persons", (*persons).into()), ("files", (*files_removed).into())],
            ),
            ImportOutcome::SkippedIdentical { hamlet } => {
                texts.format("import-skipped-identical", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::SkippedOlder { hamlet } => texts.format("import-skipped-older", &[("hamlet", h(hamlet))]),
            ImportOutcome::RefusedUnreadable { detail } => {
                texts.format("import-refused-unreadable", &[("detail", h(detail))])
            }
            ImportOutcome::RefusedTooLarge => texts
                .format("import-refused-too-large", &[("megabytes", ((MAX_FILE_BYTES / 1024 / 1024) as u32).into())]),
            ImportOutcome::RefusedUnknownFormat => texts.get("import-refused-unknown-format"),
            ImportOutcome::RefusedOldFormat => texts.get("import-refused-old-format"),
            ImportOutcome::RefusedDamaged => texts.get("import-refused-damaged"),
            ImportOutcome::RefusedForged => texts.get("import-refused-forged"),
            ImportOutcome::RefusedUnknownCode { hamlet } => {
                texts.format("import-refused-unknown-code", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::RefusedWrongTag { hamlet } => {
                texts.format("import-refused-wrong-tag", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::RefusedReplacedCode { hamlet } => {
                texts.format("import-refused-replaced-code", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::RefusedRetired { hamlet } => {
                texts.format("import-refused-retired", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::RefusedConflict { hamlet } => {
                texts.format("import-refused-conflict", &[("hamlet", h(hamlet))])
            }
            ImportOutcome::RefusedNumberJump { hamlet } => {
                texts.format("import-refused-number-jump", &[("hamlet", h(hamlet)), ("max", MAX_NUMBER_JUMP.into())])
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

fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7 && b[4] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit())
}

const AGE_BANDS: [&str; 5] = ["0-14", "15-34", "35-49", "50-64", "65+"];

/// The values of an export match `docs/export-format.md`: hex keys and ids, known genders and
/// age bands, months, every string and list within its limit, totals that add up.
fn well_formed(export: &SignedExport) -> bool {
    let body = &export.body;
    let short = |s: &str, max: usize| s.chars().count() <= max && !s.chars().any(char::is_control);
    is_hex(&export.digest, 64)
        && is_hex(&export.tag, 64)
        && is_hex(&export.signature, 128)
        && is_hex(&body.installation_id, 32)
        && is_hex(&body.public_key, 64)
        && is_hex(&body.hamlet.code_id, 16)
        && body.export_number >= 1
        && short(&body.app_version, 40)
        && short(&body.exported_at, 40)
        && short(&body.hamlet.name, 80)
        && short(&body.hamlet.commune, 80)
        && body.reported_scope.as_ref().is_none_or(|p| p.count <= 1_000_000 && short(&p.label, 120))
        && body.persons.len() <= MAX_PERSONS
        && body.totals.persons as usize == body.persons.len()
        && body.persons.iter().all(|p| {
            is_hex(&p.key, 64)
                && AGE_BANDS.contains(&p.age_band.as_str())
                && matches!(p.gender.as_deref(), None | Some("female") | Some("male"))
                && p.passed.len() <= MAX_PASSES
                && p.passed.iter().all(|s| s.version >= 1 && is_month(&s.month) && short(&s.lesson, 60))
        })
}

/// The part of a file read to tell an old or foreign file from a damaged one.
#[derive(serde::Deserialize)]
struct Header {
    body: HeaderBody,
}

#[derive(serde::Deserialize)]
struct HeaderBody {
    format: String,
    schema_version: u64,
}

/// Checks one file's bytes: the format, the digest, the signature, the schema and its limits.
/// Touches no database (the hamlet code's tag is checked against the register in `apply`);
/// the refusal says why.
pub fn check_export(bytes: &[u8]) -> std::result::Result<SignedExport, ImportOutcome> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportOutcome::RefusedTooLarge);
    }
    let export: SignedExport = match serde_json::from_slice(bytes) {
        Ok(e) => e,
        Err(_) => {
            return Err(match serde_json::from_slice::<Header>(bytes) {
                Ok(h)
                    if h.body.format == EXPORT_FORMAT
                        && (2..OLDEST_READ_SCHEMA_VERSION.into()).contains(&h.body.schema_version) =>
                {
                    ImportOutcome::RefusedOldFormat
                }
                Ok(h)
                    if h.body.format == EXPORT_FORMAT && h.body.schema_version == u64::from(EXPORT_SCHEMA_VERSION) =>
                {
                    ImportOutcome::RefusedDamaged
                }
                _ => ImportOutcome::RefusedUnknownFormat,
            })
        }
    };
    let body = &export.body;
    if body.format != EXPORT_FORMAT || body.schema_version != EXPORT_SCHEMA_VERSION {
        return Err(ImportOutcome::RefusedUnknownFormat);
    }
    if export.body.canonical_digest() != export.digest {
        return Err(ImportOutcome::RefusedDamaged);
    }
    let key: [u8; 32] =
        hex::decode(&body.public_key).ok().and_then(|k| k.try_into().ok()).ok_or(ImportOutcome::RefusedForged)?;
    let signature: [u8; 64] =
        hex::decode(&export.signature).ok().and_then(|s| s.try_into().ok()).ok_or(ImportOutcome::RefusedForged)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| ImportOutcome::RefusedForged)?;
    key.verify_strict(export.digest.as_bytes(), &Signature::from_bytes(&signature))
        .map_err(|_| ImportOutcome::RefusedForged)?;
    if body.installation_id != installation_id_of(&body.public_key) {
        return Err(ImportOutcome::RefusedForged);
    }
    if !well_formed(&export) {
        // Even correctly signed, values outside the documented schema (a name in a key, a
        // month of 13 characters) never reach the database.
        return Err(ImportOutcome::RefusedUnknownFormat);
    }
    Ok(export)
}

/// The file kept from an installation.
struct KeptImport {
    id: i64,
    digest: String,
    export_number: Option<u32>,
    hamlet_key: String,
    public_key: Option<String>,
    code_id: Option<String>,
}

/// Applies one checked export inside the transaction `tx`.
/// Every refusal happens before the first write, so a refused file changes nothing.
fn apply(tx: &Transaction<'_>, export: &SignedExport) -> Result<ImportOutcome> {
    let body = &export.body;
    let code_id = body.hamlet.code_id.as_str();
    // The code decides which hamlet this is; the names in the file are only what it says.
    let Some(known) = known_code(tx, code_id)? else {
        return Ok(ImportOutcome::RefusedUnknownCode { hamlet: body.hamlet.name.clone() });
    };
    let hamlet = known.hamlet_name.clone();
    if !known.code.verify_file_tag(&export.digest, &export.tag) {
        return Ok(ImportOutcome::RefusedWrongTag { hamlet });
    }
    if !known.current {
        return Ok(ImportOutcome::RefusedReplacedCode { hamlet });
    }
    let retired: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM retired_installations WHERE installation_id = ?1)",
        [&body.installation_id],
        |r| r.get(0),
    )?;
    if retired {
        return Ok(ImportOutcome::RefusedRetired { hamlet });
    }
    let existing: Option<KeptImport> = tx
        .query_row(
            "SELECT id, digest, export_number, hamlet_key, public_key, code_id FROM imports WHERE installation_id = ?1",
            [&body.installation_id],
            |r| {
                Ok(KeptImport {
                    id: r.get(0)?,
                    digest: r.get(1)?,
                    export_number: r.get(2)?,
                    hamlet_key: r.get(3)?,
                    public_key: r.get(4)?,
                    code_id: r.get(5)?,
                })
            },
        )
        .optional()?;
    // A file may only replace the data of its own computer, in its own hamlet.
    if let Some(kept) = &existing {
        if kept.hamlet_key != known.hamlet_key || kept.public_key.as_deref() != Some(body.public_key.as_str()) {
            return Ok(ImportOutcome::RefusedConflict { hamlet });
        }
    }
    let kept_number = existing.as_ref().and_then(|k| k.export_number).unwrap_or(0);
    // Only a jump from a kept file is bounded: a computer's first file here (a new commune
    // database, or after "Bỏ tệp này") may carry any number.
    if existing.is_some() && body.export_number > kept_number.saturating_add(MAX_NUMBER_JUMP) {
        return Ok(ImportOutcome::RefusedNumberJump { hamlet });
    }
    if let Some(kept) = existing.as_ref().filter(|k| k.code_id.as_deref() == Some(code_id)) {
        if kept.digest == export.digest {
            return Ok(ImportOutcome::SkippedIdentical { hamlet });
        }
        if body.export_number <= kept_number {
            return Ok(ImportOutcome::SkippedOlder { hamlet });
        }
    }
    // Writes start here. The hamlet's first file under a new code replaces every file of the
    // hamlet under an older one: those persons were keyed under the old code, and the same
    // people are (or will be) in files under the new one.
    let files_removed = tx.execute(
        "DELETE FROM imports WHERE hamlet_key = ?1 AND code_id IS NOT ?2",
        params![known.hamlet_key, code_id],
    )? as u32;
    let replaced = match &existing {
        Some(kept) if kept.code_id.as_deref() == Some(code_id) => {
            tx.execute("DELETE FROM imports WHERE id = ?1", [kept.id])?;
            true
        }
        _ => false,
    };
    tx.execute(
        "INSERT INTO imports (installation_id, hamlet_key, hamlet_name, commune_name, people_in_scope, scope_label,
             core_lessons, exported_at, digest, imported_at, public_key, export_number, code_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, '[]', ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            body.installation_id,
            known.hamlet_key,
            body.hamlet.name,
            body.hamlet.commune,
            body.reported_scope.as_ref().map(|p| p.count),
            body.reported_scope.as_ref().map(|p| p.label.clone()),
            body.exported_at,
            export.digest,
            now(),
            body.public_key,
            body.export_number,
            code_id,
        ],
    )?;
    let import_id = tx.last_insert_rowid();
    let mut person = tx.prepare_cached(
        "INSERT OR IGNORE INTO imported_persons (import_id, person_key, age_band, gender) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut pass = tx.prepare_cached(
        "INSERT OR IGNORE INTO imported_passes (import_id, person_key, lesson_id, lesson_version, passed_on, score,
             improved)
         VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)",
    )?;
    for p in &body.persons {
        person.execute(params![import_id, p.key, p.age_band, p.gender])?;
        for s in &p.passed {
            pass.execute(params![import_id, p.key, s.lesson, s.version, s.month, s.improved])?;
        }
    }
    // The hamlet's counts change in the same transaction as its rows.
    super::criterion::tally_hamlet(tx, &known.hamlet_key, time::OffsetDateTime::now_utc().year())?;
    let persons = body.persons.len() as u32;
    Ok(if files_removed > 0 {
        ImportOutcome::ReplacedOldCode { hamlet, persons, files_removed }
    } else if replaced {
        ImportOutcome::Replaced { hamlet, persons }
    } else {
        ImportOutcome::Imported { hamlet, persons }
    })
}

/// Applies one already-checked export (for a summary of a single export, in memory).
pub fn import_checked(store: &mut Store, export: &SignedExport) -> Result<ImportOutcome> {
    store.with_tx(|tx| apply(tx, export))
}

/// Imports the files one by one, each in its own transaction: a refused or failed file
/// changes nothing, and the others still go in.
pub fn import_files(store: &mut Store, files: &[PathBuf]) -> Result<ImportReport> {
    let mut report = ImportReport { files: vec![] };
    for path in files {
        let outcome = import_file(store, path)?;
        report.files.push((path.clone(), outcome));
    }
    Ok(report)
}

/// Reads a file only when it is within [`MAX_FILE_BYTES`] (its size is asked first).
fn import_file(store: &mut Store, path: &Path) -> Result<ImportOutcome> {
    let read = std::fs::File::open(path).and_then(|file| {
        if file.metadata()?.len() > MAX_FILE_BYTES {
            return Ok(None);
        }
        let mut bytes = vec![];
        // Never more than the limit, even if the file grows while it is read.
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        Ok(Some(bytes))
    });
    match read {
        Ok(Some(bytes)) => import_bytes(store, &bytes),
        Ok(None) => Ok(ImportOutcome::RefusedTooLarge),
        Err(e) => Ok(ImportOutcome::RefusedUnreadable { detail: e.to_string() }),
    }
}

/// Imports one file's bytes: checked first (format, digest, signature, schema), then applied
/// in one transaction (code, tag, computer). A refused file changes nothing.
pub fn import_bytes(store: &mut Store, bytes: &[u8]) -> Result<ImportOutcome> {
    let export = match check_export(bytes) {
        Ok(e) => e,
        Err(refusal) => return Ok(refusal),
    };
    // Every refusal inside `apply` happens before its first write, so the transaction
    // commits nothing for it; any error rolls the whole file back.
    store.with_tx(|tx| apply(tx, &export))
}
