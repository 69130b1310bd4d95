//! Learners: the people who practise. Only what the product brief allows is stored.

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, InputProblem, Result};

use super::{now, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "number")]
pub struct LearnerId(pub i64);

impl ToSql for LearnerId {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}
impl FromSql for LearnerId {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        i64::column_result(value).map(LearnerId)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: LearnerId,
    pub display_name: String,
    pub birth_year: i32,
    pub gender: Option<Gender>,
    pub consent_at: String,
    /// Which consent text they agreed to (its id and version); none before migration 010.
    pub consent_text: Option<String>,
    pub consent_locale: Option<String>,
    /// Under 16: when the facilitator confirmed a parent's or guardian's consent.
    pub guardian_consent_at: Option<String>,
    pub settings: LearnerSettings,
}

/// The pictures a learner can choose to find themselves by (`ui/public/pictures/<id>.svg`;
/// names in `locales/*/app.ftl` as `picture-<id>`).
pub const PICTURES: [&str; 24] = [
    "con-trau",
    "bat-com",
    "non-la",
    "ga-trong",
    "con-meo",
    "con-cho",
    "con-ca",
    "cay-lua",
    "cay-tre",
    "hoa-sen",
    "qua-buoi",
    "qua-vai",
    "cay-chuoi",
    "nha-san",
    "thuyen",
    "xe-dap",
    "am-tra",
    "cai-cuoc",
    "gui-tre",
    "mat-troi",
    "mat-trang",
    "ngoi-sao",
    "con-vit",
    "qua-xoai",
];

/// How big the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    /// 22 px.
    #[default]
    Normal,
    /// 25 px.
    Large,
    /// 28 px.
    Largest,
}

/// A learner's picture and how they like the screen and the voice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LearnerSettings {
    pub picture: Option<String>,
    /// Read each new step aloud by itself.
    pub read_aloud: bool,
    pub slow_voice: bool,
    pub text_size: TextSize,
    pub high_contrast: bool,
}

impl Default for LearnerSettings {
    fn default() -> Self {
        LearnerSettings {
            picture: None,
            read_aloud: false,
            slow_voice: true,
            text_size: TextSize::Normal,
            high_contrast: false,
        }
    }
}

/// One attempt as "Thông tin của tôi" shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptSummary {
    pub lesson_id: String,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub score: Option<u32>,
    /// Right answers and items of the pre-check, when one was taken.
    pub pre_check: Option<(u32, u32)>,
}

/// The consent text in force: the `consent-*` messages of `locales/`. Change the version when
/// their meaning changes: every returning learner is then asked again, once.
pub const CONSENT_TEXT: &str = "consent-v2";
// v1: the first text (before migration 010: name, birth year, gender, lessons; not recorded).
// v2: who is responsible, what goes to the commune, how long, the rights, children.

/// Below this age a parent's or guardian's consent is needed too, besides the child's own
/// (`../shared/domain.md` §6.3, §6.4: the child and the legal representative).
pub const GUARDIAN_AGE: i32 = 16;

/// A consent as given: when, to which text, in which language, and (under 16) when the
/// guardian's consent was confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub at: String,
    pub text: String,
    pub locale: String,
    pub guardian_at: Option<String>,
}

impl Consent {
    /// An adult's consent to the text in force, given at `at` in `locale`.
    pub fn adult(at: &str, locale: crate::i18n::Locale) -> Consent {
        Consent {
            at: at.to_owned(),
            text: CONSENT_TEXT.to_owned(),
            locale: locale.code().to_owned(),
            guardian_at: None,
        }
    }
}

impl Learner {
    /// Whether they are under [`GUARDIAN_AGE`] this year.
    pub fn is_child(&self) -> bool {
        current_year() - self.birth_year < GUARDIAN_AGE
    }
}

/// What the "new learner" form sends, after the consent screen.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]

pub struct NewLearner {
    pub display_name: String,
    pub birth_year: i32,
    pub gender: Option<Gender>,
}

pub const MAX_NAME_CHARS: usize = 60;
pub const EARLIEST_BIRTH_YEAR: i32 = 1900;
/// The youngest learner we register is 6 (VNeID's youngest account holders).
pub const YOUNGEST_AGE: i32 = 6;

