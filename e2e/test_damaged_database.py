"""A damaged database at start: a clear screen, the newest backup restored on request, and the
damaged file kept, never overwritten."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import demo_cultural_house


def test_a_damaged_database_is_kept_aside_and_the_latest_backup_restored(launch, tmp_path: Path):
    data = demo_cultural_house(tmp_path)
    db = data / "hocso.sqlite3"
    # The first start of the day makes the automatic backup.
    app = launch(data)
    app.wait("[data-screen=picker]")
    learners = len(app.session.find_elements(By.CSS_SELECTOR, "[data-learner-id]"))
    assert learners == 12
    app.stop()
    assert list((data / "backups").glob("hocso-*.sqlite3"))

    # A power cut during a disk write, a bad USB copy: the file is now garbage.
    junk = bytes(range(256)) * 64
    db.write_bytes(junk)
    for side in ("hocso.sqlite3-wal", "hocso.sqlite3-shm"):
        (data / side).unlink(missing_ok=True)

    backup = sorted((data / "backups").glob("hocso-*.sqlite3"))[-1]
    app = launch(data, {"HOCSO_E2E_RESTORE_FILE": str(backup)})
    message = app.wait("[data-testid=fatal-message]").text
    assert "hỏng" in message and "giữ nguyên" in message
    app.screenshot("damaged-database.png")
    app.click("[data-testid=restore-backup]")
    app.wait("[data-screen=picker]")
    assert len(app.session.find_elements(By.CSS_SELECTOR, "[data-learner-id]")) == 12
    kept = list(data.glob("hocso.damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == junk, "the damaged file is kept as it was"

    # The facilitator can also restore a chosen backup (here the same one, through the dialog seam).
    app.click("[data-testid=open-facilitator]")
    app.type("#facilitator-pin", "2468")
    app.click("[data-testid=pin-open]")
    app.click("[data-tab=export]")
    app.click("[data-screen=facilitator] [data-testid=restore-backup]")
    assert app.wait("[data-testid=notice]").text
    assert len(app.session.find_elements(By.CSS_SELECTOR, "[data-testid=error]")) == 0


def test_a_truncated_or_newer_database_gets_a_clear_screen_and_stays_untouched(launch, tmp_path: Path):
    data = demo_cultural_house(tmp_path)
    db = data / "hocso.sqlite3"
    (data / "backups").mkdir()
    shutil.copy(db, data / "backups" / "hocso-2026-11-21.sqlite3")
    whole = db.read_bytes()

    # Cut short, as by a copy pulled out halfway: damaged, and the backup is offered.
    cut = whole[: len(whole) * 9 // 10]
    db.write_bytes(cut)
    app = launch(data)
    message = app.wait("[data-testid=fatal-message]").text
    assert "hỏng" in message and "giữ nguyên" in message
    assert app.wait("[data-testid=restore-backup]").is_displayed()
    app.stop()
    assert db.read_bytes() == cut, "the damaged file is left exactly as it was"

    # Written by a newer Học Số: say so, and do not offer an older backup over it.
    db.write_bytes(whole)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    newer = db.read_bytes()
    app = launch(data)
    message = app.wait("[data-testid=fatal-message]").text
    assert "mới hơn" in message and "Cài phiên bản Học Số mới nhất".lower() in message.lower()
    assert not app.session.find_elements(By.CSS_SELECTOR, "[data-testid=restore-backup]")
    app.screenshot("newer-database.png")
    app.stop()
    assert db.read_bytes() == newer
