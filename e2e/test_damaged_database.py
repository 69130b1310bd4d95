"""A damaged database at start: a clear screen, the newest backup restored on request, and the
damaged file kept, never overwritten."""

from __future__ import annotations

import subprocess
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import CLI, REPO


def test_a_damaged_database_is_kept_aside_and_the_latest_backup_restored(launch, tmp_path: Path):
    data = tmp_path / "cultural-house"
    data.mkdir()
    db = data / "hocso.sqlite3"
    subprocess.run(
        [str(CLI), "demo", "--hamlets", "1", "--learners", "12", "--lessons", str(REPO / "lessons"), "--db", str(db)],
        check=True,
        capture_output=True,
    )
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
