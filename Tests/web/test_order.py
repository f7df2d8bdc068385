"""Ordering, following, downloading and re-sending an export in the browser (docs/web.md §1)."""

from __future__ import annotations

import io
import signal
import zipfile

import openpyxl
from playwright.sync_api import Page, expect

from conftest import Bench, month_bounds, screenshot, sign_in, wait_until


def test_orders_follows_downloads_and_resends_an_export(page: Page, bench: Bench, tmp_path) -> None:
    token = bench.token(
        "web-jeanne", "operator", "--operator", str(bench.operator), "--email", "jeanne.martin@example.org",
        "--name", "Jeanne Martin")
    sign_in(page, bench, token)
    first, last = month_bounds(bench.month)
    page.get_by_label("Du", exact=True).fill(first)
    page.get_by_label("Au (inclus)", exact=True).fill(last)
    expect(page.locator("#destinataires")).to_have_value("Jeanne Martin <jeanne.martin@example.org>")
    expect(page.get_by_label("Territoires", exact=True)).to_be_hidden()
    page.get_by_role("button", name="Estimer le nombre de trajets").click()
    expect(page.locator("#estimation-texte")).to_contain_text("à exporter")
    screenshot(page, "02-estimation")

    page.get_by_role("button", name="Confirmer la commande").click()
    card = page.locator(".carte").first
    expect(card.locator(".pourcentage")).to_have_text("100 %", timeout=120_000)
    expect(card.locator(".statut")).to_have_text("Prêt")
    expect(card.locator(".resultat")).to_contain_text("lignes")
    expect(card.locator(".resultat")).to_contain_text("disponible jusqu'au")
    screenshot(page, "03-export-pret")

    with page.expect_download() as started:
        card.get_by_role("button", name="Télécharger").click()
    archive = tmp_path / "export.zip"
    started.value.save_as(archive)
    with zipfile.ZipFile(archive) as opened:
        sheets = [name for name in opened.namelist() if name.endswith(".xlsx")]
        assert sheets, opened.namelist()
        workbook = openpyxl.load_workbook(io.BytesIO(opened.read(sheets[0])), read_only=True)
        assert workbook.worksheets[0].max_row > 1

    card.get_by_role("button", name="Renvoyer").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Destinataires", exact=True).fill("Marie Curie <marie.curie@example.org>")
    dialog.get_by_label("Message (facultatif)").fill("Voici le fichier du mois.")
    screenshot(page, "04-renvoi")
    dialog.get_by_role("button", name="Envoyer").click()
    expect(page.get_by_role("alert")).to_contain_text("1 e-mail en cours d'envoi")
    wait_until(
        lambda: any("marie.curie@example.org" in mail["rcpt_tos"] for mail in bench.mails()),
        what="the re-sent e-mail in the SMTP capture")

    card.get_by_role("button", name="Historique").click()
    expect(card.locator(".historique")).to_contain_text("Commande")
    expect(card.locator(".historique")).to_contain_text("Renvoi demandé")
    expect(card.locator(".historique")).to_contain_text("Étape : Prêt")
    screenshot(page, "05-historique")

    card.get_by_role("button", name="Supprimer").click()
    page.get_by_role("dialog").get_by_role("button", name="Supprimer").click()
    expect(page.get_by_role("alert")).to_have_text("Export supprimé.")


def test_a_colleague_sees_the_export_in_the_organisation_scope_only(page: Page, bench: Bench) -> None:
    owner = bench.token(
        "web-proprietaire", "operator", "--operator", str(bench.operator), "--email", "paul.durand@example.org")
    sign_in(page, bench, owner)
    first, last = month_bounds(bench.month)
    page.get_by_label("Du", exact=True).fill(first)
    page.get_by_label("Au (inclus)", exact=True).fill(last)
    page.get_by_role("button", name="Estimer le nombre de trajets").click()
    page.get_by_role("button", name="Confirmer la commande").click()
    expect(page.locator(".carte")).to_have_count(1)

    colleague = bench.token("web-collegue", "operator", "--operator", str(bench.operator))
    tab = page.context.new_page()
    sign_in(tab, bench, colleague)
    expect(tab.locator("#liste-vide")).to_be_visible()
    tab.get_by_label("Ceux de mon organisation").check()
    card = tab.locator(".carte", has_text="par web-proprietaire").first
    expect(card).to_be_visible()
    expect(card.get_by_role("button", name="Supprimer")).to_have_count(0)
    expect(card.get_by_role("button", name="Historique")).to_be_visible()


def test_cancels_an_export_that_waits_for_a_builder(page: Page, bench: Bench) -> None:
    builder = bench.processes["builder"]
    sign_in(page, bench, bench.token("web-annulation", "registry", "--email", "paul.durand@example.org"))
    first, last = month_bounds(bench.month)
    page.get_by_label("Du", exact=True).fill(first)
    page.get_by_label("Au (inclus)", exact=True).fill(last)
    builder.send_signal(signal.SIGSTOP)  # the export stays pending while the builder is paused
    try:
        page.get_by_role("button", name="Estimer le nombre de trajets").click()
        page.get_by_role("button", name="Confirmer la commande").click()
        card = page.locator(".carte").first
        expect(card.locator(".statut")).to_have_text("En attente")
        expect(card.get_by_role("progressbar")).to_be_visible()
        screenshot(page, "11-en-attente")
        card.get_by_role("button", name="Annuler").click()
        expect(card.locator(".statut")).to_have_text("Annulé")
        expect(page.get_by_role("alert")).to_have_text("Export annulé.")
        expect(card.get_by_role("button", name="Télécharger")).to_have_count(0)
    finally:
        builder.send_signal(signal.SIGCONT)
