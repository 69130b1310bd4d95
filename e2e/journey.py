"""What a person does in the app, step by step, for the end-to-end tests."""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import App, lesson


def set_up_hamlet_computer(app: App) -> None:
    app.wait("[data-screen=setup]")
    app.axe("setup")
    app.click("[data-role=hamlet]")
    app.type("#setup-hamlet", "Thôn Đông")
    app.type("#setup-commune", "Đầm Hà")
    app.type("#setup-pin", "2468")
    app.type("#setup-pin-repeat", "2468")
    app.click("[data-testid=setup-save]")
    app.wait("[data-screen=picker]")


def register_learner(app: App, name: str, year: str, picture: str | None = None) -> None:
    app.wait("[data-screen=picker]")
    app.axe("picker")
    app.click("[data-testid=new-learner]")
    app.wait("[data-screen=consent]")
    app.axe("consent")
    app.click("[data-testid=consent-agree]")
    app.wait("[data-screen=new-learner]")
    app.axe("new-learner")
    app.type("#learner-name", name)
    app.type("#learner-birth-year", year)
    app.click("[data-gender=female]")
    if picture:
        app.click(f"[data-picture={picture}]")
        app.screenshot("new-learner-pictures.png")
    app.click("[data-testid=learner-save]")
    app.wait("[data-screen=lessons]")
    app.axe("lessons")


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
            # As a person does (by keyboard too, in keyboard mode): the row's own "Lên" button.
            app.click(f"[data-item-id='{wanted}'] [data-testid=move-up]")


def answer_step(app: App, steps: dict, step_id: str, kind: str, right: bool = True) -> None:
    """Answers the step on screen, rightly or wrongly, from the real lesson file."""
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
    elif kind == "message":
        scam = step["verdict"] == "scam"
        says_scam = scam if right else not scam
        app.click(f"[data-verdict={'scam' if says_scam else 'safe'}]")
        if says_scam:
            flags = step.get("flags", []) if right else ["too-good"]
            for flag in flags:
                app.click(f"[data-flag='{flag}']")
    elif kind == "qr-pay":
        answer_qr_pay(app, step, right)
        return
    elif kind == "phone":
        answer_phone(app, step, right)
        return
    elif kind in APPS:
        APPS[kind](app, step, right)
        return
    app.click("[data-testid=submit-answer]")


RIGHT_QR = {"pay": "pay", "swapped": "refuse", "wrong-amount": "refuse", "static": "pay", "receive": "show-code"}
WRONG_QR = {"pay": "refuse", "swapped": "pay", "wrong-amount": "pay", "static": "pay", "receive": "scan"}


def answer_qr_pay(app: App, step: dict, right: bool) -> None:
    scenario = step["scenario"]
    if scenario != "receive":
        app.click("[data-testid=qr-scan]")
        # What the bank app shows after "scanning" is the real VietQR code's content.
        assert app.wait("[data-testid=qr-payee]").text == step["payee"]
    if scenario == "static":
        price = step["price"] if right else step["price"] * 10
        app.type("#qr-type-amount", str(price))
    app.click(f"[data-action={(RIGHT_QR if right else WRONG_QR)[scenario]}]")


def digits_in(app: App, css: str, n: int) -> str:
    text = app.wait(css).text
    if n == 12:
        text = text.replace(" ", "")  # the card prints the number in groups
    found = re.findall(r"(?<!\d)\d{%d}(?!\d)" % n, text)
    assert found, f"no {n}-digit number in {text!r}"
    return found[0]


def answer_phone(app: App, step: dict, right: bool) -> None:
    values = {
        "password": "Hocso@2026", "password-repeat": "Hocso@2026",
        "passcode": "135790", "passcode-repeat": "135790", "text": "Con mèo Mướp",
    }
    for field in step.get("fields", []):
        rule = field["input"]
        if rule == "personal-id":
            value = digits_in(app, "[data-testid=practice-personal-id]", 12)
        elif rule == "phone":
            value = digits_in(app, "[data-testid=practice-phone]", 10)
        elif rule == "otp":
            value = digits_in(app, "[data-testid=practice-sms]", 6)
        else:
            value = values[rule]
        app.type(f"[data-field-id='{field['id']}']", value)
    buttons = step["buttons"]
    good = next(b["id"] for b in buttons if b.get("correct"))
    wrong = [b["id"] for b in buttons if not b.get("correct")]
    if right or not wrong:
        if not right:
            # No wrong button: a wrong value in the first field instead.
            first = step["fields"][0]["id"]
            app.type(f"[data-field-id='{first}']", "12")
        app.click(f"[data-button-id='{good}']")
    else:
        app.click(f"[data-button-id='{wrong[0]}']")


