//! The whole lesson folder: the catalogue and every lesson that loaded without problems.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::i18n::Locale;

use super::files::{CatalogFile, SkillsFile};
use super::model::{Catalog, Competence, Lesson, LessonId, Topic, FORMAT_VERSION};
use super::problem::{Problem, ProblemKind};
use super::validate::{
    check_no_live_links, check_texts, is_valid_id, line_of_value, load_lesson, read_ftl_pair, toml_error_line,
    CatalogContext,
};

#[derive(Debug, Clone)]
pub struct LessonLibrary {
    pub root: PathBuf,
    pub catalog: Catalog,
    /// Lessons that loaded, in catalogue order.
    pub lessons: Vec<Lesson>,
    /// Everything wrong, file by file. Broken lessons are left out; the rest still load.
    pub problems: Vec<Problem>,
}

/// Figures for `hocso lessons check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibrarySummary {
    pub lessons: usize,
    pub steps: usize,
    pub locales: Vec<&'static str>,
}

impl LessonLibrary {
    /// Reads `root/catalog.toml` and every lesson it lists. Never fails: problems are
    /// collected so that one broken file does not hide the others.
    pub fn load(root: &Path) -> LessonLibrary {
        let mut problems = vec![];
        let catalog_path = root.join("catalog.toml");
        let empty = Catalog {
            format_version: FORMAT_VERSION,
            topics: vec![],
            core: vec![],
            skills: vec![],
            competences: vec![],
            texts: BTreeMap::new(),
        };
        let source = match std::fs::read_to_string(&catalog_path) {
            Ok(s) => s,
            Err(e) => {
                problems.push(Problem::new(&catalog_path, None, ProblemKind::Unreadable { detail: e.to_string() }));
                return LessonLibrary { root: root.to_owned(), catalog: empty, lessons: vec![], problems };
            }
        };
        let file: CatalogFile = match toml::from_str(&source) {
            Ok(f) => f,
            Err(e) => {
                let line = toml_error_line(&source, &e);
                problems.push(Problem::new(
                    &catalog_path,
                    line,
                    ProblemKind::Syntax { detail: e.message().to_owned() },
                ));
                return LessonLibrary { root: root.to_owned(), catalog: empty, lessons: vec![], problems };
            }
        };
        if file.format_version != FORMAT_VERSION {
            problems.push(Problem::new(
                &catalog_path,
                source.lines().position(|l| l.starts_with("format_version")).map(|i| i + 1),
                ProblemKind::UnsupportedFormat { found: file.format_version, supported: FORMAT_VERSION },
            ));
            return LessonLibrary { root: root.to_owned(), catalog: empty, lessons: vec![], problems };
        }

        // The catalogue's own texts: topic names.
        let texts = read_ftl_pair(root, &mut problems);
        let topic_texts: Vec<(String, Option<usize>)> =
            file.topics.iter().map(|t| (format!("topic-{}", t.id), line_of_value(&source, "id", &t.id, 1))).collect();
        check_texts(&texts, &topic_texts, &catalog_path, &mut problems);
        check_no_live_links(&texts, &mut problems);

        let (skills, competences) = load_skills(root, &texts, &mut problems);

        let topic_ids: BTreeSet<String> = file.topics.iter().map(|t| t.id.clone()).collect();
        let core_ids: BTreeSet<String> = file.core.iter().cloned().collect();
        let ctx = CatalogContext { topics: &topic_ids, core: &core_ids, skills: &skills, competences: &competences };
        let mut listed = BTreeSet::new();
        let mut lessons = vec![];
        let mut topics = vec![];
        for topic in &file.topics {
            if !is_valid_id(&topic.id) {
                problems.push(Problem::new(
                    &catalog_path,
                    line_of_value(&source, "id", &topic.id, 1),
                    ProblemKind::BadId { id: topic.id.clone() },
                ));
            }
            let mut loaded = vec![];
            for id in &topic.lessons {
                let line = source.lines().position(|l| l.contains(&format!("\"{id}\""))).map(|i| i + 1);
                if !listed.insert(id.clone()) {
                    problems.push(Problem::new(
                        &catalog_path,
                        line,
                        ProblemKind::LessonListedTwice { lesson: id.clone() },
                    ));
                    continue;
                }
                let dir = root.join(id);
                if !is_valid_id(id) || !dir.join("lesson.toml").is_file() {
                    problems.push(Problem::new(
                        &catalog_path,
                        line,
                        ProblemKind::LessonFolderMissing { lesson: id.clone() },
                    ));
                    continue;
                }
                match load_lesson(&dir, id, &ctx) {
                    Ok(lesson) => {
                        loaded.push(lesson.id.clone());
                        lessons.push(lesson);
                    }
                    Err(mut p) => problems.append(&mut p),
                }
            }
            topics.push(Topic { id: topic.id.clone(), lessons: loaded });
        }
        for core in &file.core {
            if !listed.contains(core) {
                let line = line_of_value(&source, "core", core, 1)
                    .or_else(|| source.lines().position(|l| l.starts_with("core")).map(|i| i + 1));
                problems.push(Problem::new(
                    &catalog_path,
                    line,
                    ProblemKind::CoreLessonUnknown { lesson: core.clone() },
                ));
            }
        }
        // A lesson folder that the catalogue forgot is almost always a mistake.
        if let Ok(entries) = std::fs::read_dir(root) {
            let mut unlisted: Vec<String> = entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().join("lesson.toml").is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|name| !listed.contains(name))
                .collect();
            unlisted.sort();
            for name in unlisted {
                problems.push(Problem::new(
                    root.join(&name).join("lesson.toml"),
                    None,
                    ProblemKind::LessonNotInCatalog { lesson: name },
                ));
            }
        }

