//! `hocso setup` and `hocso commune …`: setting a computer up, and the commune office's
//! register of hamlets, codes, people in scope, criterion and undo. Every rule lives in
//! `hocso-core`; this file parses arguments and prints.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use hocso_core::i18n::Texts;
use hocso_core::reports::{self, HamletCode, Undo};
use hocso_core::store::{Role, Setup, Store};

use crate::data::fail;

#[derive(Subcommand)]
pub enum CommuneCommand {
    /// List the commune's hamlets: people in scope, code issued (check value), files.
    List {
        #[arg(long)]
        db: PathBuf,
    },
    /// Add a hamlet to the commune's register, by its official name.
    AddHamlet {
        name: String,
        #[arg(long)]
        db: PathBuf,
    },
    /// Rename a registered hamlet (its files and counts stay with it).
    RenameHamlet {
        name: String,
        new_name: String,
        #[arg(long)]
        db: PathBuf,
    },
    /// Issue (or re-issue) a hamlet's code; prints the setup sheet, the code on the last line.
    IssueCode {
        name: String,
        #[arg(long)]
        db: PathBuf,
        /// Also write the setup file for a USB stick.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Set a hamlet's people in scope from the commune's own registers.
    SetScope {
        name: String,
        #[arg(long)]
        count: u32,
        #[arg(long, default_value = "người trong độ tuổi lao động")]
        label: String,
        #[arg(long)]
        db: PathBuf,
    },
    /// Set the commune's threshold (percent, met when strictly above) and its wording.
    Criterion {
        #[arg(long)]
        threshold: u32,
        #[arg(long)]
        wording: Option<String>,
        #[arg(long)]
        db: PathBuf,
    },
    /// Forget one imported file (its number in `list --files`). Without --yes, only says what would change.
    ForgetFile {
        id: i64,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        db: PathBuf,
    },
    /// Retire a computer (its id): its file goes, its later files are refused. Without --yes, only says what would change.
    RetireComputer {
        installation_id: String,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        db: PathBuf,
    },
    /// Remove every file of a hamlet (the hamlet and its code stay). Without --yes, only says what would change.
    RemoveHamletData {
        name: String,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        db: PathBuf,
    },
}

/// `hocso setup`: a commune-office computer, or a hamlet computer with its code (no learners).
pub struct SetupArgs {
    pub role: Role,
    pub commune: Option<String>,
    pub hamlet: Option<String>,
    pub code: Option<String>,
    pub pin: Option<String>,
    pub db: PathBuf,
    pub lessons: PathBuf,
}

pub fn setup(texts: &Texts, args: SetupArgs) -> ExitCode {
    // Without --pin, a random one is made and printed once (the command line runs unattended).
    let pin = args.pin.unwrap_or_else(|| {
        use rand::RngExt;
        format!("{:06}", rand::rng().random_range(0..1_000_000u32))
    });
    let setup = Setup {
        role: args.role,
        hamlet_name: args.hamlet.unwrap_or_else(|| texts.get("cli-setup-unnamed-hamlet")),
        commune_name: args.commune.unwrap_or_else(|| texts.get("cli-setup-unnamed-commune")),
        hamlet_code: args.code,
        pin: pin.clone(),
        pin_repeat: pin.clone(),
    };
    let run = || -> hocso_core::Result<(Option<String>, Option<String>)> {
        let mut store = Store::open(&args.db)?;
        let installation = store.set_up(&setup)?;
        // The commune's criterion takes its core lessons and skills from this catalogue.
        let library = hocso_core::lessons::LessonLibrary::load(&crate::data::lessons_dir(&args.lessons));
        reports::set_criterion_catalogue(&mut store, &library)?;
        Ok((store.hamlet_code()?.map(|c| c.check_value()), installation.recovery_code))
    };
    match run() {
        Ok((check, recovery)) => {
            println!("{}", texts.format("cli-setup-done", &[("file", args.db.display().to_string().into())]));
            if let Some(check) = check {
                println!("{}", texts.format("cli-setup-check-value", &[("check", check.into())]));
            }
            println!("{}", texts.format("cli-setup-pin", &[("pin", pin.into())]));
            if let Some(code) = recovery {
                println!("{}", texts.format("cli-setup-recovery", &[("code", code.into())]));
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(texts, e),
    }
}

fn open(db: &Path) -> hocso_core::Result<Store> {
    if !db.exists() {
        return Err(hocso_core::Error::NotSetUp);
    }
    Store::open(db)
}

fn undo(texts: &Texts, db: &Path, undo: Undo, yes: bool) -> hocso_core::Result<String> {
    let mut store = open(db)?;
    let effect = if yes { reports::commit_undo(&mut store, &undo)? } else { reports::preview_undo(&mut store, &undo)? };
    Ok(texts.format(
        if yes { "undo-done" } else { "cli-undo-preview" },
        &[
            ("hamlet", effect.hamlet.into()),
            ("files", effect.files_removed.into()),
            ("personsBefore", effect.persons_before.into()),
            ("personsAfter", effect.persons_after.into()),
            ("skilledBefore", effect.skilled_before.into()),
            ("skilledAfter", effect.skilled_after.into()),
        ],
    ))
}

pub fn run(texts: &Texts, command: CommuneCommand) -> ExitCode {
    let result = || -> hocso_core::Result<String> {
        match command {
            CommuneCommand::List { db } => {
                let store = open(&db)?;
                let mut lines = vec![];
                for h in store.commune_hamlets()? {
                    let scope = h.people_in_scope.map(|n| n.to_string()).unwrap_or_else(|| "—".into());
                    let code = match &h.code {
                        Some(c) => texts.format("cli-hamlet-code-issued", &[("check", c.check_value.clone().into())]),
                        None => texts.get("cli-hamlet-no-code"),
                    };
                    lines.push(format!("{}\t{}\t{}", h.name, scope, code));
                }
                for f in store.imported_file_list()? {
                    lines.push(texts.format(
                        "cli-file-line",
                        &[
                            ("id", f.id.to_string().into()),
                            ("hamlet", f.hamlet.into()),
                            ("computer", f.installation_id.into()),
                            ("number", f.export_number.into()),
                            ("persons", f.persons.into()),
                        ],
                    ));
                }
                Ok(lines.join("\n"))
            }
            CommuneCommand::AddHamlet { name, db } => {
                let h = open(&db)?.add_commune_hamlet(&name)?;
                Ok(texts.format("cli-hamlet-added", &[("hamlet", h.name.into())]))
            }
            CommuneCommand::RenameHamlet { name, new_name, db } => {
                let mut store = open(&db)?;
                let h = store.commune_hamlet(&name)?;
                let h = store.rename_commune_hamlet(h.id, &new_name)?;
                Ok(texts.format("cli-hamlet-renamed", &[("hamlet", h.name.into())]))
            }
            CommuneCommand::IssueCode { name, db, out } => {
                let mut store = open(&db)?;
                let h = store.commune_hamlet(&name)?;
                let issued = store.issue_hamlet_code(h.id)?;
                let commune = store.installation()?.map(|i| i.commune_name).unwrap_or_default();
                if let Some(out) = &out {
                    let sheet = hocso_core::app::SetupSheet {
                        format: hocso_core::app::SETUP_FILE_FORMAT.into(),
                        commune: commune.clone(),
                        hamlet: h.name.clone(),
                        code: issued.printed.clone(),
                        check_value: issued.check_value.clone(),
                    };
                    let bytes =
                        serde_json::to_vec_pretty(&sheet).map_err(|e| hocso_core::Error::Internal(e.to_string()))?;
                    reports::write_atomically(out, &bytes)?;
                }
                // The code on the last line, alone, in its printed form: scripts read it there.
                Ok([
                    texts.format(
                        "cli-code-issued",
                        &[("hamlet", h.name.into()), ("commune", commune.into()), ("check", issued.check_value.into())],
                    ),
                    issued.printed,
                ]
                .join("\n"))
            }
            CommuneCommand::SetScope { name, count, label, db } => {
                let mut store = open(&db)?;
                let h = store.commune_hamlet(&name)?;
                store.set_commune_hamlet_scope(h.id, Some(count), &label)?;
                Ok(texts.format("cli-scope-set", &[("hamlet", h.name.into()), ("count", count.into())]))
            }
            CommuneCommand::Criterion { threshold, wording, db } => {
                let mut store = open(&db)?;
                reports::set_criterion(&mut store, threshold, wording.as_deref())?;
                Ok(texts.format("cli-criterion-set", &[("threshold", threshold.into())]))
            }
            CommuneCommand::ForgetFile { id, yes, db } => undo(texts, &db, Undo::ForgetFile(id), yes),
            CommuneCommand::RetireComputer { installation_id, yes, db } => {
                undo(texts, &db, Undo::RetireComputer(installation_id), yes)
            }
            CommuneCommand::RemoveHamletData { name, yes, db } => {
                let id = open(&db)?.commune_hamlet(&name)?.id;
                undo(texts, &db, Undo::RemoveHamletData(id), yes)
            }
        }
    };
    match result() {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(texts, e),
    }
}

/// A typed code read back (for `hocso demo --code`).
pub fn parse_code(typed: &str) -> hocso_core::Result<HamletCode> {
    HamletCode::parse(typed).map_err(hocso_core::Error::HamletCode)
}
