//! Turning an author's TOML into the checked model, collecting every problem with its line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::i18n::{compare_with_reference, message_variables, parse_ftl, FtlFile, Locale, LocaleMismatch};

use super::convert::convert_step;
use super::files::{LessonFile, StepEntry};
use super::message::live_link;
use super::model::{DrawGroup, Lesson, LessonId, Step, StepKind};
use super::problem::{Problem, ProblemKind};

/// Ids (lessons, steps, options, items) are lowercase letters, digits and hyphens, starting
/// with a letter, so that they can be part of a Fluent message id.
pub(super) fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
}

/// The 1-based line of the first `key = "value"` at or after line `from`.
pub(super) fn line_of_value(source: &str, key: &str, value: &str, from: usize) -> Option<usize> {
    let quoted = format!("\"{value}\"");
    source.lines().enumerate().skip(from.saturating_sub(1)).find_map(|(i, line)| {
        let mut rest = line;
        while let Some(pos) = rest.find(key) {
            let after = rest[pos + key.len()..].trim_start();
            let before_ok =
                pos == 0 || !rest.as_bytes()[pos - 1].is_ascii_alphanumeric() && rest.as_bytes()[pos - 1] != b'_';
            if before_ok {
                if let Some(v) = after.strip_prefix('=') {
                    if v.trim_start().starts_with(&quoted) {
                        return Some(i + 1);
                    }
                }
            }
            rest = &rest[pos + key.len()..];
        }
        None
    })
}

/// The 1-based line of the `n`-th (0-based) `key = "value"` in `source`.
pub(super) fn nth_line_of_value(source: &str, key: &str, value: &str, n: usize) -> Option<usize> {
    let mut from = 1;
    let mut found = None;
    for _ in 0..=n {
        found = line_of_value(source, key, value, from);
        from = found? + 1;
    }
    found
}

/// The 1-based line of a TOML error, from its byte span.
pub(super) fn toml_error_line(source: &str, err: &toml::de::Error) -> Option<usize> {
    err.span().map(|span| crate::i18n::line_of(source, span.start))
}

/// Reads a lesson's Fluent files, reporting unreadable files and syntax errors.
pub(super) fn read_ftl_pair(dir: &Path, problems: &mut Vec<Problem>) -> BTreeMap<Locale, FtlFile> {
    let mut out = BTreeMap::new();
    for locale in Locale::ALL {
        let path = dir.join(format!("{}.ftl", locale.code()));
        match std::fs::read_to_string(&path) {
            Ok(source) => {
                for e in parse_ftl(&source) {
                    problems.push(Problem::new(&path, Some(e.line), ProblemKind::FtlSyntax { detail: e.detail }));
                }
                out.insert(locale, FtlFile { path, source });
            }
            Err(e) => problems.push(Problem::new(&path, None, ProblemKind::Unreadable { detail: e.to_string() })),
        }
    }
    out
}

/// Checks that the ids a file uses exist in every locale, and that the locales agree with
/// the reference (vi) id for id and variable for variable.
pub(super) fn check_texts(
    texts: &BTreeMap<Locale, FtlFile>,
    used: &[(String, Option<usize>)],
    used_in: &Path,
    problems: &mut Vec<Problem>,
) {
    let Some(reference) = texts.get(&Locale::REFERENCE) else { return };
    let reference_ids = message_variables(&reference.source);
    for (id, line) in used {
        if !reference_ids.contains_key(id) {
            problems.push(Problem::new(
                used_in,
                *line,
                ProblemKind::TextMissing { id: id.clone(), locale: Locale::REFERENCE.code().into() },
            ));
        }
    }
    for (locale, file) in texts {
        if *locale == Locale::REFERENCE {
            continue;
        }
        let code = locale.code().to_owned();
        for mismatch in compare_with_reference(&reference.source, &file.source) {
            let problem = match mismatch {
                LocaleMismatch::Missing { id } => {
                    Problem::new(&file.path, None, ProblemKind::TextMissing { id, locale: code.clone() })
                }
                LocaleMismatch::Extra { id, line } => {
                    Problem::new(&file.path, Some(line), ProblemKind::TextExtra { id, locale: code.clone() })
                }
                LocaleMismatch::Variables { id, line, .. } => {
                    Problem::new(&file.path, Some(line), ProblemKind::VariablesDiffer { id, locale: code.clone() })
                }
            };
            problems.push(problem);
        }
    }
}

/// No text a learner reads may hold a followable web address: scam examples are written
/// defanged (`vcb-xacthuc[.]top`), so that a link can never be clicked, copied or typed as is.
pub(super) fn check_no_live_links(texts: &BTreeMap<Locale, FtlFile>, problems: &mut Vec<Problem>) {
    for (locale, file) in texts {
        let bundle = crate::i18n::Texts::new(*locale, &|l| if l == *locale { vec![file.clone()] } else { vec![] });
        for id in message_variables(&file.source).keys() {
            if let Some(link) = live_link(&bundle.get(id)) {
                problems.push(Problem::new(
                    &file.path,
                    Some(crate::i18n::definition_line(&file.source, id)),
                    ProblemKind::LiveLink { id: id.clone(), link },
                ));
            }
        }
    }
}

