//! Realistic synthetic data for demonstrations and benchmarks: Vietnamese names, a spread of
//! ages and of progress. Never used for real learners.

use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};
use rusqlite::params;

use crate::error::Result;
use crate::lessons::{Lesson, LessonLibrary, StepKind};
use crate::store::{now, Role, Setup, Store};

use super::export::{
    installation_id_of, seal, ExportBody, HamletIdentity, PassRecord, PeopleInScope, PersonRecord, SignedExport,
    Totals, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION,
};
use super::hamlet_code::HamletCode;
use super::keys::InstallationKey;

const FAMILY: [&str; 16] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Triệu", "Nông",
    "Lục",
];
const MIDDLE_F: [&str; 5] = ["Thị", "Thị", "Thu", "Ngọc", "Thị Thu"];
const MIDDLE_M: [&str; 5] = ["Văn", "Văn", "Đức", "Quang", "Minh"];
const GIVEN_F: [&str; 16] = [
    "Múi", "Hoa", "Lan", "Mai", "Hương", "Hạnh", "Nga", "Thủy", "Xuân", "Hằng", "Liên", "Yến", "Nhung", "Tuyết",
    "Dung", "Sen",
];
const GIVEN_M: [&str; 16] = [
    "Đức", "Hùng", "Dũng", "Sơn", "Tuấn", "Bình", "Thắng", "Long", "Hải", "Nam", "Tư", "Sáng", "Phúc", "Lợi", "Chiến",
    "Pò",
];
/// A made-up hamlet's name, marked "(mẫu)" (demo) so that demo data shown or imported
/// anywhere, on the learner picker or a commune dashboard, cannot pass for a real hamlet.
pub fn demo_hamlet_name(index: usize) -> String {
    match HAMLETS.get(index) {
        Some(name) => format!("{name} (mẫu)"),
        None => format!("Thôn số {} (mẫu)", index + 1),
    }
}

pub const HAMLETS: [&str; 12] = [
    "Thôn Đông",
    "Thôn Tây",
    "Thôn Nam",
    "Thôn Bắc",
    "Thôn Trung",
    "Thôn Làng Mới",
    "Thôn Khe Lánh",
    "Thôn Bản Pò",
    "Thôn Đồng Tâm",
    "Thôn Tân Lập",
    "Thôn Châu Hà",
    "Thôn Hà Tôn",
];

pub struct DemoPerson {
    pub name: String,
    pub birth_year: i32,
    pub gender: Option<&'static str>,
    /// Core lessons passed, with score.
    pub passed: Vec<(String, u32)>,
}

/// A learner with a plausible name, age and progress. Younger people have done more, and
/// `drive` (0–1) is how far the hamlet's campaign has gone.
pub fn demo_person(rng: &mut ChaCha8Rng, core: &[String], this_year: i32, drive: f64) -> DemoPerson {
    let female = rng.random_bool(0.55);
    let name = format!(
        "{} {} {}",
        FAMILY[rng.random_range(0..FAMILY.len())],
        if female { MIDDLE_F[rng.random_range(0..5)] } else { MIDDLE_M[rng.random_range(0..5)] },
        if female { GIVEN_F[rng.random_range(0..16)] } else { GIVEN_M[rng.random_range(0..16)] },
    );
    let age = rng.random_range(16..80);
    // Most people either finish the course or stop part-way; the old stop more often.
    let stays = if age < 45 {
        1.0
    } else if age < 65 {
        0.95
    } else {
        0.8
    };
    let finished = rng.random_bool(drive * stays);
    let mut passed = vec![];
    for lesson in core {
        if finished || rng.random_bool(0.5) {
            passed.push((lesson.clone(), rng.random_range(80..=100)));
        }
    }
    let gender = match rng.random_range(0..10) {
        0 => None,
        _ if female => Some("female"),
        _ => Some("male"),
    };
    DemoPerson { name, birth_year: this_year - age, gender, passed }
}

