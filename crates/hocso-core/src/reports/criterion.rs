//! The criterion: persons who passed all core lessons ÷ people in scope, met when strictly
//! above 70%, with how many more persons are needed. A person is counted once per hamlet,
//! however many files (computers, exports) they appear in.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::store::Store;

use super::export::SkillLessons;

/// The criterion's threshold, in percent: met when the rate is strictly above it.
pub const THRESHOLD_PERCENT: u32 = 70;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HamletRow {
    pub hamlet: String,
    pub commune: String,
    pub people_in_scope: Option<u32>,
    pub scope_label: Option<String>,
    /// Distinct persons who practised.
    pub persons: u32,
    /// Distinct persons who passed every core lesson.
    pub skilled: u32,
    /// skilled ÷ people in scope, in percent with one decimal; none without a scope.
    pub percent: Option<f64>,
    pub met: bool,
    /// How many more skilled persons would make the rate strictly above 70%.
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
    /// The basic skills some hamlet's lessons teach (the others are not taught yet).
    pub skills_taught: BTreeSet<String>,
}

/// skilled × 100 ÷ scope > 70, in whole numbers: never fooled by rounding.
pub fn meets(skilled: u32, scope: u32) -> bool {
    scope > 0 && u64::from(skilled) * 100 > u64::from(scope) * u64::from(THRESHOLD_PERCENT)
}

/// The fewest more skilled persons for [`meets`].
pub fn needed(skilled: u32, scope: u32) -> u32 {
    let least = (u64::from(scope) * u64::from(THRESHOLD_PERCENT)) / 100 + 1;
    least.saturating_sub(u64::from(skilled)) as u32
}

