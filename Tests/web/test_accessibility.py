"""axe-core on every screen at desktop and phone sizes, and the page's weight and time to
interactive on the bench, written to var/screenshots/web/measures.json (docs/web.md §5)."""

from __future__ import annotations

import json
import statistics
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from conftest import SCREENSHOTS, Bench, month_bounds, screenshot, sign_in

SIZES = {"bureau": {"width": 1280, "height": 900}, "telephone": {"width": 390, "height": 844}}


def violations(page: Page) -> list[str]:
    """axe-core's violations on the page as it is, one line each."""
    results = Axe().run(page)
    return [
        f"{item['id']}: {item['help']} ({[node['target'] for node in item['nodes']]})"
        for item in results.response["violations"]
    ]


@pytest.mark.parametrize("size", SIZES)
def test_every_screen_passes_axe(browser: Browser, bench: Bench, size: str) -> None:
    context = browser.new_context(viewport=SIZES[size], locale="fr-FR", timezone_id="Europe/Paris")
    page = context.new_page()
    page.goto(f"{bench.url}/app/")
    expect(page.locator("#accueil")).to_be_visible()
    assert violations(page) == []

    token = bench.token("web-axe-" + size, "registry", "--email", "axe@example.org")
    sign_in(page, bench, token)
    first, last = month_bounds(bench.month)
    page.get_by_label("Du", exact=True).fill(first)
    page.get_by_label("Au (inclus)", exact=True).fill(last)
    page.get_by_role("button", name="Estimer le nombre de trajets").click()
    expect(page.locator("#estimation")).to_be_visible()
    page.get_by_role("button", name="Confirmer la commande").click()
    card = page.locator(".carte").first
    expect(card.locator(".statut")).to_have_text("Prêt", timeout=120_000)
    card.get_by_role("button", name="Historique").click()
    expect(card.locator(".historique li").first).to_be_visible()
    assert violations(page) == []
    screenshot(page, f"09-liste-{size}")
    page.evaluate("document.getElementById('titre-suivi').scrollIntoView()")
    screenshot(page, f"10-suivi-ecran-{size}", full_page=False)

    page.get_by_label("Du", exact=True).fill("2025-03-10")
    page.get_by_label("Au (inclus)", exact=True).fill("2025-03-01")
    page.get_by_role("button", name="Estimer le nombre de trajets").click()
    expect(page.locator("#erreur-end_at")).not_to_be_empty()
    assert violations(page) == []

    card.get_by_role("button", name="Renvoyer").click()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert violations(page) == []
    context.close()


def test_measures_weight_and_time_to_interactive(browser: Browser, bench: Bench) -> None:
    token = bench.token("web-mesure", "registry")
    loads = []
    for _ in range(5):
        context = browser.new_context()
        page = context.new_page()
        started = time.monotonic()
        page.goto(f"{bench.url}/app/#token={token}")
        expect(page.locator("#liste-vide, .carte").first).to_be_visible()
        list_shown_ms = (time.monotonic() - started) * 1000
        loads.append(dict(list_shown_ms=round(list_shown_ms), **page.evaluate(
            """() => {
              const navigation = performance.getEntriesByType("navigation")[0];
              const resources = performance.getEntriesByType("resource");
              const files = resources.filter((entry) => entry.name.includes("/app/"));
              const weight = (entries) => entries.reduce((sum, entry) => sum + entry.transferSize, 0);
              return {
                page_bytes: navigation.transferSize + weight(files),
                with_first_api_calls_bytes: navigation.transferSize + weight(resources),
                interactive_ms: navigation.domInteractive,
                dom_content_loaded_ms: navigation.domContentLoadedEventEnd,
              };
            }""")))
        context.close()
    measures = {
        "runs": loads,
        "median_dom_content_loaded_ms": statistics.median(load["dom_content_loaded_ms"] for load in loads),
        "median_list_shown_ms": statistics.median(load["list_shown_ms"] for load in loads),
        "page_bytes": loads[0]["page_bytes"],
    }
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "measures.json").write_text(json.dumps(measures, indent=2))
    assert measures["page_bytes"] < 60_000
