// « Mes exports »: order, follow, download and re-send exports with the API of export-api
// (docs/web.md). Plain JavaScript modules, no framework, no build step; this one starts the page.

import { $, UNAUTHORIZED_TEXT, claimsOf, signOut, state, takeTokenFromAddress } from "./session.js";
import { prepareDates } from "./dates.js";
import { confirmOrder, estimate, prepareForm } from "./order.js";
import { act, selectScope } from "./list.js";
import { resend } from "./dialogs.js";

/** Wires the page and shows the session's screens, or the sign-in help. */
function start() {
  // A new link opened in a tab already on the page changes only the fragment: start afresh.
  addEventListener("hashchange", () => {
    if (takeTokenFromAddress() !== state.token) location.reload();
  });
  state.token = takeTokenFromAddress();
  state.claims = state.token && claimsOf(state.token);
  $("deconnexion").addEventListener("click", () => signOut());
  if (!state.claims) {
    if (state.token) signOut(UNAUTHORIZED_TEXT);
    else $("accueil").hidden = false;
    return;
  }
  $("identite").textContent = `${state.claims.name || state.claims.sub} (${state.claims.role})`;
  for (const id of ["session", "commande", "suivi"]) $(id).hidden = false;
  prepareDates();
  prepareForm();
  $("formulaire").addEventListener("submit", estimate);
  $("formulaire").addEventListener("input", () => ($("estimation").hidden = true));
  $("modifier").addEventListener("click", () => ($("estimation").hidden = true));
  $("confirmer").addEventListener("click", confirmOrder);
  $("formulaire-renvoi").addEventListener("submit", resend);
  $("suppression").addEventListener("close", () => {
    if ($("suppression").returnValue === "supprimer") act("DELETE", state.target, "", "Export supprimé.");
  });
  for (const radio of document.querySelectorAll("input[name=portee]")) {
    radio.addEventListener("change", () => selectScope(radio.value));
  }
  selectScope("own");
}

start();
