"""The core lesson "VNeID" in the real app: simulated activation screens with practice numbers."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from journey import current_step, play_lesson, register_learner, set_up_hamlet_computer

LESSON = "vneid"


def test_right_answers_pass_the_vneid_lesson_and_wrong_ones_get_hints(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Hà Thị Ngọc", "1972")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    current_step(app)
    shots = []

    def on_hint(step_id, kind):
        if kind == "phone" and not shots:
            # Every number beside the phone is marked as practice.
            assert app.session.find_elements(By.CSS_SELECTOR, ".practice-note")
            shots.append(app.screenshot("phone-hint.png"))

    first_screens = []

    def on_step(step_id, kind):
        if kind == "phone" and not first_screens and (kind != "phone" or app.session.find_elements(By.CSS_SELECTOR, "[data-testid=practice-card]")):
            first_screens.append(app.screenshot("phone-step.png"))

    play_lesson(app, LESSON, wrong_first=True, on_step=on_step, on_hint=on_hint)
    assert shots, "the lesson has phone steps"
    assert app.attr("[data-testid=result]", "data-passed") == "true"
    app.click("[data-testid=result-to-list]")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "passed"


def test_wrong_answers_in_the_vneid_final_check_do_not_pass(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Lục Văn Sinh", "1966")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    play_lesson(app, LESSON, final_right=False)
    assert app.attr("[data-testid=result]", "data-passed") == "false"
