"""The API's refusals shown next to the field they concern (docs/web.md §1)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import Bench, screenshot, sign_in


def test_a_period_that_ends_before_it_starts_is_shown_under_the_end_date(page: Page, bench: Bench) -> None:
    sign_in(page, bench, bench.token("web-periode", "registry"))
    page.get_by_label("Du", exact=True).fill("2025-03-10")
    page.get_by_label("Au (inclus)", exact=True).fill("2025-03-01")
    page.get_by_role("button", name="Estimer le nombre de trajets").click()
    expect(page.locator("#erreur-end_at")).to_contain_text("postérieur")
    expect(page.get_by_label("Au (inclus)", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#estimation")).to_be_hidden()
    screenshot(page, "06-erreur-periode")


def test_a_territory_outside_the_callers_own_is_refused_under_the_territories(page: Page, bench: Bench) -> None:
    own, other = bench.territory, bench.territory + 1
    sign_in(page, bench, bench.token("web-territoire", "territory", "--territory", str(own)))
    expect(page.get_by_label("Territoires", exact=True)).to_have_value(str(own))
    expect(page.get_by_label("Codes", exact=True)).to_be_hidden()
    page.get_by_label("Territoires", exact=True).fill(str(other))
    page.get_by_role("button", name="Estimer le nombre de trajets").click()
    expect(page.locator("#erreur-territory_id")).to_contain_text("son propre périmètre")
    expect(page.get_by_label("Territoires", exact=True)).to_have_attribute("aria-invalid", "true")
    screenshot(page, "08-territoire-refuse")
