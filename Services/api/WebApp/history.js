// « Mes exports » (docs/web.md): the history of an export (its logs), in French words.

import { api } from "./session.js";
import { dateTimeFormat } from "./dates.js";
import { STATUS_WORDS, element } from "./list.js";

/** The log types of docs/queue.md §14 in French words. */
const LOG_WORDS = {
  created: "Commande", status: "Étape", canceled: "Annulation", downloaded: "Téléchargement",
  sent: "Renvoi demandé", notified: "E-mail remis", retried: "Nouvelle tentative", failed: "Échec",
  expired: "Expiration", deleted: "Suppression", scrambled: "Destinataires effacés", purged: "Fichier effacé",
  published: "Publication",
};

/** The history panel of `item`, filled when opened. */
export function historyPanel(item, open) {
  const panel = element("div", "historique");
  panel.dataset.uuid = item.uuid;
  panel.hidden = !open;
  if (open) fillHistory(item, panel);
  return panel;
}

/** Opens or closes `item`'s history. */
export function toggleHistory(item, trigger) {
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
