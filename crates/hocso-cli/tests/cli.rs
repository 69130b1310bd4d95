//! The `hocso` command as a person runs it.

use assert_cmd::Command;
use predicates::prelude::*;

fn hocso() -> Command {
    Command::cargo_bin("hocso").unwrap()
}

fn repo(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

#[test]
fn lessons_check_passes_on_the_shipped_lessons_with_a_summary() {
    hocso()
        .args(["--lang", "en", "lessons", "check"])
        .arg(repo("lessons"))
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"\n\d+ lessons?, \d+ steps, locales: vi, en\n$").unwrap())
        .stdout(predicate::str::contains("vneid v3 (core): "))
        .stdout(predicate::str::contains("dich-vu-cong v3 (core): Public services online"))
        .stdout(predicate::str::contains("thanh-toan-qr v3 (core): "))
        .stdout(predicate::str::contains("nhan-dien-lua-dao v3 (core): Spotting scams"))
        // Each lesson's guessing figure, all below 1%.
        .stdout(
            predicate::str::is_match(
                r"(?m)^    A guesser passes the final check: (<)?0\.\d+% \(worst of \d+ strategies: ",
            )
            .unwrap(),
        )
        .stdout(predicate::function(|out: &str| out.matches("A guesser passes the final check: ").count() == 9));
}

#[test]
fn a_lesson_built_to_be_guessed_is_refused_naming_the_strategy_and_exits_1() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/guessable-lessons");
    hocso()
        .args(["--lang", "vi", "lessons", "check"])
        .arg(&fixture)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "doan-mo/lesson.toml:11: Người đoán mò qua được bài kiểm tra cuối 100,00% số lần",
        ))
        .stderr(predicate::str::contains("câu chọn: luôn chọn ý dài nhất"))
        .stderr(predicate::str::contains("tối đa là 1%"));
}

#[test]
fn lessons_check_speaks_vietnamese_by_default() {
    hocso()
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["lessons", "check"])
        .arg(repo("lessons"))
        .assert()
        .success()
        .stdout(predicate::str::contains(" bài, ").and(predicate::str::contains("ngôn ngữ: vi, en")));
}

#[test]
fn a_broken_lesson_is_named_with_file_and_line_and_exits_1() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken-lessons");
    hocso()
        .args(["--lang", "en", "lessons", "check"])
        .arg(&fixture)
        .assert()
        .code(1)
        // The lesson that loaded is still listed, with its guessing figure (1 in 720).
        .stdout(predicate::str::contains("good v1: ").and(predicate::str::contains("0.14%")))
        .stderr(predicate::str::contains("broken/lesson.toml:7: Syntax error"))
        .stderr(predicate::str::contains("Fix this line"))
        .stderr(predicate::str::contains("good/").not());
}

#[test]
fn a_missing_lessons_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    hocso()
        .args(["--lang", "vi", "lessons", "check"])
        .arg(dir.path().join("nowhere"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("catalog.toml: Không đọc được tệp"));
}

const NAPAS_STATIC: &str =
    "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F";

#[test]
fn qr_encode_prints_the_napas_example_payload() {
    hocso()
        .args(["qr", "encode", "--bin", "970403", "--account", "0011012345678"])
        .assert()
        .success()
        .stdout(format!("{NAPAS_STATIC}\n"));
}

#[test]
fn qr_decode_prints_json_of_what_the_code_says() {
    let out = hocso().args(["qr", "decode", NAPAS_STATIC]).assert().success().get_output().stdout.clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["bin"], "970403");
    assert_eq!(json["bank"], "Sacombank");
    assert_eq!(json["account"], "0011012345678");
    assert_eq!(json["service"], "QRIBFTTA");
    assert_eq!(json["amount"], serde_json::Value::Null);
    assert_eq!(json["initiation"], "static");
    assert_eq!(json["currency"], "704");
    assert_eq!(json["country"], "VN");
    assert_eq!(json["crc"], "9E6F");
}