/// The form of a name used for searching: no accents, no case, single spaces.
/// "Nguyễn Thị Múi" and "nguyen thi mui" have the same key; đ counts as d.
pub fn search_key(text: &str) -> String {
    let folded: String = text
        .nfd()
        .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name tidied (single spaces, NFC) and checked, with the birth year checked.
pub(super) fn clean_learner(new: &NewLearner) -> Result<(String, i32)> {
    let name = new.display_name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = name.nfc().collect();
    if name.is_empty() {
        return Err(Error::InvalidInput(InputProblem::NameRequired));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::InvalidInput(InputProblem::NameTooLong));
    }
    if !(EARLIEST_BIRTH_YEAR..=current_year() - YOUNGEST_AGE).contains(&new.birth_year) {
        return Err(Error::InvalidInput(InputProblem::BirthYearOutOfRange));
    }
    Ok((name, new.birth_year))
}

/// The commune tells persons apart by folded name and birth year (see `reports::person_key`):
/// two people alike in both on one computer would be counted as one, with their passes pooled.
/// So a second one is refused with a sentence that says how to tell them apart.
pub(super) fn refuse_duplicate(
    tx: &rusqlite::Connection,
    name: &str,
    birth_year: i32,
    except: Option<LearnerId>,
) -> Result<()> {
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM learners WHERE search_key = ?1 AND birth_year = ?2 AND id IS NOT ?3)",
        params![search_key(name), birth_year, except.map(|id| id.0)],
        |r| r.get(0),
    )?;
    if taken {
        return Err(Error::InvalidInput(InputProblem::DuplicateLearner));
    }
    Ok(())
}

fn current_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

fn row_to_learner(row: &Row<'_>) -> rusqlite::Result<Learner> {
    let gender: Option<String> = row.get("gender")?;
    Ok(Learner {
        id: row.get("id")?,
        display_name: row.get("display_name")?,
        birth_year: row.get("birth_year")?,
        gender: match gender.as_deref() {
            Some("female") => Some(Gender::Female),
            Some("male") => Some(Gender::Male),
            _ => None,
        },
        consent_at: row.get("consent_at")?,
        consent_text: row.get("consent_text")?,
        consent_locale: row.get("consent_locale")?,
        guardian_consent_at: row.get("guardian_consent_at")?,
        settings: LearnerSettings {
            picture: row.get("picture")?,
            read_aloud: row.get("read_aloud")?,
            slow_voice: row.get("slow_voice")?,
            text_size: match row.get::<_, i64>("text_size")? {
                2 => TextSize::Largest,
                1 => TextSize::Large,
                _ => TextSize::Normal,
            },
            high_contrast: row.get("high_contrast")?,
        },
    })
}

const SELECT_LEARNER: &str = "SELECT id, display_name, search_key, birth_year, gender, consent_at, consent_text,
     consent_locale, guardian_consent_at, picture, read_aloud, slow_voice, text_size, high_contrast FROM learners";

impl Store {
    /// Saves a learner's picture and settings; a picture the app does not ship is refused.
    pub fn set_learner_settings(&mut self, id: LearnerId, settings: &LearnerSettings) -> Result<()> {
        if settings.picture.as_deref().is_some_and(|p| !PICTURES.contains(&p)) {
            return Err(Error::InvalidInput(InputProblem::PictureUnknown));
        }
        let size = match settings.text_size {
            TextSize::Normal => 0,
            TextSize::Large => 1,
            TextSize::Largest => 2,
        };
        let changed = self.conn.execute(
            "UPDATE learners SET picture = ?2, read_aloud = ?3, slow_voice = ?4, text_size = ?5, high_contrast = ?6
             WHERE id = ?1",
            params![id.0, settings.picture, settings.read_aloud, settings.slow_voice, size, settings.high_contrast],
        )?;
        if changed == 0 {
            return Err(Error::LearnerNotFound(id.0));
        }
        Ok(())
    }

