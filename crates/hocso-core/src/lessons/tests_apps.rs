//! The simulated-app steps (chat, shop, map) through the real loader: a good lesson loads and
//! grades, and each bad form is reported with its file and line.

use super::tests::{fixture, rendered};
use super::*;
use crate::lessons::chat::ChatAction;
use crate::lessons::map::MapAct;
use crate::lessons::phone::Practice;
use crate::lessons::shop::{BuyChoice, Listing};

const CATALOG: &str = "format_version = 1\ncore = []\n\n[[topics]]\nid = \"apps\"\nlessons = [\"apps\"]\n";
const SVG: &str =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>";

const LESSON: &str = r#"id = "apps"
version = 1
topic = "apps"
skills = []

[[steps]]
id = "nhom"
kind = "chat"
chat = "group"
messages = [
  { id = "tb", from = "truong-thon", time = "07:30", pinned = true },
  { id = "hop", from = "truong-thon", time = "07:32", poll = ["t7", "cn"] },
  { id = "den", from = "hang-xom", time = "08:10", picture = "den.svg" },
  { id = "toi", from = "me", time = "08:15" },
]
replies = ["da-biet"]
photos = [ { id = "den-hong", picture = "den.svg" } ]
expect = { action = "vote", message = "hop", option = "cn" }

[[steps]]
id = "mua"
kind = "shop"
role = "buy"
price = 199000
market_price = 850000
rating = 4.9
reviews = 3
sold = 15
outside = true

[[steps]]
id = "ban"
kind = "shop"
role = "sell"
photos = [ { id = "ro", picture = "den.svg", correct = true }, { id = "mo", picture = "den.svg" } ]
price = 60000
weight = 500
ocop = false

[[steps]]
id = "ban-do"
kind = "map"
task = "add-place"
places = [
  { id = "o-day", at = [1, 6], icon = "you" },
  { id = "cho", at = [6, 5], icon = "market" },
  { id = "quan", at = [8, 3], icon = "blank" },
]
roads = [ [[0, 6], [11, 6]] ]
answer = "quan"
category = "shop"

[final_check]
draw = 1

[[final_check.items]]
id = "xep"
kind = "order"
items = ["a", "b", "c", "d", "e", "f"]
"#;

const FTL: &str = "lesson-title = T\nlesson-summary = S
nhom-title = Thôn Đông\nnhom-task = Bình chọn\nnhom-hint = H\nnhom-explain = E\nnhom-by-truong-thon = Trưởng thôn\nnhom-by-hang-xom = Hàng xóm
nhom-msg-tb = Họp thôn\nnhom-msg-hop = Họp hôm nào?\nnhom-msg-hop-t7 = Thứ bảy\nnhom-msg-hop-cn = Chủ nhật\nnhom-msg-den = Đèn hỏng\nnhom-msg-toi = Vâng
nhom-reply-da-biet = Tôi biết rồi\nnhom-photo-den-hong = Ảnh đèn hỏng
mua-task = Mua nồi\nmua-product = Nồi\nmua-shop = Shop\nmua-seller = Chuyển khoản\nmua-hint = H\nmua-explain = E
ban-task = Bán\nban-hint = H\nban-explain = E\nban-photo-ro = Ảnh rõ\nban-photo-mo = Ảnh mờ
xep-prompt = P\nxep-hint = H\nxep-a = A\nxep-b = B\nxep-c = C\nxep-d = D\nxep-e = E\nxep-f = F
ban-do-task = Thêm\nban-do-hint = H\nban-do-explain = E\nban-do-place-o-day = Bạn\nban-do-place-cho = Chợ\nban-do-place-quan = Nhà
";

fn files(lesson: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("catalog.toml", CATALOG),
        ("vi.ftl", "topic-apps = Ứng dụng\n"),
        ("en.ftl", "topic-apps = Apps\n"),
        ("apps/lesson.toml", lesson),
        ("apps/vi.ftl", FTL),
        ("apps/en.ftl", FTL),
        ("apps/den.svg", SVG),
    ]
}