        let catalog = Catalog {
            format_version: file.format_version,
            topics,
            // A broken core lesson stays core: dropping it would make the skill level easier to reach.
            core: file.core.iter().filter(|c| listed.contains(*c)).map(|c| LessonId(c.clone())).collect(),
            skills,
            competences,
            texts,
        };
        LessonLibrary { root: root.to_owned(), catalog, lessons, problems }
    }

    /// CV 3240's basic skills with their names in `locale`, in the order of `skills.toml`.
    pub fn skill_names(&self, locale: Locale) -> Vec<(String, String)> {
        let texts = self.catalog.texts(locale);
        self.catalog.skills.iter().map(|s| (s.clone(), texts.get(&format!("skill-{s}")))).collect()
    }

    /// The lessons that teach `skill`, in catalogue order.
    pub fn lessons_teaching(&self, skill: &str) -> Vec<&Lesson> {
        self.lessons.iter().filter(|l| l.skills.iter().any(|s| s == skill)).collect()
    }

    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id.as_str() == id)
    }

    pub fn summary(&self) -> LibrarySummary {
        LibrarySummary {
            lessons: self.lessons.len(),
            steps: self.lessons.iter().map(|l| l.steps.len() + l.pool.len()).sum(),
            locales: Locale::ALL.iter().map(|l| l.code()).collect(),
        }
    }
}

/// Reads `lessons/skills.toml`: CV 3240's basic skills and the framework competences a lesson
/// may name, each with its name in the catalogue's Fluent files (`skill-ID`, `competence-ID`).
fn load_skills(
    root: &Path,
    texts: &BTreeMap<Locale, crate::i18n::FtlFile>,
    problems: &mut Vec<Problem>,
) -> (Vec<String>, Vec<Competence>) {
    let path = root.join("skills.toml");
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        // A lessons folder without the file declares no skills (a lesson naming one is refused).
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (vec![], vec![]),
        Err(e) => {
            problems.push(Problem::new(&path, None, ProblemKind::Unreadable { detail: e.to_string() }));
            return (vec![], vec![]);
        }
    };
    let file: SkillsFile = match toml::from_str(&source) {
        Ok(f) => f,
        Err(e) => {
            problems.push(Problem::new(
                &path,
                toml_error_line(&source, &e),
                ProblemKind::Syntax { detail: e.message().to_owned() },
            ));
            return (vec![], vec![]);
        }
    };
    let mut ids = BTreeSet::new();
    let mut used = vec![];
    for id in file.skills.iter().map(|s| (&s.id, "skill")).chain(file.competences.iter().map(|c| (&c.id, "competence")))
    {
        let line = line_of_value(&source, "id", id.0, 1);
        if !is_valid_id(id.0) {
            problems.push(Problem::new(&path, line, ProblemKind::BadId { id: id.0.clone() }));
        }
        if !ids.insert(id.0.clone()) {
            problems.push(Problem::new(&path, line, ProblemKind::DuplicateStepId { step: id.0.clone() }));
        }
        used.push((format!("{}-{}", id.1, id.0), line));
    }
    check_texts(texts, &used, &path, problems);
    let skills = file.skills.into_iter().map(|s| s.id).collect();
    let competences =
        file.competences.into_iter().map(|c| Competence { id: c.id, framework: c.framework, code: c.code }).collect();
    (skills, competences)
}
