"""``qlik-catalog emulator``: an emulated tenant served on loopback until Ctrl-C or SIGTERM.

The socket is bound before the tenant is seeded, so a port in use or a host that cannot be
listened on ends the command at once (exit 2, one line), and the printed URL has the real port
even for ``--port 0``. Stopping the server by a signal is its normal end: exit 0.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import secrets
import socket
from typing import TYPE_CHECKING

from qlik_catalog._extras import needs_extra
from qlik_catalog.cli import exit_codes
from qlik_catalog.errors import QlikValueError

if TYPE_CHECKING:
    from starlette.types import Receive, Scope, Send

    from qlik_catalog.emulator import Emulator

COUNT_OPTIONS = ("stores", "assets_per_store", "sets_per_asset", "products")


def emulator_from_args(
    args: argparse.Namespace, api_key: str, client_secret: str | None = None
) -> Emulator:
    """The emulator the ``emulator`` command's options describe (not yet seeded), with
    ``--latency`` added to every answer, and its two OAuth clients: the public native one
    (loopback redirects on any port) and the machine-to-machine one (``client_secret``, a
    random one when None; it may impersonate)."""
    with needs_extra("emulator", "the emulator"):
        from qlik_catalog.emulator import (
            M2M_CLIENT_ID,
            NATIVE_CLIENT_ID,
            Emulator,
            OAuthClient,
            RateLimitSettings,
        )
    clients = [
        OAuthClient(NATIVE_CLIENT_ID, loopback_redirects=True),
        OAuthClient(
            M2M_CLIENT_ID,
            client_secret=client_secret or random_client_secret(),
            impersonation=True,
        ),
    ]
    emulator = Emulator(
        api_keys=[api_key],
        oauth_clients=clients,
        token_lifetime=args.token_lifetime,
        strict=args.strict,
        rate_limits=RateLimitSettings(enabled=not args.no_rate_limits, time_scale=args.time_scale),
        data_products_list_route=not args.without_data_products_list,
    )
    if args.latency:
        emulator.inject(latency=args.latency / 1000)
    return emulator


def random_client_secret() -> str:
    """A fresh secret for the machine-to-machine client, shaped like the random API key."""
    return f"emu-secret-{secrets.token_urlsafe(16)}"


def seed_counts(args: argparse.Namespace) -> dict[str, int]:
    """The counts given on the command line, overriding the preset's."""
    return {name: getattr(args, name) for name in COUNT_OPTIONS if getattr(args, name) is not None}


def bind(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port``, or a QlikValueError naming the problem."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise QlikValueError(f"--host {host}: cannot listen there ({exc})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit it: without it, Nagle plus delayed ACKs add ~40 ms per answer.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = (
            "is in use" if exc.errno == errno.EADDRINUSE else f"cannot be used ({exc.strerror})"
        )
        raise QlikValueError(f"--port {port} on {host} {reason}") from None
    # Listening now, so that a client that read the printed URL is queued, not refused, while
    # uvicorn starts.
    sock.listen(2048)
    return sock


class QuietOnDisconnect:
    """The emulator as the command serves it: a client that goes away before its request was
    read (an apply stopped by Ctrl-C) is not the emulator's error, so it logs no traceback."""

    def __init__(self, app: Emulator) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI call; nothing to answer when the client is gone."""
        from starlette.requests import ClientDisconnect

        with contextlib.suppress(ClientDisconnect):
            await self.app(scope, receive, send)


def serve_emulator(args: argparse.Namespace) -> int:
    """Run the emulator with uvicorn until interrupted."""
    with needs_extra("emulator", "qlik-catalog emulator"):
        import uvicorn

        from qlik_catalog.emulator import DEFAULT_USER, M2M_CLIENT_ID, NATIVE_CLIENT_ID

    sock = bind(args.host, args.port)
    api_key = args.api_key or f"emu-{secrets.token_urlsafe(16)}"
    client_secret = random_client_secret()
    emulator = emulator_from_args(args, api_key, client_secret)
    summary = emulator.seed(args.seed, **seed_counts(args))
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{port}"
    print(f"Qlik catalog emulator on {url}", flush=True)
    print(f"  QLIK_TENANT_URL={url}", flush=True)
    print(f"  QLIK_API_KEY={api_key}", flush=True)
    print(f"  QLIK_OAUTH_CLIENT_ID={NATIVE_CLIENT_ID}", flush=True)
    print(f"  QLIK_CLIENT_ID={M2M_CLIENT_ID}", flush=True)
    print(f"  QLIK_CLIENT_SECRET={client_secret}", flush=True)
    user = next((u for u in emulator.state.users.values() if u["id"] != DEFAULT_USER), None)
    if user is not None:
        print(
            f"  a user to impersonate: UserLookup(user_id={user['id']!r}) or "
            f"UserLookup(subject={user['subject']!r})",
            flush=True,
        )
    print(
        f"  seeded {args.seed!r}: {summary.data_stores} stores, {summary.data_assets} assets, "
        f"{summary.data_sets} data sets, {summary.data_products} data products",
        flush=True,
    )
    if args.latency:
        print(f"  latency: {args.latency:g} ms added to every answer", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    config = uvicorn.Config(QuietOnDisconnect(emulator), log_level="warning")
    # uvicorn shuts down cleanly on SIGINT and SIGTERM, then raises the signal again for the
    # caller: KeyboardInterrupt (the command's SIGTERM handler raises it too).
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    print("emulator stopped", flush=True)
    return exit_codes.OK
