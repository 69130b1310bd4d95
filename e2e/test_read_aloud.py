"""Hearing every step, and a screen an elder can use alone: "Nghe" reads the step with the
sentence highlighted and any press stops it; a learner's own text size, contrast and auto-read;
a picture to find oneself by on the picker."""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from journey import current_step, register_learner, set_up_hamlet_computer

LESSON = "chuot-va-ban-phim"


def reading(app) -> bool:
    return bool(app.session.find_elements(By.CSS_SELECTOR, "[data-testid=reading-status]"))


def test_listen_highlights_and_stops_settings_and_pictures(launch):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Đinh Văn Páo", "1950", picture="con-trau")

    # The learner's own settings: the largest text and high contrast, kept for them.
    app.click("[data-testid=learner-settings] summary")
    app.click("[data-text-size=largest]")
    app.click("[data-testid=high-contrast]")
    WebDriverWait(app.session, 10).until(
        lambda d: d.execute_script("return document.documentElement.style.fontSize") == "28px"
    )
    assert app.session.execute_script("return document.documentElement.classList.contains('contrast')")
    app.axe("lessons: largest text, high contrast")
    app.screenshot("lessons-largest-contrast.png")

    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    if current_step(app)[2] == "pre-check":
        app.click("[data-testid=skip-pre-check]")
    step, kind, _ = current_step(app)
    assert kind == "explain"
    # "Nghe": the status says it is reading and the sentence being read is highlighted.
    app.click("[data-testid=listen]")
    app.wait("[data-testid=reading-status]")
    first = app.wait("[data-testid=reading-line]").text
    assert "đang đọc" in app.wait("[data-testid=reading-status]").text.lower()
    assert first and first in app.wait(".explain").text, first
    app.screenshot("reading-largest-contrast.png")
    app.axe("player: reading")
    # The highlight moves on to the next sentence, then the reading ends by itself.
    WebDriverWait(app.session, 30).until(
        lambda d: not reading(app) or d.find_element(By.CSS_SELECTOR, "[data-testid=reading-line]").text != first,
        "the highlight never moved",
    )
    WebDriverWait(app.session, 60).until(lambda d: not reading(app), "the reading never ended")

    # Any press stops it.
    app.click("[data-testid=listen]")
    app.wait("[data-testid=reading-status]")
    ActionChains(app.session).send_keys(Keys.ESCAPE).perform()
    WebDriverWait(app.session, 5).until(lambda d: not reading(app), "a key press did not stop the reading")

    # Read each step by itself: the next step starts reading with no press.
    app.click("[data-testid=to-list]")
    app.click("[data-testid=learner-settings] summary")
    app.click("[data-testid=read-aloud]")
    WebDriverWait(app.session, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "[data-testid=read-aloud]").get_attribute("aria-pressed") == "true")
    app.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    assert current_step(app)[0] == step, "the learner comes back to the same step"
    app.wait("[data-testid=reading-status]")
    app.click("[data-testid=submit-answer]")  # "Tiếp tục" stops this reading and moves on
    WebDriverWait(app.session, 10).until(lambda d: current_step(app)[0] != step)
    app.wait("[data-testid=reading-status]")

    # The picker: names with their pictures, and a picture narrows the list.
    app.click("[data-testid=to-list]")
    app.click("[data-testid=leave-learner]")
    app.wait("[data-screen=picker]")
    assert not app.session.execute_script("return document.documentElement.classList.contains('contrast')")
    app.click("[data-picture=con-trau]")
    WebDriverWait(app.session, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "[data-learner-id]")) == 1)
    picture = app.wait("[data-learner-id] img.learner-picture")
    assert picture.get_attribute("alt") == "Con trâu"
    app.axe("picker: pictures")
    app.screenshot("picker-pictures.png")
