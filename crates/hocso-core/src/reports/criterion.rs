//! The criterion: persons who passed all core lessons ÷ people in scope, met when strictly
//! above 70%, with how many more persons are needed. A person is counted once per hamlet,
//! however many files (computers, exports) they appear in.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::lessons::LessonLibrary;
use crate::store::Store;

use super::export::SkillLessons;

/// The criterion's threshold, in percent, unless the commune set its own: met when the rate is
/// strictly above it ("trên 70%").
pub const THRESHOLD_PERCENT: u32 = 70;

const SETTING_CORE: &str = "criterion_core_lessons";
const SETTING_SKILLS: &str = "criterion_skills";
const SETTING_THRESHOLD: &str = "criterion_threshold";
const SETTING_WORDING: &str = "criterion_wording";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HamletRow {
    /// The commune register's id of the hamlet (none on a hamlet computer's own summary).
    pub hamlet_id: Option<i64>,
    pub hamlet: String,
    pub commune: String,
    /// People in scope as the commune counts them (on a hamlet's own summary: the hamlet's).
    pub people_in_scope: Option<u32>,
    pub scope_label: Option<String>,
    /// The hamlet's own figure, from its newest file: shown beside, never used in the rate.
    pub reported_scope: Option<u32>,
    /// Distinct persons who practised.
    pub persons: u32,
    /// Distinct persons who passed every core lesson.
    pub skilled: u32,
    /// skilled ÷ people in scope, in percent with one decimal; none without a scope.
    pub percent: Option<f64>,
    pub met: bool,
    /// How many more skilled persons would make the rate strictly above the threshold.
    pub needed: Option<u32>,
    /// Persons counted for each of CV 3240's basic skills (skill id → persons).
    pub by_skill: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommuneReport {
    pub hamlets: Vec<HamletRow>,
    pub total: HamletRow,
    /// Persons who passed each core lesson.
    pub by_lesson: BTreeMap<String, u32>,
    /// Persons and skilled persons by age band.
    pub by_age: BTreeMap<String, (u32, u32)>,
    /// Persons and skilled persons by gender ("female", "male", "unspecified").
    pub by_gender: BTreeMap<String, (u32, u32)>,
    /// Persons whose pass of each core lesson came with a measured improvement (pre-check
    /// below the pass mark, then passed).
    pub improved_by_lesson: BTreeMap<String, u32>,
    /// The basic skills some lesson of the commune's catalogue teaches (the others are not
    /// taught yet).
    pub skills_taught: BTreeSet<String>,
    /// The commune's threshold in percent (met when strictly above).
    pub threshold: u32,
    /// The commune's wording of the criterion, when it set one (provinces word it differently).
    pub wording: Option<String>,
}

/// skilled × 100 ÷ scope > threshold, in whole numbers: never fooled by rounding.
pub fn meets(skilled: u32, scope: u32, threshold: u32) -> bool {
    scope > 0 && u64::from(skilled) * 100 > u64::from(scope) * u64::from(threshold)
}

/// The fewest more skilled persons for [`meets`].
pub fn needed(skilled: u32, scope: u32, threshold: u32) -> u32 {
    let least = (u64::from(scope) * u64::from(threshold)) / 100 + 1;
    least.saturating_sub(u64::from(skilled)) as u32
}

/// A row's figures (its names, scope and counts), with the rate and "needed" worked out.
struct RowFigures {
    hamlet_id: Option<i64>,
    hamlet: String,
    commune: String,
    scope: Option<u32>,
    label: Option<String>,
    reported: Option<u32>,
    persons: u32,
    skilled: u32,
}

fn row(f: RowFigures, threshold: u32) -> HamletRow {
    let (scope, skilled) = (f.scope, f.skilled);
    HamletRow {
        hamlet_id: f.hamlet_id,
        hamlet: f.hamlet,
        commune: f.commune,
        people_in_scope: scope,
        scope_label: f.label,
        reported_scope: f.reported,
        persons: f.persons,
        skilled,
        percent: scope.filter(|s| *s > 0).map(|s| (f64::from(skilled) * 1000.0 / f64::from(s)).round() / 10.0),
        met: scope.is_some_and(|s| meets(skilled, s, threshold)),
        needed: scope.map(|s| needed(skilled, s, threshold)),
        by_skill: BTreeMap::new(),
    }
}

fn setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

fn put_setting(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) => conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
            params![key, v],
        )?,
        None => conn.execute("DELETE FROM settings WHERE key = ?1", [key])?,
    };
    Ok(())
}