/// What a lesson folder needs from the catalogue to be checked.
pub(super) struct CatalogContext<'a> {
    pub topics: &'a BTreeSet<String>,
    pub core: &'a BTreeSet<String>,
    pub skills: &'a [String],
    pub competences: &'a [super::model::Competence],
}

/// Loads and checks one lesson folder. A lesson with any problem is not loaded.
pub(super) fn load_lesson(dir: &Path, folder: &str, ctx: &CatalogContext<'_>) -> Result<Lesson, Vec<Problem>> {
    let path = dir.join("lesson.toml");
    let mut problems = vec![];
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => return Err(vec![Problem::new(&path, None, ProblemKind::Unreadable { detail: e.to_string() })]),
    };
    let file: LessonFile = match toml::from_str(&source) {
        Ok(f) => f,
        Err(e) => {
            let line = toml_error_line(&source, &e);
            return Err(vec![Problem::new(&path, line, ProblemKind::Syntax { detail: e.message().to_owned() })]);
        }
    };
    let at = |key: &str, value: &str| line_of_value(&source, key, value, 1);

    if file.id != folder {
        problems.push(Problem::new(
            &path,
            at("id", &file.id),
            ProblemKind::IdDiffersFromFolder { id: file.id.clone(), folder: folder.to_owned() },
        ));
    }
    if file.version == 0 {
        problems.push(Problem::new(&path, line_containing(&source, "version"), ProblemKind::VersionZero));
    }
    if !ctx.topics.contains(&file.topic) {
        problems.push(Problem::new(
            &path,
            at("topic", &file.topic),
            ProblemKind::UnknownTopic { topic: file.topic.clone() },
        ));
    }
    if !(1..=100).contains(&file.pass_mark) {
        problems.push(Problem::new(
            &path,
            line_containing(&source, "pass_mark"),
            ProblemKind::PassMarkOutOfRange { value: file.pass_mark },
        ));
    }
    if file.steps.is_empty() {
        problems.push(Problem::new(&path, None, ProblemKind::NoSteps));
    }
    // One pool (`draw`, `pre_draw`, `items`) or groups, never both.
    let fc = &file.final_check;
    let one_pool = fc.draw.is_some() || fc.pre_draw.is_some() || fc.items.is_some();
    let group_entries: Vec<GroupEntry> = match (&fc.groups, one_pool) {
        (Some(groups), false) if !groups.is_empty() => {
            groups.iter().map(|g| GroupEntry::borrowed(g, &source)).collect()
        }
        (None, true) => vec![GroupEntry {
            id: "pool",
            draw: fc.draw.unwrap_or(0),
            pre_draw: fc.pre_draw.unwrap_or(0),
            items: fc.items.as_deref().unwrap_or_default(),
            line: line_containing(&source, "draw"),
        }],
        _ => {
            problems.push(Problem::new(&path, line_containing(&source, "[final_check]"), ProblemKind::FinalCheckShape));
            vec![]
        }
    };
    // Limits that keep loading fast whatever a file says (the guessing figures are computed at
    // every start): far above any real lesson.
    let pool_size: usize = group_entries.iter().map(|g| g.items.len()).sum();
    let draws: u64 = group_entries.iter().map(|g| u64::from(g.draw) + u64::from(g.pre_draw)).sum();
    if pool_size > MAX_POOL || draws > MAX_DRAW as u64 {
        problems.push(Problem::new(
            &path,
            line_containing(&source, "[final_check]"),
            ProblemKind::FinalCheckTooLarge { max_pool: MAX_POOL as u32, max_draw: MAX_DRAW as u32 },
        ));
    }
    let mut group_ids = BTreeSet::new();
    for g in &group_entries {
        let pool = g.items.len();
        if g.draw == 0 || (g.draw + g.pre_draw) as usize > pool {
            problems.push(Problem::new(&path, g.line, ProblemKind::DrawOutOfRange { draw: g.draw + g.pre_draw, pool }));
        }
        if !is_valid_id(g.id) {
            problems.push(Problem::new(&path, g.line, ProblemKind::BadId { id: g.id.to_owned() }));
        }
        if !group_ids.insert(g.id) {
            problems.push(Problem::new(&path, g.line, ProblemKind::DuplicateStepId { step: g.id.to_owned() }));
        }
    }
    for skill in &file.skills {
        if !ctx.skills.iter().any(|s| s == skill) {
            problems.push(Problem::new(
                &path,
                line_containing(&source, "skills"),
                ProblemKind::UnknownSkill { skill: skill.clone() },
            ));
        }
    }
    for competence in &file.competences {
        if !ctx.competences.iter().any(|c| &c.id == competence) {
            problems.push(Problem::new(
                &path,
                line_containing(&source, "competences"),
                ProblemKind::UnknownSkill { skill: competence.clone() },
            ));
        }
    }

    let mut seen = BTreeSet::new();
    // How often each id has been met, to point a duplicate at its own line.
    let mut occurrences: BTreeMap<String, usize> = BTreeMap::new();
    let mut used_texts: Vec<(String, Option<usize>)> =
        vec![("lesson-title".into(), None), ("lesson-summary".into(), None)];
    let mut convert = |entries: &[StepEntry], final_check: bool, problems: &mut Vec<Problem>| -> Vec<Step> {
        let mut steps = vec![];
        for entry in entries {
            let n = occurrences.entry(entry.id.clone()).or_insert(0);
            let line = nth_line_of_value(&source, "id", &entry.id, *n);
            *n += 1;
            if !is_valid_id(&entry.id) {
                problems.push(Problem::new(&path, line, ProblemKind::BadId { id: entry.id.clone() }));
            }
            if !seen.insert(entry.id.clone()) {
                problems.push(Problem::new(&path, line, ProblemKind::DuplicateStepId { step: entry.id.clone() }));
            }
            if let Some(step) = convert_step(entry, final_check, dir, &path, &source, line, problems) {
                used_texts.extend(step.fluent_ids().into_iter().map(|id| (id, line)));
                steps.push(step);
            }
        }
        steps
    };
    let mut steps = convert(&file.steps, false, &mut problems);
    let mut pool = vec![];
    let mut groups = vec![];
    for g in &group_entries {
        let converted = convert(g.items, true, &mut problems);
        let start = pool.len();
        pool.extend(converted);
        groups.push(DrawGroup {
            id: g.id.to_owned(),
            items: (start..pool.len()).collect(),
            draw: g.draw as usize,
            pre_draw: g.pre_draw as usize,
        });
    }
    drop(convert);

    // Two things must never share one text: `a` + option `b-c` and `a-b` + option `c` would.
    let mut seen_texts = BTreeSet::new();
    for (id, line) in &used_texts {
        if !seen_texts.insert(id.as_str()) {
            problems.push(Problem::new(&path, *line, ProblemKind::TextIdClash { id: id.clone() }));
        }
    }
    let texts = read_ftl_pair(dir, &mut problems);
    check_texts(&texts, &used_texts, &path, &mut problems);
    check_no_live_links(&texts, &mut problems);
    let text_ids: BTreeSet<&str> = used_texts.iter().map(|(id, _)| id.as_str()).collect();
    super::recordings::check(dir, &text_ids, &mut problems);

    if !problems.is_empty() {
        return Err(problems);
    }
    let draw = groups.iter().map(|g| g.draw).sum();
    mark_common_flags(&mut steps, &mut pool);
    let mut lesson = Lesson {
        id: LessonId(file.id.clone()),
        version: file.version,
        topic: file.topic,
        pass_mark: file.pass_mark,
        minutes: file.minutes,
        core: ctx.core.contains(&file.id),
        dir: dir.to_owned(),
        steps,
        pool,
        groups,
        draw,
        skills: file.skills.clone(),
        competences: file.competences.clone(),
        texts,
        guessing: None,
    };
    // A pass must mean the person can do it: a final check a guesser passes more than 1% of
    // the time is refused, naming the strategy that does it.
    let guessing = super::guessing::analyse(&lesson);
    if guessing.worst.pass_rate > super::guessing::MAX_GUESS_RATE {
        return Err(vec![Problem::new(
            &path,
            line_containing(&source, "[final_check]"),
            ProblemKind::Guessable { worst: guessing.worst },
        )]);
    }
    lesson.guessing = Some(guessing);
    Ok(lesson)
}

