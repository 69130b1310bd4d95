//! The `shop` step: a simulated shopping app. A buyer reads a product page and decides; a
//! seller fills the form that puts a product up for sale.
//!
//! The warning signs of a product page are worked out here from the page's facts, so a lesson
//! cannot contradict them and the learner is graded on the same rules the lesson teaches.
//! What a seller types is checked and never stored: only which parts were wrong.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::chat::Photo;
use super::convert::Ctx;
use super::files::StepEntry;
use super::problem::{Problem, ProblemKind};

/// The warning signs a product page can show, in the order the app lists them.
pub const SIGNS: [&str; 4] = ["price-too-low", "low-rating", "few-reviews", "pay-outside"];
/// The ways of delivery a seller can offer.
pub const DELIVERY: [&str; 3] = ["ship", "pickup", "local"];
/// Under this many tenths of a star, a shop is not well rated (shared/domain.md §9.1 cites
/// a rating of at least 4.0 for Shopee's "Yêu thích" label).
const LOW_RATING_TENTHS: u32 = 40;
/// Fewer ratings than this say little about a shop.
const FEW_REVIEWS: u32 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Badge {
    /// An official store (Shopee Mall, LazMall).
    Mall,
    /// A well-rated shop ("Yêu thích").
    Favourite,
}

/// What a buyer decides on a product page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BuyChoice {
    /// Order, paying in the app or on delivery.
    Order,
    /// Transfer money to the seller first, as the seller asks.
    PayFirst,
    /// Do not buy.
    Skip,
}

#[derive(Debug, Clone)]
pub struct BuyPage {
    pub picture: Option<String>,
    pub price: u64,
    pub market_price: Option<u64>,
    /// Average stars in tenths (4.9 → 49); `None`: no ratings yet.
    pub rating_tenths: Option<u32>,
    pub reviews: u32,
    pub sold: u32,
    pub badge: Option<Badge>,
    /// The seller asks to be paid outside the app.
    pub outside: bool,
}