/// The commune's core lessons and which lessons teach which basic skill, as last taken from its
/// own lesson catalogue.
fn catalogue(conn: &Connection) -> Result<(BTreeSet<String>, Vec<SkillLessons>)> {
    let core: BTreeSet<String> =
        setting(conn, SETTING_CORE)?.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default();
    let skills: Vec<SkillLessons> =
        setting(conn, SETTING_SKILLS)?.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default();
    Ok((core, skills))
}

/// Takes the core lessons and the skills' lessons from this computer's own lesson catalogue
/// (the commune's, never the union of what files declare). When they changed, every hamlet is
/// tallied again at the next report. A catalogue that did not load (no core lesson) changes
/// nothing.
pub fn set_criterion_catalogue(store: &mut Store, library: &LessonLibrary) -> Result<()> {
    if library.catalog.core.is_empty() {
        return Ok(());
    }
    let core: BTreeSet<String> = library.catalog.core.iter().map(|c| c.to_string()).collect();
    let core = serde_json::to_string(&core).map_err(|e| crate::Error::Internal(e.to_string()))?;
    let skills =
        serde_json::to_string(&super::skill_lessons(library)).map_err(|e| crate::Error::Internal(e.to_string()))?;
    let conn = store.conn();
    if setting(conn, SETTING_CORE)?.as_deref() == Some(&core)
        && setting(conn, SETTING_SKILLS)?.as_deref() == Some(&skills)
    {
        return Ok(());
    }
    store.with_tx(|tx| {
        put_setting(tx, SETTING_CORE, Some(&core))?;
        put_setting(tx, SETTING_SKILLS, Some(&skills))?;
        tx.execute("UPDATE hamlet_tallies SET tallied_year = 0", [])?;
        Ok(())
    })
}

/// The commune's own criterion: its threshold in percent (met when strictly above; 1–99) and
/// its province's wording: `None` keeps the wording as it is, an empty text removes it.
pub fn set_criterion(store: &mut Store, threshold: u32, wording: Option<&str>) -> Result<()> {
    if !(1..=99).contains(&threshold) {
        return Err(crate::Error::InvalidInput(crate::InputProblem::ThresholdOutOfRange));
    }
    store.with_tx(|tx| {
        put_setting(tx, SETTING_THRESHOLD, Some(&threshold.to_string()))?;
        match wording.map(str::trim) {
            None => Ok(()),
            Some("") => put_setting(tx, SETTING_WORDING, None),
            Some(w) => put_setting(tx, SETTING_WORDING, Some(w)),
        }
    })
}

/// The threshold and wording in force.
pub fn criterion(store: &Store) -> Result<(u32, Option<String>)> {
    let threshold = setting(store.conn(), SETTING_THRESHOLD)?.and_then(|t| t.parse().ok()).unwrap_or(THRESHOLD_PERCENT);
    Ok((threshold, setting(store.conn(), SETTING_WORDING)?))
}

pub fn age_band(birth_year: i32, this_year: i32) -> &'static str {
    match this_year - birth_year {
        ..=14 => "0-14",
        15..=34 => "15-34",
        35..=49 => "35-49",
        50..=64 => "50-64",
        _ => "65+",
    }
}

/// The year age bands are counted against.
fn this_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

/// A hamlet's newest file: when it was imported (then its row id), hamlet name, commune name,
/// the hamlet's own figure of people in scope and its label.
struct NewestFile(String, String, String, Option<u32>, Option<String>);