/// A flag listed on more than half of a lesson's scams (practice and pool together) does not
/// count alone: "always Scam + a stranger" must not pass. Written into every message step.
fn mark_common_flags(steps: &mut [Step], pool: &mut [Step]) {
    let mut scams = 0usize;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for step in steps.iter().chain(pool.iter()) {
        if let StepKind::Message { scam: true, flags, .. } = &step.kind {
            scams += 1;
            for f in flags {
                *counts.entry(f.clone()).or_default() += 1;
            }
        }
    }
    let common: Vec<String> = counts.into_iter().filter(|(_, n)| n * 2 > scams).map(|(f, _)| f).collect();
    for step in steps.iter_mut().chain(pool.iter_mut()) {
        if let StepKind::Message { common_flags, .. } = &mut step.kind {
            common_flags.clone_from(&common);
        }
    }
}

/// At most this many final-check items in a lesson's pool…
const MAX_POOL: usize = 200;
/// …and this many drawn per attempt (pre-check included).
const MAX_DRAW: usize = 50;

/// A draw group as the file gives it, before its items are converted.
struct GroupEntry<'a> {
    id: &'a str,
    draw: u32,
    pre_draw: u32,
    items: &'a [StepEntry],
    line: Option<usize>,
}

impl<'a> GroupEntry<'a> {
    fn borrowed(g: &'a super::files::GroupEntry, source: &str) -> GroupEntry<'a> {
        let line = line_of_value(source, "id", &g.id, 1);
        GroupEntry { id: &g.id, draw: g.draw, pre_draw: g.pre_draw, items: &g.items, line }
    }
}

fn line_containing(source: &str, key: &str) -> Option<usize> {
    source.lines().position(|l| l.trim_start().starts_with(key)).map(|i| i + 1)
}
