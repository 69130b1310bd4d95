//! `hocso`: the command line of Học Số, for lesson authors, staff who prefer a terminal,
//! tests and benchmarks. Every rule lives in `hocso-core`; this file only parses arguments
//! and prints.

mod commune;
mod crash;
mod data;
mod hub;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use hocso_core::i18n::{AppTexts, Locale};
use hocso_core::lessons::LessonLibrary;
use hocso_core::vietqr;

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
    /// Set this computer up: a commune office, or a hamlet computer with its hamlet code.
    Setup {
        #[arg(long, value_parser = ["commune", "hamlet"])]
        role: String,
        /// The commune's name (required for a commune office).
        #[arg(long)]
        commune: Option<String>,
        /// The hamlet's name, as people there call it (shown only; the code says which hamlet it is).
        #[arg(long)]
        hamlet: Option<String>,
        /// The hamlet code from the commune's setup sheet (a hamlet computer).
        #[arg(long)]
        code: Option<String>,
        /// The facilitator PIN (4–8 digits); without it a random one is made and printed.
        #[arg(long)]
        pin: Option<String>,
        #[arg(long)]
        db: PathBuf,
        /// The lessons folder: its catalogue says which lessons are core.
        #[arg(long, default_value = "lessons")]
        lessons: PathBuf,
    },
    /// The commune office: its hamlets, their codes and people in scope, the criterion, undo.
    Commune {
        #[command(subcommand)]
        command: commune::CommuneCommand,
    },
    /// Work with lesson content.
    Lessons {
        #[command(subcommand)]
        command: LessonsCommand,
    },
    /// Export this hamlet computer's results to one signed file (no names).
    Export {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// The lessons folder (to know which lessons are core).
        #[arg(long, default_value = "lessons")]
        lessons: PathBuf,
    },
    /// Copy the whole database to a file (a USB stick), safely while the app may be running.
    Backup {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Import hamlet export files. Exit 0 when each was imported or skipped, 1 when any was refused.
    Import {
        /// The commune office's database (or a hamlet computer merging its other computers).
        #[arg(long)]
        db: PathBuf,
        /// The lessons folder: its catalogue says which lessons are core.
        #[arg(long, default_value = "lessons")]
        lessons: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write the commune report (per hamlet: people in scope, skilled persons, %, ✓, needed).
    Report {
        #[arg(long)]
        db: PathBuf,
        #[arg(long, value_parser = ["csv", "xlsx", "json"])]
        format: String,
        #[arg(long)]
        out: PathBuf,
        /// The lessons folder (for the names of the basic skills).
        #[arg(long, default_value = "lessons")]
        lessons: PathBuf,
    },
    /// Realistic synthetic data for demos and benchmarks.
    Demo {
        #[arg(long)]
        db: Option<PathBuf>,
        /// With 1, a hamlet database; with more, a commune database holding that many hamlets.
        #[arg(long, default_value_t = 1)]
        hamlets: usize,
        /// A hamlet computer set up with this code (the same seed gives the same people).
        #[arg(long)]
        code: Option<String>,
        #[arg(long, default_value_t = 120)]
        learners: usize,
        /// Write the hamlets' export files here instead of a database.
        #[arg(long)]
        out_dir: Option<PathBuf>,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        #[arg(long, default_value = "lessons")]
        lessons: PathBuf,
    },
    /// For the crash harness: record answers (or import a file) until killed.
    #[command(hide = true)]
    CrashChild {
        #[arg(long)]
        db: PathBuf,
        #[arg(long, default_value = "lessons")]
        lessons: PathBuf,
        /// Import this file instead of answering.
        #[arg(long)]
        import: Option<PathBuf>,
    },
    /// Serve the lessons to phones on the local network, without a window (for tests and
    /// scripts): prints one join URL per `--learner` on stdout, then serves until SIGTERM.
    Hub {
        #[arg(long)]
        db: PathBuf,
        /// The address and port to listen on, such as 192.168.1.10:8765 (port 0: any free one).
        #[arg(long)]
        listen: std::net::SocketAddr,
        #[arg(long, default_value = "lessons")]
        lessons: PathBuf,
        /// The built UI (`make ui` writes it).
        #[arg(long, default_value = "ui/dist")]
        ui: PathBuf,
        /// A registered learner's full name, exactly: one join URL is printed for each.
        #[arg(long = "learner")]
        learners: Vec<String>,
    },
    /// Say a text with the offline voice: into a WAV file (`--out`), or print the words the
    /// voice would say (`--words`), to check how a text will sound.
    Speak {
        /// The text, as a lesson writes it.
        text: String,
        /// Write the sound to this WAV file.
        #[arg(long, required_unless_present = "words")]
        out: Option<PathBuf>,
        /// Only print what would be said (numbers, codes and links as words).
        #[arg(long)]
        words: bool,
        /// Speak slowly.
        #[arg(long)]
        slow: bool,
    },
    /// Make and read VietQR (NAPAS EMVCo) payment codes.
    Qr {
        #[command(subcommand)]
        command: QrCommand,
    },
}

#[derive(Subcommand)]
enum QrCommand {
    /// Print the payload of a VietQR code (and optionally draw it as SVG).
    Encode {
        /// Six-digit bank BIN, e.g. 970436 (Vietcombank).
        #[arg(long)]
        bin: String,
        /// Account number, or card number with --card.
        #[arg(long)]
        account: String,
        /// Amount in đồng; makes the code dynamic (one payment).
        #[arg(long)]
        amount: Option<u64>,
        /// Transfer purpose (accents are removed; at most 25 characters).
        #[arg(long)]
        purpose: Option<String>,
        /// The number is a domestic card number (service QRIBFTTC).
        #[arg(long)]
        card: bool,
        /// Also write the QR code as an SVG picture to this file.
        #[arg(long)]
        svg: Option<PathBuf>,
    },
    /// Read a VietQR payload and print what it says as JSON. Exits 2 when it is not valid.
    Decode {
        /// The payload text, e.g. 000201010211...6304ABCD
        payload: String,
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

fn speak(
    texts: &hocso_core::i18n::Texts,
    text: &str,
    out: Option<&std::path::Path>,
    words_only: bool,
    slow: bool,
) -> ExitCode {
    use hocso_core::speech::{to_words, Rate, Voice};
    let locale = texts.locale();
    let words = to_words(text, locale);
    if words_only {
        println!("{words}");
        return ExitCode::SUCCESS;
    }
    let rate = if slow { Rate::Slow } else { Rate::Normal };
    let result = Voice::find().synthesize(&words, locale, rate).map_err(hocso_core::Error::from).and_then(|wav| {
        std::fs::write(out.expect("clap requires --out"), wav).map_err(hocso_core::Error::io(out.unwrap()))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.message(texts));
            ExitCode::FAILURE
        }
    }
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
        Command::Qr { command } => qr(command, &texts),
        Command::Hub { db, listen, lessons, ui, learners } => {
            hub::run(&texts, hub::HubArgs { db: &db, listen, lessons: &lessons, ui: &ui, learners: &learners })
        }
        Command::Speak { text, out, words, slow } => speak(&texts, &text, out.as_deref(), words, slow),
        Command::CrashChild { db, lessons, import } => match import {
            None => crash::answers(&db, &lessons),
            Some(file) => crash::import(&db, &file),
        },
        Command::Export { db, out, lessons } => data::export(&texts, &db, &out, &lessons),
        Command::Backup { db, out } => data::backup(&texts, &db, &out),
        Command::Import { db, lessons, files } => data::import(&texts, &db, &files, &lessons),
        Command::Setup { role, commune, hamlet, code, pin, db, lessons } => commune::setup(
            &texts,
            commune::SetupArgs {
                role: if role == "commune" {
                    hocso_core::store::Role::Commune
                } else {
                    hocso_core::store::Role::Hamlet
                },
                commune,
                hamlet,
                code,
                pin,
                db,
                lessons,
            },
        ),
        Command::Commune { command } => commune::run(&texts, command),
        Command::Report { db, format, out, lessons } => data::report(&texts, &db, &format, &out, &lessons),
        Command::Demo { db, hamlets, code, learners, out_dir, seed, lessons } => data::demo(
            &texts,
            data::DemoArgs {
                db: db.as_deref(),
                code: code.as_deref(),
                out_dir: out_dir.as_deref(),
                hamlets,
                learners,
                seed,
                lessons: &lessons,
            },
        ),
        Command::Lessons { command: LessonsCommand::Check { dir } } => {
            let library = LessonLibrary::load(&dir);
            for problem in &library.problems {
                eprintln!("{}", problem.render(&texts));
            }
            let summary = library.summary();
            // Every lesson that loaded, with how often a guesser passes its final check.
            for lesson in &library.lessons {
                let core = if lesson.core { texts.get("cli-lesson-core") } else { String::new() };
                println!(
                    "{} v{}{}: {}",
                    lesson.id,
                    lesson.version,
                    core,
                    lesson.texts(texts.locale()).get("lesson-title")
                );
                if let Some(g) = &lesson.guessing {
                    let pct = |r| hocso_core::lessons::guessing::percent_text(r, texts.locale());
                    println!(
                        "    {}",
                        texts.format(
                            "cli-check-guessing",
                            &[
                                ("worst", pct(g.worst.pass_rate).into()),
                                ("strategy", g.worst.describe(&texts).into()),
                                ("random", pct(g.random).into()),
                                ("strategies", g.strategies.into()),
                            ],
                        )
                    );
                }
            }
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

fn qr(command: QrCommand, texts: &hocso_core::i18n::Texts) -> ExitCode {
    match command {
        QrCommand::Encode { bin, account, amount, purpose, card, svg } => {
            let request = vietqr::PaymentRequest { bin, account, card, amount, purpose };
            let payload = match vietqr::encode(&request) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{}", e.message(texts));
                    return ExitCode::from(2);
                }
            };
            if let Some(path) = svg {
                let written = vietqr::render_svg(&payload).map_err(|e| e.message(texts)).and_then(|svg| {
                    std::fs::write(&path, svg)
                        .map_err(|e| hocso_core::Error::Io { path: path.clone(), source: e }.message(texts))
                });
                if let Err(message) = written {
                    eprintln!("{message}");
                    return ExitCode::from(1);
                }
            }
            println!("{payload}");
            ExitCode::SUCCESS
        }
        QrCommand::Decode { payload } => match vietqr::decode(&payload) {
            Ok(payment) => {
                println!("{}", serde_json::to_string_pretty(&payment).expect("a payment serialises"));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}", e.message(texts));
                ExitCode::from(2)
            }
        },
    }
}
