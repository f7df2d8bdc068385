#!/usr/bin/env python3
"""SMTP stand-in for the tests: accepts messages and stores each one in a folder.

Every accepted message is written, as received, to `<dir>/<NNNNNN>-<id>.eml`, and described in
`<dir>/index.json`: a JSON list, in arrival order, of
`{"file", "mail_from", "rcpt_tos", "message_id", "subject", "size", "received_at"}`
(header values raw, as sent). Both files are replaced atomically, so a reader never sees half.

To exercise the notifier's error paths, a recipient whose local part starts with `reject-` is
refused with a permanent 550 reply, and one starting with `tempfail-` with a temporary 451 reply;
both replies echo the address, as real servers do. By default no TLS and no AUTH are offered.

Options for the notifier's delivery tests, each off by default:
- `--tls-cert FILE --tls-key FILE` offer STARTTLS; `--require-starttls` refuses mail before it;
  `--implicit-tls` speaks TLS from the first byte instead (`smtps://`);
- `--auth USER:PASSWORD` offers AUTH (PLAIN, LOGIN; after STARTTLS when TLS is configured, in
  clear otherwise) and requires it before MAIL. Every AUTH received is listed in
  `<dir>/auth.json` as `{"mechanism", "login", "tls"}` (never the password): a test can show
  that a client sent no credentials;
- `--tempfail-once` refuses a `tempfail-` recipient with 451 only the first time it is seen;
- `--data-delay SECONDS` stores each message, then waits before the final 250 reply (a client
  killed in that window has had its message accepted without knowing it).

Run: smtp_capture.py --port 2525 [--host 127.0.0.1] [--dir var/smtp] [options above]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import ssl
import threading
import uuid
from datetime import datetime, timezone
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class CaptureHandler:
    """aiosmtpd handler that keeps every accepted message as a .eml file plus an index entry."""

    def __init__(self, folder: Path, tempfail_once: bool = False, data_delay: float = 0.0) -> None:
        self.folder = folder
        self.tempfail_once = tempfail_once
        self.data_delay = data_delay
        self.tempfailed: set[str] = set()
        self.folder.mkdir(parents=True, exist_ok=True)
        index = folder / "index.json"
        self.index: list[dict[str, Any]] = json.loads(index.read_text()) if index.exists() else []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject-"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: mailbox unavailable"
        if local.startswith("tempfail-") and not (self.tempfail_once and address.lower() in self.tempfailed):
            self.tempfailed.add(address.lower())
            return f"451 4.3.0 <{address}>: Temporary failure, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        content: bytes = envelope.original_content or envelope.content
        headers = BytesHeaderParser().parsebytes(content)
        name = f"{len(self.index) + 1:06d}-{uuid.uuid4().hex[:12]}.eml"
        write_atomically(self.folder / name, content)
        self.index.append(
            {
                "file": name,
                "mail_from": envelope.mail_from,
                "rcpt_tos": list(envelope.rcpt_tos),
                "message_id": headers.get("Message-ID"),
                "subject": headers.get("Subject"),
                "size": len(content),
                "received_at": datetime.now(timezone.utc).isoformat(),
            }
        )
        write_atomically(self.folder / "index.json", json.dumps(self.index, indent=1).encode())
        if self.data_delay > 0:
            await asyncio.sleep(self.data_delay)
        return "250 2.0.0 Message accepted for delivery"


class PasswordAuthenticator:
    """Accepts one user name and password (AUTH PLAIN or LOGIN); lists every attempt in auth.json."""

    def __init__(self, username: str, password: str, folder: Path) -> None:
        self.username = username.encode()
        self.password = password.encode()
        self.log = folder / "auth.json"
        self.attempts: list[dict[str, Any]] = []

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        login = auth_data.login.decode(errors="replace") if isinstance(auth_data, LoginPassword) else None
        self.attempts.append({"mechanism": mechanism, "login": login, "tls": session.ssl is not None or bool(server.transport.get_extra_info("sslcontext"))})
        self.log.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.log, json.dumps(self.attempts, indent=1).encode())
        valid = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.username
            and auth_data.password == self.password
        )
        return AuthResult(success=valid, handled=False)


def server_options(args: argparse.Namespace) -> dict[str, Any]:
    """The aiosmtpd keyword arguments of the TLS and AUTH options."""
    options: dict[str, Any] = {}
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.implicit_tls:
            options["ssl_context"] = context
        else:
            options["tls_context"] = context
            options["require_starttls"] = args.require_starttls
    if args.auth:
        username, _, password = args.auth.partition(":")
        options["authenticator"] = PasswordAuthenticator(username, password, Path(args.dir))
        options["auth_required"] = True
        options["auth_require_tls"] = bool(args.tls_cert)
    return options


def main() -> None:
    parser = argparse.ArgumentParser(description="SMTP server that stores every message in a folder.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--dir", default="var/smtp", help="folder for the .eml files and index.json")
    parser.add_argument("--tls-cert", help="PEM certificate: offer STARTTLS")
    parser.add_argument("--tls-key", help="PEM private key of --tls-cert")
    parser.add_argument("--require-starttls", action="store_true", help="refuse mail before STARTTLS")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (smtps)")
    parser.add_argument("--auth", help="USER:PASSWORD required with AUTH before MAIL")
    parser.add_argument("--tempfail-once", action="store_true", help="451 only the first time per tempfail- address")
    parser.add_argument("--data-delay", type=float, default=0.0, help="seconds between storing and the 250 reply")
    args = parser.parse_args()

    controller = Controller(
        CaptureHandler(Path(args.dir), tempfail_once=args.tempfail_once, data_delay=args.data_delay),
        hostname=args.host,
        port=args.port,
        server_hostname="smtp-capture.localhost",
        enable_SMTPUTF8=True,
        **server_options(args),
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    controller.start()
    print(f"smtp capture listening on {args.host}:{args.port}, storing in {args.dir}", flush=True)
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
