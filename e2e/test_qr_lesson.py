"""The core lesson "Thanh toán bằng mã QR" (paying by VietQR) in the real app."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from journey import current_step, play_lesson, register_learner, set_up_hamlet_computer

LESSON = "thanh-toan-qr"


def test_right_answers_pass_the_qr_lesson_and_wrong_ones_get_hints(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Vi Thị Lan", "1968")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    current_step(app)
    shots = []

    def on_hint(step_id, kind):
        if kind == "qr-pay" and not shots:
            shots.append(app.screenshot("qr-pay-hint.png"))

    first_screens = []

    samples = []

    def on_step(step_id, kind):
        if kind == "qr-pay":
            # Every QR screen says the code is a sample, and its account is a practice one.
            samples.append(app.wait("[data-testid=qr-sample]").text)
            payload = app.session.find_elements(By.CSS_SELECTOR, "[data-testid=qr-code]")
            if payload:
                assert "HOCSOMAU" in (payload[0].get_attribute("data-payload") or ""), step_id
        if kind == "qr-pay" and not first_screens:
            first_screens.append(app.screenshot("qr-pay-step.png"))

    play_lesson(app, LESSON, wrong_first=True, on_step=on_step, on_hint=on_hint)
    assert shots
    assert samples and all(s.startswith("MẪU — đừng quét bằng điện thoại thật") for s in samples), samples
    assert app.attr("[data-testid=result]", "data-passed") == "true"
    app.click("[data-testid=result-to-list]")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "passed"


def test_paying_a_swapped_sticker_in_the_final_check_does_not_pass(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Nông Văn Pò", "1957")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    play_lesson(app, LESSON, final_right=False)
    assert app.attr("[data-testid=result]", "data-passed") == "false"
