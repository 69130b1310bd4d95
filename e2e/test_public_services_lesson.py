"""The core lesson "Dịch vụ công trực tuyến" (public services online) in the real app."""

from __future__ import annotations

from journey import current_step, play_lesson, register_learner, set_up_hamlet_computer

LESSON = "dich-vu-cong"


def test_right_answers_pass_the_public_services_lesson_and_wrong_ones_get_hints(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Đinh Thị Thu", "1975")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    current_step(app)
    play_lesson(app, LESSON, wrong_first=True)
    assert app.attr("[data-testid=result]", "data-passed") == "true"
    app.click("[data-testid=result-to-list]")
    assert app.attr(f"[data-lesson-id={LESSON}]", "data-state") == "passed"


def test_wrong_answers_in_the_public_services_final_check_do_not_pass(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Mã Văn Hùng", "1963")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    play_lesson(app, LESSON, final_right=False)
    assert app.attr("[data-testid=result]", "data-passed") == "false"
