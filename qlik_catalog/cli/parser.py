"""The command line of ``qlik-catalog``: its commands, options and ``--help``.

Building the parser imports neither rich nor the emulator: ``--help`` and ``--version`` stay
fast and work without the extras.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Iterator
from importlib import metadata

from qlik_catalog import __version__
from qlik_catalog._extras import needs_extra
from qlik_catalog.cli import exit_codes
from qlik_catalog.client import DEFAULT_CONCURRENCY, EXPORT_CONCURRENCY
from qlik_catalog.profiles import EXAMPLE, MAX_CONCURRENCY, config_path

DEFAULT_MAX_WAIT = 900.0  # seconds: how long a command waits out Qlik's rate limits


def version() -> str:
    """``qlik-catalog X.Y.Z``: the installed distribution's version (the package's own when it
    runs from a source tree that is not installed)."""
    try:
        number = metadata.version("qlik-catalog")
    except metadata.PackageNotFoundError:
        number = __version__
    return f"qlik-catalog {number}"


def epilog() -> str:
    """The end of the top-level ``--help``: environment, profiles file, exit codes."""
    example = "\n".join(f"  {line}" for line in EXAMPLE.splitlines())
    codes = "\n".join(f"  {code:<4} {text}" for code, text in exit_codes.MEANINGS.items())
    return f"""\
environment:
  QLIK_TENANT_URL      the tenant: acme.eu.qlikcloud.com, a full URL, or an emulator's URL
  QLIK_API_KEY         an API key; or instead, OAuth client credentials:
  QLIK_CLIENT_ID, QLIK_CLIENT_SECRET
  QLIK_CATALOG_TOKEN_STORE  where login keeps tokens: keyring or file (default: keyring
                       when usable)
  QLIK_CATALOG_CONFIG  the profiles file (default ~/.config/qlik-catalog/profiles.toml,
                       or $XDG_CONFIG_HOME/qlik-catalog/profiles.toml)
  QLIK_CATALOG_LOG     info (retries, pauses, notes) or debug (also every request;
                       secrets masked, and the traceback of an unexpected error)

profiles (--profile NAME) are read from {config_path()}:
{example}
  (or api_key = "...", or client_id with client_secret or client_secret_env,
  or auth = "login" with client_id after: qlik-catalog login --profile NAME)

exit codes:
{codes}
  plan --detailed-exitcode: 0 no changes, 2 changes, 1 any error
"""


class _Presets:
    """The emulator's seed presets as argparse ``choices``, read only when a value is checked
    (so that ``--help`` does not import the emulator)."""

    def _names(self) -> list[str]:
        with needs_extra("emulator", "the emulator's seed presets"):
            from qlik_catalog.emulator import PRESETS
        return sorted(PRESETS)

    def __contains__(self, value: object) -> bool:
        return value in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def _number(
    kind: Callable[[str], float], low: float, high: float | None = None
) -> Callable[[str], float]:
    """An argparse ``type``: a finite number of ``kind`` in [low, high]."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"must be a finite number, not {text}")
        if value < low or (high is not None and value > high):
            bounds = f">= {low:g}" if high is None else f"from {low:g} to {high:g}"
            raise argparse.ArgumentTypeError(f"must be {bounds}, not {text}")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def _tenant_options(sub: argparse.ArgumentParser, *, profile: bool = True) -> None:
    if profile:
        sub.add_argument("--profile", help="a named tenant from the profiles file")
    sub.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    sub.add_argument(
        "--max-wait",
        type=_number(float, 0),
        default=DEFAULT_MAX_WAIT,
        metavar="SECONDS",
        help="wait out Qlik's rate limits up to this long per request (default 900; 0: fail "
        "at once)",
    )
    sub.add_argument(
        "--concurrency",
        type=_number(int, 1, MAX_CONCURRENCY),
        metavar="N",
        help=f"requests in flight at once (default: the profile's concurrency, else "
        f"{EXPORT_CONCURRENCY} for export and pull, {DEFAULT_CONCURRENCY} for the others; at "
        f"most {MAX_CONCURRENCY})",
    )


def _slice_options(sub: argparse.ArgumentParser) -> None:
    """``--space``, ``--store`` and ``--kind``: manage a slice of the tenant only."""
    sub.add_argument(
        "--space",
        action="append",
        metavar="NAME|ID",
        help="only objects in this space (repeatable); --prune deletes nothing outside",
    )
    sub.add_argument(
        "--store",
        action="append",
        metavar="PATTERN",
        help="only stores whose technical name matches (shell pattern, repeatable), and what "
        "lives in them",
    )
    sub.add_argument(
        "--kind",
        action="append",
        metavar="SECTION",
        help="only this kind (dataStores, dataAssets, dataSets, dataProducts; repeatable)",
    )


