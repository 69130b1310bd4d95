"""Learning on one's own phone: the desktop app starts the hub, the facilitator makes a QR code
for a learner, a real browser (Debian's Chromium, 360x640 touch screen) opens the code's
address, learns a whole core lesson by touch, and the computer's facilitator screens show it
passed. A used code is refused on a second phone; a phone handed back is signed out."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from journey import play_lesson, register_learner, set_up_hamlet_computer

LESSON = "nhan-dien-lua-dao"


def test_a_phone_joins_by_qr_learns_a_core_lesson_by_touch_and_the_computer_sees_it(launch, phones):
    app = launch()
    set_up_hamlet_computer(app)
    register_learner(app, "Lò Thị Hoa", "1962")
    app.click("[data-testid=leave-learner]")
    app.click("[data-testid=open-facilitator]")
    app.type("#facilitator-pin", "2468")
    app.click("[data-testid=pin-open]")

    # "Học trên điện thoại": this computer's address (here the loopback: the test machine's
    # own Wi-Fi is not the hall's), then a one-time QR code for the learner.
    app.click("[data-tab=phones]")
    choose = Select(app.wait("[data-testid=hub-address]"))
    assert "127.0.0.1" in [o.text for o in choose.options]
    choose.select_by_visible_text("127.0.0.1")
    app.click("[data-testid=hub-start]")
    assert app.wait("[data-testid=hub-url]").text.startswith("http://127.0.0.1:")
    app.type("[data-testid=hub-search]", "hoa")
    app.click("[data-testid=hub-make-code]")
    url = app.wait("[data-testid=hub-join-url]").text
    assert "/j/" in url
    assert app.attr("[data-testid=hub-join] img", "src").startswith("data:image/svg+xml;base64,")
    app.axe("facilitator: phones")
    app.screenshot("hub-facilitator-qr.png")

    # The resident's phone opens the QR code's address and lands on their own lesson list.
    phone = phones()
    phone.session.get(url)
    phone.wait("[data-screen=lessons]")
    assert "Lò Thị Hoa" in phone.wait("main h1").text
    assert phone.session.current_url.endswith("/"), "the one-time code is taken out of the address"
    assert not phone.session.find_elements(By.CSS_SELECTOR, "[data-locale]"), "the language is the computer's"
    phone.axe("phone: lessons")
    phone.screenshot("hub-phone-lessons.png")

    phone.click(f"[data-lesson-id={LESSON}] [data-testid=open-lesson]")
    shots = []
    heard = []

    def on_step(step_id, kind):
        # Nothing wider than the phone: no sideways scrolling to find the answer.
        wide = phone.session.execute_script(
            "const m = document.querySelector('main'); return [m.scrollWidth, m.clientWidth, document.documentElement.scrollWidth]"
        )
        assert wide[0] <= wide[1] + 1 and wide[2] <= 361, f"step {step_id} ({kind}) is wider than the phone: {wide}"
        if kind == "message" and not shots:
            shots.append(phone.screenshot("hub-phone-step.png"))
            phone.axe("phone: step")
        if kind == "explain" and not heard:
            # "Nghe" on the phone: the hub's voice reads the step, the sentence highlighted.
            phone.click("[data-testid=listen]")
            line = phone.wait("[data-testid=reading-line]").text
            assert line and line in phone.wait(".explain").text, line
            heard.append(phone.screenshot("hub-phone-reading.png"))

    play_lesson(phone, LESSON, pre_right="skip", on_step=on_step)
    assert heard, "the lesson has an explanation step, read aloud on the phone"
    assert phone.attr("[data-testid=result]", "data-passed") == "true"
    phone.screenshot("hub-phone-result.png")

    # The computer's facilitator sees it: the phone's row, then the progress grid.
    WebDriverWait(app.session, 15).until(
        lambda d: "Đã đạt bài" in d.find_element(By.CSS_SELECTOR, "[data-testid=hub-phone-status]").text,
        "the phone's row says the lesson is passed",
    )
    app.session.execute_script("document.querySelector('[data-testid=hub-phones]').scrollIntoView({block: 'center'})")
    app.screenshot("hub-facilitator-phones.png")
    app.click("[data-tab=progress]")
    row = app.wait("[data-testid=progress-grid] tbody tr")
    assert "Lò Thị Hoa" in row.text
    WebDriverWait(app.session, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "[data-testid=progress-grid] tbody tr td.cell-passed"),
        "the progress grid shows the lesson passed",
    )

    # A second phone opening the same (used) code is refused, in Vietnamese, with what to do.
    other = phones()
    other.session.get(url)
    refused = other.wait("[data-testid=phone-join-error]").text
    assert "đã dùng rồi hoặc đã hết hạn" in refused and "tạo mã mới" in refused, refused
    other.axe("phone: join refused")
    other.screenshot("hub-phone-refused.png")

    # "Xong, trả máy": the phone's key stops working, even after a reload.
    phone.click("[data-testid=result-to-list]")
    phone.click("[data-testid=leave-learner]")
    phone.wait("[data-screen=phone-done]")
    phone.session.get(url.split("/j/")[0] + "/")
    phone.wait("[data-screen=phone-join]")

    app.click("[data-tab=phones]")
    app.wait("[data-testid=hub-no-phones]")
    app.click("[data-testid=hub-stop]")
    app.wait("[data-testid=hub-start]")