#[test]
fn qr_round_trip_with_amount_and_accented_purpose_and_an_svg() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("code.svg");
    let out = hocso()
        .args(["qr", "encode", "--bin", "970436", "--account", "0123456789", "--amount", "50000"])
        .args(["--purpose", "Trả tiền phở"])
        .arg("--svg")
        .arg(&svg)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let payload = String::from_utf8(out).unwrap();
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    let out = hocso().args(["qr", "decode", payload.trim()]).assert().success().get_output().stdout.clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["amount"], 50000);
    assert_eq!(json["purpose"], "Tra tien pho");
    assert_eq!(json["initiation"], "dynamic");
}

#[test]
fn qr_decode_refuses_a_bad_checksum_with_exit_2_and_a_vietnamese_sentence() {
    let damaged = NAPAS_STATIC.replace("9E6F", "9E6E");
    hocso()
        .args(["--lang", "vi", "qr", "decode", &damaged])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("Mã QR bị hỏng hoặc đã bị sửa"));
    hocso()
        .args(["--lang", "en", "qr", "decode", "not a code"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a valid VietQR"));
}

/// A commune office at `commune` (made the first time) with `hamlet` registered and a code
/// issued to it, through the documented commands. Returns the code as printed.
fn commune_issues_a_code(commune: &std::path::Path, hamlet: &str) -> String {
    if !commune.exists() {
        hocso()
            .args(["--lang", "en", "setup", "--role", "commune", "--commune", "Xã Đầm Hà", "--db"])
            .arg(commune)
            .assert()
            .success()
            .stdout(predicate::str::contains("PIN"));
    }
    hocso().args(["--lang", "en", "commune", "add-hamlet", hamlet, "--db"]).arg(commune).assert().success();
    let out = hocso().args(["--lang", "en", "commune", "issue-code", hamlet, "--db"]).arg(commune).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let code = stdout.lines().last().unwrap().to_owned();
    // The documented printed form: groups of 4–6 characters of 0-9A-Z separated by '-'.
    assert!(
        code.split('-')
            .all(|g| (4..=6).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())),
        "{code}"
    );
    code
}

