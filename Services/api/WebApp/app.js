// « Mes exports »: order, follow, download and re-send exports with the API of export-api
// (docs/web.md). Plain JavaScript, no framework, no build step: the page is this file.
"use strict";

const TOKEN_KEY = "rpc-export.token";
// The API's date limits with their default settings (docs/validation.md §3); the API's answer
// stays the authority and its errors are shown next to the fields.
const MIN_START_DAYS = 1095;
const MAX_END_DAYS = 5;
const ACTIVE = ["pending", "processing", "uploading", "sending"];
const STATUS_WORDS = {
  pending: "En attente", processing: "En préparation", uploading: "Dépôt du fichier",
  sending: "Envoi des e-mails", success: "Prêt", error: "Échec", canceled: "Annulé", expired: "Expiré",
};
const LOG_WORDS = {
  created: "Commande", status: "Étape", canceled: "Annulation", downloaded: "Téléchargement",
  sent: "Renvoi demandé", notified: "E-mail remis", retried: "Nouvelle tentative", failed: "Échec",
  expired: "Expiration", deleted: "Suppression", scrambled: "Destinataires effacés", purged: "Fichier effacé",
  published: "Publication",
};
const UNAUTHORIZED_TEXT = "Votre lien de connexion a expiré ou n'est pas valable. Rouvrez « Mes exports » depuis " +
  "le tableau de bord du registre pour obtenir un nouveau lien (équipe technique : export-api token).";

const $ = (id) => document.getElementById(id);
const state = { token: null, claims: null, scope: "own", timer: null, delay: 1000, target: null, shown: "", calls: 0 };

// ---- Session: the token arrives in the fragment, lives in sessionStorage only.

/** Reads `#token=…` into sessionStorage and removes it from the address bar. */
function takeTokenFromAddress() {
  const match = /(?:^|&)token=([^&]+)/.exec(location.hash.slice(1));
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The claims of a JWT, read without checking them (the API checks every call). */
function claimsOf(token) {
  try {
    const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const text = new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0)));
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Forgets the token and shows the sign-in help, with `message` when there is one. */
function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  clearTimeout(state.timer);
  state.token = null;
  for (const id of ["session", "commande", "suivi"]) $(id).hidden = true;
  $("accueil").hidden = false;
  showAlert(message || "Vous êtes déconnecté.", message ? "erreur" : "info");
}

/** Shows `text` in the banner (kind: "erreur", "info" or "succes"); nothing hides it. */
function showAlert(text, kind = "erreur") {
  const alert = $("alerte");
  alert.textContent = text;
  alert.className = "alerte " + kind;
  alert.hidden = !text;
}

// ---- Calls to the API.

/** An API error: its status, stable code and details ({field, message}). */
class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message || "Le service ne répond pas ; réessayez dans un instant.");
    this.status = status;
    this.code = body?.error?.code || "internal";
    this.details = body?.error?.details || [];
  }
}

/** Calls the API with the bearer token; JSON in and out; a 401 signs out with its advice. */
async function api(method, path, body) {
  const headers = { Authorization: "Bearer " + state.token, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json().catch(() => null);
  if (response.status === 401) {
    signOut(UNAUTHORIZED_TEXT);
    throw new ApiError(401, json);
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

// ---- Dates: calendar days in Paris, sent as RFC 3339 instants with Paris's offset.

/** Today's date in Paris as `YYYY-MM-DD`. */
function parisToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

/** `day` (`YYYY-MM-DD`) moved by `days` calendar days. */
function addDays(day, days) {
  const date = new Date(day + "T12:00:00Z");
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Midnight of `day` in Paris, with its offset (`2025-01-01T00:00:00+01:00`). */
function parisMidnight(day) {
  const name = new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", timeZoneName: "longOffset" })
    .formatToParts(new Date(day + "T00:00:00Z")).find((part) => part.type === "timeZoneName").value;
  const offset = name === "GMT" ? "+00:00" : name.slice(3);
  return day + "T00:00:00" + offset;
}

const dateFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "long" });
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short",
});

