//! No missing glyphs: every character the UI and the lessons show is drawn by the font the app
//! relies on where nothing else is installed, DejaVu Sans (Debian's `fonts-dejavu-core`, which
//! `make run` installs). A character it lacks is shown as an empty box on such a computer, as
//! the "＋" of "Người học mới" once was. See docs/architecture.md, "Fonts".

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const FONTS: [&str; 2] =
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() && !["node_modules", "dist", "generated"].contains(&name.as_str()) {
            files(&path, exts, out);
        } else if exts.iter().any(|e| name.ends_with(e)) {
            out.push(path);
        }
    }
}

#[test]
fn every_character_shown_is_in_the_fonts_the_app_relies_on() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut sources = vec![];
    files(&root.join("locales"), &[".ftl"], &mut sources);
    files(&root.join("lessons"), &[".ftl"], &mut sources);
    files(&root.join("ui/src"), &[".svelte", ".ts"], &mut sources);
    files(&root.join("ui"), &["index.html"], &mut sources);
    // Where each character outside ASCII is first used.
    let mut used: BTreeMap<char, String> = BTreeMap::new();
    for file in &sources {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Comments in Fluent files are for translators, never shown.
            if file.extension().is_some_and(|e| e == "ftl") && line.trim_start().starts_with('#') {
                continue;
            }
            for c in line.chars().filter(|c| !c.is_ascii() && !c.is_whitespace()) {
                used.entry(c)
                    .or_insert_with(|| format!("{}:{}", file.strip_prefix(&root).unwrap_or(file).display(), n + 1));
            }
        }
    }
    assert!(used.contains_key(&'ệ') && used.len() > 80, "{} characters", used.len());
    for font in FONTS {
        let data =
            std::fs::read(font).unwrap_or_else(|e| panic!("{font}: {e} (`make test` installs fonts-dejavu-core)"));
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        let missing: Vec<String> = used
            .iter()
            .filter(|(c, _)| face.glyph_index(**c).is_none())
            .map(|(c, at)| format!("{c} (U+{:04X}) first at {at}", *c as u32))
            .collect();
        assert!(missing.is_empty(), "{font} has no glyph for:\n{}", missing.join("\n"));
    }
}

/// The 24 pictures learners choose from: the files the UI shows are exactly the ones the core
/// accepts, each offered on the registration screen and named in every language.
#[test]
fn the_pictures_are_the_same_everywhere_and_have_no_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut on_disk: Vec<String> = std::fs::read_dir(root.join("ui/public/pictures"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().trim_end_matches(".svg").to_owned())
        .collect();
    on_disk.sort();
    let mut known: Vec<String> = hocso_core::store::PICTURES.iter().map(|p| (*p).to_owned()).collect();
    known.sort();
    assert_eq!(on_disk, known);
    let form = std::fs::read_to_string(root.join("ui/src/screens/NewLearner.svelte")).unwrap();
    for p in hocso_core::store::PICTURES {
        assert!(form.contains(&format!("\"{p}\"")), "{p} is not offered at registration");
        let svg = std::fs::read_to_string(root.join(format!("ui/public/pictures/{p}.svg"))).unwrap();
        assert!(!svg.contains("<text") && !svg.contains("href") && !svg.contains("<script"), "{p}.svg");
        for locale in hocso_core::i18n::Locale::ALL {
            let name = hocso_core::i18n::AppTexts::load(locale).get(&format!("picture-{p}"));
            assert!(!name.starts_with("picture-"), "{p} has no name in {locale:?}");
        }
    }
}
