//! `hocso`: the command line of Học Số, for lesson authors, staff who prefer a terminal,
//! tests and benchmarks. Every rule lives in `hocso-core`; this file only parses arguments
//! and prints.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use hocso_core::i18n::{AppTexts, Locale};
use hocso_core::lessons::LessonLibrary;

#[derive(Parser)]
#[command(name = "hocso", version, about = "Học Số — lesson checks and data tools")]
struct Cli {
    /// Language of messages: vi (default) or en. Defaults to the LANG environment variable.
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Work with lesson content.
    Lessons {
        #[command(subcommand)]
        command: LessonsCommand,
    },
}

#[derive(Subcommand)]
enum LessonsCommand {
    /// Check the catalogue, every lesson and every .ftl file; list every error with its file
    /// and line. Exits 1 when there is any error.
    Check {
        /// The lessons folder (holding catalog.toml).
        #[arg(default_value = "lessons")]
        dir: PathBuf,
    },
}

fn locale(flag: Option<&str>) -> Locale {
    match flag {
        Some(code) => Locale::negotiate(&[code]),
        None => {
            let env: Vec<String> = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|k| std::env::var(k).ok())
                .filter(|v| !v.is_empty() && v != "C" && v != "C.UTF-8" && v != "POSIX")
                .collect();
            Locale::negotiate(&env)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let texts = AppTexts::load(locale(cli.lang.as_deref()));
    match cli.command {
        Command::Lessons { command: LessonsCommand::Check { dir } } => {
            let library = LessonLibrary::load(&dir);
            for problem in &library.problems {
                eprintln!("{}", problem.render(&texts));
            }
            let summary = library.summary();
            if library.problems.is_empty() {
                println!(
                    "{}",
                    texts.format(
                        "cli-check-ok",
                        &[
                            ("lessons", summary.lessons.into()),
                            ("steps", summary.steps.into()),
                            ("locales", summary.locales.join(", ").into()),
                        ],
                    )
                );
                ExitCode::SUCCESS
            } else {
                eprintln!("{}", texts.format("cli-check-failed", &[("count", library.problems.len().into())]));
                ExitCode::from(1)
            }
        }
    }
}