/// How far a hamlet's campaign has gone: some hamlets are nearly there, some have just begun.
fn campaign_drive(rng: &mut ChaCha8Rng) -> f64 {
    rng.random_range(0.35..0.98)
}

/// The first-run form of a demo hamlet computer (PIN 2468), for demos, tests and benchmarks,
/// with a hamlet code when one is given.
pub fn hamlet_setup(hamlet: &str, commune: &str, code: Option<&HamletCode>) -> Setup {
    Setup {
        role: Role::Hamlet,
        hamlet_name: hamlet.into(),
        commune_name: commune.into(),
        hamlet_code: code.map(HamletCode::printed),
        pin: "2468".into(),
        pin_repeat: "2468".into(),
    }
}

/// The first-run form of a demo commune office (PIN 2468), for demos, tests and benchmarks.
pub fn commune_setup(commune: &str) -> Setup {
    Setup {
        role: Role::Commune,
        hamlet_name: String::new(),
        commune_name: commune.into(),
        hamlet_code: None,
        pin: "2468".into(),
        pin_repeat: "2468".into(),
    }
}

/// Fills a hamlet computer's database with `learners` people and their progress: for each
/// core lesson a person passed, the attempt that passed it, drawn from the real lesson (its
/// pre-check, taken by most and skipped by some, the practice's first tries, the final check),
/// so that the facilitator's grid shows before → after and "often wrong" has something to show.
/// Some items are hard for everyone (chosen per item id), as in a real hamlet.
pub fn demo_hamlet_db(
    store: &mut Store,
    hamlet: &str,
    commune: &str,
    code: Option<&HamletCode>,
    library: &LessonLibrary,
    learners: usize,
    seed: u64,
) -> Result<()> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    if store.installation()?.is_none() {
        store.set_up(&hamlet_setup(hamlet, commune, code))?;
    }
    let core: Vec<String> = library.catalog.core.iter().map(|c| c.to_string()).collect();
    let drive = campaign_drive(&mut rng);
    let scope = (learners as f64 * rng.random_range(1.02..1.3)).round() as i64;
    let this_year = time::OffsetDateTime::now_utc().year();
    let at = now();
    let mut people = vec![];
    for _ in 0..learners {
        people.push(demo_person(&mut rng, &core, this_year, drive));
    }
    store.with_tx(|tx| {
        tx.execute(
            "UPDATE installation SET people_in_scope = ?1, scope_label = 'người trong độ tuổi lao động' WHERE id = 1",
            [scope],
        )?;
        for p in &people {
            tx.execute(
                "INSERT INTO learners (display_name, search_key, birth_year, gender, consent_at, created_at,
                     consent_text, consent_locale)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, 'vi')",
                params![
                    p.name,
                    crate::store::search_key(&p.name),
                    p.birth_year,
                    p.gender,
                    at,
                    crate::store::CONSENT_TEXT
                ],
            )?;
            let id = tx.last_insert_rowid();
            for (lesson_id, _) in &p.passed {
                let Some(lesson) = library.lesson(lesson_id) else { continue };
                let score = demo_attempt(tx, &mut rng, id, lesson, &at)?;
                tx.execute(
                    "INSERT OR IGNORE INTO completions (learner_id, lesson_id, lesson_version, score, completed_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, lesson_id, lesson.version, score, at],
                )?;
            }
        }
        Ok(())
    })?;
    Ok(())
}

/// How hard an item is for a demo learner (0.05–0.55 chance of a wrong first try), the same
/// for everyone: a few items stand out, as they do in a real group.
fn difficulty(step_id: &str) -> f64 {
    let h = step_id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    0.05 + (h % 1000) as f64 / 1000.0 * if h % 5 == 0 { 0.5 } else { 0.2 }
}

