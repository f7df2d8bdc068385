#!/usr/bin/env python3
"""A TCP proxy a test can break: it forwards every connection made to --port to --upstream, and
answers a few HTTP calls on --control-port that change how it behaves from then on:

    GET  /health    200 when serving
    POST /freeze    stop forwarding: open connections stay open and silent in both directions,
                    new ones are accepted and never forwarded (a link that drops packets)
    POST /cut       close every connection at once and refuse new ones (a link that is down)
    POST /resume    forward again; connections held by a freeze carry on where they stopped
    GET  /stats     {"mode", "accepted", "open"} as JSON

Run: tcp_proxy.py --port 6543 --control-port 6544 --upstream 127.0.0.1:5432
"""

from __future__ import annotations

import argparse
import asyncio
import json

CHUNK = 65536


class Proxy:
    """The forwarding state: the mode and the open connections."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.mode = "forward"
        self.flowing = asyncio.Event()
        self.flowing.set()
        self.writers: set[asyncio.StreamWriter] = set()
        self.accepted = 0

    def set_mode(self, mode: str) -> None:
        """Switches to `forward`, `freeze` or `cut`."""
        self.mode = mode
        if mode == "forward":
            self.flowing.set()
            return
        self.flowing.clear()
        if mode == "cut":
            for writer in list(self.writers):
                writer.transport.abort()
            self.writers.clear()

    async def serve_client(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        """Forwards one client connection until either side closes it."""
        self.accepted += 1
        if self.mode == "cut":
            client_writer.transport.abort()
            return
        self.writers.add(client_writer)
        try:
            await self.flowing.wait()
            if self.mode == "cut":
                return
            server_reader, server_writer = await asyncio.open_connection(*self.upstream)
        except (OSError, asyncio.CancelledError):
            self.drop(client_writer)
            return
        self.writers.add(server_writer)
        await asyncio.gather(
            self.pump(client_reader, server_writer), self.pump(server_reader, client_writer), return_exceptions=True
        )
        self.drop(client_writer)
        self.drop(server_writer)

    async def pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Copies one direction, holding the bytes while the proxy is frozen."""
        while True:
            await self.flowing.wait()
            data = await reader.read(CHUNK)
            if not data:
                break
            await self.flowing.wait()
            if self.mode == "cut":
                break
            writer.write(data)
            await writer.drain()
        self.drop(writer)

    def drop(self, writer: asyncio.StreamWriter) -> None:
        """Closes one side and forgets it."""
        self.writers.discard(writer)
        writer.transport.abort()


async def serve_control(proxy: Proxy, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answers one HTTP control call (the request line is enough; bodies are ignored)."""
    try:
        request_line = (await reader.readline()).decode("latin-1").split()
        while (await reader.readline()) not in (b"\r\n", b"\n", b""):
            pass
    except ConnectionError:
        writer.close()
        return
    method, path = (request_line + ["", ""])[:2]
    modes = {"/freeze": "freeze", "/cut": "cut", "/resume": "forward"}
    status, body = "404 Not Found", {"error": "unknown control"}
    if method == "POST" and path in modes:
        proxy.set_mode(modes[path])
        status, body = "200 OK", {"mode": proxy.mode}
    elif method == "GET" and path == "/health":
        status, body = "200 OK", {"status": "ok"}
    elif method == "GET" and path == "/stats":
        status, body = "200 OK", {"mode": proxy.mode, "accepted": proxy.accepted, "open": len(proxy.writers)}
    payload = json.dumps(body).encode()
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
        f"Connection: close\r\n\r\n".encode()
        + payload
    )
    await writer.drain()
    writer.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--control-port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="host:port")
    arguments = parser.parse_args()
    host, _, port = arguments.upstream.rpartition(":")
    proxy = Proxy(host, int(port))
    forward = await asyncio.start_server(proxy.serve_client, arguments.host, arguments.port)
    control = await asyncio.start_server(
        lambda reader, writer: serve_control(proxy, reader, writer), arguments.host, arguments.control_port
    )
    async with forward, control:
        await asyncio.gather(forward.serve_forever(), control.serve_forever())


if __name__ == "__main__":
    asyncio.run(main())
