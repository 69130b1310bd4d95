//! The checker's part for recorded voices (`audio/<locale>/<text-id>.ogg`): each file must
//! belong to a text the lesson has, in a language the app knows, and must play.

use std::collections::BTreeSet;
use std::path::Path;

use super::problem::{Problem, ProblemKind};
use crate::i18n::Locale;
use crate::speech::recorded;

pub(super) fn check(dir: &Path, text_ids: &BTreeSet<&str>, problems: &mut Vec<Problem>) {
    let Ok(locales) = std::fs::read_dir(dir.join("audio")) else { return };
    for locale_dir in locales.flatten() {
        let path = locale_dir.path();
        let known = path.file_name().and_then(|n| n.to_str()).and_then(Locale::from_code).is_some();
        if !path.is_dir() || !known {
            problems.push(Problem::new(&path, None, ProblemKind::RecordingUnknown));
            continue;
        }
        let Ok(files) = std::fs::read_dir(&path) else { continue };
        for file in files.flatten() {
            let file = file.path();
            let ogg = file.extension().is_some_and(|e| e == recorded::EXTENSION);
            let id = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            if !ogg || !text_ids.contains(id) {
                problems.push(Problem::new(&file, None, ProblemKind::RecordingUnknown));
                continue;
            }
            let decoded = std::fs::read(&file).map_err(|e| e.to_string()).and_then(recorded::decode_millis);
            if let Err(detail) = decoded {
                problems.push(Problem::new(&file, None, ProblemKind::RecordingBroken { detail }));
            }
        }
    }
}
