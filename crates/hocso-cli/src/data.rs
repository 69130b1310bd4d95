//! `hocso export`, `import`, `report`, `demo`: the data commands for staff, tests and
//! benchmarks. Each calls the core and prints what happened.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use hocso_core::i18n::Texts;
use hocso_core::lessons::LessonLibrary;
use hocso_core::reports::{self, demo, TrustPolicy};
use hocso_core::store::Store;

fn fail(texts: &Texts, e: hocso_core::Error) -> ExitCode {
    eprintln!("{}", e.message(texts));
    ExitCode::from(1)
}

fn core_lessons(lessons: &Path) -> Vec<String> {
    LessonLibrary::load(lessons).catalog.core.iter().map(|c| c.to_string()).collect()
}

pub fn export(texts: &Texts, db: &Path, out: &Path, lessons: &Path) -> ExitCode {
    let run = || -> hocso_core::Result<reports::SignedExport> {
        let mut store = Store::open(db)?;
        let library = LessonLibrary::load(lessons);
        reports::export_to_file(&mut store, &library, db, out)
    };
    match run() {
        Ok(export) => {
            println!(
                "{}",
                texts.format(
                    "cli-exported",
                    &[
                        ("persons", export.body.totals.persons.into()),
                        ("skilled", export.body.totals.skilled.into()),
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
    match Store::open(db).and_then(|store| store.backup_to(out)) {
        Ok(()) => {
            println!("{}", texts.format("cli-backed-up", &[("file", out.display().to_string().into())]));
            ExitCode::SUCCESS
        }
        Err(e) => fail(texts, e),
    }
}

pub fn import(texts: &Texts, db: &Path, files: &[PathBuf], trust_new_keys: bool) -> ExitCode {
    let trust = if trust_new_keys { TrustPolicy::AlsoNewKeys } else { TrustPolicy::FirstKeyOnly };
    let report = match Store::open(db).and_then(|mut store| reports::import_files(&mut store, files, trust)) {
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
        let report = reports::commune_report(&mut store)?;
        // The basic skills' names come with the lessons (lessons/skills.toml and its texts).
        let skills = hocso_core::lessons::LessonLibrary::load(lessons).skill_names(texts.locale());
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
            std::fs::create_dir_all(dir).map_err(hocso_core::Error::io(dir))?;
            for i in 0..args.hamlets {
                let export = demo::demo_export(i, commune, &core, args.learners, args.seed);
                let path = dir.join(format!("hamlet-{:04}.json", i + 1));
                let bytes = serde_json::to_vec(&export).map_err(|e| hocso_core::Error::Internal(e.to_string()))?;
                reports::write_atomically(&path, &bytes)?;
            }
            return Ok(texts.format(
                "cli-demo-files",
                &[("hamlets", args.hamlets.into()), ("dir", dir.display().to_string().into())],
            ));
        }
        let db = args.db.ok_or_else(|| hocso_core::Error::Internal("--db or --out-dir is needed".into()))?;
        let mut store = Store::open(db)?;
        if args.hamlets <= 1 {
            let library = LessonLibrary::load(args.lessons);
            demo::demo_hamlet_db(&mut store, &demo::demo_hamlet_name(0), commune, &library, args.learners, args.seed)?;
        } else {
            let dir = tempfile_dir(db)?;
            let mut files = vec![];
            for i in 0..args.hamlets {
                let export = demo::demo_export(i, commune, &core, args.learners, args.seed);
                let path = dir.join(format!("hamlet-{:04}.json", i + 1));
                let bytes = serde_json::to_vec(&export).map_err(|e| hocso_core::Error::Internal(e.to_string()))?;
                reports::write_atomically(&path, &bytes)?;
                files.push(path);
            }
            reports::import_files(&mut store, &files, TrustPolicy::FirstKeyOnly)?;
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

fn tempfile_dir(db: &Path) -> hocso_core::Result<PathBuf> {
    let dir = db.with_extension("demo-exports");
    std::fs::create_dir_all(&dir).map_err(hocso_core::Error::io(&dir))?;
    Ok(dir)
}
