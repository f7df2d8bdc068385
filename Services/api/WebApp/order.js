// « Mes exports » (docs/web.md): the order form: only the fields the role allows, the estimate,
// then the order; errors by field.

import { $, api, showAlert, state } from "./session.js";
import { addDays, parisMidnight } from "./dates.js";
import { selectScope } from "./list.js";

/** Numbers of a comma-separated field (`"12, 13"` → `[12, 13]`); text that is not one stays. */
function numbers(text) {
  return text.split(/[\s,;]+/).filter(Boolean).map((item) => (/^\d+$/.test(item) ? Number(item) : item));
}

/** Non-empty lines of a text area. */
export function lines(text) {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

/** Shows only the perimeter fields the caller's role may set (docs/permissions.md §2). */
export function prepareForm() {
  const { role, operator_id: operator, territory_id: territory } = state.claims;
  $("bloc-operateurs").hidden = role === "operator";
  $("bloc-territoires").hidden = role === "operator";
  $("bloc-geo").hidden = role === "territory";
  const fixed = $("perimetre-fixe");
  fixed.hidden = role !== "operator" && role !== "territory";
  if (role === "operator") fixed.textContent = `Les trajets de votre opérateur (n° ${operator}).`;
  if (role === "territory") {
    fixed.textContent =
      `Le périmètre de votre territoire (n° ${territory}), éventuellement restreint à des opérateurs.`;
    $("territoires").value = String(territory);
  }
  if (state.claims.email) $("destinataires").value = state.claims.name
    ? `${state.claims.name} <${state.claims.email}>` : state.claims.email;
}

/** The create body of the form (docs/validation.md §1), with only the fields shown. */
function orderBody() {
  const body = { tz: "Europe/Paris", format: document.querySelector("input[name=format]:checked").value };
  if ($("debut").value) body.start_at = parisMidnight($("debut").value);
  if ($("fin").value) body.end_at = parisMidnight(addDays($("fin").value, 1));
  if (!$("bloc-operateurs").hidden && $("operateurs").value.trim()) body.operator_id = numbers($("operateurs").value);
  if (!$("bloc-territoires").hidden && $("territoires").value.trim()) {
    body.territory_id = numbers($("territoires").value);
  }
  if (!$("bloc-geo").hidden && $("codes").value.trim()) {
    body.geo_selector = { [$("niveau").value]: $("codes").value.split(/[\s,;]+/).filter(Boolean) };
  }
  body.recipients = lines($("destinataires").value);
  return body;
}

/** Clears the error messages inside `root`. */
export function clearErrors(root) {
  for (const node of root.querySelectorAll(".erreur")) node.textContent = "";
  for (const node of root.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
}

/** Shows `error` next to the fields it names (`prefix` picks the form's error ids), else in the banner. */
export function showFieldErrors(error, prefix = "erreur-") {
  const details = error.details.length ? error.details : [{ field: fieldOfRefusal(error), message: error.message }];
  let placed = false;
  for (const detail of details) {
    const name = (detail.field || "").split(/[.[]/)[0];
    const target = $(prefix + name);
    if (!target) continue;
    target.textContent = (target.textContent ? target.textContent + " " : "") + detail.message;
    target.closest(".champ")?.querySelector("input, textarea, select")?.setAttribute("aria-invalid", "true");
    placed = true;
  }
  if (!placed) showAlert(error.message);
  else showAlert("La demande n'a pas abouti : voir les messages sous les champs.");
}

/** The field a refusal without details concerns (docs/permissions.md §2–§3): the territories for a
 * territory without perimeter (409) or a territory user's other territory (403), else the perimeter. */
function fieldOfRefusal(error) {
  if (error.code === "conflict" || (error.code === "forbidden" && state.claims.role === "territory")) {
    return "territory_id";
  }
  return error.code === "forbidden" ? "perimetre" : "";
}

/** Asks for the estimate, then shows it with the confirmation button. */
export async function estimate(event) {
  event.preventDefault();
  clearErrors($("formulaire"));
  showAlert("");
  $("estimation").hidden = true;
  try {
    const { rows, max_rows: max } = await api("POST", "/v1/exports/estimate", orderBody());
    const count = rows.toLocaleString("fr-FR");
    $("estimation-texte").textContent = rows > max
      ? `${count} trajets : au-delà de la limite de ${max.toLocaleString("fr-FR")} ; ` +
        "réduisez la période ou le périmètre."
      : `${count} trajet${rows > 1 ? "s" : ""} à exporter. Confirmez pour lancer la préparation du fichier.`;
    $("confirmer").hidden = rows > max;
    $("estimation").hidden = false;
    if (!$("confirmer").hidden) $("confirmer").focus();
  } catch (error) {
    if (error.status !== 401) showFieldErrors(error);
  }
}

/** Creates the export, then follows it in the list. */
export async function confirmOrder() {
  clearErrors($("formulaire"));
  try {
    await api("POST", "/v1/exports", orderBody());
    $("estimation").hidden = true;
    showAlert("Export commandé : sa préparation apparaît ci-dessous.", "succes");
    selectScope("own");
  } catch (error) {
    if (error.status !== 401) showFieldErrors(error);
  }
}
