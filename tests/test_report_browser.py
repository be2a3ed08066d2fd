"""The HTML report of a real run in headless Chromium: it renders, timeline included, without a console
message (a blocked script or resource under the report's Content-Security-Policy would log one), and a
screenshot is kept in test-artifacts/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from flows.monitor import monitor
from tests.test_review import PRESIDENT, TRADE, publish

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# As it appears in the page's source: text, which the report must show as text.
HOSTILE_SCO = ("Iran became a full member of the Shanghai Cooperation Organisation on 4 July 2023, officials said "
               "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; in Tehran.")


def open_in_chromium(page: Path, profile: Path, screenshot: Path | None = None) -> tuple[str, list[str]]:
    """(rendered DOM, console lines) of a local page."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--window-size=1100,1800",
               "--dump-dom"] + ([f"--screenshot={screenshot}"] if screenshot else []) + [page.resolve().as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=True)
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (`make test` installs it as root; "
                                         "or apt-get install chromium)")
def test_the_html_report_renders_in_chromium_without_console_messages(server, tmp_path, prefect_harness):
    control = tmp_path / "control.html"  # proves that a blocked script is seen on the console
    control.write_text("<!doctype html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
                       "<p>x</p><script>console.log('ran')</script>", encoding="utf-8")
    assert open_in_chromium(control, tmp_path / "profile-control")[1]

    feed = publish(server, {"a1": [HOSTILE_SCO, TRADE, PRESIDENT]})
    folder = Path(monitor(feeds=[feed], db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True))
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-html.png"
    shot.unlink(missing_ok=True)
    dom, console = open_in_chromium(folder / "report.html", tmp_path / "profile", shot)
    assert console == []
    assert shot.exists() and shot.stat().st_size > 10_000
    assert "<svg" in dom and dom.count("<circle") >= 3  # a timeline per changed claim, with its markers
    assert "<mark>became a full member</mark>" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;" in dom  # shown as text
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
