// « Mes exports » (docs/web.md): the list of exports, refreshed with back-off while one is being
// prepared, and its actions.

import { $, api, showAlert, state } from "./session.js";
import { dateFormat, dateTimeFormat } from "./dates.js";
import { confirmDelete, openResend } from "./dialogs.js";
import { historyPanel, toggleHistory } from "./history.js";

/** The statuses of an export being prepared (docs/queue.md §1). */
const ACTIVE = ["pending", "processing", "uploading", "sending"];

/** The statuses in French words. */
export const STATUS_WORDS = {
  pending: "En attente", processing: "En préparation", uploading: "Dépôt du fichier",
  sending: "Envoi des e-mails", success: "Prêt", error: "Échec", canceled: "Annulé", expired: "Expiré",
};

/** Reloads the list; polls again sooner while an export is running (1 s, then ×1.5 up to 15 s). */
async function refresh() {
  clearTimeout(state.timer);
  const call = ++state.calls;
  try {
    const page = await api("GET", "/v1/exports?limit=50&scope=" + state.scope);
    if (call !== state.calls) return; // a newer refresh started meanwhile: it decides
    render(page.data);
    if (page.data.some((item) => ACTIVE.includes(item.status))) {
      state.timer = setTimeout(refresh, state.delay);
      state.delay = Math.min(state.delay * 1.5, 15000);
    }
  } catch (error) {
    if (error.status !== 401) showAlert(error.message);
  }
}

/** Shows `scope`'s exports, polling fast again. */
export function selectScope(scope) {
  state.scope = scope;
  $(scope === "own" ? "portee-moi" : "portee-orga").checked = true;
  state.delay = 1000;
  refresh();
}

/** A byte count in French units. */
function size(bytes) {
  const units = ["o", "ko", "Mo", "Go"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return value.toLocaleString("fr-FR", { maximumFractionDigits: 1 }) + " " + units[unit];
}

/** A new element `tag` with `className` and `text`. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button labelled `text` (with `label` for screen readers) that runs `action`. */
function button(text, label, action, className) {
  const node = element("button", className, text);
  node.type = "button";
  node.setAttribute("aria-label", label);
  node.addEventListener("click", action);
  return node;
}

/** The list's items, newest first as the API gives them, when they changed; open histories
 * stay open and the focused button keeps the focus. */
function render(exports) {
  const shown = JSON.stringify(exports);
  if (shown === state.shown) return;
  state.shown = shown;
  const open = new Set([...document.querySelectorAll(".historique:not([hidden])")].map((node) => node.dataset.uuid));
  const active = document.activeElement;
  const focused = $("liste").contains(active) ? active.getAttribute("aria-label") : null;
  $("liste").replaceChildren(...exports.map((item) => card(item, open.has(item.uuid))));
  $("liste-vide").hidden = exports.length > 0;
  if (!focused) return;
  [...$("liste").querySelectorAll("button")].find((node) => node.getAttribute("aria-label") === focused)?.focus();
}

/** One export: its period, status, progress or result, and the actions its status allows. */
function card(item, historyOpen) {
  const mine = item.created_by === state.claims.sub || state.claims.role === "admin";
  const start = dateFormat.format(new Date(item.params.start_at));
  const end = dateFormat.format(new Date(new Date(item.params.end_at).getTime() - 1));
  const title = `Trajets du ${start} au ${end}`;
  const node = element("li", "carte");
  node.dataset.uuid = item.uuid;
  node.dataset.status = item.status;
  const head = element("div", "carte-entete");
  head.append(element("h3", "", title), element("span", "statut statut-" + item.status, STATUS_WORDS[item.status]));
  node.append(head);
  const facts = element("p", "details",
    `${item.format.toUpperCase()} · commandé le ${dateTimeFormat.format(new Date(item.created_at))}` +
    (mine ? "" : ` · par ${item.created_by}`));
  node.append(facts);
  if (ACTIVE.includes(item.status) || item.status === "success") {
    const bar = element("progress");
    bar.max = 100;
    bar.value = item.progress;
    bar.setAttribute("aria-label", `Avancement de l'export ${title}`);
    node.append(bar, element("span", "pourcentage", `${item.progress} %`));
  }
  if (item.status === "success" && item.stats) {
    node.append(element("p", "resultat",
      `${item.stats.rows.toLocaleString("fr-FR")} lignes · ${size(item.stats.file_size)}` +
      (item.expires_at ? ` · disponible jusqu'au ${dateTimeFormat.format(new Date(item.expires_at))}` : "")));
  }
  if (item.status === "error") {
    node.append(element("p", "resultat", "La préparation a échoué ; commandez-le à nouveau."));
  }
  node.append(actions(item, mine, title, historyOpen), historyPanel(item, historyOpen));
  return node;
}

/** The buttons of `item`'s actions: download and history for readers, the rest for its owner;
 * `historyOpen` says whether its history is shown. */
function actions(item, mine, title, historyOpen) {
  const bar = element("div", "boutons");
  if (item.status === "success") bar.append(button("Télécharger", `Télécharger ${title}`, () => download(item)));
  if (mine && item.status === "success") {
    bar.append(button("Renvoyer", `Renvoyer ${title}`, () => openResend(item), "secondaire"));
  }
  if (mine && ACTIVE.includes(item.status)) {
    const cancel = () => act("POST", item, "/cancel", "Export annulé.");
    bar.append(button("Annuler", `Annuler ${title}`, cancel, "secondaire"));
  }
  if (mine) bar.append(button("Supprimer", `Supprimer ${title}`, () => confirmDelete(item), "secondaire"));
  const history = button("Historique", `Historique de ${title}`, () => toggleHistory(item, history), "lien");
  history.setAttribute("aria-expanded", String(historyOpen));
  bar.append(history);
  return bar;
}

/** Runs an action on `item`, then refreshes the list. */
export async function act(method, item, suffix, done) {
  try {
    await api(method, `/v1/exports/${item.uuid}${suffix}`);
    showAlert(done, "succes");
  } catch (error) {
    if (error.status !== 401) showAlert(error.message);
  }
  state.delay = 1000;
  refresh();
}

/** Starts a normal browser download from a short-lived signed link (no bearer header on a link). */
async function download(item) {
  try {
    const link = await api("POST", `/v1/exports/${item.uuid}/download-link`);
    const anchor = element("a");
    anchor.href = link.url;
    anchor.download = "";
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  } catch (error) {
    if (error.status !== 401) showAlert(error.message);
  }
}
