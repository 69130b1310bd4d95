//! TypeScript types for the UI, generated from the Rust types with ts-rs, so that the UI and
//! the core cannot drift apart. The test fails when `ui/src/lib/generated/types.ts` is out of
//! date; `UPDATE_BINDINGS=1 cargo test -p hocso-core bindings` (or `make bindings`) rewrites it.

use ts_rs::{Config, TS};

use crate::error::UiError;
use crate::i18n::Locale;
use crate::lessons::{Answer, ProblemView};
use crate::store::{Gender, LearnerId, NewLearner, Role, Setup};
use crate::views::*;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/generated/types.ts");

fn render() -> String {
    let cfg = Config::new();
    let decls = [
        UiError::decl(&cfg),
        Locale::decl(&cfg),
        Role::decl(&cfg),
        Setup::decl(&cfg),
        Gender::decl(&cfg),
        LearnerId::decl(&cfg),
        NewLearner::decl(&cfg),
        ProblemView::decl(&cfg),
        Answer::decl(&cfg),
        crate::lessons::message::Channel::decl(&cfg),
        crate::lessons::phone::PhoneApp::decl(&cfg),
        crate::lessons::phone::InputRule::decl(&cfg),
        crate::lessons::qr_pay::QrAction::decl(&cfg),
        crate::lessons::chat::ChatKind::decl(&cfg),
        crate::lessons::chat::ChatAction::decl(&cfg),
        crate::lessons::shop::Badge::decl(&cfg),
        crate::lessons::shop::BuyChoice::decl(&cfg),
        crate::lessons::shop::Listing::decl(&cfg),
        crate::lessons::map::MapTask::decl(&cfg),
        crate::lessons::map::PlaceIcon::decl(&cfg),
        crate::lessons::map::MapAct::decl(&cfg),
        crate::views::ChatMessageView::decl(&cfg),
        crate::views::PictureView::decl(&cfg),
        crate::views::PlaceView::decl(&cfg),
        crate::views::SpeechLine::decl(&cfg),
        crate::views::SpokenLine::decl(&cfg),
        crate::speech::Rate::decl(&cfg),
        crate::store::LearnerSettings::decl(&cfg),
        crate::store::TextSize::decl(&cfg),
        PhoneFieldView::decl(&cfg),
        PracticeCardView::decl(&cfg),
        StartView::decl(&cfg),
        LearnerCard::decl(&cfg),
        LessonListView::decl(&cfg),
        TopicView::decl(&cfg),
        LessonState::decl(&cfg),
        LessonCard::decl(&cfg),
        Phase::decl(&cfg),
        PlayerView::decl(&cfg),
        StepView::decl(&cfg),
        StepContent::decl(&cfg),
        OptionView::decl(&cfg),
        ResultView::decl(&cfg),
        AnswerOutcome::decl(&cfg),
        FeedbackLine::decl(&cfg),
        crate::store::HamletProfile::decl(&cfg),
        FacilitatorView::decl(&cfg),
        GridLesson::decl(&cfg),
        GridRow::decl(&cfg),
        ImportResultView::decl(&cfg),
        DashboardView::decl(&cfg),
        DashboardRow::decl(&cfg),
        SessionView::decl(&cfg),
        PhoneStartView::decl(&cfg),
        PhoneJoinView::decl(&cfg),
        PhoneHubView::decl(&cfg),
        PhoneRow::decl(&cfg),
        SessionRow::decl(&cfg),
        CertificateView::decl(&cfg),
        SkillColumn::decl(&cfg),
        HardItemsView::decl(&cfg),
        HardLesson::decl(&cfg),
        HardItem::decl(&cfg),
        ImportedFileView::decl(&cfg),
        MyDataView::decl(&cfg),
        InactiveView::decl(&cfg),
        PickerView::decl(&cfg),
        InactiveRow::decl(&cfg),
        MyDataLine::decl(&cfg),
        UndoView::decl(&cfg),
        crate::store::CommuneHamlet::decl(&cfg),
        crate::store::IssuedCode::decl(&cfg),
        crate::reports::Undo::decl(&cfg),
        crate::app::SetupSheet::decl(&cfg),
    ];
    let mut out = String::from("// Generated from crates/hocso-core by ts-rs (src/bindings.rs). Do not edit by hand:\n// run `make bindings` after changing a Rust type.\n\n");
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out
}

#[test]
fn generated_typescript_types_are_up_to_date() {
    let fresh = render();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(PATH).parent().unwrap()).unwrap();
        std::fs::write(PATH, &fresh).unwrap();
        return;
    }
    let current = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(current == fresh, "ui/src/lib/generated/types.ts is out of date: run `make bindings`");
}
