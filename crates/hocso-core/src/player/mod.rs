//! The lesson player: planning an attempt, showing its current step, taking an answer.

mod app_views;
mod speech_lines;
mod step_view;

use rand::seq::SliceRandom;
use rand::RngExt;
use step_view::{flag_labels, step_view};

use crate::error::{Error, Result};
use crate::i18n::{ArgValue, Texts};
use crate::lessons::phone::Practice;
use crate::lessons::{grade, Answer, Lesson, Step, StepKind};
use crate::store::{AttemptRow, NewAnswer, Store};
use crate::views::{AnswerOutcome, FeedbackLine, LearnerCard, Phase, PlayerView, ResultView};

/// The steps of a new attempt and how many of them are the pre-check: with `pre_check`, each
/// group's `pre_draw` items first (in random order); then every practice step; then, from each
/// group, `draw` other items picked at random (all groups mixed, in random order). Within a
/// group the final check's items are a uniformly random set, pre-check or not.
pub fn plan_attempt(lesson: &Lesson, pre_check: bool, rng: &mut impl rand::Rng) -> (Vec<String>, usize) {
    let mut pre: Vec<&Step> = vec![];
    let mut finals: Vec<&Step> = vec![];
    for group in &lesson.groups {
        let mut items: Vec<&Step> = group.items.iter().map(|&i| &lesson.pool[i]).collect();
        items.shuffle(rng);
        let pre_n = if pre_check { group.pre_draw } else { 0 };
        pre.extend(&items[..pre_n]);
        finals.extend(&items[pre_n..pre_n + group.draw]);
    }
    pre.shuffle(rng);
    finals.shuffle(rng);
    let pre_steps = pre.len();
    let plan = pre.into_iter().chain(&lesson.steps).chain(finals).map(|s| s.id.clone()).collect();
    (plan, pre_steps)
}

/// Starts a new attempt or returns the open one. An open attempt of an older lesson version
/// is closed and a new one started: progress is keyed by id + version.
pub fn start_or_resume(store: &mut Store, learner: crate::store::LearnerId, lesson: &Lesson) -> Result<AttemptRow> {
    if let Some(open) = store.open_attempt(learner, lesson.id.as_str())? {
        let usable = open.lesson_version == lesson.version && open.plan.iter().all(|id| lesson.step(id).is_some());
        if usable {
            return Ok(open);
        }
        store.abandon_attempt(open.id)?;
    }
    // The "before" is measured once, on the learner's first go at the lesson.
    let pre_check = lesson.pre_draw() > 0 && !store.has_attempted(learner, lesson.id.as_str())?;
    let mut rng = rand::rng();
    let (plan, pre_steps) = plan_attempt(lesson, pre_check, &mut rng);
    let seed: u64 = rng.random();
    store.create_attempt(learner, lesson.id.as_str(), lesson.version, &plan, pre_steps, lesson.steps.len(), seed)
}

/// Score in whole percent, rounded down so that "80%" really means at least 80%.
pub fn score_percent(correct: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    ((correct * 100) / total) as u32
}

/// The player screen for an attempt.
pub fn player_view(
    store: &Store,
    lesson: &Lesson,
    attempt: &AttemptRow,
    learner: LearnerCard,
    app: &Texts,
) -> Result<PlayerView> {
    let texts = lesson.texts(app.locale());
    let total = attempt.plan.len() as u32;
    let finished = attempt.finished_at.is_some();
    let phase = phase_of(attempt);
    let first_final = attempt.pre_steps + attempt.practice_steps;
    let progress = |current: usize, total: usize| {
        app.format("player-progress", &[("current", current.into()), ("total", total.into())])
    };
    let (phase_label, progress_label) = match phase {
        Phase::PreCheck => (app.get("player-phase-pre-check"), progress(attempt.position + 1, attempt.pre_steps)),
        Phase::Practice => (
            app.get("player-phase-practice"),
            progress(attempt.position - attempt.pre_steps + 1, attempt.practice_steps),
        ),
        Phase::FinalCheck => (
            app.get("player-phase-final"),
            progress(attempt.position - first_final + 1, attempt.plan.len() - first_final),
        ),
        Phase::Finished => (app.get("player-phase-finished"), String::new()),
    };
    let step = if finished {
        None
    } else {
        let id = attempt.plan.get(attempt.position).ok_or(Error::AttemptNotFound(attempt.id))?;
        let step = lesson.step(id).ok_or_else(|| Error::LessonNotFound(lesson.id.to_string()))?;
        Some(step_view(lesson, step, attempt.seed, &texts, app))
    };
    let result = if finished { Some(result_view(store, lesson, attempt, app)?) } else { None };
    Ok(PlayerView {
        attempt_id: attempt.id,
        learner,
        lesson_id: lesson.id.to_string(),
        lesson_title: texts.get("lesson-title"),
        phase,
        phase_label,
        progress_label,
        position: attempt.position as u32,
        total,
        step,
        result,
    })
}

