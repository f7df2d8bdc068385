"""Signing in with a token in the fragment, and everything that ends a session (docs/web.md §2)."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from conftest import Bench, screenshot, sign_in


def test_keeps_the_token_in_the_tab_only_and_removes_it_from_the_address(page: Page, bench: Bench) -> None:
    token = bench.token("web-operateur", "operator", "--operator", str(bench.operator), "--name", "Jeanne Martin")
    sign_in(page, bench, token)
    expect(page.locator("#identite")).to_have_text("Jeanne Martin (operator)")
    assert "token" not in page.url
    assert page.evaluate("sessionStorage.getItem('rpc-export.token')") == token
    page.reload()
    expect(page.locator("#commande")).to_be_visible()


def test_closing_the_tab_signs_out(browser: Browser, bench: Bench) -> None:
    token = bench.token("web-fermeture", "registry")
    first = browser.new_context()
    sign_in(first.new_page(), bench, token)
    first.close()
    second = browser.new_context()
    page = second.new_page()
    page.goto(f"{bench.url}/app/")
    expect(page.locator("#accueil")).to_be_visible()
    expect(page.locator("#commande")).to_be_hidden()
    assert page.evaluate("sessionStorage.length") == 0
    screenshot(page, "01-connexion")
    second.close()


def test_the_sign_out_button_forgets_the_token(page: Page, bench: Bench) -> None:
    sign_in(page, bench, bench.token("web-sortie", "registry"))
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.locator("#accueil")).to_be_visible()
    assert page.evaluate("sessionStorage.getItem('rpc-export.token')") is None


def test_a_refused_token_says_what_to_do(page: Page, bench: Bench) -> None:
    forged = bench.token("web-refuse", "registry", secret="another-secret-0123456789-abcdefghijklm")
    page.goto(f"{bench.url}/app/#token={forged}")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("a expiré ou n'est pas valable")
    expect(alert).to_contain_text("tableau de bord")
    expect(page.locator("#commande")).to_be_hidden()
    assert page.evaluate("sessionStorage.length") == 0
    screenshot(page, "07-jeton-refuse")