    /// Registers a learner who agreed at `consent_at` (the moment they pressed "Tôi đồng ý");
    /// refuses without a name or a believable birth year.
    pub fn create_learner(&mut self, new: &NewLearner, consent: &Consent) -> Result<Learner> {
        let (name, _) = clean_learner(new)?;
        if current_year() - new.birth_year < GUARDIAN_AGE && consent.guardian_at.is_none() {
            return Err(Error::InvalidInput(InputProblem::GuardianConsentRequired));
        }
        let at = now();
        self.with_tx(|tx| {
            refuse_duplicate(tx, &name, new.birth_year, None)?;
            tx.execute(
                "INSERT INTO learners (display_name, search_key, birth_year, gender, consent_at, created_at,
                     consent_text, consent_locale, guardian_consent_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    name,
                    search_key(&name),
                    new.birth_year,
                    new.gender.map(Gender::as_str),
                    consent.at,
                    at,
                    consent.text,
                    consent.locale,
                    consent.guardian_at
                ],
            )?;
            Ok(LearnerId(tx.last_insert_rowid()))
        })
        .and_then(|id| self.learner(id))
    }

    /// Every attempt of a learner, oldest first.
    pub fn attempts_of(&self, id: LearnerId) -> Result<Vec<AttemptSummary>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT lesson_id, started_at, finished_at, score, pre_correct, pre_steps FROM attempts
             WHERE learner_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(AttemptSummary {
                lesson_id: r.get(0)?,
                started_at: r.get(1)?,
                finished_at: r.get(2)?,
                score: r.get(3)?,
                pre_check: r.get::<_, Option<u32>>(4)?.map(|c| (c, r.get::<_, u32>(5).unwrap_or(0))),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many practice sessions a learner was ticked present at.
    pub fn sessions_attended(&self, id: LearnerId) -> Result<u32> {
        Ok(self
            .conn()
            .query_row("SELECT COUNT(*) FROM session_attendance WHERE learner_id = ?1", [id], |r| r.get(0))?)
    }

    /// How many answers of a learner are kept.
    pub fn answers_of(&self, id: LearnerId) -> Result<u32> {
        Ok(self.conn().query_row(
            "SELECT COUNT(*) FROM answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.learner_id = ?1",
            [id],
            |r| r.get(0),
        )?)
    }

    /// A returning learner agreed to the consent text in force (asked again once it changed).
    pub fn renew_consent(&mut self, id: LearnerId, consent: &Consent) -> Result<Learner> {
        let learner = self.learner(id)?;
        // A child's renewal needs the guardian's consent again, to the new text.
        if learner.is_child() && consent.guardian_at.is_none() {
            return Err(Error::InvalidInput(InputProblem::GuardianConsentRequired));
        }
        self.with_tx(|tx| {
            tx.execute(
                "UPDATE learners SET consent_at = ?2, consent_text = ?3, consent_locale = ?4,
                     guardian_consent_at = COALESCE(?5, guardian_consent_at)
                 WHERE id = ?1",
                params![id, consent.at, consent.text, consent.locale, consent.guardian_at],
            )?;
            Ok(())
        })?;
        self.learner(id)
    }

    pub fn learner(&self, id: LearnerId) -> Result<Learner> {
        self.conn()
            .query_row(&format!("{SELECT_LEARNER} WHERE id = ?1"), [id], row_to_learner)
            .optional()?
            .ok_or(Error::LearnerNotFound(id.0))
    }

    /// Learners whose name contains every word of `query`, ignoring accents and case;
    /// all learners for an empty query. Sorted by name.
    pub fn search_learners(&self, query: &str) -> Result<Vec<Learner>> {
        let words: Vec<String> = search_key(query).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
        let mut stmt = self.conn().prepare_cached(&format!("{SELECT_LEARNER} ORDER BY search_key, id"))?;
        let rows = stmt.query_map([], |row| Ok((row.get::<_, String>("search_key")?, row_to_learner(row)?)))?;
        let mut found = vec![];
        for row in rows {
            let (key, learner) = row?;
            if words.iter().all(|w| key.contains(w.as_str())) {
                found.push(learner);
            }
        }
        Ok(found)
    }
}