#[test]
fn a_hamlet_exports_and_the_commune_imports_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let hamlet = dir.path().join("hamlet.sqlite3");
    let commune = dir.path().join("commune.sqlite3");
    let file = dir.path().join("dong.json");
    let lessons = repo("lessons");
    let code = commune_issues_a_code(&commune, "Thôn Đông");
    // A typo in the third group is named.
    let mut typo: Vec<char> = code.chars().collect();
    typo[12] = if typo[12] == '7' { '8' } else { '7' };
    hocso()
        .args(["--lang", "en", "setup", "--role", "hamlet", "--code", &typo.iter().collect::<String>(), "--db"])
        .arg(dir.path().join("typo.sqlite3"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Group 3"));
    hocso()
        .args(["--lang", "en", "demo", "--learners", "25", "--code", &code, "--lessons"])
        .arg(&lessons)
        .arg("--db")
        .arg(&hamlet)
        .assert()
        .success();
    hocso()
        .args(["--lang", "en", "export", "--lessons"])
        .arg(&lessons)
        .arg("--db")
        .arg(&hamlet)
        .arg("--out")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Exported 25 people"));
    hocso()
        .args(["--lang", "en", "import", "--db"])
        .arg(&commune)
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Imported: Thôn Đông, 25 people."));
    hocso()
        .args(["--lang", "en", "import", "--db"])
        .arg(&commune)
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Skipped: this file of Thôn Đông was already imported."));
    let tampered = dir.path().join("tampered.json");
    std::fs::write(
        &tampered,
        std::fs::read_to_string(&file).unwrap().replacen("\"month\": \"20", "\"month\": \"19", 1),
    )
    .unwrap();
    hocso()
        .args(["--lang", "vi", "import", "--db"])
        .arg(&commune)
        .arg(&tampered)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Từ chối: tệp bị hỏng hoặc đã bị sửa."));
    hocso()
        .args(["--lang", "en", "commune", "set-scope", "Thôn Đông", "--count", "30", "--db"])
        .arg(&commune)
        .assert()
        .success();

    let csv = dir.path().join("report.csv");
    hocso()
        .args(["--lang", "vi", "report", "--format", "csv", "--db"])
        .arg(&commune)
        .arg("--out")
        .arg(&csv)
        .assert()
        .success();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{FEFF}'), "a BOM, so that Excel reads UTF-8");
    assert!(text.contains("Thôn Đông,30,"), "the commune's own people in scope: {text}");
    assert!(text.contains("Toàn xã,"));
    let json = dir.path().join("report.json");
    hocso().args(["report", "--format", "json", "--db"]).arg(&commune).arg("--out").arg(&json).assert().success();
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(report["hamlets"][0]["persons"], 25);
    assert_eq!(report["hamlets"][0]["people_in_scope"], 30);
    let xlsx = dir.path().join("report.xlsx");
    hocso().args(["report", "--format", "xlsx", "--db"]).arg(&commune).arg("--out").arg(&xlsx).assert().success();
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"), "an XLSX is a zip file");
    // Undo, previewed first: nothing changes without --yes.
    hocso()
        .args(["--lang", "en", "commune", "remove-hamlet-data", "Thôn Đông", "--db"])
        .arg(&commune)
        .assert()
        .success()
        .stdout(predicate::str::contains("25 → 0").and(predicate::str::contains("--yes")));
    hocso().args(["report", "--format", "json", "--db"]).arg(&commune).arg("--out").arg(&json).assert().success();
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(report["hamlets"][0]["persons"], 25);
}

#[test]
fn files_from_a_computer_without_the_communes_code_are_refused_and_a_demo_commune_imports_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("exports");
    hocso()
        .args(["--lang", "en", "demo", "--hamlets", "5", "--learners", "30", "--lessons"])
        .arg(repo("lessons"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 5);
    let commune = dir.path().join("commune.sqlite3");
    commune_issues_a_code(&commune, "Thôn Đông");
    let files: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    let before = std::fs::read(&commune).unwrap();
    hocso()
        .args(["--lang", "en", "import", "--db"])
        .arg(&commune)
        .args(&files)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("under no hamlet code this commune issued"));
    assert!(std::fs::read(&commune).unwrap() == before, "refused files leave the database file byte for byte");
    // `demo --hamlets N --db`: a commune office that registered its N hamlets and imported their files.
    let demo = dir.path().join("demo-commune.sqlite3");
    hocso()
        .args(["--lang", "en", "demo", "--hamlets", "4", "--learners", "20", "--lessons"])
        .arg(repo("lessons"))
        .arg("--db")
        .arg(&demo)
        .assert()
        .success();
    let json = dir.path().join("report.json");
    hocso().args(["report", "--format", "json", "--db"]).arg(&demo).arg("--out").arg(&json).assert().success();
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(report["hamlets"].as_array().unwrap().len(), 4);
    assert!(report["hamlets"].as_array().unwrap().iter().all(|h| h["persons"].as_u64() > Some(0)));
}

/// A hamlet computer's database with `learners` demo learners, set up with a code.
fn demo_hamlet(dir: &std::path::Path, learners: &str) -> std::path::PathBuf {
    let db = dir.join("hamlet.sqlite3");
    let code = commune_issues_a_code(&dir.join("commune.sqlite3"), "Thôn Đông");
    hocso()
        .args(["demo", "--learners", learners, "--code", &code, "--lessons"])
        .arg(repo("lessons"))
        .arg("--db")
        .arg(&db)
        .assert()
        .success();
    db
}