struct PersonAcc {
    age_band: String,
    gender: Option<String>,
    passed: BTreeSet<String>,
    /// Lessons whose pass came with a measured improvement.
    improved: BTreeSet<String>,
}

/// Tallies one hamlet again from its imported rows and keeps the counts in `hamlet_tallies`
/// and `hamlet_breakdown`. Called inside every import's transaction, so the counts change
/// together with the rows they come from. A person is counted once however many files
/// (computers, exports) hold them; their passes are the union of all files. Core lessons and
/// skills are the commune's catalogue's.
pub(crate) fn tally_hamlet(conn: &Connection, hamlet_key: &str, this_year: i32) -> Result<()> {
    conn.execute("DELETE FROM hamlet_tallies WHERE hamlet_key = ?1", [hamlet_key])?;
    let (core, skills) = catalogue(conn)?;
    // The file imported last says the hamlet's own figures (by the commune's own clock and
    // order, never a hamlet computer's clock).
    let mut newest: Option<NewestFile> = None;
    // The newest file that states a figure (a computer without a profile states none).
    let mut stated: Option<NewestFile> = None;
    let mut stmt = conn.prepare_cached(
        "SELECT imported_at || printf('|%020d', id), hamlet_name, commune_name, people_in_scope, scope_label
         FROM imports WHERE hamlet_key = ?1",
    )?;
    let mut rows = stmt.query([hamlet_key])?;
    while let Some(r) = rows.next()? {
        let file = NewestFile(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
        if file.3.is_some() && stated.as_ref().is_none_or(|n| file.0 > n.0) {
            stated = Some(NewestFile(file.0.clone(), String::new(), String::new(), file.3, file.4.clone()));
        }
        if newest.as_ref().is_none_or(|n| file.0 > n.0) {
            newest = Some(file);
        }
    }
    let Some(NewestFile(_, name, commune, _, _)) = newest else {
        return Ok(()); // No file of this hamlet is kept: nothing to count.
    };
    let (reported, label) = stated.map(|s| (s.3, s.4)).unwrap_or_default();

    let mut persons: BTreeMap<String, PersonAcc> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT p.person_key, p.age_band, p.gender, s.lesson_id, s.improved
         FROM imports i JOIN imported_persons p ON p.import_id = i.id
         LEFT JOIN imported_passes s ON s.import_id = i.id AND s.person_key = p.person_key
         WHERE i.hamlet_key = ?1",
    )?;
    let mut rows = stmt.query([hamlet_key])?;
    while let Some(r) = rows.next()? {
        let entry = persons.entry(r.get(0)?).or_insert(PersonAcc {
            age_band: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
            gender: r.get(2)?,
            passed: BTreeSet::new(),
            improved: BTreeSet::new(),
        });
        if let Some(lesson) = r.get::<_, Option<String>>(3)? {
            if r.get::<_, Option<i64>>(4)? == Some(1) {
                entry.improved.insert(lesson.clone());
            }
            entry.passed.insert(lesson);
        }
    }

    // (dimension, value) -> (persons, skilled)
    let mut breakdown: BTreeMap<(&str, String), (u32, u32)> = BTreeMap::new();
    let mut skilled = 0u32;
    for PersonAcc { age_band, gender, passed, improved } in persons.values() {
        let is_skilled = !core.is_empty() && core.iter().all(|c| passed.contains(c));
        skilled += u32::from(is_skilled);
        let mut count = |dimension, value: String| {
            let e = breakdown.entry((dimension, value)).or_default();
            e.0 += 1;
            e.1 += u32::from(is_skilled);
        };
        for lesson in passed.iter().filter(|l| core.contains(*l)) {
            count("lesson", lesson.clone());
        }
        for lesson in improved.iter().filter(|l| core.contains(*l)) {
            count("improved", lesson.clone());
        }
        // A person counts for a basic skill when they passed every lesson listed for it.
        for skill in skills.iter().filter(|s| !s.lessons.is_empty() && s.lessons.iter().all(|l| passed.contains(l))) {
            count("skill", skill.skill.clone());
        }
        count("age", age_band.clone());
        count("gender", gender.clone().unwrap_or_else(|| "unspecified".into()));
    }
    conn.execute(
        "INSERT INTO hamlet_tallies (hamlet_key, hamlet_name, commune_name, people_in_scope, scope_label,
             persons, skilled, tallied_year, reported_scope)
         VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?7, ?8)",
        params![hamlet_key, name, commune, label, persons.len() as u32, skilled, this_year, reported],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO hamlet_breakdown (hamlet_key, dimension, value, persons, skilled) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for ((dimension, value), (p, s)) in breakdown {
        insert.execute(params![hamlet_key, dimension, value, p, s])?;
    }
    Ok(())
}

