//! The commune office, behind the PIN: its register of hamlets and their codes, its own
//! criterion (people in scope, threshold, wording), the dashboard, and undoing an import.
//! Also the hamlet computer's side of the code: typing it, and seeing its check value.

use std::path::Path;

use crate::error::{Error, Result};
use crate::i18n::ArgValue;
use crate::reports::{self, HamletCode, Undo, UndoEffect};
use crate::store::{CommuneHamlet, IssuedCode};
use crate::views::{DashboardRow, DashboardView, ImportedFileView, SkillColumn, UndoView};

use super::HocSo;

/// The setup file a commune writes for a hamlet (and a hamlet computer opens at first run).
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SetupSheet {
    pub format: String,
    pub commune: String,
    pub hamlet: String,
    /// The code in its printed form.
    pub code: String,
    pub check_value: String,
}

impl std::fmt::Debug for SetupSheet {
    /// Never prints the code.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SetupSheet({}, {}, check {})", self.hamlet, self.commune, self.check_value)
    }
}

pub const SETUP_FILE_FORMAT: &str = "hocso-hamlet-setup-v1";

/// Reads a setup file: its code must read back with its check characters and its check value.
pub fn read_setup_file(path: &Path) -> Result<SetupSheet> {
    let not = || Error::NotASetupFile { path: path.to_owned() };
    let meta = std::fs::metadata(path).map_err(Error::io(path))?;
    if meta.len() > 64 * 1024 {
        return Err(not());
    }
    let bytes = std::fs::read(path).map_err(Error::io(path))?;
    let sheet: SetupSheet = serde_json::from_slice(&bytes).map_err(|_| not())?;
    let code = HamletCode::parse(&sheet.code).map_err(|_| not())?;
    if sheet.format != SETUP_FILE_FORMAT || code.check_value() != sheet.check_value {
        return Err(not());
    }
    Ok(sheet)
}

impl HocSo {
    fn require_commune(&self) -> Result<()> {
        self.require_facilitator()?;
        match self.store.installation()?.map(|i| i.role) {
            Some(crate::store::Role::Commune) => Ok(()),
            Some(_) => Err(Error::NotACommune),
            None => Err(Error::NotSetUp),
        }
    }

    /// The check value of a typed code, to compare with the setup sheet before saving; the
    /// error names the mistyped group. Needs no PIN: it reveals nothing the sheet does not.
    pub fn check_hamlet_code(&self, typed: &str) -> Result<String> {
        HamletCode::parse(typed).map(|c| c.check_value()).map_err(Error::HamletCode)
    }

    /// A hamlet computer already in use takes its code (its learners carry over).
    pub fn set_hamlet_code(&mut self, typed: &str) -> Result<String> {
        self.require_facilitator()?;
        let code = HamletCode::parse(typed).map_err(Error::HamletCode)?;
        self.store.set_hamlet_code(&code)?;
        Ok(code.check_value())
    }

    /// The check value of this hamlet computer's code, if it has one.
    pub fn hamlet_code_check_value(&self) -> Result<Option<String>> {
        Ok(self.store.hamlet_code()?.map(|c| c.check_value()))
    }

    pub fn add_commune_hamlet(&mut self, name: &str) -> Result<DashboardView> {
        self.require_commune()?;
        self.store.add_commune_hamlet(name)?;
        self.dashboard()
    }

    pub fn rename_commune_hamlet(&mut self, id: i64, name: &str) -> Result<DashboardView> {
        self.require_commune()?;
        self.store.rename_commune_hamlet(id, name)?;
        self.dashboard()
    }

    /// "Cấp mã thôn" (or "Cấp lại mã"): the new code's setup sheet.
    pub fn issue_hamlet_code(&mut self, hamlet_id: i64) -> Result<SetupSheet> {
        self.require_commune()?;
        let issued = self.store.issue_hamlet_code(hamlet_id)?;
        let hamlet = self.store.commune_hamlet_by_id(hamlet_id)?;
        Ok(self.sheet(&hamlet, &issued)?)
    }