fn row(
    hamlet: String,
    commune: String,
    scope: Option<u32>,
    label: Option<String>,
    persons: u32,
    skilled: u32,
) -> HamletRow {
    HamletRow {
        hamlet,
        commune,
        people_in_scope: scope,
        scope_label: label,
        persons,
        skilled,
        percent: scope.filter(|s| *s > 0).map(|s| (f64::from(skilled) * 1000.0 / f64::from(s)).round() / 10.0),
        met: scope.is_some_and(|s| meets(skilled, s)),
        needed: scope.map(|s| needed(skilled, s)),
        by_skill: BTreeMap::new(),
    }
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

/// A hamlet's file: when it was imported (then its row id), hamlet name, commune name, people
/// in scope, scope label.
struct NewestFile(String, String, String, Option<u32>, Option<String>);

struct PersonAcc {
    year: i32,
    gender: Option<String>,
    passed: BTreeSet<String>,
    /// Lessons whose pass came with a measured improvement.
    improved: BTreeSet<String>,
}

/// Tallies one hamlet again from its imported rows and keeps the counts in `hamlet_tallies`
/// and `hamlet_breakdown`. Called inside every import's transaction, so the counts change
/// together with the rows they come from. A person is counted once however many files (computers,
/// exports) hold them; their passes are the union of all files.
pub(crate) fn tally_hamlet(conn: &Connection, hamlet_key: &str, this_year: i32) -> Result<()> {
    conn.execute("DELETE FROM hamlet_tallies WHERE hamlet_key = ?1", [hamlet_key])?;
    // The file imported last says the current name and people in scope (by the commune's own
    // clock and order, never a hamlet computer's clock); core lessons are the union.
    let mut newest: Option<NewestFile> = None;
    // Which lessons count for which skill: from the newest file that says (a computer not yet
    // updated sends schema 2, without a mapping, and must not erase the others').
    let mut skills_from: Option<(String, Vec<SkillLessons>)> = None;
    let mut core = BTreeSet::new();
    let mut stmt = conn.prepare_cached(
        "SELECT imported_at || printf('|%020d', id), hamlet_name, commune_name, people_in_scope, scope_label,
             core_lessons, skills
         FROM imports WHERE hamlet_key = ?1",
    )?;
    let mut rows = stmt.query([hamlet_key])?;
    while let Some(r) = rows.next()? {
        let skills: Vec<SkillLessons> = serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default();
        let order: String = r.get(0)?;
        if !skills.is_empty() && skills_from.as_ref().is_none_or(|(o, _)| &order > o) {
            skills_from = Some((order.clone(), skills));
        }
        let file = NewestFile(order, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
        let lessons: Vec<String> = serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or_default();
        core.extend(lessons);
        if newest.as_ref().is_none_or(|n| file.0 > n.0) {
            newest = Some(file);
        }
    }
    let skills = skills_from.map(|(_, s)| s).unwrap_or_default();
    let Some(NewestFile(_, name, commune, scope, label)) = newest else {
        return Ok(()); // No file of this hamlet is kept: nothing to count.
    };

    let mut persons: BTreeMap<String, PersonAcc> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT p.person_key, p.birth_year, p.gender, s.lesson_id, s.improved
         FROM imports i JOIN imported_persons p ON p.import_id = i.id
         LEFT JOIN imported_passes s ON s.import_id = i.id AND s.person_key = p.person_key
         WHERE i.hamlet_key = ?1",
    )?;
    let mut rows = stmt.query([hamlet_key])?;
    while let Some(r) = rows.next()? {
        let entry = persons.entry(r.get(0)?).or_insert(PersonAcc {
            year: r.get(1)?,
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
    for PersonAcc { year, gender, passed, improved } in persons.values() {
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
        // A person counts for a basic skill when they passed every lesson the file lists for it.
        for skill in skills.iter().filter(|s| !s.lessons.is_empty() && s.lessons.iter().all(|l| passed.contains(l))) {
            count("skill", skill.skill.clone());
        }
        count("age", age_band(*year, this_year).to_owned());
        count("gender", gender.clone().unwrap_or_else(|| "unspecified".into()));
    }
    conn.execute(
        "INSERT INTO hamlet_tallies (hamlet_key, hamlet_name, commune_name, people_in_scope, scope_label,
             persons, skilled, tallied_year)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![hamlet_key, name, commune, scope, label, persons.len() as u32, skilled, this_year],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO hamlet_breakdown (hamlet_key, dimension, value, persons, skilled) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for ((dimension, value), (p, s)) in breakdown {
        insert.execute(params![hamlet_key, dimension, value, p, s])?;
    }
    Ok(())
}

/// Tallies again every hamlet whose counts are missing (a database from before the tallies)
/// or were counted in another year (age bands moved on). Usually there is none.
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

/// The commune's report over everything imported, read from the tallies each import keeps.
pub fn commune_report(store: &mut Store) -> Result<CommuneReport> {
    refresh_tallies(store, this_year())?;
    let conn = store.conn();
    let mut report = CommuneReport {
        hamlets: vec![],
        total: row(String::new(), String::new(), None, None, 0, 0),
        by_lesson: BTreeMap::new(),
        by_age: BTreeMap::new(),
        by_gender: BTreeMap::new(),
        improved_by_lesson: BTreeMap::new(),
        skills_taught: BTreeSet::new(),
    };
    // Skills some kept file says a lesson teaches.
    let mut stmt = conn.prepare("SELECT skills FROM imports")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let skills: Vec<SkillLessons> = serde_json::from_str(&r.get::<_, String>(0)?).unwrap_or_default();
        report.skills_taught.extend(skills.into_iter().filter(|s| !s.lessons.is_empty()).map(|s| s.skill));
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
    let (mut all_persons, mut all_skilled, mut all_scope, mut any_scope) = (0u32, 0u32, 0u32, false);
    let mut stmt = conn.prepare(
        "SELECT hamlet_name, commune_name, people_in_scope, scope_label, persons, skilled, hamlet_key
         FROM hamlet_tallies ORDER BY hamlet_key",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (scope, persons, skilled): (Option<u32>, u32, u32) = (r.get(2)?, r.get(4)?, r.get(5)?);
        all_persons += persons;
        // The commune rate counts only hamlets that said how many people are in scope: skilled
        // people of a hamlet without a scope would inflate it.
        if let Some(s) = scope {
            all_skilled += skilled;
            all_scope = all_scope.saturating_add(s);
            any_scope = true;
        }
        let mut hamlet = row(r.get(0)?, r.get(1)?, scope, r.get(3)?, persons, skilled);
        hamlet.by_skill = per_hamlet_skills.remove(&r.get::<_, String>(6)?).unwrap_or_default();
        report.hamlets.push(hamlet);
    }
    let mut stmt = conn.prepare(
        "SELECT dimension, value, SUM(persons), SUM(skilled) FROM hamlet_breakdown GROUP BY dimension, value",
    )?;
    let mut rows = stmt.query([])?;
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
                report.total.by_skill.insert(value, persons);
            }
            _ => {
                report.by_gender.insert(value, (persons, skilled));
            }
        }
    }
    report.hamlets.sort_by(|a, b| a.hamlet.cmp(&b.hamlet));
    let commune = report.hamlets.first().map(|h| h.commune.clone()).unwrap_or_default();
    let by_skill = std::mem::take(&mut report.total.by_skill);
    report.total = row(String::new(), commune, any_scope.then_some(all_scope), None, all_persons, all_skilled);
    report.total.by_skill = by_skill;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_criterion_is_strictly_above_70_percent() {
        assert!(!meets(70, 100), "exactly 70% is not enough");
        assert!(meets(71, 100));
        assert_eq!(needed(70, 100), 1);
        assert_eq!(needed(0, 10), 8, "8 of 10 is 80%; 7 of 10 is only 70%");
        assert!(meets(8, 10) && !meets(7, 10));
        assert_eq!(needed(50, 50), 0);
        assert!(!meets(0, 0), "no people in scope: not met");
        assert_eq!(needed(299, 427), 0, "299/427 = 70.02%");
        assert!(meets(299, 427) && !meets(298, 427));
    }
}