/// One passed attempt of `lesson` with its answers; returns the final check's score.
fn demo_attempt(
    tx: &rusqlite::Transaction<'_>,
    rng: &mut ChaCha8Rng,
    learner: i64,
    lesson: &Lesson,
    at: &str,
) -> Result<u32> {
    let skipped = rng.random_bool(0.15);
    let (plan, pre_steps) = crate::player::plan_attempt(lesson, true, rng);
    let practice_steps = lesson.steps.len();
    let first_final = pre_steps + practice_steps;
    // Before learning, most people know some of it; after, they pass (as they did).
    let prior = rng.random_range(0.2..0.8);
    let mut answers: Vec<(usize, &str, bool)> = vec![];
    for (position, step_id) in plan.iter().enumerate() {
        let graded = lesson.step(step_id).is_some_and(|s| !matches!(s.kind, StepKind::Explain { .. }));
        if position < pre_steps {
            if !skipped {
                answers.push((position, step_id, rng.random_bool(prior * (1.0 - difficulty(step_id)))));
            }
        } else if position < first_final {
            if graded && rng.random_bool(difficulty(step_id)) {
                answers.push((position, step_id, false));
            }
            answers.push((position, step_id, true));
        } else {
            answers.push((position, step_id, !rng.random_bool(difficulty(step_id) / 4.0)));
        }
    }
    // A pass: wrong final answers beyond what the pass mark allows are made right.
    let total = plan.len() - first_final;
    let allowed_wrong = total - (lesson.pass_mark as usize * total).div_ceil(100);
    let mut wrong = 0;
    for a in answers.iter_mut().filter(|a| a.0 >= first_final) {
        if !a.2 {
            wrong += 1;
            if wrong > allowed_wrong {
                a.2 = true;
            }
        }
    }
    let correct = answers.iter().filter(|a| a.0 >= first_final && a.2).count();
    let score = crate::player::score_percent(correct, total);
    let pre_correct = (!skipped).then(|| answers.iter().filter(|a| a.0 < pre_steps && a.2).count() as u32);
    let plan_json = serde_json::to_string(&plan).map_err(|e| crate::Error::Internal(e.to_string()))?;
    tx.execute(
        "INSERT INTO attempts (learner_id, lesson_id, lesson_version, plan, pre_steps, pre_skipped, pre_correct,
             practice_steps, seed, position, started_at, finished_at, score, passed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, 1)",
        params![
            learner,
            lesson.id.as_str(),
            lesson.version,
            plan_json,
            pre_steps as i64,
            skipped,
            pre_correct,
            practice_steps as i64,
            rng.random::<u32>(),
            plan.len() as i64,
            at,
            score
        ],
    )?;
    let attempt = tx.last_insert_rowid();
    let mut insert = tx.prepare_cached(
        "INSERT INTO answers (attempt_id, step_id, position, answer, correct, answered_at)
         VALUES (?1, ?2, ?3, '{\"kind\":\"demo\"}', ?4, ?5)",
    )?;
    for (position, step_id, right) in answers {
        insert.execute(params![attempt, step_id, position as i64, right, at])?;
    }
    Ok(score)
}

/// Adds one learner who agreed to the consent screen and passed `passed` (demos and tests).
pub fn add_learner_with_passes(
    store: &mut Store,
    name: &str,
    birth_year: i32,
    gender: Option<&str>,
    passed: &[&str],
) -> Result<()> {
    let at = now();
    store.with_tx(|tx| {
        tx.execute(
            "INSERT INTO learners (display_name, search_key, birth_year, gender, consent_at, created_at,
                 consent_text, consent_locale)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, 'vi')",
            params![name, crate::store::search_key(name), birth_year, gender, at, crate::store::CONSENT_TEXT],
        )?;
        let id = tx.last_insert_rowid();
        for lesson in passed {
            tx.execute(
                "INSERT INTO completions (learner_id, lesson_id, lesson_version, score, completed_at) VALUES (?1, ?2, 1, 90, ?3)",
                params![id, lesson, at],
            )?;
        }
        Ok(())
    })
}