/// Runs `hocso --lang vi ARGS` while `disk` is a small tmpfs mounted with `options` (a size,
/// `ro`) in a private mount namespace (`unshare`: no root needed, nothing visible outside).
/// Returns the exit code, what it printed on stderr, and the files left on that disk.
fn on_a_small_disk(disk: &std::path::Path, options: &str, args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let listing = disk.with_extension("listing");
    let script = r#"mount -t tmpfs -o "$0" tmpfs "$1" || exit 90
disk=$1; listing=$2; shift 2
"$@"; rc=$?
ls -A "$disk" > "$listing"
exit $rc"#;
    let out = std::process::Command::new("unshare")
        .args(["--map-root-user", "--mount", "sh", "-c", script, options])
        .arg(disk)
        .arg(&listing)
        .arg(assert_cmd::cargo::cargo_bin("hocso"))
        .args(["--lang", "vi"])
        .args(args)
        .output()
        .expect("unshare (util-linux)");
    let code = out.status.code().unwrap_or(-1);
    assert_ne!(code, 90, "could not mount a small disk in a user namespace: {}", String::from_utf8_lossy(&out.stderr));
    (code, String::from_utf8_lossy(&out.stderr).into_owned(), std::fs::read_to_string(&listing).unwrap_or_default())
}

#[test]
fn an_export_to_a_full_or_read_only_stick_fails_clearly_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_hamlet(dir.path(), "120");
    // How big the three files are, written to a roomy folder.
    let roomy = dir.path().join("roomy");
    std::fs::create_dir(&roomy).unwrap();
    hocso()
        .arg("export")
        .arg("--db")
        .arg(&db)
        .arg("--out")
        .arg(roomy.join("thon.json"))
        .arg("--lessons")
        .arg(repo("lessons"))
        .assert()
        .success();
    let size = |ext: &str| std::fs::metadata(roomy.join(format!("thon.{ext}"))).unwrap().len();
    let pages = |n: u64| n.div_ceil(4096) * 4096;
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let out = stick.join("thon.json");
    let lessons = repo("lessons");
    let args = [
        "export".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--lessons".as_ref(),
        lessons.as_os_str(),
    ];

    // Room for the JSON and the CSV, not for the XLSX: the three go in together or not at all.
    let room = pages(size("json")) + pages(size("csv")) + 4096;
    assert!(pages(size("xlsx")) > 4096, "the XLSX must not fit in the room left");
    let (code, stderr, left) = on_a_small_disk(&stick, &format!("size={room}"), &args);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("thon.xlsx") && stderr.contains("đã đầy"), "names the file and the cause: {stderr}");
    assert!(stderr.contains("Hãy xóa bớt tệp hoặc dùng USB khác"), "says what to do: {stderr}");
    assert_eq!(left.trim(), "", "no file, whole or partial, left on the full stick");

    let (code, stderr, left) = on_a_small_disk(&stick, "ro,size=1m", &args);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("chỉ cho đọc") && stderr.contains("chọn nơi lưu khác"), "{stderr}");
    assert_eq!(left.trim(), "");
}

#[test]
fn a_backup_to_a_full_or_read_only_stick_fails_clearly_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_hamlet(dir.path(), "300");
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let out = stick.join("hocso-backup.sqlite3");
    let args = ["backup".as_ref(), "--db".as_ref(), db.as_os_str(), "--out".as_ref(), out.as_os_str()];
    let (code, stderr, left) = on_a_small_disk(&stick, "size=64k", &args);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("hocso-backup.sqlite3") && stderr.contains("đã đầy"), "{stderr}");
    assert_eq!(left.trim(), "", "no half-written backup");
    let (code, stderr, left) = on_a_small_disk(&stick, "ro,size=1m", &args);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("hocso-backup.sqlite3") && stderr.contains("chỉ cho đọc"), "{stderr}");
    assert_eq!(left.trim(), "");
    // With room, the whole (sealed) backup is written.
    let (code, stderr, left) = on_a_small_disk(&stick, "size=64m", &args);
    assert_eq!((code, left.trim()), (0, "hocso-backup.sqlite3"), "{stderr}");
}
