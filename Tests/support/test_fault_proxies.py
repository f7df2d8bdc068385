"""Tests of the two breakable stand-ins (tcp_proxy.py, s3_fault_proxy.py), run as processes in
front of small servers of their own on free loopback ports."""

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(script: str, *arguments: str, health: str) -> subprocess.Popen:
    """Starts a stand-in and waits until `health` answers."""
    process = subprocess.Popen([sys.executable, str(HERE / script), *arguments])
    for _ in range(200):
        try:
            urllib.request.urlopen(health, timeout=1)
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"{script} did not start")


def call(method: str, url: str, body: dict | None = None) -> tuple[int, dict, bytes]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture()
def echo_port():
    """A TCP server that echoes every line."""
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=echo, args=(connection,), daemon=True).start()

    def echo(connection: socket.socket) -> None:
        with connection:
            while data := connection.recv(4096):
                connection.sendall(data)

    threading.Thread(target=serve, daemon=True).start()
    yield port
    server.close()


@pytest.fixture()
def tcp_proxy(echo_port):
    port, control = free_port(), free_port()
    process = start(
        "tcp_proxy.py", "--port", str(port), "--control-port", str(control), "--upstream", f"127.0.0.1:{echo_port}",
        health=f"http://127.0.0.1:{control}/health",
    )
    yield port, f"http://127.0.0.1:{control}"
    process.kill()
    process.wait()


def test_tcp_proxy_forwards_freezes_resumes_and_cuts(tcp_proxy):
    port, control = tcp_proxy
    client = socket.create_connection(("127.0.0.1", port), timeout=2)
    client.sendall(b"bonjour\n")
    assert client.recv(100) == b"bonjour\n"

    assert call("POST", control + "/freeze")[0] == 200
    client.sendall("figé\n".encode())
    client.settimeout(0.3)
    with pytest.raises(socket.timeout):
        client.recv(100)
    assert call("POST", control + "/resume")[0] == 200
    client.settimeout(2)
    assert client.recv(100) == "figé\n".encode()

    assert call("POST", control + "/cut")[0] == 200
    assert closed(client), "an open connection is closed"
    assert closed(socket.create_connection(("127.0.0.1", port), timeout=2)), "a new one is refused"


def closed(connection: socket.socket) -> bool:
    """True when the peer closed or reset the connection."""
    try:
        return connection.recv(100) == b""
    except ConnectionResetError:
        return True


@pytest.fixture()
def s3_proxy():
    """The fault proxy in front of a server answering every request 200 with its method."""

    class Upstream(BaseHTTPRequestHandler):
        def answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            body = self.command.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = answer

        def log_message(self, format, *args):  # noqa: A002 - the base class's name
            pass

    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    process = start(
        "s3_fault_proxy.py", "--port", str(port), "--upstream", f"http://127.0.0.1:{upstream.server_port}",
        health=f"http://127.0.0.1:{port}/_faults/health",
    )
    yield f"http://127.0.0.1:{port}"
    process.kill()
    process.wait()
    upstream.shutdown()


def test_s3_fault_proxy_answers_armed_faults_then_forwards(s3_proxy):
    call("POST", s3_proxy + "/_faults", {"method": "PUT", "query": "partNumber=2", "count": 1, "retry_after": 2})
    assert call("PUT", s3_proxy + "/bucket/key?partNumber=1", {})[0] == 200
    status, headers, body = call("PUT", s3_proxy + "/bucket/key?partNumber=2", {})
    assert status == 503 and headers["Retry-After"] == "2" and b"<Code>SlowDown</Code>" in body
    assert call("PUT", s3_proxy + "/bucket/key?partNumber=2", {})[:3:2] == (200, b"PUT")

    journal = call("GET", s3_proxy + "/_faults/journal")[2]
    statuses = [(entry["query"], entry["status"], entry["injected"]) for entry in json.loads(journal)["requests"]]
    assert statuses == [("partNumber=1", 200, False), ("partNumber=2", 503, True), ("partNumber=2", 200, False)]