def play_lesson(
    app: App,
    lesson_id: str,
    final_right: bool = True,
    wrong_first: bool | set[str] = False,
    on_hint=None,
    on_step=None,
    pre_right: bool | None = None,
) -> None:
    """Plays a lesson to its result. Practice steps must be answered rightly to move on;
    with `wrong_first`, each graded practice step is first answered wrongly and the hint read;
    when it is a set of kinds, only the first practice step of each of those kinds.
    A pre-check (a learner's first attempt) is answered as `pre_right` says (by default like
    the final check), or skipped with one press when `pre_right` is "skip"."""
    steps = lesson(lesson_id)
    for _ in range(200):
        if app.session.find_elements(By.CSS_SELECTOR, "[data-testid=result]"):
            app.axe("result")
            return
        step_id, kind, phase = current_step(app)
        if phase == "pre-check" and pre_right == "skip":
            app.click("[data-testid=skip-pre-check]")
            wait_step_change(app, step_id, phase)
            continue
        app.axe(f"step: {kind}")
        if on_step:
            on_step(step_id, kind)
        graded = kind != "explain"
        once = isinstance(wrong_first, set) and kind in wrong_first
        if phase == "practice" and graded and (once or wrong_first is True):
            if once:
                wrong_first.discard(kind)  # a set: the first step of each of its kinds only
            answer_step(app, steps, step_id, kind, right=False)
            assert app.attr("[data-testid=feedback]", "data-correct") == "false"
            app.axe(f"feedback: {kind}")
            if on_hint:
                on_hint(step_id, kind)
            app.click("[data-testid=try-again]")
            assert current_step(app)[0] == step_id, "a wrong practice answer keeps the learner on the step"
        try:
            if phase == "pre-check":
                right = final_right if pre_right is None else pre_right
            else:
                right = phase == "practice" or final_right
            answer_step(app, steps, step_id, kind, right=right)
        except Exception:
            app.screenshot(f"failure-{step_id}.png")
            raise
        if phase == "practice" and graded:
            assert app.attr("[data-testid=feedback]", "data-correct") == "true"
            app.click("[data-testid=continue]")
        wait_step_change(app, step_id, phase)
    raise AssertionError("the lesson did not end")


# --- the simulated apps: chat, shop, map -------------------------------------------------


def answer_chat(app: App, step: dict, right: bool) -> None:
    expect = dict(step["expect"])
    if not right:
        # Something else the app offers: mute, or (when muting is the right act) leave/block.
        exit_ = "leave" if step["chat"] == "group" else "block"
        expect = {"action": exit_ if expect["action"] == "mute" else "mute"}
    action = expect["action"]
    if action == "reply":
        app.click(f"[data-reply='{expect['option']}']")
    elif action == "vote":
        app.click(f"[data-message-id='{expect['message']}'] [data-vote='{expect['option']}']")
    elif action in ("react", "report"):
        app.click(f"[data-message-id='{expect['message']}'] [data-chat-action={action}]")
    elif action == "send-photo":
        app.click(f"[data-photo='{expect['option']}']")
        app.type("#chat-caption", "Đèn đường đầu ngõ bị hỏng")
        app.click("[data-chat-action=send-photo]")
    else:
        app.click(f"[data-chat-action={action}]")


def shop_signs(step: dict) -> list[str]:
    """The warning signs of a product page, by the rule docs/lesson-format.md states."""
    signs = []
    if step.get("market_price") and step["price"] * 2 < step["market_price"]:
        signs.append("price-too-low")
    if step.get("rating") is not None and step["rating"] < 4.0:
        signs.append("low-rating")
    if step.get("reviews", 0) < 10:
        signs.append("few-reviews")
    if step.get("outside"):
        signs.append("pay-outside")
    return signs


def answer_shop_buy(app: App, step: dict, right: bool) -> None:
    signs = shop_signs(step)
    if not right:
        app.click("[data-buy=pay-first]")
    elif not signs:
        app.click("[data-buy=order]")
    else:
        app.click("[data-buy=skip]")
        for sign in signs:
            app.click(f"[data-sign={sign}]")
    app.click("[data-testid=shop-decide]")


def answer_shop_sell(app: App, step: dict, right: bool) -> None:
    photos = [p["id"] for p in step["photos"] if p.get("correct", False) == right]
    for photo in photos[:1] if not right else photos:
        app.click(f"[data-photo='{photo}']")
    app.type("#sell-name", "Củ cải muối")
    app.type("#sell-origin", "Thôn Đông, xã Đầm Hà")
    app.type("#sell-price", str(step["price"]))
    app.type("#sell-weight", str(step["weight"]))
    if step["ocop"]:
        app.click("[data-testid=sell-ocop]")
    app.click("[data-delivery=ship]")
    app.click("[data-testid=sell-post]")


def answer_map(app: App, step: dict, right: bool) -> None:
    task, answer = step["task"], step["answer"]
    if task == "share":
        app.click("[data-map-action=share]")
        contact = answer if right else next(c for c in step["contacts"] if c != answer)
        app.click(f"[data-contact='{contact}']")
    elif task == "add-place":
        app.click("[data-map-action=add]")
        app.click(f"button[data-place='{answer}']")
        app.type("#map-add-name", "Tạp hóa Hoa")
        category = step["category"] if right else ("farm" if step["category"] != "farm" else "shop")
        app.click(f"[data-category={category}]")
    else:
        icons = ("home",) if task == "find-code" else None
        others = [p["id"] for p in step["places"] if p["id"] != answer and p["icon"] != "you" and (icons is None or p["icon"] in icons)]
        app.click(f"button[data-place='{answer if right else others[0]}']")
    app.click("[data-map-action=send]")


APPS = {"chat": answer_chat, "shop-buy": answer_shop_buy, "shop-sell": answer_shop_sell, "map": answer_map}