/** Sets the date fields' limits and a first period: the last complete month allowed. */
function prepareDates() {
  const today = parisToday();
  const first = addDays(today, -MIN_START_DAYS);
  const last = addDays(today, -MAX_END_DAYS);
  for (const id of ["debut", "fin"]) {
    $(id).min = first;
    $(id).max = last;
  }
  $("aide-debut").textContent = "au plus tôt le " + dateFormat.format(new Date(first + "T12:00:00Z"));
  $("aide-fin").textContent = "au plus tard le " + dateFormat.format(new Date(last + "T12:00:00Z"));
  $("debut").value = addDays(last, -29);
  $("fin").value = last;
}

// ---- The order form.

/** Numbers of a comma-separated field (`"12, 13"` → `[12, 13]`); text that is not one stays. */
function numbers(text) {
  return text.split(/[\s,;]+/).filter(Boolean).map((item) => (/^\d+$/.test(item) ? Number(item) : item));
}

/** Non-empty lines of a text area. */
function lines(text) {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

/** Shows only the perimeter fields the caller's role may set (docs/permissions.md §2). */
function prepareForm() {
  const { role, operator_id: operator, territory_id: territory } = state.claims;
  $("bloc-operateurs").hidden = role === "operator";
  $("bloc-territoires").hidden = role === "operator";
  $("bloc-geo").hidden = role === "territory";
  const fixed = $("perimetre-fixe");
  fixed.hidden = role !== "operator" && role !== "territory";
  if (role === "operator") fixed.textContent = `Les trajets de votre opérateur (n° ${operator}).`;
  if (role === "territory") {
    fixed.textContent = `Le périmètre de votre territoire (n° ${territory}), éventuellement restreint à des opérateurs.`;
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
function clearErrors(root) {
  for (const node of root.querySelectorAll(".erreur")) node.textContent = "";
  for (const node of root.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
}

/** Shows `error` next to the fields it names (`prefix` picks the form's error ids), else in the banner. */
function showFieldErrors(error, prefix = "erreur-") {
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

/** The field a refusal without details concerns: the perimeter for 403 and 409 on create. */
function fieldOfRefusal(error) {
  return error.code === "forbidden" || error.code === "conflict" ? "perimetre" : "";
}

/** Asks for the estimate, then shows it with the confirmation button. */
async function estimate(event) {
  event.preventDefault();
  clearErrors($("formulaire"));
  showAlert("");
  $("estimation").hidden = true;
  try {
    const { rows, max_rows: max } = await api("POST", "/v1/exports/estimate", orderBody());
    const count = rows.toLocaleString("fr-FR");
    $("estimation-texte").textContent = rows > max
      ? `${count} trajets : au-delà de la limite de ${max.toLocaleString("fr-FR")} ; réduisez la période ou le périmètre.`
      : `${count} trajet${rows > 1 ? "s" : ""} à exporter. Confirmez pour lancer la préparation du fichier.`;
    $("confirmer").hidden = rows > max;
    $("estimation").hidden = false;
    if (!$("confirmer").hidden) $("confirmer").focus();
  } catch (error) {
    if (error.status !== 401) showFieldErrors(error);
  }
}

/** Creates the export, then follows it in the list. */
async function confirmOrder() {
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

// ---- The list, refreshed with back-off while an export is being prepared.

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
function selectScope(scope) {
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
function element(tag, className, text) {
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
  const focused = $("liste").contains(document.activeElement) ? document.activeElement.getAttribute("aria-label") : null;
  $("liste").replaceChildren(...exports.map((item) => card(item, open.has(item.uuid))));
  $("liste-vide").hidden = exports.length > 0;
  if (focused) [...$("liste").querySelectorAll("button")].find((node) => node.getAttribute("aria-label") === focused)?.focus();
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
  if (item.status === "error") node.append(element("p", "resultat", "La préparation a échoué ; commandez-le à nouveau."));
  node.append(actions(item, mine, title), historyPanel(item, historyOpen));
  return node;
}

/** The buttons of `item`'s actions: download and history for readers, the rest for its owner. */
function actions(item, mine, title) {
  const bar = element("div", "boutons");
  if (item.status === "success") bar.append(button("Télécharger", `Télécharger ${title}`, () => download(item)));
  if (mine && item.status === "success") {
    bar.append(button("Renvoyer", `Renvoyer ${title}`, () => openResend(item), "secondaire"));
  }
  if (mine && ACTIVE.includes(item.status)) {
    bar.append(button("Annuler", `Annuler ${title}`, () => act("POST", item, "/cancel", "Export annulé."), "secondaire"));
  }
  if (mine) bar.append(button("Supprimer", `Supprimer ${title}`, () => confirmDelete(item), "secondaire"));
  bar.append(button("Historique", `Historique de ${title}`, (event) => toggleHistory(item, event.target), "lien"));
  return bar;
}

/** Runs an action on `item`, then refreshes the list. */
async function act(method, item, suffix, done) {
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

/** The history panel of `item`, filled when opened. */
function historyPanel(item, open) {
  const panel = element("div", "historique");
  panel.dataset.uuid = item.uuid;
  panel.hidden = !open;
  if (open) fillHistory(item, panel);
  return panel;
}

/** Opens or closes `item`'s history. */
function toggleHistory(item, trigger) {
  const panel = trigger.closest(".carte").querySelector(".historique");
  panel.hidden = !panel.hidden;
  trigger.setAttribute("aria-expanded", String(!panel.hidden));
  if (!panel.hidden) fillHistory(item, panel);
}

/** A log line in French: the status of a step in words; the API's own message only where it
 * explains something (a failure, a retry, an unknown type). */
function logText(log) {
  const label = LOG_WORDS[log.type] || log.type;
  if (log.type === "status") {
    const [status, ...rest] = log.message.split(" ");
    const note = rest.join(" ").replace("attempt", "tentative").replace("lease expired", "bail expiré");
    return `${label} : ${STATUS_WORDS[status] || status}${note ? " " + note : ""}`;
  }
  return ["failed", "retried"].includes(log.type) || !LOG_WORDS[log.type] ? `${label} : ${log.message}` : label;
}

/** Loads `item`'s logs, oldest first, into `panel`. */
async function fillHistory(item, panel) {
  try {
    const page = await api("GET", `/v1/exports/${item.uuid}/logs?limit=200`);
    const list = element("ol");
    for (const log of page.data) {
      const line = element("li");
      line.append(element("time", "", dateTimeFormat.format(new Date(log.created_at))), " " + logText(log));
      list.append(line);
    }
    panel.replaceChildren(element("h4", "", "Historique"), list);
  } catch (error) {
    if (error.status !== 401) panel.replaceChildren(element("p", "", error.message));
  }
}

// ---- Dialogs: re-send and delete.

/** Opens the re-send dialog for `item`. */
function openResend(item) {
  state.target = item;
  clearErrors($("formulaire-renvoi"));
  $("renvoi-destinataires").value = "";
  $("renvoi-message").value = "";
  $("renvoi").showModal();
}

/** Sends `state.target`'s link to the dialog's recipients; errors stay in the dialog. */
async function resend(event) {
  if (event.submitter?.value !== "envoyer") return;
  event.preventDefault();
  clearErrors($("formulaire-renvoi"));
  const body = { recipients: lines($("renvoi-destinataires").value) };
  if ($("renvoi-message").value.trim()) body.message = $("renvoi-message").value;
  try {
    const { queued } = await api("POST", `/v1/exports/${state.target.uuid}/send`, body);
    $("renvoi").close();
    showAlert(`${queued} e-mail${queued > 1 ? "s" : ""} en cours d'envoi.`, "succes");
  } catch (error) {
    if (error.status === 401) $("renvoi").close();
    else showFieldErrors(error, "erreur-renvoi-");
  }
}

/** Asks before deleting `item`. */
function confirmDelete(item) {
  state.target = item;
  $("suppression").returnValue = "";
  $("suppression").showModal();
}

// ---- Start.

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
