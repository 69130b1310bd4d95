//! The criterion: persons who passed all core lessons ÷ people in scope, met when strictly
//! above 70%, with how many more persons are needed. A person is counted once per hamlet,
//! however many files (computers, exports) they appear in.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::error::Result;
use crate::store::Store;

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

struct HamletAcc {
    name: String,
    commune: String,
    scope: Option<u32>,
    label: Option<String>,
    /// The newest export's time: its names and people in scope win.
    newest: String,
    core: BTreeSet<String>,
}

struct PersonAcc {
    year: i32,
    gender: Option<String>,
    passed: BTreeSet<String>,
}

/// The commune's report over everything imported.
pub fn commune_report(store: &Store) -> Result<CommuneReport> {
    let conn = store.conn();
    let this_year = time::OffsetDateTime::now_utc().year();
    let mut hamlets: BTreeMap<String, HamletAcc> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT hamlet_key, hamlet_name, commune_name, people_in_scope, scope_label, exported_at, core_lessons FROM imports",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<u32>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    for r in rows {
        let (key, name, commune, scope, label, exported_at, core) = r?;
        let core: Vec<String> = serde_json::from_str(&core).unwrap_or_default();
        let entry = hamlets.entry(key).or_insert_with(|| HamletAcc {
            name: name.clone(),
            commune: commune.clone(),
            scope,
            label: label.clone(),
            newest: exported_at.clone(),
            core: BTreeSet::new(),
        });
        entry.core.extend(core);
        if exported_at > entry.newest {
            // The newest file says the current name and people in scope.
            (entry.name, entry.commune, entry.scope, entry.label, entry.newest) =
                (name, commune, scope, label, exported_at);
        }
    }
    // (hamlet key, person key) -> the person, counted once however many files hold them.
    let mut persons: BTreeMap<(String, String), PersonAcc> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT i.hamlet_key, p.person_key, p.birth_year, p.gender, s.lesson_id
         FROM imports i JOIN imported_persons p ON p.import_id = i.id
         LEFT JOIN imported_passes s ON s.import_id = i.id AND s.person_key = p.person_key",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i32>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    for r in rows {
        let (hamlet, person, year, gender, lesson) = r?;
        let entry = persons.entry((hamlet, person)).or_insert(PersonAcc { year, gender, passed: BTreeSet::new() });
        if let Some(lesson) = lesson {
            entry.passed.insert(lesson);
        }
    }

    let mut report = CommuneReport {
        hamlets: vec![],
        total: row(String::new(), String::new(), None, None, 0, 0),
        by_lesson: BTreeMap::new(),
        by_age: BTreeMap::new(),
        by_gender: BTreeMap::new(),
    };
    let (mut all_persons, mut all_skilled, mut all_scope, mut any_scope) = (0u32, 0u32, 0u32, false);
    for (key, HamletAcc { name, commune, scope, label, core, .. }) in &hamlets {
        let mut count = 0;
        let mut skilled = 0;
        for (_, PersonAcc { year, gender, passed }) in
            persons.range((key.clone(), String::new())..).take_while(|((h, _), _)| h == key)
        {
            count += 1;
            let is_skilled = !core.is_empty() && core.iter().all(|c| passed.contains(c));
            skilled += u32::from(is_skilled);
            for lesson in passed.iter().filter(|l| core.contains(*l)) {
                *report.by_lesson.entry(lesson.clone()).or_default() += 1;
            }
            let age = report.by_age.entry(age_band(*year, this_year).to_owned()).or_default();
            age.0 += 1;
            age.1 += u32::from(is_skilled);
            let g = report.by_gender.entry(gender.clone().unwrap_or_else(|| "unspecified".into())).or_default();
            g.0 += 1;
            g.1 += u32::from(is_skilled);
        }
        all_persons += count;
        // The commune rate counts only hamlets that said how many people are in scope: skilled
        // people of a hamlet without a scope would inflate it.
        if let Some(s) = scope {
            all_skilled += skilled;
            all_scope = all_scope.saturating_add(*s);
            any_scope = true;
        }
        report.hamlets.push(row(name.clone(), commune.clone(), *scope, label.clone(), count, skilled));
    }
    report.hamlets.sort_by(|a, b| a.hamlet.cmp(&b.hamlet));
    let commune = report.hamlets.first().map(|h| h.commune.clone()).unwrap_or_default();
    report.total = row(String::new(), commune, any_scope.then_some(all_scope), None, all_persons, all_skilled);
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
