"""Drives the real Học Số desktop app through tauri-driver + WebKitWebDriver under Xvfb.

Each test gets its own data folder (HOCSO_DATA_DIR), so no test sees another's database.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import tomllib
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.remote.client_config import ClientConfig
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parent.parent
APP = Path(os.environ["HOCSO_APP"]).resolve()
# The command line, for seeding realistic data and for an independent computation of reports.
CLI = APP.with_name("hocso")
ARTIFACTS = REPO / "e2e" / "artifacts"
# axe-core (npm, in ui/node_modules), run inside the page on every screen a test visits.
AXE = REPO / "ui" / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ["violations"] })
  .then((r) => done(r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }))))
  .catch((e) => done([{ id: "axe-error", impact: "critical", help: String(e), nodes: [] }]));
"""


def demo_cultural_house(tmp_path: Path, learners: int = 12) -> Path:
    """A hamlet computer's data folder holding `learners` demo learners (`hocso demo`)."""
    data = tmp_path / "cultural-house"
    data.mkdir()
    subprocess.run(
        [str(CLI), "demo", "--hamlets", "1", "--learners", str(learners), "--lessons", str(REPO / "lessons"),
         "--db", str(data / "hocso.sqlite3")],
        check=True,
        capture_output=True,
    )
    return data


def free_port() -> int:
    """A port nobody listens on, so that two runs on one machine never share a driver."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            s.settimeout(0.2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


class App:
    """One run of the desktop app: tauri-driver, then a WebDriver session that launches it."""

    def __init__(self, data_dir: Path, env: dict | None = None):
        self.data_dir = data_dir
        self.extra_env = env or {}
        self.driver_process: subprocess.Popen | None = None
        self.session: webdriver.Remote | None = None
        # Keyboard only: every click is the Tab key to the control, then Enter (Space on a
        # checkbox); every field is reached with Tab and typed into.
        self.keyboard = False
        # Screens axe has checked in this run (each once).
        self.axe_checked: set[str] = set()

    def start(self) -> "App":
        driver_port, native_port = free_port(), free_port()
        env = dict(os.environ, HOCSO_DATA_DIR=str(self.data_dir), WEBKIT_DISABLE_DMABUF_RENDERER="1", **self.extra_env)
        self.driver_process = subprocess.Popen(
            ["tauri-driver", "--port", str(driver_port), "--native-port", str(native_port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for_port(driver_port)
        # WebKitWebDriver comes up a little after tauri-driver: wait for it too.
        wait_for_port(native_port)
        options = ArgOptions()
        options.set_capability("browserName", "wry")
        options.set_capability("tauri:options", {"application": str(APP)})
        # A command that hangs fails after a minute instead of stalling the whole run.
        url = f"http://127.0.0.1:{driver_port}"
        self.session = webdriver.Remote(command_executor=url, options=options, client_config=ClientConfig(remote_server_addr=url, timeout=60))
        self.session.implicitly_wait(0)
        return self

    def app_pids(self) -> list[int]:
        """This run's app only: the process of the app binary in tauri-driver's own session
        (started with setsid), never another run's or a developer's."""
        if self.driver_process is None:
            return []
        sid = str(self.driver_process.pid)
        out = subprocess.run(["pgrep", "-s", sid, "-f", str(APP)], capture_output=True, text=True).stdout
        return [int(p) for p in out.split()]

    def kill_app(self) -> None:
        """Power cut: SIGKILL the app process, no chance to clean up."""
        pids = self.app_pids()
        assert pids, "the app is not running"
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        self._stop_driver()

    def stop(self) -> None:
        if self.session is not None:
            try:
                self.session.quit()
            except WebDriverException:
                pass
            self.session = None
        self._stop_driver()

    def _stop_driver(self) -> None:
        self.session = None
        if self.driver_process is not None:
            leftovers = self.app_pids()
            try:
                os.killpg(self.driver_process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            self.driver_process.wait(timeout=10)
            for pid in leftovers:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            self.driver_process = None

    # --- helpers a test reads like a person's actions -----------------------------------

    def wait(self, css: str, timeout: float = 15.0):
        def find(d):
            found = d.find_elements(By.CSS_SELECTOR, css)
            if not found:
                return False
            # As a person scrolls to it: WebKit counts an element outside the view as hidden.
            d.execute_script("arguments[0].scrollIntoView({block: 'center'})", found[0])
            return found[0] if found[0].is_displayed() else False

        return WebDriverWait(self.session, timeout, ignored_exceptions=[StaleElementReferenceException]).until(
            find, f"{css} did not appear"
        )

    def axe(self, screen: str) -> None:
        """Runs axe-core on the screen as it is now: no serious or critical violation. Each
        screen name once per run of the app; every check is listed in artifacts/axe.txt."""
        if screen in self.axe_checked:
            return
        self.axe_checked.add(screen)
        if not self.session.execute_script("return typeof window.axe === 'object'"):
            self.session.execute_script(AXE.read_text(encoding="utf-8"))
        self.session.set_script_timeout(60)
        violations = self.session.execute_async_script(AXE_RUN)
        bad = [v for v in violations if v["impact"] in ("serious", "critical")]
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        with open(ARTIFACTS / "axe.txt", "a", encoding="utf-8") as log:
            minor = ", ".join(f"{v['id']} ({v['impact']})" for v in violations if v not in bad) or "none"
            log.write(f"{screen}: {len(bad)} serious or critical; others: {minor}\n")
        assert not bad, f"axe on {screen}: {bad}"

    def focus_by_tab(self, css: str, limit: int = 150):
        """Presses Tab until the element has the focus, as a keyboard user does."""
        target = self.wait(css)
        for _ in range(limit):
            if self.session.execute_script("return document.activeElement === arguments[0]", target):
                return target
            ActionChains(self.session).send_keys(Keys.TAB).perform()
        raise AssertionError(f"{css} cannot be reached with the Tab key")

    def click(self, css: str) -> None:
        if self.keyboard:
            target = self.focus_by_tab(css)
            checkbox = target.tag_name == "input" and target.get_attribute("type") == "checkbox"
            ActionChains(self.session).send_keys(Keys.SPACE if checkbox else Keys.ENTER).perform()
            return
        element = self.wait(css)
        # As a person scrolls: bring the element to the middle, clear of the sticky answer bar.
        self.session.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def type(self, css: str, text: str) -> None:
        if self.keyboard:
            self.focus_by_tab(css)
            ActionChains(self.session).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(text).perform()
            return
        field = self.wait(css)
        field.clear()
        field.send_keys(text)

    def attr(self, css: str, name: str) -> str:
        return self.wait(css).get_attribute(name) or ""

    def screenshot(self, name: str) -> Path:
        """The whole 1366x768 screen, as a person sees it. Taken from X (ImageMagick), not
        through WebDriver: WebKitWebDriver's screenshot can hang when nothing repaints."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        subprocess.run(["import", "-window", "root", str(path)], check=True, timeout=20)
        return path