/// The question of a graded step as the learner read it, for reports (none for explain steps).
pub fn question_text(step: &Step, texts: &Texts) -> Option<String> {
    let s = &step.id;
    Some(match &step.kind {
        StepKind::Explain { .. } => return None,
        StepKind::Choice { .. } | StepKind::Order { .. } => texts.get(&format!("{s}-prompt")),
        StepKind::Message { .. } => {
            format!("{}: {}", texts.get(&format!("{s}-sender")), texts.get(&format!("{s}-body")))
        }
        StepKind::Phone(_) | StepKind::QrPay(_) | StepKind::Chat(_) | StepKind::Shop(_) | StepKind::Map(_) => {
            texts.get(&format!("{s}-task"))
        }
    })
}

/// Where an attempt stands.
pub fn phase_of(attempt: &AttemptRow) -> Phase {
    if attempt.finished_at.is_some() {
        Phase::Finished
    } else if attempt.position < attempt.pre_steps {
        Phase::PreCheck
    } else if attempt.position < attempt.pre_steps + attempt.practice_steps {
        Phase::Practice
    } else {
        Phase::FinalCheck
    }
}

fn result_view(store: &Store, lesson: &Lesson, attempt: &AttemptRow, app: &Texts) -> Result<ResultView> {
    let answers = store.final_answers(attempt)?;
    let correct = answers.iter().filter(|(_, c)| *c).count();
    let total = answers.len();
    let score = attempt.score.unwrap_or_else(|| score_percent(correct, total));
    let passed = attempt.passed.unwrap_or(false);
    let args = [
        ("correct", ArgValue::from(correct)),
        ("total", ArgValue::from(total)),
        ("score", ArgValue::from(score)),
        ("pass_mark", ArgValue::from(lesson.pass_mark)),
    ];
    // Before → after: the learner's first pre-check of this lesson, if they took it.
    let before =
        store.pre_checks(attempt.learner_id)?.into_iter().find(|p| p.lesson_id == lesson.id.as_str()).and_then(|p| {
            match p.result {
                crate::store::PreResult::Taken { correct, total } => Some((correct, total)),
                _ => None,
            }
        });
    let before_after = before.map(|(b, bt)| {
        app.format(
            "result-before-after",
            &[
                ("before", b.into()),
                ("before_total", bt.into()),
                ("after", correct.into()),
                ("after_total", total.into()),
            ],
        )
    });
    Ok(ResultView {
        passed,
        before_after,
        score,
        pass_mark: lesson.pass_mark,
        correct: correct as u32,
        total: total as u32,
        headline: app.get(if passed { "result-passed" } else { "result-not-passed" }),
        detail: app.format(if passed { "result-passed-detail" } else { "result-not-passed-detail" }, &args),
    })
}

