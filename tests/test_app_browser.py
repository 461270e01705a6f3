"""The page in a real browser: Playwright drives Debian's Chromium, headless, against `python scripts/app.py` on a
free loopback port. From the page it refuses a bad handle in one line, trains the tiny model on the bundled demo
accounts, writes 3 tweets as one of them and shows them as tweet cards, compares the accounts and shows Publish; it
saves a screenshot of each tab (logs/screenshots/, which `make screenshots` copies into docs/images/), and checks
that the page asks nothing of any other host (it works offline) and shows none of the canary secrets."""

from __future__ import annotations

import pytest

from huggingtweets.demo import ACCOUNTS

from .app_server import CHROMIUM_ARGS, QUICK, AppServer, chromium, leaks
from .conftest import ROOT

sync_api = pytest.importorskip("playwright.sync_api", reason="the browser test needs the dev extra (playwright)")
pytest.importorskip("gradio", reason="the page needs the app extra: pip install -e '.[app]'")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(chromium() is None, reason="no chromium: make setup installs Debian's (apt-get, as root)"),
]
SCREENSHOTS = ROOT / "logs" / "screenshots"
MINUTE = 60_000  # ms


def test_the_page_trains_writes_compares_and_publishes_in_a_real_browser(tmp_path):
    expect = sync_api.expect
    with AppServer(tmp_path) as server, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
        page = context.new_page()
        elsewhere, errors = [], []
        page.on("request", lambda r: r.url.startswith((server.url, "data:", "blob:")) or elsewhere.append(r.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(server.url)
        status = page.locator("#run-status")
        expect(status).to_contain_text("No run started yet.", timeout=MINUTE)

        # a bad handle, typed in the page: one line naming it, and no run
        page.locator("#users textarea").fill("gardenista, lunar larry!")
        page.get_by_role("button", name="Start").click()
        expect(page.locator("#form-message")).to_contain_text(
            "error: users: 'lunar larry!' is not a handle (1-64 letters, digits, _, - or .", timeout=MINUTE
        )
        assert "Traceback" not in page.inner_text("body")
        expect(status).to_contain_text("No run started yet.")

        # train the tiny model on the demo accounts, following it live
        page.get_by_role("button", name="Use the bundled demo accounts").click()
        expect(page.locator("#users textarea")).to_have_value(", ".join(ACCOUNTS))
        page.locator("#amount input").fill("12")
        slow = "+callbacks.slow._target_=tests.hardening.helpers.Slow +callbacks.slow.seconds=0.3"  # steps to see
        page.locator("#other textarea").fill(f"{QUICK} {slow}")
        page.get_by_role("button", name="Start").click()
        expect(status).to_contain_text("Training: step", timeout=3 * MINUTE)
        expect(page.locator("#data-table")).to_contain_text("gardenista")
        expect(status).to_contain_text("Done: the model is in", timeout=5 * MINUTE)
        expect(page.locator("#form-message")).to_contain_text(
            f"Started: python train.py 'users=[{','.join(ACCOUNTS)}]'"
        )
        shoot(page, "train")

        # write 3 tweets as one account
        page.get_by_role("tab", name="Write").click()
        expect(page.locator("#write-model input")).to_have_value("models/" + "-".join(ACCOUNTS), timeout=MINUTE)
        page.locator("#write-as input").click()
        page.get_by_role("option", name="gardenista").click()
        page.locator("#prompt textarea").fill("the moon is")
        page.locator("#n input[type=number]").fill("3")
        page.get_by_role("button", name="Write", exact=True).click()
        cards = page.locator("#written .tweet")
        expect(cards).to_have_count(3, timeout=MINUTE)
        expect(page.locator('#written .tweet[data-handle="gardenista"]')).to_have_count(3)
        for card in cards.all():
            expect(card).to_contain_text("@gardenista")
            expect(card).to_contain_text("AI bot")
            expect(card.locator(".text")).to_contain_text("the moon is")
            expect(card.locator(".foot")).to_contain_text("training tweet")  # the copy check, either way
        first = cards.first
        first.get_by_role("button", name="Copy").click()
        expect(first.get_by_role("button", name="Copied")).to_be_visible()
        assert page.evaluate("navigator.clipboard.readText()") == first.locator(".text").inner_text()
        shoot(page, "write")

        # each account side by side, and the conditioning table
        page.get_by_role("tab", name="Compare").click()
        page.get_by_role("button", name="Write as each account").click()
        expect(page.locator("#compared .compare > div")).to_have_count(len(ACCOUNTS), timeout=MINUTE)
        expect(page.locator("#conditioning table tr")).to_have_count(len(ACCOUNTS) + 1)
        shoot(page, "compare")

        # publish: where the token comes from, never the token
        page.get_by_role("tab", name="Publish").click()
        expect(page.get_by_text("A Hugging Face token is set (the HF_TOKEN environment variable)")).to_be_visible()
        shoot(page, "publish")

        assert not elsewhere, f"the page asked other hosts: {elsewhere}"
        assert not errors, errors
        browser.close()
    assert not leaks(server.log.read_bytes())


def shoot(page, tab: str) -> None:
    """A full-page screenshot of `tab`, after checking the page's text and HTML hold no secret."""
    assert not leaks(page.inner_text("body")) and not leaks(page.content()), f"a secret on the {tab} tab"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"app-{tab}.png", full_page=True)
