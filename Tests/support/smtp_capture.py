#!/usr/bin/env python3
"""SMTP stand-in for the tests: accepts messages and stores each one in a folder.

Every accepted message is written, as received, to `<dir>/<NNNNNN>-<id>.eml`, and described in
`<dir>/index.json`: a JSON list, in arrival order, of
`{"file", "mail_from", "rcpt_tos", "message_id", "subject", "size", "received_at"}`
(header values raw, as sent). Both files are replaced atomically, so a reader never sees half.

To exercise the notifier's error paths, a recipient whose local part starts with `reject-` is
refused with a permanent 550 reply, and one starting with `tempfail-` with a temporary 451 reply;
both replies echo the address, as real servers do. No TLS and no AUTH are offered.

Run: smtp_capture.py --port 2525 [--host 127.0.0.1] [--dir var/smtp]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import threading
import uuid
from datetime import datetime, timezone
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class CaptureHandler:
    """aiosmtpd handler that keeps every accepted message as a .eml file plus an index entry."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        index = folder / "index.json"
        self.index: list[dict[str, Any]] = json.loads(index.read_text()) if index.exists() else []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject-"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: mailbox unavailable"
        if local.startswith("tempfail-"):
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
        return "250 2.0.0 Message accepted for delivery"


def main() -> None:
    parser = argparse.ArgumentParser(description="SMTP server that stores every message in a folder.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--dir", default="var/smtp", help="folder for the .eml files and index.json")
    args = parser.parse_args()

    controller = Controller(
        CaptureHandler(Path(args.dir)),
        hostname=args.host,
        port=args.port,
        server_hostname="smtp-capture.localhost",
        enable_SMTPUTF8=True,
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
