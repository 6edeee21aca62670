"""The ``qlik-catalog`` command.

``qlik-catalog emulator --port 8080 --seed demo --api-key KEY`` serves the emulator on loopback.
"""

from __future__ import annotations

import argparse
import contextlib
import secrets
import socket
import sys
from collections.abc import Sequence

from qlik_catalog.emulator import PRESETS, Emulator, RateLimitSettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qlik-catalog", description="Qlik Cloud catalog tools: a local emulator."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    emulator = commands.add_parser(
        "emulator", help="serve an emulated Qlik tenant on loopback (Ctrl-C stops it)"
    )
    emulator.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    emulator.add_argument("--port", type=int, default=8080, help="port (default 8080; 0: any)")
    emulator.add_argument(
        "--seed", default="small", choices=sorted(PRESETS), help="content to start with"
    )
    emulator.add_argument("--api-key", help="the API key to accept (default: a random one)")
    emulator.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce Qlik's rate limits"
    )
    emulator.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="run the rate-limit clock this many times faster than real time",
    )
    emulator.add_argument("--strict", action="store_true", help="check answers against the spec")
    return parser


def serve_emulator(args: argparse.Namespace) -> int:
    """Run the emulator with uvicorn until interrupted."""
    import uvicorn

    api_key = args.api_key or f"emu-{secrets.token_urlsafe(16)}"
    emulator = Emulator(
        api_keys=[api_key],
        strict=args.strict,
        rate_limits=RateLimitSettings(enabled=not args.no_rate_limits, time_scale=args.time_scale),
    )
    summary = emulator.seed(args.seed)
    # Bind first, so that the printed URL has the real port even for --port 0.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    url = f"http://{args.host}:{port}"
    print(f"Qlik catalog emulator on {url}", flush=True)
    print(f"  QLIK_TENANT_URL={url}", flush=True)
    print(f"  QLIK_API_KEY={api_key}", flush=True)
    print(
        f"  seeded {args.seed!r}: {summary.data_stores} stores, {summary.data_assets} assets, "
        f"{summary.data_sets} data sets, {summary.data_products} data products",
        flush=True,
    )
    print("Press Ctrl-C to stop.", flush=True)
    config = uvicorn.Config(emulator, log_level="warning")
    # uvicorn shuts down cleanly on Ctrl-C, then re-raises it for the caller to finish on.
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    print("emulator stopped", flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``qlik-catalog`` command."""
    args = _parser().parse_args(argv)
    if args.command == "emulator":
        return serve_emulator(args)
    return 2  # argparse has already refused anything else


if __name__ == "__main__":
    sys.exit(main())
