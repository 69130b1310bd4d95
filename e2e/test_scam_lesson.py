"""The core lesson "Nhận diện lừa đảo" (spotting scams) in the real app."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from journey import current_step, play_lesson, register_learner, set_up_hamlet_computer

LESSON = "nhan-dien-lua-dao"


def open_lesson(app) -> None:
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    current_step(app)


def test_right_answers_pass_the_scam_lesson_and_it_is_recorded(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Lý Thị Hoa", "1961")
    open_lesson(app)
    seen_message = []

    def shot_message(step_id, kind):
        if kind == "message" and not seen_message:
            body = app.wait("[data-testid=message] .bubble")
            # A message is plain text: no element inside it can be followed.
            assert not app.session.find_elements(By.CSS_SELECTOR, "[data-testid=message] a")
            assert body.text
            seen_message.append(app.screenshot("message-step-feedback.png"))

    first_screens = []

    def on_step(step_id, kind):
        if kind == "message" and not first_screens and (kind != "phone" or app.session.find_elements(By.CSS_SELECTOR, "[data-testid=practice-card]")):
            first_screens.append(app.screenshot("message-step.png"))

    play_lesson(app, LESSON, wrong_first=True, on_step=on_step, on_hint=shot_message)
    assert seen_message, "the lesson has message steps"
    assert app.attr("[data-testid=result]", "data-passed") == "true"
    app.click("[data-testid=result-to-list]")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "passed"


def test_wrong_answers_in_the_final_check_do_not_pass(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Hoàng Văn Tư", "1959")
    open_lesson(app)
    play_lesson(app, LESSON, final_right=False)
    assert app.attr("[data-testid=result]", "data-passed") == "false"
    assert app.attr("[data-testid=result]", "data-score") == "0"
    app.screenshot("result-not-passed.png")
    app.click("[data-testid=result-to-list]")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "not-passed-yet"
