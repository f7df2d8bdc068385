"""Tests of the SMTP stand-in (smtp_capture.py), run in-process on a free loopback port."""

import json
import smtplib
import socket
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from smtp_capture import CaptureHandler, PasswordAuthenticator


@pytest.fixture()
def server(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(CaptureHandler(tmp_path), hostname="127.0.0.1", port=port, enable_SMTPUTF8=True)
    controller.start()
    yield port, tmp_path
    controller.stop()


def message(to: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Registre <no-reply@example.org>"
    mail["To"] = to
    mail["Subject"] = "Votre export est prêt"
    mail["Message-ID"] = "<export-1@rpc-export.test>"
    mail.set_content("Bonjour,\n")
    return mail


def test_accepted_messages_are_stored_with_their_envelope(server):
    port, folder = server
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.send_message(message("jeanne@example.org"), to_addrs=["jeanne@example.org", "paul@example.org"])
    index = json.loads((folder / "index.json").read_text())
    assert len(index) == 1
    entry = index[0]
    assert entry["mail_from"] == "no-reply@example.org"
    assert entry["rcpt_tos"] == ["jeanne@example.org", "paul@example.org"]
    assert entry["message_id"] == "<export-1@rpc-export.test>"
    assert b"Bonjour" in (folder / entry["file"]).read_bytes()


def test_reject_and_tempfail_recipients_get_5xx_and_4xx_replies(server):
    port, folder = server
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.ehlo()
        client.mail("no-reply@example.org")
        code, reply = client.rcpt("reject-jeanne@example.org")
        assert code == 550 and b"reject-jeanne@example.org" in reply
        code, _ = client.rcpt("tempfail-paul@example.org")
        assert code == 451
        client.rset()
        refused = client.sendmail("no-reply@example.org", ["ok@example.org", "reject-x@example.org"], b"Subject: t\r\n\r\nx")
    assert set(refused) == {"reject-x@example.org"}
    index = json.loads((folder / "index.json").read_text())
    assert [e["rcpt_tos"] for e in index] == [["ok@example.org"]]


def test_auth_attempts_are_listed_without_their_password(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        CaptureHandler(tmp_path),
        hostname="127.0.0.1",
        port=port,
        authenticator=PasswordAuthenticator("notifier", "s3cret", tmp_path),
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    try:
        with smtplib.SMTP("127.0.0.1", port) as client:
            client.login("notifier", "s3cret")
            client.send_message(message("jeanne@example.org"))
    finally:
        controller.stop()
    log = (tmp_path / "auth.json").read_text()
    assert json.loads(log) == [{"mechanism": "PLAIN", "login": "notifier", "tls": False}]
    assert "s3cret" not in log

