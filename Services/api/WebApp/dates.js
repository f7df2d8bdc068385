// « Mes exports » (docs/web.md): calendar days in Paris, sent as RFC 3339 instants with Paris's
// offset.

import { $ } from "./session.js";

// The API's date limits with their default settings (docs/validation.md §3); the API's answer
// stays the authority and its errors are shown next to the fields.
const MIN_START_DAYS = 1095;
const MAX_END_DAYS = 5;

/** Today's date in Paris as `YYYY-MM-DD`. */
function parisToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

/** `day` (`YYYY-MM-DD`) moved by `days` calendar days. */
export function addDays(day, days) {
  const date = new Date(day + "T12:00:00Z");
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Midnight of `day` in Paris, with its offset (`2025-01-01T00:00:00+01:00`). */
export function parisMidnight(day) {
  const name = new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", timeZoneName: "longOffset" })
    .formatToParts(new Date(day + "T00:00:00Z")).find((part) => part.type === "timeZoneName").value;
  const offset = name === "GMT" ? "+00:00" : name.slice(3);
  return day + "T00:00:00" + offset;
}

export const dateFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "long" });
export const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short",
});

/** Sets the date fields' limits and a first period: the last complete month allowed. */
export function prepareDates() {
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
