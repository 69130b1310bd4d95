//! Building and signing a hamlet export. No name, ID number or phone number is ever written:
//! each person is a one-way key.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::lessons::LessonLibrary;
use crate::store::{search_key, Role, Store};

use super::hamlet_code::HamletCode;
use super::keys::InstallationKey;

pub const EXPORT_FORMAT: &str = "hocso-hamlet-export";
pub const EXPORT_SCHEMA_VERSION: u32 = 4;
/// The oldest schema the commune still reads. Schemas 2 and 3 were keyed without a hamlet
/// code (re-identifiable with a resident list) and are refused with a message that says how
/// to export again.
pub const OLDEST_READ_SCHEMA_VERSION: u32 = 4;

/// What is signed and tagged. Field order is the canonical order: the digest is SHA-256 of
/// this struct serialised as compact JSON. It holds nothing the commune's tally does not use:
/// no name, no birth year, no score, no day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportBody {
    pub format: String,
    pub schema_version: u32,
    pub app_version: String,
    /// The computer: derived from its public key (first 16 bytes of SHA-256, hex).
    pub installation_id: String,
    /// Ed25519 public key of the installation, hex.
    pub public_key: String,
    pub hamlet: HamletIdentity,
    /// The exporting computer's clock: shown to people, never used to decide what is newer.
    pub exported_at: String,
    /// 1 for a computer's first export, then one more each time: a newer export of the same
    /// computer has a higher number, whatever its clock says.
    pub export_number: u32,
    /// The hamlet's own figure of people in scope: shown at the commune as "thôn báo: N" beside
    /// the commune's figure, never used in the rate.
    pub reported_scope: Option<PeopleInScope>,
    pub persons: Vec<PersonRecord>,
    pub totals: Totals,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HamletIdentity {
    /// The public id of the hamlet code the file is keyed and tagged with: tells the commune
    /// which of its hamlets (and which issue of its code) the file is from.
    pub code_id: String,
    /// The names as the hamlet computer shows them: for people reading the file only. The
    /// commune shows its own official names.
    pub name: String,
    pub commune: String,
}

/// One of CV 3240's basic skills and the lessons a person must pass to count for it (the
/// commune's own catalogue says which).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillLessons {
    pub skill: String,
    pub lessons: Vec<String>,
}

/// Words that say what kind of commune a name is, as written with their accents.
const COMMUNE_KINDS: &[&str] = &["thị trấn", "đặc khu", "phường", "xã"];
/// Words that say what kind of hamlet a name is. Urban "tổ", "khu", "tổ dân phố" are left
/// alone: they are mostly numbered, and "Tổ 1" must stay apart from "Khu 1".
pub const HAMLET_KINDS: &[&str] = &["thôn", "bản", "xóm", "ấp", "làng", "buôn", "plei", "sóc", "phum"];

/// A place name folded like [`search_key`], without one leading word for its kind when a
/// name follows it: "Xã Đầm Hà" and "Đầm Hà" give the same key.
///
/// - The kind word must be written as such, accents included, so "Xà Bang" and "Phương Liễu"
///   keep their first word. Only a name typed entirely without accents ("xa dam ha") is matched
///   on the unaccented words.
/// - A number is not a name: "Thôn 1", "Xóm số 1A" and "Thôn II" keep their kind word, so
///   numbered hamlets of different kinds stay apart.
pub fn place_key(name: &str, kinds: &[&str]) -> String {
    let tidy: String = name.nfc().flat_map(char::to_lowercase).collect();
    let tidy = tidy.split_whitespace().collect::<Vec<_>>().join(" ");
    let unaccented = search_key(&tidy) == tidy;
    for kind in kinds {
        let kind = if unaccented { search_key(kind) } else { (*kind).to_owned() };
        if let Some(rest) = tidy.strip_prefix(&kind).and_then(|r| r.strip_prefix(' ')) {
            if !is_numbered(rest) {
                return search_key(rest);
            }
        }
    }
    search_key(&tidy)
}