impl BuyPage {
    /// The warning signs this page shows.
    pub fn signs(&self) -> Vec<&'static str> {
        let mut out = vec![];
        if self.market_price.is_some_and(|m| self.price.saturating_mul(2) < m) {
            out.push(SIGNS[0]);
        }
        if self.rating_tenths.is_some_and(|r| r < LOW_RATING_TENTHS) {
            out.push(SIGNS[1]);
        }
        if self.reviews < FEW_REVIEWS {
            out.push(SIGNS[2]);
        }
        if self.outside {
            out.push(SIGNS[3]);
        }
        out
    }

    /// With no sign: order in the app. With signs: do not buy, and name at least one of them
    /// and none the page does not show. Paying the seller first is never right.
    pub fn is_right(&self, choice: BuyChoice, ticked: &[String]) -> bool {
        let signs = self.signs();
        match choice {
            BuyChoice::Order => signs.is_empty(),
            BuyChoice::PayFirst => false,
            BuyChoice::Skip => {
                !signs.is_empty() && !ticked.is_empty() && ticked.iter().all(|t| signs.contains(&t.as_str()))
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct SellForm {
    pub photos: Vec<Photo>,
    pub price: u64,
    pub weight: u32,
    pub ocop: bool,
}

/// What a seller filled in. Typed text is checked, then dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Listing {
    pub photos: Vec<String>,
    pub name: String,
    pub origin: String,
    pub price: String,
    pub weight: String,
    pub ocop: bool,
    pub delivery: Vec<String>,
}

/// The digits of a typed number, with or without its unit as the task writes it:
/// "60.000", "60.000 đ", "60.000 đồng", "60000VNĐ", "500 gam", "500g" → the number. `None` when
/// there is no digit, another word, or too many digits.
fn typed_number(s: &str) -> Option<u64> {
    const UNITS: [&str; 8] = ["đồng", "vnđ", "vnd", "đ", "gram", "gam", "gr", "g"];
    let lower = s.trim().to_lowercase();
    let mut number = lower.as_str();
    for unit in UNITS {
        if let Some(rest) = number.strip_suffix(unit) {
            number = rest.trim_end();
            break;
        }
    }
    if !number.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')) {
        return None;
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    digits.parse().ok()
}

impl SellForm {
    /// The parts of the listing a real platform, or the lesson's task, would refuse.
    pub fn invalid_parts(&self, listing: &Listing) -> Vec<String> {
        let mut out = vec![];
        let chosen_ok = !listing.photos.is_empty()
            && listing.photos.iter().all(|id| self.photos.iter().any(|p| &p.id == id && p.correct));
        if !chosen_ok {
            out.push("photos");
        }
        if listing.name.trim().is_empty() {
            out.push("name");
        }
        if listing.origin.trim().is_empty() {
            out.push("origin");
        }
        if typed_number(&listing.price) != Some(self.price) {
            out.push("price");
        }
        if typed_number(&listing.weight) != Some(u64::from(self.weight)) {
            out.push("weight");
        }
        if listing.ocop != self.ocop {
            out.push("ocop");
        }
        if listing.delivery.is_empty() {
            out.push("delivery");
        }
        out.into_iter().map(str::to_owned).collect()
    }

    /// Whether a listing names only photos and ways of delivery the form offers.
    pub fn fits(&self, listing: &Listing) -> bool {
        let unique = |v: &[String]| v.iter().collect::<BTreeSet<_>>().len() == v.len();
        listing.photos.iter().all(|id| self.photos.iter().any(|p| &p.id == id))
            && listing.delivery.iter().all(|d| DELIVERY.contains(&d.as_str()))
            && unique(&listing.photos)
            && unique(&listing.delivery)
            && [&listing.name, &listing.origin, &listing.price, &listing.weight]
                .iter()
                .all(|s| s.chars().count() <= 200)
    }

    /// A listing filled in right, for tests and benchmarks.
    pub fn right_listing(&self) -> Listing {
        Listing {
            photos: self.photos.iter().filter(|p| p.correct).map(|p| p.id.clone()).collect(),
            name: "Củ cải muối".into(),
            origin: "Thôn Đông".into(),
            price: self.price.to_string(),
            weight: self.weight.to_string(),
            ocop: self.ocop,
            delivery: vec![DELIVERY[0].to_owned()],
        }
    }
}

/// What is kept of a listing: which photos and options were chosen, never the typed text.
pub fn listing_for_storage(listing: &Listing, invalid: &[String]) -> serde_json::Value {
    let mut v = BTreeMap::new();
    v.insert("photos", serde_json::json!(listing.photos));
    v.insert("ocop", serde_json::json!(listing.ocop));
    v.insert("delivery", serde_json::json!(listing.delivery));
    v.insert("invalid_parts", serde_json::json!(invalid));
    serde_json::json!({ "kind": "shop-sell", "listing": v })
}

#[derive(Debug, Clone)]
pub enum ShopStep {
    Buy(BuyPage),
    Sell(SellForm),
}

pub(super) fn convert(
    ctx: &Ctx<'_>,
    entry: &StepEntry,
    dir: &std::path::Path,
    problems: &mut Vec<Problem>,
) -> super::model::StepKind {
    let keys_for = |role: &str| -> &'static [&'static str] {
        match role {
            "buy" => &["role", "picture", "price", "market_price", "rating", "reviews", "sold", "badge", "outside"],
            _ => &["role", "photos", "price", "weight", "ocop"],
        }
    };
    let role = entry.role.as_deref().unwrap_or_default();
    if role != "buy" && role != "sell" {
        ctx.bad_field(problems, "role");
    }
    if role == "buy" || role == "sell" {
        // Only the keys of this role: a sell form has no stars, a product page no OCOP box.
        for key in super::convert::present(entry).into_iter().filter(|k| !keys_for(role).contains(k)) {
            if super::convert::allowed("shop").contains(&key) {
                ctx.push(
                    problems,
                    ProblemKind::FieldNotForKind { step: entry.id.clone(), field: format!("{key} ({role})") },
                );
            }
        }
    }
    let price = entry.price.unwrap_or(0);
    if price == 0 || price > 1_000_000_000 {
        ctx.bad_field(problems, "price");
    }
    if role == "sell" {
        let photos = super::chat::photos(ctx, entry, dir, problems);
        if photos.len() < 2 {
            ctx.push(problems, ProblemKind::TooFewOptions { step: entry.id.clone() });
        }
        if !photos.iter().any(|p| p.correct) {
            ctx.push(problems, ProblemKind::CorrectCount { step: entry.id.clone() });
        }
        let weight = entry.weight.unwrap_or(0);
        if weight == 0 || weight > 100_000 {
            ctx.bad_field(problems, "weight");
        }
        if entry.ocop.is_none() {
            ctx.bad_field(problems, "ocop");
        }
        return super::model::StepKind::Shop(ShopStep::Sell(SellForm {
            photos,
            price,
            weight,
            ocop: entry.ocop.unwrap_or(false),
        }));
    }
    let rating_tenths = match entry.rating {
        None => None,
        Some(r) if (1.0..=5.0).contains(&r) && ((r * 10.0).round() - r * 10.0).abs() < 1e-6 => {
            Some((r * 10.0).round() as u32)
        }
        Some(_) => {
            ctx.bad_field(problems, "rating (1.0–5.0, one decimal)");
            None
        }
    };
    let reviews = entry.reviews.unwrap_or(0);
    if rating_tenths.is_some() != (reviews > 0) {
        // Stars without ratings, or ratings without stars, is no real page.
        ctx.bad_field(problems, "reviews");
    }
    if entry.sold.is_none() {
        ctx.bad_field(problems, "sold");
    }
    let badge = match entry.badge.as_deref() {
        None => None,
        Some("mall") => Some(Badge::Mall),
        Some("favourite") => Some(Badge::Favourite),
        Some(other) => {
            ctx.bad_field(problems, &format!("badge = \"{other}\""));
            None
        }
    };
    if entry.market_price == Some(0) {
        ctx.bad_field(problems, "market_price");
    }
    super::model::StepKind::Shop(ShopStep::Buy(BuyPage {
        picture: entry.picture.clone(),
        price,
        market_price: entry.market_price,
        rating_tenths,
        reviews,
        sold: entry.sold.unwrap_or(0),
        badge,
        outside: entry.outside.unwrap_or(false),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> BuyPage {
        BuyPage {
            picture: None,
            price: 450_000,
            market_price: Some(500_000),
            rating_tenths: Some(48),
            reviews: 1_200,
            sold: 5_000,
            badge: Some(Badge::Mall),
            outside: false,
        }
    }

    #[test]
    fn signs_follow_from_the_page() {
        assert!(page().signs().is_empty());
        let cheap = BuyPage { price: 199_000, market_price: Some(850_000), ..page() };
        assert_eq!(cheap.signs(), vec!["price-too-low"]);
        let half = BuyPage { price: 250_000, ..page() };
        assert!(half.signs().is_empty(), "exactly half is not 'far below'");
        let new_shop = BuyPage { rating_tenths: None, reviews: 0, ..page() };
        assert_eq!(new_shop.signs(), vec!["few-reviews"]);
        let bad = BuyPage { rating_tenths: Some(39), reviews: 3, outside: true, ..page() };
        assert_eq!(bad.signs(), vec!["low-rating", "few-reviews", "pay-outside"]);
    }

    #[test]
    fn buying_is_graded_on_the_signs() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let good = page();
        assert!(good.is_right(BuyChoice::Order, &[]));
        assert!(!good.is_right(BuyChoice::Skip, &s(&["few-reviews"])));
        assert!(!good.is_right(BuyChoice::PayFirst, &[]));
        let bad = BuyPage { outside: true, reviews: 2, ..page() };
        assert!(!bad.is_right(BuyChoice::Order, &[]));
        assert!(!bad.is_right(BuyChoice::PayFirst, &[]));
        assert!(bad.is_right(BuyChoice::Skip, &s(&["pay-outside"])));
        assert!(bad.is_right(BuyChoice::Skip, &s(&["pay-outside", "few-reviews"])));
        assert!(!bad.is_right(BuyChoice::Skip, &[]), "a sign must be named");
        assert!(!bad.is_right(BuyChoice::Skip, &s(&["pay-outside", "price-too-low"])), "one the page lacks");
    }

    #[test]
    fn a_listing_is_checked_part_by_part() {
        let photo = |id: &str, correct| Photo { id: id.into(), picture: format!("{id}.svg"), correct };
        let form =
            SellForm { photos: vec![photo("ro", true), photo("the", false)], price: 60_000, weight: 500, ocop: false };
        let right = form.right_listing();
        assert!(form.invalid_parts(&right).is_empty());
        assert!(form.fits(&right));
        for (price, weight) in
            [("60.000 đ", "500 g"), ("60.000 đồng", "500 gam"), ("60000VNĐ", "500gram"), ("60,000", "500")]
        {
            let typed = Listing { price: price.into(), weight: weight.into(), ..right.clone() };
            assert!(
                form.invalid_parts(&typed).is_empty(),
                "{price} / {weight}: the unit as the task writes it is fine"
            );
        }
        for (price, weight) in [("60.000 $", "500"), ("sáu mươi nghìn", "500"), ("60.000", "0,5 kg")] {
            let typed = Listing { price: price.into(), weight: weight.into(), ..right.clone() };
            assert!(!form.invalid_parts(&typed).is_empty(), "{price} / {weight}");
        }
        let typed = Listing { price: "60.000 đ".into(), weight: "500 g".into(), ..right.clone() };
        let wrong = Listing {
            photos: vec!["ro".into(), "the".into()],
            name: " ".into(),
            origin: String::new(),
            price: "6000".into(),
            weight: "0,5 kg".into(),
            ocop: true,
            delivery: vec![],
        };
        assert_eq!(form.invalid_parts(&wrong), ["photos", "name", "origin", "price", "weight", "ocop", "delivery"]);
        let stored = listing_for_storage(&typed, &[]).to_string();
        assert!(!stored.contains("60.000") && !stored.contains("Củ cải") && !stored.contains("Thôn"), "{stored}");
        assert!(!form.fits(&Listing { delivery: vec!["drone".into()], ..right.clone() }));
        assert!(!form.fits(&Listing { photos: vec!["ro".into(), "ro".into()], ..right }));
    }
}
