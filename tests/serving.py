"""Serving an emulator on loopback with uvicorn in a background thread, for tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from qlik_catalog.emulator import Emulator


@contextmanager
def serve(emulator: Emulator) -> Iterator[str]:
    """Serve ``emulator`` on 127.0.0.1 (a free port) while the block runs; yields its URL."""
    sock = socket.socket()
    # Accepted sockets inherit it: without it, Nagle plus delayed ACKs add ~40 ms per answer.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(emulator, log_level="critical"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