/// Tallies again every hamlet whose counts are missing or were counted before the catalogue
/// changed (or in another year). Usually there is none.
fn refresh_tallies(store: &mut Store, this_year: i32) -> Result<()> {
    let stale: Vec<String> = store
        .conn()
        .prepare(
            "SELECT DISTINCT i.hamlet_key FROM imports i LEFT JOIN hamlet_tallies t ON t.hamlet_key = i.hamlet_key
             WHERE t.hamlet_key IS NULL OR t.tallied_year != ?1",
        )?
        .query_map([this_year], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if stale.is_empty() {
        return Ok(());
    }
    store.with_tx(|tx| stale.iter().try_for_each(|key| tally_hamlet(tx, key, this_year)))
}

/// A hamlet's tallied counts.
struct Tally {
    name: String,
    commune: String,
    label: Option<String>,
    reported: Option<u32>,
    persons: u32,
    skilled: u32,
}

/// The commune's report: one row per hamlet of its register (with no file yet: zeros), people
/// in scope as the commune counts them, read from the tallies each import keeps. On a hamlet
/// computer (its own summary), the rows are its tallies and the scope its own figure.
pub fn commune_report(store: &mut Store) -> Result<CommuneReport> {
    refresh_tallies(store, this_year())?;
    let (threshold, wording) = criterion(store)?;
    let is_commune = store.installation()?.is_some_and(|i| i.role == crate::store::Role::Commune);
    let conn = store.conn();
    let (_, skills) = catalogue(conn)?;
    let mut report = CommuneReport {
        hamlets: vec![],
        total: row(
            RowFigures {
                hamlet_id: None,
                hamlet: String::new(),
                commune: String::new(),
                scope: None,
                label: None,
                reported: None,
                persons: 0,
                skilled: 0,
            },
            threshold,
        ),
        by_lesson: BTreeMap::new(),
        by_age: BTreeMap::new(),
        by_gender: BTreeMap::new(),
        improved_by_lesson: BTreeMap::new(),
        skills_taught: skills.into_iter().filter(|s| !s.lessons.is_empty()).map(|s| s.skill).collect(),
        threshold,
        wording,
    };
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT hamlet_key, hamlet_name, commune_name, scope_label, reported_scope, persons, skilled FROM hamlet_tallies",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        tallies.insert(
            r.get(0)?,
            Tally {
                name: r.get(1)?,
                commune: r.get(2)?,
                label: r.get(3)?,
                reported: r.get(4)?,
                persons: r.get(5)?,
                skilled: r.get(6)?,
            },
        );
    }
    // Each hamlet's persons per skill.
    let mut per_hamlet_skills: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT t.hamlet_key, b.value, b.persons FROM hamlet_breakdown b
         JOIN hamlet_tallies t ON t.hamlet_key = b.hamlet_key WHERE b.dimension = 'skill'",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        per_hamlet_skills.entry(r.get(0)?).or_default().insert(r.get(1)?, r.get(2)?);
    }
    let commune_name = store.installation()?.map(|i| i.commune_name).unwrap_or_default();
    let mut figures = vec![];
    if is_commune {
        for (id, name, scope, label) in store.commune_register()? {
            let key = crate::store::register_key(id);
            let t = tallies.remove(&key);
            figures.push((
                key,
                RowFigures {
                    hamlet_id: Some(id),
                    hamlet: name,
                    commune: commune_name.clone(),
                    scope,
                    label,
                    reported: t.as_ref().and_then(|t| t.reported),
                    persons: t.as_ref().map_or(0, |t| t.persons),
                    skilled: t.as_ref().map_or(0, |t| t.skilled),
                },
            ));
        }
    } else {
        for (key, t) in tallies {
            figures.push((
                key,
                RowFigures {
                    hamlet_id: None,
                    hamlet: t.name,
                    commune: t.commune,
                    scope: t.reported,
                    label: t.label,
                    reported: t.reported,
                    persons: t.persons,
                    skilled: t.skilled,
                },
            ));
        }
    }
    let (mut all_persons, mut all_skilled, mut all_scope, mut any_scope) = (0u32, 0u32, 0u32, false);
    for (key, f) in figures {
        all_persons += f.persons;
        // The commune rate counts only hamlets with people in scope: skilled people of a
        // hamlet without a scope would inflate it.
        if let Some(s) = f.scope {
            all_skilled += f.skilled;
            all_scope = all_scope.saturating_add(s);
            any_scope = true;
        }
        let mut hamlet = row(f, threshold);
        hamlet.by_skill = per_hamlet_skills.remove(&key).unwrap_or_default();
        report.hamlets.push(hamlet);
    }
    let conn = store.conn();
    let mut stmt = conn.prepare(
        "SELECT dimension, value, SUM(persons), SUM(skilled) FROM hamlet_breakdown GROUP BY dimension, value",
    )?;
    let mut rows = stmt.query([])?;
    let mut total_by_skill = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let (dimension, value, persons, skilled): (String, String, u32, u32) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        match dimension.as_str() {
            "lesson" => {
                report.by_lesson.insert(value, persons);
            }
            "age" => {
                report.by_age.insert(value, (persons, skilled));
            }
            "improved" => {
                report.improved_by_lesson.insert(value, persons);
            }
            "skill" => {
                total_by_skill.insert(value, persons);
            }
            _ => {
                report.by_gender.insert(value, (persons, skilled));
            }
        }
    }
    // By name as a person reads it ("Thôn Đông" among the D's, not after the Z's).
    report.hamlets.sort_by_cached_key(|h| (crate::store::search_key(&h.hamlet), h.hamlet.clone()));
    let commune =
        if is_commune { commune_name } else { report.hamlets.first().map(|h| h.commune.clone()).unwrap_or_default() };
    report.total = row(
        RowFigures {
            hamlet_id: None,
            hamlet: String::new(),
            commune,
            scope: any_scope.then_some(all_scope),
            label: None,
            reported: None,
            persons: all_persons,
            skilled: all_skilled,
        },
        threshold,
    );
    report.total.by_skill = total_by_skill;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_criterion_is_strictly_above_70_percent() {
        let t = THRESHOLD_PERCENT;
        assert!(!meets(70, 100, t), "exactly 70% is not enough");
        assert!(meets(71, 100, t));
        assert_eq!(needed(70, 100, t), 1);
        assert_eq!(needed(0, 10, t), 8, "8 of 10 is 80%; 7 of 10 is only 70%");
        assert!(meets(8, 10, t) && !meets(7, 10, t));
        assert_eq!(needed(50, 50, t), 0);
        assert!(!meets(0, 0, t), "no people in scope: not met");
        assert_eq!(needed(299, 427, t), 0, "299/427 = 70.02%");
        assert!(meets(299, 427, t) && !meets(298, 427, t));
        // A province that asks for 80%.
        assert!(!meets(80, 100, 80) && meets(81, 100, 80));
        assert_eq!(needed(0, 10, 80), 9);
    }
}