    /// The setup sheet of a hamlet's current code (to print it again).
    pub fn setup_sheet(&self, hamlet_id: i64) -> Result<SetupSheet> {
        self.require_commune()?;
        let hamlet = self.store.commune_hamlet_by_id(hamlet_id)?;
        let issued = hamlet.code.clone().ok_or(Error::NoHamletCode)?;
        self.sheet(&hamlet, &issued)
    }

    fn sheet(&self, hamlet: &CommuneHamlet, issued: &IssuedCode) -> Result<SetupSheet> {
        let commune = self.store.installation()?.ok_or(Error::NotSetUp)?.commune_name;
        Ok(SetupSheet {
            format: SETUP_FILE_FORMAT.into(),
            commune,
            hamlet: hamlet.name.clone(),
            code: issued.printed.clone(),
            check_value: issued.check_value.clone(),
        })
    }

    /// Writes a hamlet's setup file (for a USB stick).
    pub fn save_setup_file(&self, hamlet_id: i64, out: &Path) -> Result<()> {
        let sheet = self.setup_sheet(hamlet_id)?;
        let bytes = serde_json::to_vec_pretty(&sheet).map_err(|e| Error::Internal(e.to_string()))?;
        reports::write_atomically(out, &bytes)
    }

    /// People in scope of a hamlet, from the commune's registers (empty text: not known yet).
    pub fn set_commune_hamlet_scope(&mut self, hamlet_id: i64, count: &str, label: &str) -> Result<DashboardView> {
        self.require_commune()?;
        let count = count.trim().replace(['.', ' '], "");
        let count = if count.is_empty() {
            None
        } else {
            Some(count.parse::<u32>().map_err(|_| Error::InvalidInput(crate::InputProblem::ScopeNotANumber))?)
        };
        self.store.set_commune_hamlet_scope(hamlet_id, count, label)?;
        self.dashboard()
    }

    /// The commune's threshold and its province's wording.
    pub fn set_criterion(&mut self, threshold: u32, wording: &str) -> Result<DashboardView> {
        self.require_commune()?;
        reports::set_criterion(&mut self.store, threshold, Some(wording))?;
        self.dashboard()
    }

    fn undo_view(&self, undo: &Undo, effect: &UndoEffect, done: bool) -> UndoView {
        let id = match (undo, done) {
            (_, true) => "undo-done",
            // Retiring cannot be undone: the preview says so.
            (Undo::RetireComputer(_), false) => "undo-preview-retire",
            (_, false) => "undo-preview",
        };
        UndoView {
            summary: self.texts.format(
                id,
                &[
                    ("hamlet", ArgValue::Text(effect.hamlet.clone())),
                    ("files", effect.files_removed.into()),
                    ("personsBefore", effect.persons_before.into()),
                    ("personsAfter", effect.persons_after.into()),
                    ("skilledBefore", effect.skilled_before.into()),
                    ("skilledAfter", effect.skilled_after.into()),
                ],
            ),
            files_removed: effect.files_removed,
        }
    }

    /// What "Bỏ tệp này", "Thay máy" or "Bỏ thôn" would change, before staff confirm.
    pub fn preview_undo(&mut self, undo: &Undo) -> Result<UndoView> {
        self.require_commune()?;
        let effect = reports::preview_undo(&mut self.store, undo)?;
        Ok(self.undo_view(undo, &effect, false))
    }

    /// Does it, after staff confirmed.
    pub fn commit_undo(&mut self, undo: &Undo) -> Result<UndoView> {
        self.require_commune()?;
        let effect = reports::commit_undo(&mut self.store, undo)?;
        Ok(self.undo_view(undo, &effect, true))
    }

    /// The kept files, newest first.
    fn imported_files(&self) -> Result<Vec<ImportedFileView>> {
        Ok(self
            .store
            .imported_file_list()?
            .into_iter()
            .map(|f| ImportedFileView {
                id: f.id,
                hamlet: f.hamlet,
                computer: f.installation_id.chars().take(8).collect(),
                label: self.texts.format(
                    "dashboard-file-label",
                    &[
                        ("number", f.export_number.into()),
                        ("when", super::vietnam_time(&f.exported_at).into()),
                        ("persons", f.persons.into()),
                    ],
                ),
                installation_id: f.installation_id,
            })
            .collect())
    }

