#!/usr/bin/env python3
"""An HTTP proxy in front of an S3 server (moto) that injects the failures S3 has in real life,
for the retry tests: every request is forwarded to --upstream unchanged, unless an armed fault
matches it first.

Test controls, under /_faults (a path no bucket can have):

    POST   /_faults          {"method"?, "query"? (a substring of the query string), "path"? (a
                             substring of the path), "status"? (503), "code"? ("SlowDown"),
                             "retry_after"? (seconds), "drop"? (close the connection without an
                             answer), "count"? (1)}: the next `count` matching requests get that
                             failure (an S3 <Error> document) instead of being forwarded
    DELETE /_faults          disarms every fault
    GET    /_faults/journal  {"requests": [{method, path, query, status, injected, at}…]} in
                             arrival order (`at`: seconds since the epoch)
    GET    /_faults/health   200 when serving

Run: s3_fault_proxy.py --port 9100 --upstream http://127.0.0.1:9000
"""

from __future__ import annotations

import argparse
import http.client
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "expect", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}


class Faults:
    """The armed faults and the journal, shared by the request threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.armed: list[dict] = []
        self.journal: list[dict] = []

    def arm(self, fault: dict) -> None:
        with self.lock:
            self.armed.append({"count": 1, "status": 503, "code": "SlowDown", **fault})

    def clear(self) -> None:
        with self.lock:
            self.armed.clear()

    def take(self, method: str, path: str, query: str) -> dict | None:
        """The first armed fault matching the request, counted down; None when none matches."""
        with self.lock:
            for fault in self.armed:
                if fault.get("method", method) != method or fault.get("query", "") not in query:
                    continue
                if fault.get("path", "") not in path:
                    continue
                fault["count"] -= 1
                if fault["count"] <= 0:
                    self.armed.remove(fault)
                return dict(fault)
        return None

    def record(self, method: str, path: str, query: str, status: int | None, injected: bool) -> None:
        with self.lock:
            self.journal.append(
                {"method": method, "path": path, "query": query, "status": status, "injected": injected,
                 "at": time.time()}
            )


def make_handler(upstream: str, faults: Faults) -> type[BaseHTTPRequestHandler]:
    target = urlsplit(upstream)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
            pass

        def handle_one(self) -> None:
            path, _, query = self.path.partition("?")
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if path.startswith("/_faults"):
                self.control(path, body)
                return
            fault = faults.take(self.command, path, query)
            if fault and fault.get("drop"):
                faults.record(self.command, path, query, None, True)
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if fault:
                faults.record(self.command, path, query, fault["status"], True)
                document = (
                    f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{fault['code']}</Code>"
                    f"<Message>injected by the test proxy</Message></Error>"
                ).encode()
                headers = {"Content-Type": "application/xml"}
                if "retry_after" in fault:
                    headers["Retry-After"] = str(fault["retry_after"])
                self.answer(fault["status"], headers, document)
                return
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
            headers = {name: value for name, value in self.headers.items() if name.lower() not in HOP_BY_HOP}
            connection.request(self.command, self.path, body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            faults.record(self.command, path, query, response.status, False)
            forwarded = {
                name: value for name, value in response.getheaders()
                if name.lower() not in HOP_BY_HOP and name.lower() != "content-length"
            }
            self.answer(response.status, forwarded, payload, head=self.command == "HEAD",
                        length=response.getheader("Content-Length"))
            connection.close()

        def control(self, path: str, body: bytes) -> None:
            if path == "/_faults" and self.command == "POST":
                faults.arm(json.loads(body or b"{}"))
                self.answer_json(200, {"armed": True})
            elif path == "/_faults" and self.command == "DELETE":
                faults.clear()
                self.answer_json(200, {"armed": False})
            elif path == "/_faults/journal" and self.command == "GET":
                with faults.lock:
                    self.answer_json(200, {"requests": list(faults.journal)})
            elif path == "/_faults/health":
                self.answer_json(200, {"status": "ok"})
            else:
                self.answer_json(404, {"error": "unknown control"})

        def answer_json(self, status: int, value: dict) -> None:
            self.answer(status, {"Content-Type": "application/json"}, json.dumps(value).encode())

        def answer(self, status: int, headers: dict, body: bytes, head: bool = False, length: str | None = None):
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", length if head and length is not None else str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = handle_one

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="http://host:port of the S3 server")
    arguments = parser.parse_args()
    server = ThreadingHTTPServer((arguments.host, arguments.port), make_handler(arguments.upstream, Faults()))
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