class Phone(App):
    """A resident's own phone on the hall's Wi-Fi: Debian's Chromium, headless, emulating a
    360x640 touch screen, driven by chromedriver. Every press is a tap (a touch pointer), every
    field is tapped then typed into. Shares App's waiting, reading and axe helpers."""

    def __init__(self, profile: Path):
        super().__init__(profile)
        self.profile = profile

    def start(self) -> "Phone":
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        # Headless and quiet: this machine has no network beyond the hub (docs/testing.md).
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     f"--user-data-dir={self.profile}"]:
            options.add_argument(flag)
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": 360, "height": 640, "pixelRatio": 2.0, "touch": True},
            "userAgent": "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36",
        })
        self.session = webdriver.Chrome(service=ChromeService("/usr/bin/chromedriver"), options=options)
        self.session.implicitly_wait(0)
        return self

    def tap(self, element) -> None:
        finger = PointerInput(interaction.POINTER_TOUCH, "finger")
        actions = ActionBuilder(self.session, mouse=finger)
        actions.pointer_action.move_to(element).pointer_down().pause(0.05).pointer_up()
        actions.perform()
        # The browser turns the touch into a click a moment after the finger lifts.
        time.sleep(0.05)

    def click(self, css: str) -> None:
        element = self.wait(css)
        self.session.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        self.tap(element)

    def type(self, css: str, text: str) -> None:
        field = self.wait(css)
        self.tap(field)
        # The tap's focus and click arrive a moment after the finger lifts: type after them.
        WebDriverWait(self.session, 5).until(lambda d: d.execute_script("return document.activeElement === arguments[0]", field))
        time.sleep(0.1)
        if field.get_attribute("value"):
            field.clear()
        field.send_keys(text)

    def screenshot(self, name: str) -> Path:
        """The phone's screen (720x1280 pixels: 360x640 at twice the density)."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        self.session.save_screenshot(str(path))
        return path


@pytest.fixture
def phones(tmp_path: Path):
    started: list[Phone] = []

    def _phone() -> Phone:
        phone = Phone(tmp_path / f"phone-{len(started) + 1}").start()
        started.append(phone)
        return phone

    yield _phone
    for phone in started:
        phone.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def launch(data_dir: Path):
    started: list[App] = []

    def _launch(data: Path | None = None, env: dict | None = None) -> App:
        app = App(data or data_dir, env).start()
        started.append(app)
        return app

    yield _launch
    for app in started:
        app.stop()


def lesson(lesson_id: str) -> dict:
    """The real lesson file, to know the right answers."""
    with open(REPO / "lessons" / lesson_id / "lesson.toml", "rb") as f:
        data = tomllib.load(f)
    steps = {s["id"]: s for s in data["steps"]}
    final = data["final_check"]
    for group in final.get("groups", [final]):
        steps.update({s["id"]: s for s in group.get("items", [])})
    return steps