    /// The commune dashboard: one row per hamlet of its register and the commune total.
    pub fn dashboard(&mut self) -> Result<DashboardView> {
        self.require_commune()?;
        reports::set_criterion_catalogue(&mut self.store, &self.library)?;
        let report = reports::commune_report(&mut self.store)?;
        let skill_names = self.library.skill_names(self.texts.locale());
        let row = |r: &reports::HamletRow, total: bool| DashboardRow {
            hamlet_id: r.hamlet_id,
            hamlet: if total { self.texts.get("report-total") } else { r.hamlet.clone() },
            people_in_scope: r.people_in_scope,
            scope_label: r.scope_label.clone().unwrap_or_default(),
            reported: match r.reported_scope {
                Some(n) if Some(n) != r.people_in_scope => {
                    self.texts.format("dashboard-reported-scope", &[("count", n.into())])
                }
                _ => String::new(),
            },
            persons: r.persons,
            skilled: r.skilled,
            percent: r.percent,
            percent_label: r.percent.map(|p| format!("{p:.1}%")).unwrap_or_else(|| "—".into()),
            met: r.met,
            needed: r.needed,
            by_skill: skill_names.iter().map(|(id, _)| r.by_skill.get(id).copied().unwrap_or(0)).collect(),
        };
        let lesson_title = |id: &String| {
            let title = self.library.lesson(id).map(|l| l.texts(self.texts.locale()).get("lesson-title"));
            title.unwrap_or_else(|| id.clone())
        };
        let skills: Vec<SkillColumn> = skill_names
            .iter()
            .map(|(id, name)| SkillColumn {
                id: id.clone(),
                name: name.clone(),
                taught: report.skills_taught.contains(id),
            })
            .collect();
        let not_taught: Vec<&str> = skills.iter().filter(|s| !s.taught).map(|s| s.name.as_str()).collect();
        let skills_not_taught = if not_taught.is_empty() {
            String::new()
        } else {
            self.texts.format("dashboard-skills-not-taught", &[("skills", not_taught.join("; ").into())])
        };
        let criterion = match &report.wording {
            Some(w) => w.clone(),
            None => self.texts.format("dashboard-criterion-default", &[("threshold", report.threshold.into())]),
        };
        Ok(DashboardView {
            rows: report.hamlets.iter().map(|r| row(r, false)).collect(),
            total: row(&report.total, true),
            threshold: report.threshold,
            by_age: report.by_age.iter().map(|(band, (p, s))| (band.clone(), [*p, *s])).collect(),
            by_gender: report
                .by_gender
                .iter()
                .map(|(g, (p, s))| (self.texts.get(&format!("gender-{g}")), [*p, *s]))
                .collect(),
            by_lesson: report.by_lesson.iter().map(|(id, n)| (lesson_title(id), *n)).collect(),
            improved_by_lesson: report.improved_by_lesson.iter().map(|(id, n)| (lesson_title(id), *n)).collect(),
            skills,
            skills_not_taught,
            criterion,
            wording: report.wording.clone().unwrap_or_default(),
            hamlets: self.store.commune_hamlets()?,
            files: self.imported_files()?,
        })
    }

    /// The commune report as a file (xlsx or csv), for Excel.
    pub fn save_report(&mut self, out: &Path) -> Result<()> {
        self.require_commune()?;
        reports::set_criterion_catalogue(&mut self.store, &self.library)?;
        let report = reports::commune_report(&mut self.store)?;
        let bytes = if out.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
            reports::report_csv(&report, &self.texts, &self.library.skill_names(self.texts.locale()))
        } else {
            reports::report_xlsx(&report, &self.texts, &self.library.skill_names(self.texts.locale()))?
        };
        reports::write_atomically(out, &bytes)
    }
}
