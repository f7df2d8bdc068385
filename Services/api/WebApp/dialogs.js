// « Mes exports » (docs/web.md): the dialogs to re-send an export's link and to confirm a deletion.

import { $, api, showAlert, state } from "./session.js";
import { clearErrors, lines, showFieldErrors } from "./order.js";

/** Opens the re-send dialog for `item`. */
export function openResend(item) {
  state.target = item;
  clearErrors($("formulaire-renvoi"));
  $("renvoi-destinataires").value = "";
  $("renvoi-message").value = "";
  $("renvoi").showModal();
}

/** Sends `state.target`'s link to the dialog's recipients; errors stay in the dialog. */
export async function resend(event) {
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
export function confirmDelete(item) {
  state.target = item;
  $("suppression").returnValue = "";
  $("suppression").showModal();
}