/// "1", "12a", "số 3", "ii", "số IV": what follows a kind word in a numbered hamlet.
fn is_numbered(rest: &str) -> bool {
    let rest = search_key(rest);
    let rest = rest.strip_prefix("so ").unwrap_or(&rest);
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let numeral = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && rest.len() - digits.len() <= 1;
    let roman = !rest.is_empty() && rest.len() <= 6 && rest.chars().all(|c| "ivxl".contains(c));
    numeral || roman
}

/// The key that recognises a hamlet across computers and files: commune and hamlet names
/// through [`place_key`].
pub fn hamlet_key(commune: &str, hamlet: &str) -> String {
    format!("{}|{}", place_key(commune, COMMUNE_KINDS), place_key(hamlet, HAMLET_KINDS))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleInScope {
    pub count: u32,
    /// Who they are, e.g. "người trong độ tuổi lao động".
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonRecord {
    /// The person's key under the hamlet code ([`HamletCode::person_key`]), 64 hex digits.
    pub key: String,
    /// "15-34", "35-49", "50-64", "65+" (or "0-14"), at the time of the export.
    pub age_band: String,
    pub gender: Option<String>,
    pub passed: Vec<PassRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassRecord {
    pub lesson: String,
    pub version: u32,
    /// The month it was passed, YYYY-MM.
    pub month: String,
    /// Whether this pass came with a measured improvement: `true` when the learner's pre-check
    /// of the lesson was below its pass mark, `false` when it already reached it; absent when
    /// nothing was measured (skipped or never offered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improved: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub persons: u32,
}

/// The file: the body, its digest, the hamlet code's tag of the digest, and the computer's
/// signature of the digest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedExport {
    pub body: ExportBody,
    /// SHA-256 of the canonical body, hex.
    pub digest: String,
    /// HMAC-SHA-256 of the digest under the hamlet code's file-tag key, hex: only the hamlet's
    /// computers and the commune that issued the code can make it.
    pub tag: String,
    /// Ed25519 signature of the digest's bytes, hex: which computer made it.
    pub signature: String,
}

impl ExportBody {
    pub fn canonical_digest(&self) -> String {
        let bytes = serde_json::to_vec(self).expect("an export body serialises");
        hex::encode(Sha256::digest(&bytes))
    }
}

/// Signs and tags a body: the file as it is written.
pub fn seal(body: ExportBody, code: &HamletCode, key: &InstallationKey) -> SignedExport {
    let digest = body.canonical_digest();
    let tag = code.file_tag(&digest);
    let signature = key.sign_hex(digest.as_bytes());
    SignedExport { body, digest, tag, signature }
}

/// This computer's next export number (gaps are harmless: an export that was never saved).
/// The count is kept in the database and in a file beside it (`<database>.export-count`, like
/// the signing key), and the higher of the two wins: restoring an older backup winds the
/// database back but never the file, so no number is given twice.
fn next_export_number(store: &mut Store) -> Result<u32> {
    let file = (store.path() != Path::new(":memory:")).then(|| {
        let mut name = store.path().as_os_str().to_owned();
        name.push(".export-count");
        std::path::PathBuf::from(name)
    });
    let in_file: u32 =
        file.as_ref().and_then(|f| std::fs::read_to_string(f).ok()).and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let next = store.with_tx(|tx| {
        let in_db: u32 = tx.query_row("SELECT exports_made FROM installation WHERE id = 1", [], |r| r.get(0))?;
        let next = in_db.max(in_file) + 1;
        tx.execute("UPDATE installation SET exports_made = ?1 WHERE id = 1", [next])?;
        Ok(next)
    })?;
    if let Some(file) = file {
        super::write_atomically(&file, format!("{next}\n").as_bytes())?;
    }
    Ok(next)
}

/// A computer's id: the first 16 bytes of SHA-256 over its public key, hex. The commune
/// recomputes it, so a file cannot claim another computer's id.
pub fn installation_id_of(public_key_hex: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(b"hocso-installation-id-v1\n");
    hash.update(public_key_hex.as_bytes());
    hex::encode(&hash.finalize()[..16])
}

/// A person while the export is gathered: their passes by lesson and version.
struct Person {
    age_band: String,
    gender: Option<String>,
    passes: BTreeMap<(String, u32), PassRecord>,
}

/// `text` cut to `max` characters, without control characters.
fn clip(text: &str, max: usize) -> String {
    text.chars().filter(|c| !c.is_control()).take(max).collect()
}

/// The month of a stored time or date ("2026-11-30T…" → "2026-11").
fn month_of(when: &str) -> String {
    when.get(..7).unwrap_or(when).to_owned()
}

/// Builds the signed export of this hamlet computer: its own learners, keyed under its hamlet
/// code, plus the persons of the cultural house's other computers it has imported (already
/// keyed under the same code).
pub fn build_export(
    store: &mut Store,
    library: &LessonLibrary,
    key: &InstallationKey,
    now: &str,
) -> Result<SignedExport> {
    let installation = store.installation()?.ok_or(Error::NotSetUp)?;
    if installation.role != Role::Hamlet {
        return Err(Error::NotAHamlet);
    }
    let code = store.hamlet_code()?.ok_or(Error::NoHamletCode)?;
    let (scope_count, scope_label): (Option<i64>, Option<String>) =
        store.conn().query_row("SELECT people_in_scope, scope_label FROM installation WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let this_year: i32 = now.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let mut persons: BTreeMap<String, Person> = BTreeMap::new();
    let pre_checks = store.all_pre_checks()?;
    // This computer's learners, keyed here from name and birth year under the code…
    {
        let mut stmt = store.conn().prepare(
            "SELECT l.id, l.display_name, l.birth_year, l.gender, c.lesson_id, c.lesson_version, c.completed_at
             FROM learners l LEFT JOIN completions c ON c.learner_id = l.id ORDER BY l.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (learner, name, year): (i64, String, i32) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let entry = persons.entry(code.person_key(&name, year)).or_insert_with(|| Person {
                age_band: super::criterion::age_band(year, this_year).to_owned(),
                gender: r.get(3).ok().flatten(),
                passes: BTreeMap::new(),
            });
            let (lesson, version, when): (Option<String>, Option<u32>, Option<String>) =
                (r.get(4)?, r.get(5)?, r.get(6)?);
            if let (Some(lesson), Some(version), Some(when)) = (lesson, version, when) {
                // The learner's first pre-check of the lesson, against its pass mark.
                let improved = pre_checks
                    .get(&(crate::store::LearnerId(learner), lesson.clone()))
                    .and_then(|before| before.improved(library.lesson(&lesson)?.pass_mark));
                let month = month_of(&when);
                entry.passes.entry((lesson.clone(), version)).or_insert(PassRecord {
                    lesson,
                    version,
                    month,
                    improved,
                });
            }
        }
    }
    // …and the persons of the cultural house's other computers, merged into this one.
    {
        let mut stmt = store.conn().prepare(
            "SELECT p.person_key, p.age_band, p.gender, s.lesson_id, s.lesson_version, s.passed_on, s.improved
             FROM imports i JOIN imported_persons p ON p.import_id = i.id
             LEFT JOIN imported_passes s ON s.import_id = i.id AND s.person_key = p.person_key
             WHERE i.code_id = ?1",
        )?;
        let mut rows = stmt.query([code.code_id()])?;
        while let Some(r) = rows.next()? {
            let entry = persons.entry(r.get(0)?).or_insert_with(|| Person {
                age_band: r.get::<_, Option<String>>(1).ok().flatten().unwrap_or_else(|| "65+".into()),
                gender: r.get(2).ok().flatten(),
                passes: BTreeMap::new(),
            });
            let (lesson, version, month): (Option<String>, Option<u32>, Option<String>) =
                (r.get(3)?, r.get(4)?, r.get(5)?);
            if let (Some(lesson), Some(version), Some(month)) = (lesson, version, month) {
                let improved = r.get::<_, Option<i64>>(6)?.map(|i| i != 0);
                entry.passes.entry((lesson.clone(), version)).or_insert(PassRecord {
                    lesson,
                    version,
                    month,
                    improved,
                });
            }
        }
    }
    let records: Vec<PersonRecord> = persons
        .into_iter()
        .map(|(key, p)| PersonRecord {
            key,
            age_band: p.age_band,
            gender: p.gender,
            passed: p.passes.into_values().collect(),
        })
        .collect();
    let body = ExportBody {
        format: EXPORT_FORMAT.into(),
        schema_version: EXPORT_SCHEMA_VERSION,
        app_version: env!("CARGO_PKG_VERSION").into(),
        installation_id: installation_id_of(&key.public_hex()),
        public_key: key.public_hex(),
        // Within the importer's limits whatever was typed in the profile (names of 80
        // characters, a label of 120, at most a million people): a file is never refused for it.
        hamlet: HamletIdentity {
            code_id: code.code_id(),
            name: clip(&installation.hamlet_name.clone().unwrap_or_default(), 80),
            commune: clip(&installation.commune_name, 80),
        },
        exported_at: now.to_owned(),
        export_number: next_export_number(store)?,
        reported_scope: scope_count.map(|c| PeopleInScope {
            count: c.clamp(0, 1_000_000) as u32,
            label: clip(&scope_label.unwrap_or_default(), 120),
        }),
        totals: Totals { persons: records.len() as u32 },
        persons: records,
    };
    Ok(seal(body, &code, key))
}

/// For each of CV 3240's skills, the lessons a person must pass to count for it: every core
/// lesson that teaches it, or, when no core lesson does, any one lesson that teaches it (then
/// listed alone, the first in catalogue order). Empty: no lesson teaches it yet.
pub fn skill_lessons(library: &LessonLibrary) -> Vec<SkillLessons> {
    library
        .catalog
        .skills
        .iter()
        .map(|skill| {
            let teaching = library.lessons_teaching(skill);
            let core: Vec<String> = teaching.iter().filter(|l| l.core).map(|l| l.id.to_string()).collect();
            let lessons =
                if core.is_empty() { teaching.first().map(|l| l.id.to_string()).into_iter().collect() } else { core };
            SkillLessons { skill: skill.clone(), lessons }
        })
        .collect()
}

/// Whether a person with these passes counts for a skill.
pub fn has_skill(passed: &[PassRecord], skill: &SkillLessons) -> bool {
    !skill.lessons.is_empty() && skill.lessons.iter().all(|l| passed.iter().any(|p| &p.lesson == l))
}

/// Builds the export and writes it atomically to `out`, with a CSV (UTF-8 with BOM) and an
/// XLSX summary beside it for people who open it in Excel (same name, `.csv` / `.xlsx`).
/// Returns the export and its summary (the hamlet's counts as the commune will tally them with
/// the same catalogue, against the hamlet's own figure of people in scope).
pub fn export_to_file(
    store: &mut Store,
    library: &LessonLibrary,
    database: &Path,
    out: &Path,
) -> Result<(SignedExport, super::CommuneReport)> {
    let key = InstallationKey::load_or_create(database)?;
    let export = build_export(store, library, &key, &crate::store::now())?;
    let mut bytes = serde_json::to_vec_pretty(&export).map_err(|e| Error::Internal(e.to_string()))?;
    bytes.push(b'\n');
    let code = store.hamlet_code()?.ok_or(Error::NoHamletCode)?;
    let summary = summary_of(&export, &code, library)?;
    let texts = crate::i18n::AppTexts::load(crate::i18n::Locale::REFERENCE);
    let skills = library.skill_names(crate::i18n::Locale::REFERENCE);
    let (csv, xlsx) = (super::report_csv(&summary, &texts, &skills), super::report_xlsx(&summary, &texts, &skills)?);
    // The three files go in together or not at all, each beside the export under its name.
    let beside = |ext: &str| {
        let path = out.with_extension(ext);
        if path == out {
            std::path::PathBuf::from(format!("{}.{ext}", out.display())) // `--out x.csv`
        } else {
            path
        }
    };
    super::write_all_atomically(&[(out, &bytes), (&beside("csv"), &csv), (&beside("xlsx"), &xlsx)])?;
    Ok((export, summary))
}

/// The report of one export, as the commune will see it with the same catalogue: imported
/// into a scratch database that holds the hamlet's code (nothing is written anywhere).
pub fn summary_of(export: &SignedExport, code: &HamletCode, library: &LessonLibrary) -> Result<super::CommuneReport> {
    let mut scratch = Store::open_in_memory()?;
    scratch.with_tx(|tx| {
        tx.execute(
            "INSERT INTO installation (id, role, hamlet_name, commune_name, pin_hash, created_at)
             VALUES (1, 'hamlet', ?1, ?2, '', ?3)",
            rusqlite::params![export.body.hamlet.name, export.body.hamlet.commune, crate::store::now()],
        )?;
        crate::store::set_code_in(tx, code)
    })?;
    super::set_criterion_catalogue(&mut scratch, library)?;
    let outcome = super::import_checked(&mut scratch, export)?;
    if outcome.is_refused() {
        return Err(Error::Internal(format!("the export would be refused: {outcome:?}")));
    }
    super::commune_report(&mut scratch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hamlet_is_recognised_with_or_without_the_word_for_its_kind() {
        let key = |commune: &str, hamlet: &str| hamlet_key(commune, hamlet);
        assert_eq!(key("Xã Đầm Hà", "Thôn Đông"), key("Đầm Hà", "Đông"));
        assert_eq!(key("xa dam ha", "THÔN  ĐÔNG"), key("Đầm Hà", "đông"));
        assert_eq!(key("Thị trấn Đầm Hà", "Bản Pò Hèn"), key("Đầm Hà", "Pò Hèn"));
        assert_eq!(key("Phường Hà Giang 1", "Làng Nủ"), key("Hà Giang 1", "Nủ"));
        // A number is not a name: numbered hamlets of different kinds stay apart.
        assert_ne!(key("Đầm Hà", "Thôn 1"), key("Đầm Hà", "Xóm 1"));
        assert_ne!(key("Đầm Hà", "Tổ 1"), key("Đầm Hà", "Khu 1"));
        assert_eq!(place_key("Thôn", HAMLET_KINDS), "thon", "a bare kind word is kept");
        assert_ne!(key("Đầm Hà", "Thôn số 1"), key("Đầm Hà", "Xóm số 1"));
        assert_ne!(key("Đầm Hà", "Thôn 1A"), key("Đầm Hà", "Xóm 1A"));
        assert_ne!(key("Đầm Hà", "Thôn II"), key("Đầm Hà", "Xóm II"));
        // Names that only look like a kind word once their accents are gone keep it.
        assert_eq!(place_key("Xà Bang", COMMUNE_KINDS), "xa bang");
        assert_eq!(place_key("Xã Xà Bang", COMMUNE_KINDS), "xa bang");
        assert_eq!(place_key("Phương Liễu", COMMUNE_KINDS), "phuong lieu");
        assert_eq!(place_key("Bàn Cờ", HAMLET_KINDS), "ban co");
        assert_eq!(place_key("Lăng Cô", HAMLET_KINDS), "lang co");
        // Typed entirely without accents, the unaccented kind word is recognised.
        assert_eq!(place_key("xa dam ha", COMMUNE_KINDS), place_key("Xã Đầm Hà", COMMUNE_KINDS));
        // Decomposed accents (some keyboards) are the same text.
        assert_eq!(place_key("Xa\u{0303} Đầm Hà", COMMUNE_KINDS), "dam ha");
        assert_eq!(place_key("Thôn Bản Mới", HAMLET_KINDS), "ban moi", "only one leading kind word goes");
        assert_ne!(key("Đầm Hà", "Đông"), key("Quảng Hà", "Đông"), "the commune still tells hamlets apart");
    }
}