/// A signed export of a made-up hamlet under `code`, built directly (no database): for
/// benchmarks and for a commune demo with many hamlets.
pub fn demo_export(
    index: usize,
    code: &HamletCode,
    commune: &str,
    core: &[String],
    learners: usize,
    seed: u64,
) -> SignedExport {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let hamlet = HamletIdentity { code_id: code.code_id(), name: demo_hamlet_name(index), commune: commune.into() };
    let this_year = time::OffsetDateTime::now_utc().year();
    let month = now().get(..7).unwrap_or("2026-01").to_owned();
    let drive = campaign_drive(&mut rng);
    let mut persons: Vec<PersonRecord> = (0..learners)
        .map(|_| {
            let p = demo_person(&mut rng, core, this_year, drive);
            PersonRecord {
                key: code.person_key(&p.name, p.birth_year),
                age_band: super::criterion::age_band(p.birth_year, this_year).to_owned(),
                gender: p.gender.map(str::to_owned),
                passed: p
                    .passed
                    .into_iter()
                    .map(|(lesson, _)| {
                        // Most demo learners took the pre-check and improved; some skipped it.
                        let improved = match rng.random_range(0..10) {
                            0..=6 => Some(true),
                            7 => Some(false),
                            _ => None,
                        };
                        PassRecord { lesson, version: 1, month: month.clone(), improved }
                    })
                    .collect(),
            }
        })
        .collect();
    persons.sort_by(|a, b| a.key.cmp(&b.key));
    persons.dedup_by(|a, b| a.key == b.key);
    let seed_bytes: [u8; 32] = rng.random();
    let key = InstallationKey::from_seed(seed_bytes);
    let body = ExportBody {
        format: EXPORT_FORMAT.into(),
        schema_version: EXPORT_SCHEMA_VERSION,
        app_version: env!("CARGO_PKG_VERSION").into(),
        installation_id: installation_id_of(&key.public_hex()),
        public_key: key.public_hex(),
        hamlet,
        exported_at: now(),
        export_number: 1,
        reported_scope: Some(PeopleInScope {
            count: (learners as f64 * rng.random_range(1.02..1.3)).round() as u32,
            label: "người trong độ tuổi lao động".into(),
        }),
        totals: Totals { persons: persons.len() as u32 },
        persons,
    };
    seal(body, code, &key)
}

/// A commune office's database with `hamlets` made-up hamlets, each registered with its people
/// in scope and a code, and one file per hamlet imported: for demos and benchmarks. Returns the
/// files' paths (written under `dir`).
pub fn demo_commune_files(
    store: &mut Store,
    dir: &std::path::Path,
    commune: &str,
    core: &[String],
    hamlets: usize,
    learners: usize,
    seed: u64,
) -> Result<Vec<std::path::PathBuf>> {
    if store.installation()?.is_none() {
        store.set_up(&commune_setup(commune))?;
    }
    std::fs::create_dir_all(dir).map_err(crate::Error::io(dir))?;
    let mut files = vec![];
    for i in 0..hamlets {
        let name = demo_hamlet_name(i);
        let hamlet = match store.commune_hamlet(&name) {
            Ok(h) => h,
            Err(crate::Error::HamletNotRegistered(_)) => store.add_commune_hamlet(&name)?,
            Err(e) => return Err(e),
        };
        let issued = match hamlet.code {
            Some(c) => c,
            None => store.issue_hamlet_code(hamlet.id)?,
        };
        let code = HamletCode::parse(&issued.printed).map_err(crate::Error::HamletCode)?;
        let export = demo_export(i, &code, commune, core, learners, seed);
        // The commune's own figure: about the hamlet's, from its registers.
        let scope = export.body.reported_scope.as_ref().map(|s| s.count);
        store.set_commune_hamlet_scope(hamlet.id, scope, "người trong độ tuổi lao động")?;
        let path = dir.join(format!("hamlet-{:04}.json", i + 1));
        let bytes = serde_json::to_vec(&export).map_err(|e| crate::Error::Internal(e.to_string()))?;
        super::write_atomically(&path, &bytes)?;
        files.push(path);
    }
    Ok(files)
}
