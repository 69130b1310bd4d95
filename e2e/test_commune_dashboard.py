"""A hamlet's facilitator exports; a commune-office computer imports three hamlets' files and
its dashboard shows the right percentages and ✓ marks."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import CLI, REPO


def hocso(*args: str) -> str:
    return subprocess.run([str(CLI), "--lang", "en", *args], check=True, capture_output=True, text=True).stdout


def test_hamlet_export_then_commune_import_shows_the_criterion(launch, tmp_path: Path):
    lessons = str(REPO / "lessons")
    exports = tmp_path / "usb"
    exports.mkdir()
    # A hamlet computer with 40 learners of realistic progress (the demo data of `hocso demo`).
    hamlet_data = tmp_path / "hamlet"
    hamlet_data.mkdir()
    hocso("demo", "--hamlets", "1", "--learners", "40", "--seed", "11", "--lessons", lessons, "--db", str(hamlet_data / "hocso.sqlite3"))
    # Two more hamlets' files, as they arrive on the commune's USB stick.
    others = tmp_path / "others"
    hocso("demo", "--hamlets", "3", "--learners", "30", "--seed", "13", "--lessons", lessons, "--out-dir", str(others))
    for f in sorted(others.iterdir())[1:]:
        f.rename(exports / f.name)

    # The hamlet's facilitator opens facilitator mode and saves the export to the USB stick.
    app = launch(hamlet_data, {"HOCSO_E2E_SAVE_DIR": str(exports)})
    app.click("[data-testid=open-facilitator]")
    app.type("#facilitator-pin", "0000")
    app.click("[data-testid=pin-open]")
    assert "PIN" in app.wait("[data-testid=error]").text
    app.type("#facilitator-pin", "2468")
    app.click("[data-testid=pin-open]")
    app.wait("[data-testid=progress-grid]")
    # Before → after under each passed lesson: the pre-check, then the pass (or "skipped").
    cells = [c.text for c in app.session.find_elements(By.CSS_SELECTOR, "[data-testid=before-after-cell]")]
    assert any("% → " in c for c in cells) and any("bỏ qua" in c for c in cells), cells[:10]
    app.screenshot("facilitator-progress.png")
    # What the group finds hard: the items most often wrong at the first try, with their text.
    app.click("[data-tab=hard]")
    hard = app.wait("[data-testid=hard-items]")
    WebDriverWait(app.session, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-testid=hard-items] li"))
    assert "30 ngày" in hard.text
    first = app.session.find_element(By.CSS_SELECTOR, "[data-testid=hard-items] li")
    assert "người sai lần đầu" in first.text and len(first.find_element(By.CSS_SELECTOR, ".hard-text").text) > 10
    assert app.wait("[data-testid=hard-items-print]").is_displayed()
    app.screenshot("facilitator-hard-items.png")
    # A practice session: start it, tick who came.
    app.click("[data-tab=sessions]")
    app.click("[data-testid=session-start]")
    app.click("[data-testid=session-table] tbody tr:first-child [data-testid=attendance]")
    WebDriverWait(app.session, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "[data-testid=session-table] tbody tr:first-child [data-testid=attendance]").get_attribute("aria-pressed") == "true"
    )
    # Finding a learner by name typed without accents.
    app.click("[data-tab=learners]")
    rows = app.session.find_elements(By.CSS_SELECTOR, ".learner-admin li")
    name = rows[0].find_element(By.CSS_SELECTOR, "strong").text
    folded = "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn").replace("Đ", "D").replace("đ", "d").lower()
    app.type("#admin-search", folded)
    WebDriverWait(app.session, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".learner-admin li")) < len(rows))
    assert name in [e.text for e in app.session.find_elements(By.CSS_SELECTOR, ".learner-admin li strong")]
    app.type("#admin-search", " ")
    # A certificate for a learner who passed every core lesson.
    app.click("[data-testid=print-certificate]")
    assert "GIẤY CHỨNG NHẬN" in app.wait("[data-testid=certificate]").text
    app.screenshot("certificate.png")
    app.click("[data-screen=certificate] .secondary")
    app.wait("[data-screen=facilitator]")
    app.click("[data-tab=export]")
    app.click("[data-testid=export-results]")
    assert "hocso-" in app.wait("[data-testid=notice]").text
    app.stop()
    assert len(list(exports.glob("*.json"))) == 3
    # The hamlet's file says, per person and lesson, whether the pass came with a measured
    # improvement (schema 3), and how many people count for each basic skill.
    ours = json.loads(next(f for f in exports.glob("hocso-*.json")).read_text())
    assert ours["body"]["schema_version"] == 3
    marks = [p.get("improved") for person in ours["body"]["persons"] for p in person["passed"]]
    assert True in marks and None in marks, "measured improvements and skipped pre-checks"
    assert [s["skill"] for s in ours["body"]["totals"]["by_skill"]][:1] == ["dich-vu-cong-truc-tuyen"]

    # The numbers the dashboard must show, computed apart from the UI by the command line.
    check_db = tmp_path / "check.sqlite3"
    hocso("import", "--db", str(check_db), *map(str, sorted(exports.glob("*.json"))))
    hocso("report", "--format", "json", "--db", str(check_db), "--out", str(tmp_path / "expected.json"))
    expected = json.loads((tmp_path / "expected.json").read_text())
    # The seeds give one hamlet above 70% and others below, so that both marks are checked.
    assert {h["met"] for h in expected["hamlets"]} == {True, False}

    # The commune office: first run as a commune computer, PIN, import, dashboard.
    commune_data = tmp_path / "commune"
    commune_data.mkdir()
    app = launch(commune_data, {"HOCSO_E2E_OPEN_DIR": str(exports)})
    app.wait("[data-screen=setup]")
    app.click("[data-role=commune]")
    app.type("#setup-commune", "Đầm Hà")
    app.type("#setup-pin", "1357")
    app.type("#setup-pin-repeat", "1357")
    app.click("[data-testid=setup-save]")
    app.type("#facilitator-pin", "1357")
    app.click("[data-testid=pin-open]")
    app.wait("[data-screen=dashboard]")
    app.click("[data-testid=import-files]")
    results = app.wait("[data-testid=import-results]")
    assert len(results.find_elements(By.CSS_SELECTOR, "li")) == 3
    assert not results.find_elements(By.CSS_SELECTOR, "li[data-refused=true]")
    WebDriverWait(app.session, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-testid=dashboard-table]"))
    rows = app.session.find_elements(By.CSS_SELECTOR, "[data-testid=dashboard-table] tbody tr")
    assert len(rows) == 4, "three hamlets and the commune total"
    for hamlet in expected["hamlets"]:
        row = app.wait(f"[data-testid=dashboard-table] tr[data-hamlet='{hamlet['hamlet']}']")
        assert row.find_element(By.CSS_SELECTOR, "[data-testid=percent]").text == f"{hamlet['percent']:.1f}%"
        assert (row.get_attribute("data-met") == "true") == hamlet["met"]
        assert (row.find_element(By.CSS_SELECTOR, "td.met").text == "✓") == hamlet["met"]
    assert app.session.find_elements(By.CSS_SELECTOR, "[data-testid=dashboard-chart] line.threshold")
    app.screenshot("commune-dashboard.png")
    # The five basic skills of CV 3240: per hamlet, people who passed the lessons teaching each;
    # the skills no lesson teaches yet are named.
    skills = app.wait("[data-testid=dashboard-skills]")
    headers = [h.get_attribute("data-skill") for h in skills.find_elements(By.CSS_SELECTOR, "thead th[data-skill]")]
    assert headers == ["dich-vu-cong-truc-tuyen", "mua-sam-truc-tuyen", "thanh-toan-truc-tuyen", "tu-bao-ve-tren-mang", "nen-tang-so-dia-phuong"]
    for hamlet in expected["hamlets"]:
        row = skills.find_element(By.CSS_SELECTOR, f"tr[data-hamlet='{hamlet['hamlet']}']")
        for skill in headers:
            cell = row.find_element(By.CSS_SELECTOR, f"td[data-skill='{skill}']").text
            want = hamlet["by_skill"].get(skill)
            assert cell == (str(want) if want is not None else ("0" if skill not in ("mua-sam-truc-tuyen", "nen-tang-so-dia-phuong") else "—")), (hamlet["hamlet"], skill, cell)
    note = app.wait("[data-testid=skills-not-taught]").text
    assert "Mua sắm trực tuyến" in note and "nền tảng số" in note
    app.session.execute_script("document.querySelector('[data-testid=dashboard-skills]').scrollIntoView()")
    app.screenshot("commune-dashboard-skills.png")