#[test]
fn a_lesson_with_every_simulated_app_loads_and_grades_what_the_learner_did() {
    let dir = fixture(&files(LESSON));
    let library = LessonLibrary::load(dir.path());
    assert!(library.problems.is_empty(), "{:#?}", rendered(&library));
    let lesson = &library.lessons[0];
    let practice = Practice::for_attempt(3);
    let step = |id: &str| lesson.step(id).unwrap();
    for id in ["nhom", "mua", "ban", "ban-do"] {
        assert!(grade(step(id), &right_answer(step(id), &practice), &practice).unwrap().correct, "{id}");
    }
    let chat = |action, message: Option<&str>, option: Option<&str>| Answer::Chat {
        action,
        message: message.map(str::to_owned),
        option: option.map(str::to_owned),
        caption: Some("Đèn hỏng".into()),
    };
    assert!(!grade(step("nhom"), &chat(ChatAction::Vote, Some("hop"), Some("t7")), &practice).unwrap().correct);
    assert!(!grade(step("nhom"), &chat(ChatAction::Leave, None, None), &practice).unwrap().correct);
    // What the screen cannot offer is refused, not marked wrong: a vote on a message without a
    // poll, a report of one's own message, blocking in a group.
    for misfit in [
        chat(ChatAction::Vote, Some("tb"), Some("t7")),
        chat(ChatAction::Report, Some("toi"), None),
        chat(ChatAction::Block, None, None),
    ] {
        assert!(grade(step("nhom"), &misfit, &practice).is_err(), "{misfit:?}");
    }
    let buy = |choice, signs: &[&str]| Answer::ShopBuy { choice, signs: signs.iter().map(|s| s.to_string()).collect() };
    let g = grade(step("mua"), &buy(BuyChoice::Skip, &["pay-outside", "low-rating"]), &practice).unwrap();
    assert!(!g.correct && g.wrong_flags == ["low-rating"], "4.9 stars is not low: {g:?}");
    assert!(grade(step("mua"), &buy(BuyChoice::Skip, &["price-too-low"]), &practice).unwrap().correct);
    assert!(!grade(step("mua"), &buy(BuyChoice::Order, &[]), &practice).unwrap().correct);
    assert!(grade(step("mua"), &buy(BuyChoice::Order, &["few-reviews"]), &practice).is_err());

    let Answer::ShopSell { listing } = right_answer(step("ban"), &practice) else { panic!() };
    let wrong = Listing { photos: vec!["mo".into()], ocop: true, ..listing };
    let g = grade(step("ban"), &Answer::ShopSell { listing: wrong.clone() }, &practice).unwrap();
    assert_eq!(g.invalid_fields, ["photos", "ocop"]);
    let stored = Answer::ShopSell { listing: wrong }.for_storage(&g);
    assert!(!stored.contains("Củ cải") && stored.contains("invalid_parts"), "{stored}");

    let map = |place: &str, category: &str| Answer::Map {
        act: MapAct {
            place: Some(place.into()),
            contact: None,
            category: Some(category.into()),
            name: Some("Tạp hóa Hoa".into()),
        },
    };
    assert!(grade(step("ban-do"), &map("quan", "shop"), &practice).unwrap().correct);
    assert_eq!(grade(step("ban-do"), &map("cho", "farm"), &practice).unwrap().invalid_fields, ["place", "category"]);
    assert!(grade(step("ban-do"), &map("o-day", "shop"), &practice).is_err(), "not where I stand");
    let stored = map("quan", "shop").for_storage(&grade(step("ban-do"), &map("quan", "shop"), &practice).unwrap());
    assert!(!stored.contains("Tạp hóa") && stored.contains("\"name_typed\":true"), "{stored}");
}

/// Each bad form, a text on the line it must be reported on (in the broken file), and a word
/// of the message.
#[test]
fn each_bad_form_of_the_new_kinds_is_reported_on_its_line() {
    let cases: [(&str, &str, &str, &str); 16] = [
        ("chat = \"group\"", "chat = \"crowd\"", "chat = \"crowd\"", "chat"),
        ("time = \"07:32\"", "time = \"7:32\"", "\"7:32\"", "time"),
        ("poll = [\"t7\", \"cn\"]", "poll = [\"t7\"]", "poll = [\"t7\"]", "poll"),
        (
            "picture = \"den.svg\" },\n  { id = \"toi\"",
            "picture = \"nope.svg\" },\n  { id = \"toi\"",
            "nope.svg",
            "nope.svg",
        ),
        ("option = \"cn\" }", "option = \"ct\" }", "option = \"ct\"", "expect"),
        ("expect = { action = \"vote\"", "expect = { action = \"dance\"", "dance", "dance"),
        ("id = \"toi\", from = \"me\"", "id = \"tb\", from = \"me\"", "id = \"tb\", from = \"me\"", "tb"),
        ("rating = 4.9", "rating = 7.5", "rating = 7.5", "rating"),
        ("outside = true", "outside = true\nweight = 3", "id = \"mua\"", "weight"),
        ("role = \"buy\"", "role = \"steal\"", "role = \"steal\"", "role"),
        (
            "{ id = \"ro\", picture = \"den.svg\", correct = true }",
            "{ id = \"ro\", picture = \"den.svg\" }",
            "id = \"ban\"",
            "right",
        ),
        ("ocop = false", "", "id = \"ban\"", "ocop"),
        ("task = \"add-place\"", "task = \"fly\"", "task = \"fly\"", "task"),
        ("at = [8, 3]", "at = [12, 3]", "at = [12, 3]", "12"),
        ("answer = \"quan\"", "answer = \"cho\"", "answer = \"cho\"", "answer"),
        ("category = \"shop\"", "category = \"spaceport\"", "category = \"spaceport\"", "category"),
    ];
    for (from, to, marker, word) in cases {
        assert!(LESSON.contains(from), "{from}");
        let broken: &'static str = Box::leak(LESSON.replacen(from, to, 1).into_boxed_str());
        let line = broken.lines().position(|l| l.contains(marker)).expect(marker) + 1;
        let dir = fixture(&files(broken));
        let library = LessonLibrary::load(dir.path());
        let problems = rendered(&library);
        let wanted = format!("lesson.toml:{line}:");
        assert!(
            problems.iter().any(|p| p.contains(&wanted) && p.contains(word)),
            "{from} → {to}: wanted line {line} with “{word}”, got {problems:#?}"
        );
        assert!(library.lessons.is_empty(), "a broken lesson is left out");
    }
}
