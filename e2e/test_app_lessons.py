"""The four lessons of the simulated apps (chat, shop, map), each played to a pass with the
keyboard only, the first practice step of each simulated app in each lesson first answered
wrongly and its hint read; after a restart they show as done."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from journey import APPS, play_lesson, register_learner, set_up_hamlet_computer

LESSONS = ["mua-hang-tren-mang", "ban-hang-tren-mang", "nhom-zalo-thon", "ban-do-dia-chi-so"]


def test_each_simulated_app_lesson_is_passed_by_keyboard_and_stays_done_after_a_restart(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Hoàng Thị Dung", "1958")
    app.keyboard = True
    seen: set[str] = set()
    hinted: set[str] = set()

    def on_step(step_id, kind):
        if kind in APPS and kind not in seen:
            seen.add(kind)
            app.screenshot(f"{kind}-step.png")

    def on_hint(step_id, kind):
        if kind in APPS and kind not in hinted:
            hinted.add(kind)
            # The hint of a wrong act is on screen, in Vietnamese, and says what to do.
            feedback = app.wait("[data-testid=feedback]").text
            assert "Chưa đúng" in feedback or len(feedback) > 40, feedback
            app.screenshot(f"{kind}-hint.png")

    for lesson_id in LESSONS:
        app.click(f"[data-lesson-id={lesson_id}] [data-testid=open-lesson]")
        play_lesson(app, lesson_id, wrong_first=set(APPS), on_step=on_step, on_hint=on_hint)
        assert app.attr("[data-testid=result]", "data-passed") == "true", lesson_id
        app.click("[data-testid=result-to-list]")
        assert app.attr(f"[data-lesson-id={lesson_id}]", "data-state") == "passed", lesson_id
    assert seen == set(APPS) and hinted == set(APPS), (seen, hinted)

    app.stop()
    app = launch()
    app.wait("[data-screen=picker]")
    app.type("#picker-search", "hoang thi dung")
    WebDriverWait(app.session, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "[data-learner-id]")) == 1)
    app.click("[data-learner-id]")
    app.wait("[data-screen=lessons]")
    for lesson_id in LESSONS:
        assert app.attr(f"[data-lesson-id={lesson_id}]", "data-state") == "passed", lesson_id
