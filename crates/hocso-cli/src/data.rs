//! `hocso export`, `import`, `report`, `demo`: the data commands for staff, tests and
//! benchmarks. Each calls the core and prints what happened.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use hocso_core::i18n::Texts;
use hocso_core::lessons::LessonLibrary;
use hocso_core::reports::{self, demo};
use hocso_core::store::Store;

pub fn fail(texts: &Texts, e: hocso_core::Error) -> ExitCode {
    eprintln!("{}", e.message(texts));
    ExitCode::from(1)
}

/// The lessons folder: the one named, or when the default `lessons` is not in the current
/// folder, the repository's (the command line is a tool of the repository).
pub fn lessons_dir(lessons: &Path) -> PathBuf {
    if lessons == Path::new("lessons") && !lessons.join("catalog.toml").exists() {
        let beside = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
        if beside.join("catalog.toml").exists() {
            return beside;
        }
    }
    lessons.to_owned()
}

fn core_lessons(lessons: &Path) -> Vec<String> {
    LessonLibrary::load(&lessons_dir(lessons)).catalog.core.iter().map(|c| c.to_string()).collect()
}

pub fn export(texts: &Texts, db: &Path, out: &Path, lessons: &Path) -> ExitCode {
    let run = || -> hocso_core::Result<(reports::SignedExport, reports::CommuneReport)> {
        let mut store = Store::open(db)?;
        let library = LessonLibrary::load(&lessons_dir(lessons));
        reports::export_to_file(&mut store, &library, db, out)
    };
    match run() {
        Ok((export, summary)) => {
            println!(
                "{}",
                texts.format(
                    "cli-exported",
                    &[
                        ("persons", export.body.totals.persons.into()),
                        ("skilled", summary.total.skilled.into()),
                        ("file", out.display().to_string().into()),
                    ],
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(texts, e),
    }
}

pub fn backup(texts: &Texts, db: &Path, out: &Path) -> ExitCode {
    match Store::open(db).and_then(|store| store.usb_backup_to(out)) {
        Ok(()) => {
            println!("{}", texts.format("cli-backed-up", &[("file", out.display().to_string().into())]));
            ExitCode::SUCCESS
        }
        Err(e) => fail(texts, e),
    }
}

pub fn import(texts: &Texts, db: &Path, files: &[PathBuf], lessons: &Path) -> ExitCode {
    if !db.exists() {
        return fail(texts, hocso_core::Error::NotSetUp);
    }
    // The catalogue is not stored here: a refused file must change nothing. Imports tally with
    // the catalogue stored at setup or at the last report; a report re-tallies if it changed.
    let _ = lessons;
    let report = match Store::open(db).and_then(|mut store| reports::import_files(&mut store, files)) {
        Ok(r) => r,
        Err(e) => return fail(texts, e),
    };
    for (file, outcome) in &report.files {
        println!("{}: {}", file.display(), outcome.message(texts));
    }
    if report.any_refused() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn report(texts: &Texts, db: &Path, format: &str, out: &Path, lessons: &Path) -> ExitCode {
    let run = || -> hocso_core::Result<()> {
        let mut store = Store::open(db)?;
        let library = LessonLibrary::load(&lessons_dir(lessons));
        reports::set_criterion_catalogue(&mut store, &library)?;
        let report = reports::commune_report(&mut store)?;
        // The basic skills' names come with the lessons (lessons/skills.toml and its texts).
        let skills = library.skill_names(texts.locale());
        let bytes = match format {
            "csv" => reports::report_csv(&report, texts, &skills),
            "xlsx" => reports::report_xlsx(&report, texts, &skills)?,
            _ => serde_json::to_vec_pretty(&report).map_err(|e| hocso_core::Error::Internal(e.to_string()))?,
        };
        reports::write_atomically(out, &bytes)
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(texts, e),
    }
}

pub struct DemoArgs<'a> {
    pub db: Option<&'a Path>,
    pub code: Option<&'a str>,
    pub out_dir: Option<&'a Path>,
    pub hamlets: usize,
    pub learners: usize,
    pub seed: u64,
    pub lessons: &'a Path,
}

pub fn demo(texts: &Texts, args: DemoArgs<'_>) -> ExitCode {
    let core = core_lessons(args.lessons);
    let commune = "Xã Đầm Hà";
    let started = Instant::now();
    let run = || -> hocso_core::Result<String> {
        if let Some(dir) = args.out_dir {
            // Files only: each made-up hamlet under the code given or one made from the seed
            // (printed with its name).
            std::fs::create_dir_all(dir).map_err(hocso_core::Error::io(dir))?;
            let given = args.code.map(crate::commune::parse_code).transpose()?;
            for i in 0..args.hamlets {
                // Under the code given (a commune's, for one hamlet), or one made from the seed.
                let code = given.clone().unwrap_or_else(|| reports::HamletCode::from_seed(args.seed ^ (i as u64 + 1)));
                let export = demo::demo_export(i, &code, commune, &core, args.learners, args.seed);
                let path = dir.join(format!("hamlet-{:04}.json", i + 1));
                let bytes = serde_json::to_vec(&export).map_err(|e| hocso_core::Error::Internal(e.to_string()))?;
                reports::write_atomically(&path, &bytes)?;
                println!("{}\t{}", demo::demo_hamlet_name(i), code.printed());
            }
            return Ok(texts.format(
                "cli-demo-files",
                &[("hamlets", args.hamlets.into()), ("dir", dir.display().to_string().into())],
            ));
        }
        let db = args.db.ok_or_else(|| hocso_core::Error::Internal("--db or --out-dir is needed".into()))?;
        let mut store = Store::open(db)?;
        if args.hamlets <= 1 {
            let library = LessonLibrary::load(&lessons_dir(args.lessons));
            let code = args.code.map(crate::commune::parse_code).transpose()?;
            let name = demo::demo_hamlet_name(0);
            demo::demo_hamlet_db(&mut store, &name, commune, code.as_ref(), &library, args.learners, args.seed)?;
        } else {
            let dir = db.with_extension("demo-exports");
            let files =
                demo::demo_commune_files(&mut store, &dir, commune, &core, args.hamlets, args.learners, args.seed)?;
            let library = LessonLibrary::load(&lessons_dir(args.lessons));
            reports::set_criterion_catalogue(&mut store, &library)?;
            reports::import_files(&mut store, &files)?;
            let _ = std::fs::remove_dir_all(&dir);
        }
        Ok(texts.format(
            "cli-demo-db",
            &[
                ("hamlets", args.hamlets.max(1).into()),
                ("learners", args.learners.into()),
                ("file", db.display().to_string().into()),
            ],
        ))
    };
    match run() {
        Ok(message) => {
            println!("{message} ({:.1} s)", started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(e) => fail(texts, e),
    }
}
