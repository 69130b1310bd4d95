"""A learner's story through the real app: first run, a new learner, a whole lesson, a restart;
and a power cut in the middle of a lesson."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import App, lesson

LESSON = "chuot-va-ban-phim"


def set_up_hamlet_computer(app: App) -> None:
    app.wait("[data-screen=setup]")
    app.click("[data-role=hamlet]")
    app.type("#setup-hamlet", "Thôn Đông")
    app.type("#setup-commune", "Đầm Hà")
    app.type("#setup-pin", "2468")
    app.type("#setup-pin-repeat", "2468")
    app.click("[data-testid=setup-save]")
    app.wait("[data-screen=picker]")


def register_learner(app: App, name: str, year: str) -> None:
    app.click("[data-testid=new-learner]")
    app.wait("[data-screen=consent]")
    app.click("[data-testid=consent-agree]")
    app.type("#learner-name", name)
    app.type("#learner-birth-year", year)
    app.click("[data-gender=female]")
    app.click("[data-testid=learner-save]")
    app.wait("[data-screen=lessons]")


def current_step(app: App) -> tuple[str, str, str]:
    player = app.wait("[data-screen=player]")
    return player.get_attribute("data-step-id"), player.get_attribute("data-step-kind"), player.get_attribute("data-phase")


def wait_step_change(app: App, old_step: str, old_phase: str) -> None:
    def changed(d):
        el = d.find_element(By.CSS_SELECTOR, "[data-screen=player]")
        return (el.get_attribute("data-step-id"), el.get_attribute("data-phase")) != (old_step, old_phase)

    WebDriverWait(app.session, 15).until(changed, f"still on step {old_step}")


def put_in_order(app: App, target: list[str]) -> None:
    for i, wanted in enumerate(target):
        while True:
            items = [el.get_attribute("data-item-id") for el in app.session.find_elements(By.CSS_SELECTOR, "[data-item-id]")]
            j = items.index(wanted)
            if j == i:
                break
            row = app.session.find_elements(By.CSS_SELECTOR, "[data-item-id]")[j]
            row.find_element(By.CSS_SELECTOR, "[data-testid=move-up]").click()


def answer_step(app: App, steps: dict, step_id: str, kind: str, right: bool = True) -> None:
    step = steps[step_id]
    if kind == "choice":
        options = step["options"]
        chosen = [o["id"] for o in options if o.get("correct", False) == right]
        if not right:
            chosen = chosen[:1]
        for option in chosen:
            app.click(f"[data-option-id='{option}']")
    elif kind == "order":
        target = list(step["items"])
        if not right:
            target[0], target[1] = target[1], target[0]
        put_in_order(app, target)
    app.click("[data-testid=submit-answer]")


def finish_lesson(app: App, wrong_first: bool = False) -> None:
    steps = lesson(LESSON)
    tried_wrong = not wrong_first
    for _ in range(60):
        if app.session.find_elements(By.CSS_SELECTOR, "[data-testid=result]"):
            return
        step_id, kind, phase = current_step(app)
        if not tried_wrong and phase == "practice" and kind == "choice":
            # A wrong answer in practice: a gentle hint, and the same step again.
            answer_step(app, steps, step_id, kind, right=False)
            assert app.attr("[data-testid=feedback]", "data-correct") == "false"
            app.screenshot("player-choice-hint.png")
            app.click("[data-testid=try-again]")
            assert current_step(app)[0] == step_id
            tried_wrong = True
        answer_step(app, steps, step_id, kind)
        if phase == "practice" and kind != "explain":
            assert app.attr("[data-testid=feedback]", "data-correct") == "true"
            app.click("[data-testid=continue]")
        wait_step_change(app, step_id, phase)
    raise AssertionError("the lesson did not end")


def test_a_new_learner_finishes_the_lesson_and_it_stays_done_after_a_restart(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Nguyễn Thị Múi", "1958")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "not-started"
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    current_step(app)
    app.screenshot("player-explain.png")
    finish_lesson(app, wrong_first=True)
    assert app.attr("[data-testid=result]", "data-passed") == "true"
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


def test_a_power_cut_mid_lesson_reopens_the_same_learner_on_the_same_step(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Đặng Văn Đức", "1965")
    learner_id = app.attr("[data-screen=lessons]", "data-learner-id")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    steps = lesson(LESSON)
    for _ in range(3):
        step_id, kind, phase = current_step(app)
        answer_step(app, steps, step_id, kind)
        if kind != "explain":
            app.click("[data-testid=continue]")
        wait_step_change(app, step_id, phase)
    on_step, kind, _ = current_step(app)
    if kind == "choice":
        options = app.session.find_elements(By.CSS_SELECTOR, "[data-option-id]")
        shown_order = [o.get_attribute("data-option-id") for o in options]
    app.screenshot("player-before-kill.png")
    app.kill_app()

    app = launch()
    resumed_step, resumed_kind, _ = current_step(app)
    assert resumed_step == on_step
    assert app.attr("[data-screen=player]", "data-learner-id") == learner_id
    if kind == "choice":
        options = app.session.find_elements(By.CSS_SELECTOR, "[data-option-id]")
        assert [o.get_attribute("data-option-id") for o in options] == shown_order
    # The attempt goes on from there to the end.
    finish_lesson(app)
    assert app.attr("[data-testid=result]", "data-passed") == "true"