def _emulator_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    emulator = commands.add_parser(
        "emulator", help="serve an emulated Qlik tenant on loopback (Ctrl-C stops it)"
    )
    emulator.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    emulator.add_argument(
        "--port", type=_number(int, 0, 65535), default=8080, help="port (default 8080; 0: any)"
    )
    emulator.add_argument(
        "--seed",
        default="small",
        choices=_Presets(),
        metavar="PRESET",
        help="content to start with (small, demo...)",
    )
    for option, what in (
        ("--stores", "data stores"),
        ("--assets-per-store", "data assets in each store"),
        ("--sets-per-asset", "data sets in each asset"),
        ("--products", "data products"),
    ):
        emulator.add_argument(
            option, type=_number(int, 0), metavar="N", help=f"{what} (default: the preset's)"
        )
    emulator.add_argument(
        "--latency",
        type=_number(float, 0),
        default=0.0,
        metavar="MS",
        help="milliseconds added to every answer (default 0)",
    )
    emulator.add_argument("--api-key", help="the API key to accept (default: a random one)")
    emulator.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce Qlik's rate limits"
    )
    emulator.add_argument(
        "--time-scale",
        type=_number(float, 1e-9),
        default=1.0,
        help="run the rate-limit clock this many times faster than real time",
    )
    emulator.add_argument(
        "--token-lifetime",
        type=_number(float, 1e-3),
        default=3600.0,
        metavar="SECONDS",
        help="how long an OAuth access token lives (default 3600)",
    )
    emulator.add_argument("--strict", action="store_true", help="check answers against the spec")
    emulator.add_argument(
        "--without-data-products-list",
        action="store_true",
        help="answer GET /api/data-governance/data-products 404, as a tenant without that route",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line."""
    parser = argparse.ArgumentParser(
        prog="qlik-catalog",
        description="Bulk Qlik Cloud catalog sync (export, plan, apply, copy), and an emulator.",
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    export = commands.add_parser("export", help="export the whole catalog into a SQLite snapshot")
    _tenant_options(export)
    export.add_argument("--out", required=True, help="the snapshot file (.db)")
    export.add_argument("--jsonl", help="also write the snapshot as JSON Lines")
    export.add_argument(
        "--incremental", action="store_true", help="fetch only what changed since the snapshot"
    )
    export.add_argument(
        "--with-quality",
        action="store_true",
        help="also store every data set's data quality and trust score "
        "(tables data_quality and trust_scores; 2 calls per 100 data sets)",
    )
    _slice_options(export)
    for name, help in (
        ("plan", "show what applying a catalog file would change"),
        ("apply", "make the tenant match a catalog file"),
    ):
        sub = commands.add_parser(name, help=help)
        _tenant_options(sub)
        what = "the catalog file (YAML or JSON)"
        if name == "apply":
            what += ", or a plan saved by plan --out (applied exactly, conflicts refused)"
        sub.add_argument("catalog", help=what)
        sub.add_argument("--prune", action="store_true", help="also delete what the file lacks")
        _slice_options(sub)
        if name == "apply":
            sub.add_argument("--report", help="write every item's outcome as JSON here")
        else:
            sub.add_argument(
                "--out", help="save the plan here (JSON), to apply later with: apply PLAN.json"
            )
            sub.add_argument(
                "--detailed-exitcode",
                action="store_true",
                help="exit 0 when there are no changes, 2 when there are, 1 on any error (CI)",
            )
    pull = commands.add_parser(
        "pull", help="write the tenant's catalog (or a snapshot's) as a catalog file"
    )
    _tenant_options(pull)
    pull.add_argument("--out", required=True, help="the catalog file (.yaml, or .json)")
    pull.add_argument(
        "--from-snapshot", metavar="DB", help="read this snapshot instead of the tenant"
    )
    _slice_options(pull)
    copy = commands.add_parser("copy", help="make one tenant's catalog match another's")
    _tenant_options(copy, profile=False)
    copy.add_argument("--from-profile", required=True, help="the source tenant's profile")
    copy.add_argument("--to-profile", required=True, help="the target tenant's profile")
    copy.add_argument("--prune", action="store_true", help="delete what the source lacks")
    copy.add_argument("--apply", action="store_true", help="apply the plan (default: plan only)")
    copy.add_argument("--report", help="write every item's outcome as JSON here")
    demo = commands.add_parser(
        "demo", help="export, plan and apply against an in-process emulated tenant"
    )
    demo.add_argument(
        "--seed", default="demo", choices=_Presets(), metavar="PRESET", help="tenant content"
    )
    demo.add_argument("--out-dir", default="demo-output", help="where files are written")
    demo.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    _login_parsers(commands)
    _emulator_parser(commands)
    return parser


def _login_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    login = commands.add_parser(
        "login", help="sign in to a profile's tenant in the browser (OAuth, PKCE) and keep tokens"
    )
    login.add_argument("--profile", required=True, help="the profile to sign in for")
    login.add_argument("--client-id", help="the tenant's native OAuth client (default: profile's)")
    login.add_argument(
        "--scope",
        action="append",
        metavar="SCOPE",
        help="a scope to ask for, repeatable (default: user_default offline_access)",
    )
    login.add_argument(
        "--no-browser", action="store_true", help="only print the sign-in URL (on stderr)"
    )
    login.add_argument(
        "--port", type=_number(int, 0, 65535), default=0, help="loopback port (default: any free)"
    )
    login.add_argument(
        "--timeout",
        type=_number(float, 1),
        default=300.0,
        metavar="SECONDS",
        help="how long to wait for the sign-in (default 300)",
    )
    login.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    logout = commands.add_parser("logout", help="revoke and forget a profile's signed-in tokens")
    logout.add_argument("--profile", required=True, help="the profile to sign out of")
    logout.add_argument("--json", action="store_true", help="print one JSON document on stdout")
