//! The `map` step: a simple drawn map of a hamlet (no map tiles, nothing from the internet),
//! 12 squares wide and 8 high. Places are buttons on it. Four tasks: send my location to
//! someone, get directions to a place, find the house whose digital address code is on my
//! paper, and put a missing place on the map.
//!
//! Digital address codes are generated per attempt ([`super::phone::Practice::address_code`]):
//! 10 digits starting with `000`, marked MẪU.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::convert::Ctx;
use super::files::StepEntry;
use super::problem::{Problem, ProblemKind};
use super::validate::is_valid_id;

pub const COLUMNS: i64 = 12;
pub const ROWS: i64 = 8;
const MAX_PLACES: usize = 12;
const MAX_CONTACTS: usize = 8;
/// The kinds of place a learner can pick when adding one.
pub const CATEGORIES: [&str; 5] = ["shop", "restaurant", "homestay", "farm", "office"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum MapTask {
    Share,
    Route,
    FindCode,
    AddPlace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PlaceIcon {
    You,
    Home,
    Office,
    School,
    Health,
    Market,
    Culture,
    Shop,
    Homestay,
    Farm,
    Blank,
}

impl PlaceIcon {
    fn parse(s: &str) -> Option<PlaceIcon> {
        use PlaceIcon::*;
        Some(match s {
            "you" => You,
            "home" => Home,
            "office" => Office,
            "school" => School,
            "health" => Health,
            "market" => Market,
            "culture" => Culture,
            "shop" => Shop,
            "homestay" => Homestay,
            "farm" => Farm,
            "blank" => Blank,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Place {
    pub id: String,
    pub column: u8,
    pub row: u8,
    pub icon: PlaceIcon,
}

#[derive(Debug, Clone)]
pub struct MapStep {
    pub task: MapTask,
    pub places: Vec<Place>,
    /// Lines through grid points, each `[column, row]`.
    pub roads: Vec<Vec<[u8; 2]>>,
    pub contacts: Vec<String>,
    /// The contact (share) or place (the other tasks) that is right.
    pub answer: String,
    /// add-place: the right kind of place.
    pub category: Option<String>,
}

/// What the learner did on the map. A typed name is checked and never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MapAct {
    pub place: Option<String>,
    pub contact: Option<String>,
    pub category: Option<String>,
    pub name: Option<String>,
}

impl MapStep {
    /// The places the task lets the learner choose: not "you are here"; for find-code, houses.
    pub fn choosable(&self) -> Vec<&Place> {
        self.places
            .iter()
            .filter(|p| match self.task {
                MapTask::Share => false,
                MapTask::FindCode => p.icon == PlaceIcon::Home,
                MapTask::Route | MapTask::AddPlace => p.icon != PlaceIcon::You,
            })
            .collect()
    }

    /// Whether the act is one the screen could have given for this task.
    pub fn fits(&self, act: &MapAct) -> bool {
        let place_ok = |p: &Option<String>| p.as_ref().is_some_and(|id| self.choosable().iter().any(|c| &c.id == id));
        match self.task {
            MapTask::Share => {
                act.place.is_none()
                    && act.category.is_none()
                    && act.contact.as_ref().is_some_and(|c| self.contacts.contains(c))
            }
            MapTask::Route | MapTask::FindCode => {
                place_ok(&act.place) && act.contact.is_none() && act.category.is_none()
            }
            MapTask::AddPlace => {
                place_ok(&act.place)
                    && act.contact.is_none()
                    && act.category.as_deref().is_some_and(|c| CATEGORIES.contains(&c))
                    && act.name.as_ref().is_some_and(|n| n.chars().count() <= 200)
            }
        }
    }

    /// The parts that are wrong (empty: the act is right).
    pub fn wrong_parts(&self, act: &MapAct) -> Vec<String> {
        let mut out = vec![];
        match self.task {
            MapTask::Share => {
                if act.contact.as_deref() != Some(&self.answer) {
                    out.push("contact");
                }
            }
            MapTask::Route | MapTask::FindCode | MapTask::AddPlace => {
                if act.place.as_deref() != Some(&self.answer) {
                    out.push("place");
                }
            }
        }
        if self.task == MapTask::AddPlace {
            if act.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
                out.push("name");
            }
            if act.category != self.category {
                out.push("category");
            }
        }
        out.into_iter().map(str::to_owned).collect()
    }

    /// The right act, with a name typed where one is needed.
    pub fn right_act(&self) -> MapAct {
        match self.task {
            MapTask::Share => MapAct { place: None, contact: Some(self.answer.clone()), category: None, name: None },
            MapTask::Route | MapTask::FindCode => {
                MapAct { place: Some(self.answer.clone()), contact: None, category: None, name: None }
            }
            MapTask::AddPlace => MapAct {
                place: Some(self.answer.clone()),
                contact: None,
                category: self.category.clone(),
                name: Some("Quán tạp hóa".into()),
            },
        }
    }
}

fn grid_point(p: [i64; 2]) -> Option<[u8; 2]> {
    ((0..COLUMNS).contains(&p[0]) && (0..ROWS).contains(&p[1])).then(|| [p[0] as u8, p[1] as u8])
}

pub(super) fn convert(ctx: &Ctx<'_>, entry: &StepEntry, problems: &mut Vec<Problem>) -> super::model::StepKind {
    let step = &entry.id;
    let task = match entry.task.as_deref() {
        Some("share") => MapTask::Share,
        Some("route") => MapTask::Route,
        Some("find-code") => MapTask::FindCode,
        Some("add-place") => MapTask::AddPlace,
        _ => {
            ctx.bad_field(problems, "task");
            MapTask::Route
        }
    };
    let entries = entry.places.as_deref().unwrap_or_default();
    if entries.len() < 2 {
        ctx.bad_field(problems, "places (2–12)");
    }
    if entries.len() > MAX_PLACES {
        ctx.push(problems, ProblemKind::TooManyOptions { step: step.clone(), max: MAX_PLACES as u32 });
    }
    let mut places: Vec<Place> = vec![];
    let mut taken = BTreeSet::new();
    for p in entries {
        let line = ctx.line_of("id", &p.id);
        let bad = |problems: &mut Vec<Problem>, field: String| {
            problems.push(Problem::new(ctx.path, line, ProblemKind::StepField { step: step.clone(), field }));
        };
        if !is_valid_id(&p.id) {
            problems.push(Problem::new(ctx.path, line, ProblemKind::BadId { id: p.id.clone() }));
        }
        if places.iter().any(|q| q.id == p.id) {
            problems.push(Problem::new(
                ctx.path,
                line,
                ProblemKind::DuplicateOption { step: step.clone(), option: p.id.clone() },
            ));
        }
        let icon = PlaceIcon::parse(&p.icon);
        if icon.is_none() {
            bad(problems, format!("places: icon = \"{}\"", p.icon));
        }
        match grid_point(p.at) {
            Some(at) if taken.insert(at) => places.push(Place {
                id: p.id.clone(),
                column: at[0],
                row: at[1],
                icon: icon.unwrap_or(PlaceIcon::Blank),
            }),
            Some(_) => bad(problems, format!("places: at = [{}, {}] (two places on one square)", p.at[0], p.at[1])),
            None => bad(problems, format!("places: at = [{}, {}] (column 0–11, row 0–7)", p.at[0], p.at[1])),
        }
    }
    let mut roads = vec![];
    for road in entry.roads.as_deref().unwrap_or_default() {
        let points: Option<Vec<[u8; 2]>> = road.iter().map(|p| grid_point(*p)).collect();
        match points {
            Some(points) if points.len() >= 2 => roads.push(points),
            _ => ctx.bad_field(problems, "roads (2 or more points, column 0–11, row 0–7)"),
        }
    }
    let contacts = entry.contacts.clone().unwrap_or_default();
    if task == MapTask::Share {
        if !(2..=MAX_CONTACTS).contains(&contacts.len()) {
            ctx.bad_field(problems, "contacts (2–8)");
        }
        let mut seen = BTreeSet::new();
        for c in &contacts {
            if !is_valid_id(c) || !seen.insert(c.as_str()) {
                ctx.push(problems, ProblemKind::DuplicateOption { step: step.clone(), option: c.clone() });
            }
        }
    } else if entry.contacts.is_some() {
        ctx.push(problems, ProblemKind::FieldNotForKind { step: step.clone(), field: "contacts".into() });
    }
    let category = entry.category.clone();
    match (task, &category) {
        (MapTask::AddPlace, Some(c)) if CATEGORIES.contains(&c.as_str()) => {}
        (MapTask::AddPlace, _) => ctx.bad_field(problems, "category"),
        (_, Some(_)) => {
            ctx.push(problems, ProblemKind::FieldNotForKind { step: step.clone(), field: "category".into() })
        }
        _ => {}
    }
    let answer = entry.answer.clone().unwrap_or_default();
    let step = MapStep { task, places, roads, contacts, answer, category };
    // The answer must be something the task lets the learner choose: a contact to share with,
    // a place to go to, a house (find-code), a building the map does not name (add-place).
    let answer_ok = match task {
        MapTask::Share => step.contacts.contains(&step.answer),
        MapTask::AddPlace => step.places.iter().any(|p| p.id == step.answer && p.icon == PlaceIcon::Blank),
        _ => step.choosable().iter().any(|p| p.id == step.answer),
    };
    if !answer_ok {
        ctx.bad_field(problems, "answer");
    }
    super::model::StepKind::Map(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(task: MapTask) -> MapStep {
        let place = |id: &str, column, row, icon| Place { id: id.into(), column, row, icon };
        MapStep {
            task,
            places: vec![
                place("o-day", 1, 6, PlaceIcon::You),
                place("uy-ban", 9, 2, PlaceIcon::Office),
                place("nha-lan", 4, 4, PlaceIcon::Home),
                place("nha-binh", 5, 4, PlaceIcon::Home),
                place("quan", 7, 5, PlaceIcon::Blank),
            ],
            roads: vec![],
            contacts: vec!["con-gai".into(), "so-la".into()],
            answer: match task {
                MapTask::Share => "con-gai",
                MapTask::Route => "uy-ban",
                MapTask::FindCode => "nha-binh",
                MapTask::AddPlace => "quan",
            }
            .into(),
            category: (task == MapTask::AddPlace).then(|| "shop".into()),
        }
    }

    #[test]
    fn each_task_offers_its_own_choices() {
        let names = |m: &MapStep| m.choosable().iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert!(names(&map(MapTask::Share)).is_empty());
        assert_eq!(names(&map(MapTask::FindCode)), ["nha-lan", "nha-binh"]);
        assert_eq!(names(&map(MapTask::Route)).len(), 4, "never 'you are here'");
        for task in [MapTask::Share, MapTask::Route, MapTask::FindCode, MapTask::AddPlace] {
            let m = map(task);
            assert!(m.fits(&m.right_act()) && m.wrong_parts(&m.right_act()).is_empty(), "{task:?}");
        }
    }

    #[test]
    fn adding_a_place_needs_the_spot_a_name_and_the_kind() {
        let m = map(MapTask::AddPlace);
        let act = |place: &str, category: &str, name: &str| MapAct {
            place: Some(place.into()),
            contact: None,
            category: Some(category.into()),
            name: Some(name.into()),
        };
        assert!(m.wrong_parts(&act("quan", "shop", "Tạp hóa Hoa")).is_empty());
        assert_eq!(m.wrong_parts(&act("nha-lan", "shop", "Tạp hóa Hoa")), ["place"]);
        assert_eq!(m.wrong_parts(&act("quan", "farm", " ")), ["name", "category"]);
        assert!(!m.fits(&act("quan", "spaceport", "x")));
        assert!(!m.fits(&act("o-day", "shop", "x")), "not where I stand");
    }
}
