#!/usr/bin/env python3
"""Renders the HTML part of e-mails in Chromium at phone and desktop widths.

For every `.eml` file given, the `text/html` part is loaded in Debian's chromium (through
Playwright, with the browser of the system: never a downloaded one) at each width, the page's
width is measured (`document.documentElement.scrollWidth`, wider than the viewport when
something runs off the right edge) and a full-page screenshot is saved as
`<out>/<name of the file>-<width>.png`.

Prints a JSON list of `{"file", "width", "scroll_width", "screenshot"}`.

Run: email_render.py --out DIR [--width 390 --width 1024] FILE.eml...
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"


def html_part(path: Path) -> str:
    """The decoded `text/html` part of the message at `path`."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = message.get_body(preferencelist=("html",))
    if part is None:
        raise SystemExit(f"{path}: no text/html part")
    return part.get_content()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--width", type=int, action="append")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width in args.width or [390, 1024]:
            page = browser.new_page(viewport={"width": width, "height": 800})
            for path in args.files:
                page.set_content(html_part(path), wait_until="load")
                screenshot = args.out / f"{path.stem}-{width}.png"
                page.screenshot(path=str(screenshot), full_page=True)
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                results.append(
                    {"file": str(path), "width": width, "scroll_width": scroll_width, "screenshot": str(screenshot)}
                )
            page.close()
        browser.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
