"""A shared computer protects its learners: facilitator mode closes by itself after the idle
time (shortened here with HOCSO_FACILITATOR_IDLE_SECONDS, honoured by debug builds only), and a
forgotten PIN is reset with the hamlet code from the setup sheet."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import CLI, REPO


def test_facilitator_mode_locks_itself_and_a_forgotten_pin_is_reset_with_the_hamlet_code(launch, tmp_path: Path):
    # A hamlet computer set up with the code its commune issued (the documented commands).
    commune = tmp_path / "commune.sqlite3"
    run = lambda *a: subprocess.run([str(CLI), "--lang", "en", *a], check=True, capture_output=True, text=True).stdout
    run("setup", "--role", "commune", "--commune", "Xã Đầm Hà", "--db", str(commune))
    run("commune", "add-hamlet", "Thôn Đông", "--db", str(commune))
    code = run("commune", "issue-code", "Thôn Đông", "--db", str(commune)).strip().splitlines()[-1]
    data = tmp_path / "hamlet"
    data.mkdir()
    run("demo", "--learners", "6", "--code", code, "--lessons", str(REPO / "lessons"), "--db", str(data / "hocso.sqlite3"))

    app = launch(data, {"HOCSO_FACILITATOR_IDLE_SECONDS": "3"})
    app.click("[data-testid=open-facilitator]")
    assert "passcode" in app.wait("[data-testid=pin-warning]").text
    app.type("#facilitator-pin", "2468")
    app.click("[data-testid=pin-open]")
    app.wait("[data-testid=progress-grid]")
    # Nobody touches it: the screen goes back to the PIN by itself, saying why.
    notice = app.wait("[data-testid=locked-notice]", timeout=20).text
    assert "10 phút" in notice, notice
    app.wait("[data-screen=pin]")
    app.axe("pin")
    app.screenshot("facilitator-locked.png")

    # The PIN is forgotten: the hamlet code from the sheet sets a new one.
    app.click("[data-testid=pin-forgot]")
    app.type("#reset-code", code.lower())
    app.type("#reset-new", "8642")
    app.type("#reset-repeat", "8642")
    app.click("[data-testid=pin-reset-save]")
    app.wait("[data-testid=pin-reset-done]")
    app.type("#facilitator-pin", "8642")
    app.click("[data-testid=pin-open]")
    app.wait("[data-testid=progress-grid]")


def test_a_child_is_registered_with_a_guardians_consent_confirmed_by_the_facilitator(launch):
    from datetime import date

    from journey import set_up_hamlet_computer

    app = launch()
    set_up_hamlet_computer(app)
    app.click("[data-testid=new-learner]")
    consent = app.wait("[data-screen=consent]").text
    assert "Ủy ban nhân dân xã" in consent and "dưới 16 tuổi" in consent, consent
    app.click("[data-testid=consent-agree]")
    app.type("#learner-name", "Lò Văn Tũn")
    app.type("#learner-birth-year", str(date.today().year - 12))
    # Under 16: the form asks the facilitator to confirm the guardian's consent with the PIN.
    assert "giám hộ" in app.wait("[data-testid=guardian-needed]").text
    app.click("[data-gender=male]")
    app.click("[data-testid=learner-save]")
    assert "PIN" in app.wait("[data-testid=error]").text, "no PIN: refused"
    app.type("#guardian-pin", "2468")
    app.click("[data-testid=learner-save]")
    app.wait("[data-screen=lessons]")
    app.screenshot("child-registered.png")
    # "Thông tin của tôi": what the computer keeps about them, with the guardian's consent.
    app.click("[data-testid=my-data]")
    mine = app.wait("[data-screen=my-data]").text
    assert "Lò Văn Tũn" in mine and "giám hộ" in mine and "consent-v2" in mine, mine
    app.axe("my data")
    app.screenshot("my-data.png")
    app.click("[data-testid=my-data-back]")
    app.wait("[data-screen=lessons]")