/// Takes an answer to the current step. Practice: right answers move on, wrong ones stay
/// (unlimited retries) with feedback. Final check: every answer moves on, no feedback until
/// the result; the last one closes the attempt and records a pass. Returns the updated
/// attempt, whether to show feedback, whether the answer was right, and the feedback lines.
pub fn answer(
    store: &mut Store,
    lesson: &Lesson,
    attempt: &AttemptRow,
    step_id: &str,
    given: &Answer,
    app: &Texts,
) -> Result<(AttemptRow, bool, bool, Vec<FeedbackLine>)> {
    if attempt.finished_at.is_some() {
        return Err(Error::StaleStep { given: step_id.to_owned(), current: String::new() });
    }
    let current = attempt.plan.get(attempt.position).ok_or(Error::AttemptNotFound(attempt.id))?;
    if current != step_id {
        return Err(Error::StaleStep { given: step_id.to_owned(), current: current.clone() });
    }
    let step = lesson.step(step_id).ok_or_else(|| Error::LessonNotFound(lesson.id.to_string()))?;
    let practice = Practice::for_attempt(attempt.seed);
    let verdict = grade(step, given, &practice)?;
    let practice = phase_of(attempt) == Phase::Practice;
    let advance = !practice || verdict.correct;
    let last = attempt.position + 1 == attempt.plan.len();
    let finish = if advance && last {
        let mut finals = store.final_answers(attempt)?;
        if attempt.position >= attempt.pre_steps + attempt.practice_steps {
            finals.push((step_id.to_owned(), verdict.correct));
        }
        let correct = finals.iter().filter(|(_, c)| *c).count();
        let score = score_percent(correct, finals.len());
        Some((score, score >= lesson.pass_mark))
    } else {
        None
    };
    let answer_json = given.for_storage(&verdict);
    let updated = store.record_answer(&NewAnswer {
        attempt_id: attempt.id,
        step_id,
        position: attempt.position,
        answer_json,
        correct: verdict.correct,
        advance,
        finish,
    })?;

    let texts = lesson.texts(app.locale());
    let mut feedback: Vec<FeedbackLine> = vec![];
    if practice {
        match &step.kind {
            StepKind::Choice { options, .. } => {
                for id in &verdict.chosen {
                    let right = options.iter().any(|o| &o.id == id && o.correct);
                    feedback
                        .push(FeedbackLine { text: texts.get(&format!("{step_id}-{id}-feedback")), correct: right });
                }
                if verdict.missed > 0 && feedback.iter().all(|f| f.correct) {
                    feedback.push(FeedbackLine {
                        text: app.format("feedback-missed", &[("count", verdict.missed.into())]),
                        correct: false,
                    });
                }
            }
            StepKind::Order { items } if !verdict.correct => {
                feedback.push(FeedbackLine {
                    text: app.format(
                        "feedback-order-in-place",
                        &[("count", verdict.in_place.into()), ("total", items.len().into())],
                    ),
                    correct: false,
                });
                feedback.push(FeedbackLine { text: texts.get(&format!("{step_id}-hint")), correct: false });
            }
            StepKind::Message { scam, flags, .. } => {
                let said_scam = matches!(given, Answer::Message { scam: true, .. });
                if said_scam != *scam {
                    let id = if *scam { "feedback-message-is-scam" } else { "feedback-message-is-safe" };
                    feedback.push(FeedbackLine { text: app.get(id), correct: false });
                }
                feedback
                    .push(FeedbackLine { text: texts.get(&format!("{step_id}-explain")), correct: verdict.correct });
                if *scam {
                    feedback.push(FeedbackLine {
                        text: app.format("feedback-message-flags", &[("flags", flag_labels(flags, app).into())]),
                        correct: true,
                    });
                }
                if *scam && said_scam && verdict.wrong_flags.is_empty() && !verdict.correct {
                    // Only a flag nearly every scam shows: true, but ask for the telling one.
                    feedback.push(FeedbackLine {
                        text: app.format(
                            "feedback-message-common-flag",
                            &[("flags", flag_labels(&verdict.chosen, app).into())],
                        ),
                        correct: false,
                    });
                }
                if !verdict.wrong_flags.is_empty() {
                    feedback.push(FeedbackLine {
                        text: app.format(
                            "feedback-message-wrong-flags",
                            &[("flags", flag_labels(&verdict.wrong_flags, app).into())],
                        ),
                        correct: false,
                    });
                }
            }
            StepKind::Phone(phone) => {
                for id in &verdict.invalid_fields {
                    feedback.push(FeedbackLine { text: texts.get(&format!("{step_id}-{id}-hint")), correct: false });
                }
                if let Some(button) = verdict.chosen.first() {
                    let right = phone.buttons.iter().any(|b| &b.id == button && b.correct);
                    // A right button with a wrong field: the field hints above say what to fix.
                    if !right || verdict.invalid_fields.is_empty() {
                        feedback.push(FeedbackLine {
                            text: texts.get(&format!("{step_id}-{button}-feedback")),
                            correct: right,
                        });
                    }
                }
            }
            StepKind::QrPay(_) | StepKind::Chat(_) => {
                let id = if verdict.correct { "explain" } else { "hint" };
                feedback.push(FeedbackLine { text: texts.get(&format!("{step_id}-{id}")), correct: verdict.correct });
            }
            StepKind::Shop(_) | StepKind::Map(_) => {
                feedback.extend(app_views::feedback(step, &verdict, &texts, app));
            }
            _ => {}
        }
    }
    // Reading an explanation needs no verdict: only graded practice steps show feedback.
    let show_feedback = practice && !matches!(step.kind, StepKind::Explain { .. });
    Ok((updated, show_feedback, verdict.correct, feedback))
}

/// Wraps the pieces of an answer into what the UI shows.
pub fn outcome(
    show_feedback: bool,
    correct: bool,
    advanced: bool,
    feedback: Vec<FeedbackLine>,
    next: PlayerView,
    app: &Texts,
) -> AnswerOutcome {
    let headline = if !show_feedback {
        app.get("feedback-recorded")
    } else if correct {
        app.get("feedback-correct")
    } else {
        app.get("feedback-try-again")
    };
    AnswerOutcome { show_feedback, correct, headline, feedback, advanced, next }
}
