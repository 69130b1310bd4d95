"""A learner's story through the real app: first run, a new learner, a whole lesson, a restart;
and a power cut in the middle of a lesson."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import lesson
from journey import answer_step, current_step, play_lesson, register_learner, set_up_hamlet_computer, wait_step_change

LESSON = "chuot-va-ban-phim"


def test_a_new_learner_finishes_the_lesson_and_it_stays_done_after_a_restart(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Nguyễn Thị Múi", "1958")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "not-started"
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    # Her first go opens with a short pre-check: no hints, no fail, skippable with one press.
    assert current_step(app)[2] == "pre-check"
    assert "Bỏ qua" in app.wait("[data-testid=skip-pre-check]").text
    assert "Không tính đạt hay không đạt" in app.wait("[data-testid=pre-check-intro]").text
    app.screenshot("player-pre-check.png")
    shots = []

    def first_hint(step_id, kind):
        if not shots:
            shots.append(app.screenshot("player-choice-hint.png"))

    def first_explain(step_id, kind):
        if kind == "explain" and "explain" not in shots:
            shots.append("explain")
            app.screenshot("player-explain.png")

    # She knows none of it before (every pre-check answer wrong), all of it after.
    play_lesson(app, LESSON, wrong_first=True, on_hint=first_hint, on_step=first_explain, pre_right=False)
    assert app.attr("[data-testid=result]", "data-passed") == "true"
    assert app.wait("[data-testid=before-after]").text == "Trước khi học: 0/4 → Sau khi học: 8/8"
    app.screenshot("result.png")
    app.click("[data-testid=result-to-list]")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "passed"
    app.stop()

    app = launch()
    app.wait("[data-screen=picker]")
    app.type("#picker-search", "nguyen thi mui")
    WebDriverWait(app.session, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "[data-learner-id]")) == 1)
    app.click("[data-learner-id]")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "passed"
    assert "Nguyễn Thị Múi" in app.wait("[data-screen=lessons] h1").text
    app.screenshot("lessons.png")

    # Registering her again, typed without accents, is refused with what to do instead: the
    # commune would count the two records as one person.
    app.click("[data-testid=leave-learner]")
    app.click("[data-testid=new-learner]")
    app.click("[data-testid=consent-agree]")
    app.type("#learner-name", "nguyen thi mui")
    app.type("#learner-birth-year", "1958")
    app.click("[data-testid=learner-save]")
    message = app.wait("[data-testid=error]").text
    assert "cùng họ tên và năm sinh" in message and "chọn tên mình trong danh sách" in message
    app.screenshot("duplicate-learner.png")


def test_a_power_cut_mid_lesson_reopens_the_same_learner_on_the_same_step(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Đặng Văn Đức", "1965")
    learner_id = app.attr("[data-screen=lessons]", "data-learner-id")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    steps = lesson(LESSON)
    # He skips the pre-check with one press and starts the practice.
    step_id, _, phase = current_step(app)
    assert phase == "pre-check"
    app.click("[data-testid=skip-pre-check]")
    wait_step_change(app, step_id, phase)
    assert current_step(app)[2] == "practice"
    # Move on to the second choice step, so that the kill lands where options are shuffled.
    choices_seen = 0
    while True:
        step_id, kind, phase = current_step(app)
        if kind == "choice":
            choices_seen += 1
            if choices_seen == 2:
                break
        answer_step(app, steps, step_id, kind)
        if kind != "explain":
            app.click("[data-testid=continue]")
        wait_step_change(app, step_id, phase)
    on_step, kind, _ = current_step(app)
    assert kind == "choice"
    options = app.session.find_elements(By.CSS_SELECTOR, "[data-option-id]")
    shown_order = [o.get_attribute("data-option-id") for o in options]
    app.screenshot("player-before-kill.png")
    app.kill_app()

    app = launch()
    resumed_step, resumed_kind, _ = current_step(app)
    assert resumed_step == on_step
    assert app.attr("[data-screen=player]", "data-learner-id") == learner_id
    options = app.session.find_elements(By.CSS_SELECTOR, "[data-option-id]")
    assert [o.get_attribute("data-option-id") for o in options] == shown_order
    # The attempt goes on from there to the end.
    play_lesson(app, LESSON)
    assert app.attr("[data-testid=result]", "data-passed") == "true"
