// « Mes exports » (docs/web.md): the session (a token from the fragment, kept in sessionStorage
// only) and the calls to the API.

const TOKEN_KEY = "rpc-export.token";
export const UNAUTHORIZED_TEXT =
  "Votre lien de connexion a expiré ou n'est pas valable. Rouvrez « Mes exports » depuis " +
  "le tableau de bord du registre pour obtenir un nouveau lien (équipe technique : export-api token).";

/** The element of id `id`. */
export const $ = (id) => document.getElementById(id);

/** What the page knows: the session, the list's scope and polling, the export a dialog is about. */
export const state = {
  token: null, claims: null, scope: "own", timer: null, delay: 1000, target: null, shown: "", calls: 0,
};

/** Reads `#token=…` into sessionStorage and removes it from the address bar. */
export function takeTokenFromAddress() {
  const match = /(?:^|&)token=([^&]+)/.exec(location.hash.slice(1));
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The claims of a JWT, read without checking them (the API checks every call). */
export function claimsOf(token) {
  try {
    const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const text = new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0)));
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Forgets the token and shows the sign-in help, with `message` when there is one. */
export function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  clearTimeout(state.timer);
  state.token = null;
  for (const id of ["session", "commande", "suivi"]) $(id).hidden = true;
  $("accueil").hidden = false;
  showAlert(message || "Vous êtes déconnecté.", message ? "erreur" : "info");
}

/** Shows `text` in the banner (kind: "erreur", "info" or "succes"); nothing hides it. */
export function showAlert(text, kind = "erreur") {
  const alert = $("alerte");
  alert.textContent = text;
  alert.className = "alerte " + kind;
  alert.hidden = !text;
}

// ---- Calls to the API.

/** An API error: its status, stable code, details ({field, message}) and request id. A server
 * error's message quotes the request id, the reference to give to support (api.md §14). */
class ApiError extends Error {
  constructor(status, body, requestId) {
    const id = body?.error?.request_id || requestId || "";
    const text = body?.error?.message || "Le service ne répond pas ; réessayez dans un instant.";
    super(status >= 500 && id ? `${text} (référence : ${id})` : text);
    this.status = status;
    this.code = body?.error?.code || "internal";
    this.details = body?.error?.details || [];
    this.requestId = id;
  }
}

/** Calls the API with the bearer token; JSON in and out; a 401 signs out with its advice. */
export async function api(method, path, body) {
  const headers = { Authorization: "Bearer " + state.token, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json().catch(() => null);
  const requestId = response.headers.get("X-Request-Id");
  if (response.status === 401) {
    signOut(UNAUTHORIZED_TEXT);
    throw new ApiError(401, json, requestId);
  }
  if (!response.ok) throw new ApiError(response.status, json, requestId);
  return json;
}
