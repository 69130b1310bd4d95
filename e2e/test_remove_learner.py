"""A facilitator removes a learner: gone from the list, from the database file and from the
automatic backups on this computer, with the confirmation saying what a USB copy needs."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import demo_cultural_house


def test_a_removed_learner_is_gone_from_the_list_the_file_and_the_backups(launch, tmp_path: Path):
    data = demo_cultural_house(tmp_path)
    db = data / "hocso.sqlite3"
    app = launch(data)  # the first start of the day makes the automatic backup
    app.wait("[data-screen=picker]")
    app.click("[data-testid=open-facilitator]")
    app.type("#facilitator-pin", "2468")
    app.click("[data-testid=pin-open]")
    app.click("[data-tab=learners]")
    first = app.wait(".learner-admin li")
    name = first.find_element(By.CSS_SELECTOR, "strong").text
    learner_id = first.get_attribute("data-learner-id")
    backups = sorted((data / "backups").glob("hocso-*.sqlite3"))
    assert backups and name.encode() in backups[-1].read_bytes(), "the backup holds the learner before"

    app.click(f".learner-admin li[data-learner-id='{learner_id}'] [data-testid=remove-learner]")
    confirm = app.wait(".confirm-remove").text
    assert "sao lưu" in confirm and "USB" in confirm, confirm
    app.screenshot("remove-learner-confirm.png")
    app.click(f".learner-admin li[data-learner-id='{learner_id}'] [data-testid=remove-yes]")
    assert app.wait("[data-testid=notice]").text
    names = [e.text for e in app.session.find_elements(By.CSS_SELECTOR, ".learner-admin li strong")]
    assert name not in names and len(names) == 11
    app.stop()

    for file in [db, *backups]:
        raw = file.read_bytes()
        wal = file.with_name(file.name + "-wal")
        if wal.exists():
            raw += wal.read_bytes()
        assert name.encode() not in raw, f"{name} still in {file.name}"
        assert names[0].encode() in raw, f"the other learners are still in {file.name}"
