//! Building and signing a hamlet export. No name, ID number or phone number is ever written:
//! each person is a one-way key.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::lessons::LessonLibrary;
use crate::store::{search_key, Role, Store};

use super::keys::InstallationKey;

pub const EXPORT_FORMAT: &str = "hocso-hamlet-export";
pub const EXPORT_SCHEMA_VERSION: u32 = 3;
/// The oldest schema the commune still reads (2 has no improvement and no skills: absent
/// fields read as "not measured" and "no skills declared").
pub const OLDEST_READ_SCHEMA_VERSION: u32 = 2;

/// What is signed. Field order is the canonical order: the digest is SHA-256 of this struct
/// serialised as compact JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportBody {
    pub format: String,
    pub schema_version: u32,
    pub app_version: String,
    pub installation_id: String,
    /// Ed25519 public key of the installation, hex.
    pub public_key: String,
    pub hamlet: HamletIdentity,
    /// The exporting computer's clock: shown to people, never used to decide what is newer.
    pub exported_at: String,
    /// 1 for a computer's first export, then one more each time: a newer export of the same
    /// computer has a higher number, whatever its clock says.
    pub export_number: u32,
    pub people_in_scope: Option<PeopleInScope>,
    /// The lessons a person must pass to count as "improved digital skills".
    pub core_lessons: Vec<String>,
    /// CV 3240's five basic skills, in order, each with the lessons a person must pass to count
    /// for it (empty: no lesson teaches it yet). Schema 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillLessons>,
    pub persons: Vec<PersonRecord>,
    pub totals: Totals,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillLessons {
    pub skill: String,
    pub lessons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillCount {
    pub skill: String,
    pub persons: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HamletIdentity {
    pub name: String,
    pub code: Option<String>,
    pub commune: String,
    pub commune_code: Option<String>,
}

impl HamletIdentity {
    /// The same hamlet however its name was typed: no accents, no case, single spaces, and
    /// without the word for its kind ("Xã Đầm Hà" and "Đầm Hà", "Thôn Đông" and "Đông").
    pub fn key(&self) -> String {
        hamlet_key(&self.commune, &self.name)
    }
}

/// Words that say what kind of commune a name is, as written with their accents.
const COMMUNE_KINDS: &[&str] = &["thị trấn", "đặc khu", "phường", "xã"];
/// Words that say what kind of hamlet a name is. Urban "tổ", "khu", "tổ dân phố" are left
/// alone: they are mostly numbered, and "Tổ 1" must stay apart from "Khu 1".
const HAMLET_KINDS: &[&str] = &["thôn", "bản", "xóm", "ấp", "làng", "buôn", "plei", "sóc", "phum"];

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
    /// One-way key of the normalised name, birth year and hamlet ([`person_key`]).
    pub key: String,
    pub birth_year: i32,
    pub gender: Option<String>,
    pub passed: Vec<PassRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassRecord {
    pub lesson: String,
    pub version: u32,
    /// The day it was passed, YYYY-MM-DD.
    pub date: String,
    pub score: u32,
    /// Whether this pass came with a measured improvement: `true` when the learner's pre-check
    /// of the lesson was below its pass mark, `false` when it already reached it; absent when
    /// nothing was measured (skipped or never offered). Schema 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improved: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub persons: u32,
    /// Persons who passed every core lesson.
    pub skilled: u32,
    /// Persons counted for each basic skill (see `skills`). Schema 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_skill: Vec<SkillCount>,
}

/// The file: the body, its digest, and the installation's signature of the digest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedExport {
    pub body: ExportBody,
    /// SHA-256 of the canonical body, hex.
    pub digest: String,
    /// Ed25519 signature of the digest's bytes, hex.
    pub signature: String,
}

impl ExportBody {
    pub fn canonical_digest(&self) -> String {
        let bytes = serde_json::to_vec(self).expect("an export body serialises");
        hex::encode(Sha256::digest(&bytes))
    }
}

/// The one-way key of a person: SHA-256 over a fixed app salt, the commune, the hamlet, the
/// name (all without accents or case) and the birth year. The same person registered on two
/// computers of the same hamlet gets the same key, so the commune counts them once; the file
/// holds no name. (Anyone who already has a list of names can test them against the keys:
/// the key hides names from readers of the file, not from the commune that knows its people.)
pub fn person_key(hamlet: &HamletIdentity, name: &str, birth_year: i32) -> String {
    let mut hash = Sha256::new();
    hash.update(b"hocso-person-key-v2\n");
    hash.update(hamlet.key().as_bytes());
    hash.update(b"\n");
    hash.update(search_key(name).as_bytes());
    hash.update(b"\n");
    hash.update(birth_year.to_string().as_bytes());
    hex::encode(hash.finalize())
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

/// The installation's id. A database that has none yet takes one derived from the signing
/// key, which lives in a file beside the database: a database restored from a backup made
/// before the first export gets back the same id, and stays the same computer for the commune.
fn installation_id(store: &mut Store, key: &InstallationKey) -> Result<String> {
    let existing: Option<String> = store
        .conn()
        .query_row("SELECT installation_id FROM installation WHERE id = 1", [], |r| r.get(0))
        .optional()?
        .flatten();
    if let Some(id) = existing {
        return Ok(id);
    }
    let mut hash = Sha256::new();
    hash.update(b"hocso-installation-id-v1\n");
    hash.update(key.public_hex().as_bytes());
    let id = hex::encode(&hash.finalize()[..16]);
    store.with_tx(|tx| {
        tx.execute("UPDATE installation SET installation_id = ?1 WHERE id = 1 AND installation_id IS NULL", [&id])?;
        Ok(())
    })?;
    Ok(id)
}

/// A person while the export is gathered: their passes by lesson and version.
struct Person {
    birth_year: i32,
    gender: Option<String>,
    passes: BTreeMap<(String, u32), PassRecord>,
}

impl Person {
    fn new(birth_year: i32, gender: Option<String>) -> Person {
        Person { birth_year, gender, passes: BTreeMap::new() }
    }
}

/// Adds the rows of `sql` (who, birth year, gender, lesson, version, when, score, and a
/// number `improved_of` turns into "improved": a learner id or a stored 0/1) to `persons`,
/// each under the key `key_of(who, birth year)` gives.
fn gather<P: rusqlite::Params>(
    store: &Store,
    sql: &str,
    params: P,
    key_of: impl Fn(&str, i32) -> String,
    improved_of: impl Fn(&str, Option<i64>) -> Option<bool>,
    persons: &mut BTreeMap<String, Person>,
) -> Result<()> {
    let mut stmt = store.conn().prepare(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(r) = rows.next()? {
        let who: String = r.get(0)?;
        let year: i32 = r.get(1)?;
        let entry = persons.entry(key_of(&who, year)).or_insert_with(|| Person::new(year, r.get(2).ok().flatten()));
        let (lesson, version, when, score): (Option<String>, Option<u32>, Option<String>, Option<u32>) =
            (r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?);
        let measure: Option<i64> = r.get(7)?;
        if let (Some(lesson), Some(version), Some(when), Some(score)) = (lesson, version, when, score) {
            let improved = improved_of(&lesson, measure);
            let date = when.get(..10).unwrap_or(&when).to_owned();
            entry.passes.entry((lesson.clone(), version)).or_insert(PassRecord {
                lesson,
                version,
                date,
                score,
                improved,
            });
        }
    }
    Ok(())
}

/// Builds the signed export of this hamlet computer: its own learners, plus the persons of
/// the cultural house's other computers it has imported.
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
    let (hamlet_code, commune_code, scope_count, scope_label): (
        Option<String>,
        Option<String>,
        Option<i64>,
        Option<String>,
    ) = store.conn().query_row(
        "SELECT hamlet_code, commune_code, people_in_scope, scope_label FROM installation WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let hamlet = HamletIdentity {
        name: installation.hamlet_name.clone().unwrap_or_default(),
        code: hamlet_code,
        commune: installation.commune_name.clone(),
        commune_code,
    };
    let core: Vec<String> = library.catalog.core.iter().map(|c| c.to_string()).collect();

    let mut persons: BTreeMap<String, Person> = BTreeMap::new();
    let pre_checks = store.all_pre_checks()?;
    // This computer's learners (keyed here from name and birth year)…
    gather(
        store,
        "SELECT l.display_name, l.birth_year, l.gender, c.lesson_id, c.lesson_version, c.completed_at, c.score, l.id
         FROM learners l LEFT JOIN completions c ON c.learner_id = l.id ORDER BY l.id",
        [],
        |name, year| person_key(&hamlet, name, year),
        // The learner's first pre-check of the lesson, against its pass mark.
        |lesson, learner| {
            let before = pre_checks.get(&(crate::store::LearnerId(learner?), lesson.to_owned()))?;
            before.improved(library.lesson(lesson)?.pass_mark)
        },
        &mut persons,
    )?;
    // …and the persons of the cultural house's other computers, merged into this one.
    gather(
        store,
        "SELECT p.person_key, p.birth_year, p.gender, s.lesson_id, s.lesson_version, s.passed_on, s.score, s.improved
         FROM imports i JOIN imported_persons p ON p.import_id = i.id
         LEFT JOIN imported_passes s ON s.import_id = i.id AND s.person_key = p.person_key
         WHERE i.hamlet_key = ?1",
        [hamlet.key()],
        |key, _| key.to_owned(),
        |_, improved| improved.map(|i| i != 0),
        &mut persons,
    )?;
    let records: Vec<PersonRecord> = persons
        .into_iter()
        .map(|(key, p)| PersonRecord {
            key,
            birth_year: p.birth_year,
            gender: p.gender,
            passed: p.passes.into_values().collect(),
        })
        .collect();
    let skilled = records.iter().filter(|p| is_skilled(&p.passed, &core)).count() as u32;
    let skills = skill_lessons(library);
    let by_skill = count_by_skill(&records, &skills);
    let body = ExportBody {
        format: EXPORT_FORMAT.into(),
        schema_version: EXPORT_SCHEMA_VERSION,
        app_version: env!("CARGO_PKG_VERSION").into(),
        installation_id: installation_id(store, key)?,
        public_key: key.public_hex(),
        hamlet,
        exported_at: now.to_owned(),
        export_number: next_export_number(store)?,
        people_in_scope: scope_count
            .map(|c| PeopleInScope { count: c.max(0) as u32, label: scope_label.unwrap_or_default() }),
        core_lessons: core,
        skills,
        totals: Totals { persons: records.len() as u32, skilled, by_skill },
        persons: records,
    };
    let digest = body.canonical_digest();
    let signature = key.sign_hex(digest.as_bytes());
    Ok(SignedExport { body, digest, signature })
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

fn count_by_skill(records: &[PersonRecord], skills: &[SkillLessons]) -> Vec<SkillCount> {
    skills
        .iter()
        .map(|s| SkillCount {
            skill: s.skill.clone(),
            persons: records.iter().filter(|p| has_skill(&p.passed, s)).count() as u32,
        })
        .collect()
}

/// Whether the passes cover every core lesson (any version).
pub(crate) fn is_skilled(passed: &[PassRecord], core: &[String]) -> bool {
    !core.is_empty() && core.iter().all(|c| passed.iter().any(|p| &p.lesson == c))
}

/// Builds the export and writes it atomically to `out`, with a CSV (UTF-8 with BOM) and an
/// XLSX summary beside it for people who open it in Excel (same name, `.csv` / `.xlsx`).
pub fn export_to_file(store: &mut Store, library: &LessonLibrary, database: &Path, out: &Path) -> Result<SignedExport> {
    let key = InstallationKey::load_or_create(database)?;
    let export = build_export(store, library, &key, &crate::store::now())?;
    let mut bytes = serde_json::to_vec_pretty(&export).map_err(|e| Error::Internal(e.to_string()))?;
    bytes.push(b'\n');
    let summary = summary_of(&export)?;
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
    Ok(export)
}

/// The report of one export, as the commune will see it.
pub fn summary_of(export: &SignedExport) -> Result<super::CommuneReport> {
    let mut scratch = Store::open_in_memory()?;
    super::import_checked(&mut scratch, export)?;
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
