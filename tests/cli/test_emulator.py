"""``qlik-catalog emulator``: the size and latency options, and a port in use or a bad host
ending the command with one line (exit 2)."""

from __future__ import annotations

import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from qlik_catalog.cli.emulator import emulator_from_args
from qlik_catalog.cli.parser import build_parser
from tests.cli.command import KEY, command, environment, qlik_catalog


@contextmanager
def emulator_command(*args: str) -> Iterator[tuple[str, list[str]]]:
    """Run ``qlik-catalog emulator ARGS --port 0``; yields its URL and the lines it printed."""
    process = subprocess.Popen(
        command("emulator", "--port", "0", "--api-key", KEY, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=environment(),
    )
    assert process.stdout is not None
    try:
        lines: list[str] = []
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if "Press Ctrl-C" in line:
                break
        url = next(line.split("=", 1)[1] for line in lines if "QLIK_TENANT_URL=" in line)
        yield url, lines
        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=20)
        assert process.returncode == 0, out
        assert out.endswith("emulator stopped\n")
        assert "Traceback" not in out
    finally:
        if process.poll() is None:
            process.kill()


def test_the_counts_and_the_latency_options() -> None:
    counts = ["--stores", "4", "--assets-per-store", "2", "--sets-per-asset", "3"]
    with emulator_command("--seed", "small", *counts, "--products", "0", "--latency", "200") as (
        url,
        lines,
    ):
        assert "  seeded 'small': 4 stores, 8 assets, 24 data sets, 0 data products" in lines
        headers = {"Authorization": f"Bearer {KEY}"}
        with httpx.Client(base_url=url, headers=headers) as http:
            http.get("/api/v1/data-stores")  # the connection is made: time the answer alone
            started = time.monotonic()
            answer = http.get("/api/v1/data-stores", params={"limit": 100})
            elapsed = time.monotonic() - started
    assert answer.status_code == 200
    assert len(answer.json()["data"]) == 4
    assert elapsed >= 0.2


def test_a_port_in_use_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = qlik_catalog("emulator", "--port", str(port))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"error: --port {port} on 127.0.0.1 is in use\n"


@pytest.mark.parametrize(
    ("host", "problem"),
    [
        ("no-such-host.invalid", "--host no-such-host.invalid: cannot listen there ("),
        ("192.0.2.1", "--port 0 on 192.0.2.1 cannot be used ("),  # not this machine's address
    ],
)
def test_a_bad_host_is_one_line_and_exit_2(host: str, problem: str) -> None:
    done = qlik_catalog("emulator", "--host", host, "--port", "0")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"error: {problem}")
    assert len(done.stderr.splitlines()) == 1


async def test_emulator_option_for_a_tenant_without_the_products_list() -> None:
    for flags, status in (([], 200), (["--without-data-products-list"], 404)):
        args = build_parser().parse_args(["emulator", *flags])
        emulator = emulator_from_args(args, KEY)
        async with httpx.AsyncClient(
            transport=emulator.transport(), base_url="http://tenant.emulator.localhost"
        ) as http:
            answer = await http.get(
                "/api/data-governance/data-products", headers={"Authorization": f"Bearer {KEY}"}
            )
        assert answer.status_code == status


def test_a_client_gone_before_its_request_was_read_logs_no_traceback() -> None:
    with emulator_command("--latency", "300") as (url, _):
        host, port = url.removeprefix("http://").split(":")
        body = b'{"name": "gone"}'
        with socket.create_connection((host, int(port))) as raw:
            raw.sendall(
                b"POST /api/v1/spaces HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + f"Authorization: Bearer {KEY}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
        time.sleep(0.6)  # the emulator reads the body after its latency: the client is gone
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"}) as http:
            assert http.get("/api/v1/data-stores").status_code == 200


def test_the_oauth_clients_are_printed_and_served() -> None:
    with emulator_command("--token-lifetime", "5") as (url, lines):
        printed = dict(line.strip().split("=", 1) for line in lines if "=" in line)
        assert printed["QLIK_OAUTH_CLIENT_ID"] == "emulator-native-client"
        assert printed["QLIK_CLIENT_ID"] == "emulator-m2m-client"
        assert printed["QLIK_CLIENT_SECRET"].startswith("emu-secret-")
        user = next(line for line in lines if "a user to impersonate" in line)
        user_id = user.split("user_id='", 1)[1].split("'", 1)[0]
        names = [line.strip().split("=", 1)[0] for line in lines if "=" in line]
        assert names[names.index("QLIK_API_KEY") :][:4] == [
            "QLIK_API_KEY",
            "QLIK_OAUTH_CLIENT_ID",
            "QLIK_CLIENT_ID",
            "QLIK_CLIENT_SECRET",
        ]
        with httpx.Client(base_url=url) as http:
            answer = http.post(
                "/oauth/token",
                json={
                    "grant_type": "urn:qlik:oauth:user-impersonation",
                    "client_id": printed["QLIK_CLIENT_ID"],
                    "client_secret": printed["QLIK_CLIENT_SECRET"],
                    "user_lookup": {"field": "userId", "value": user_id},
                },
            )
            assert answer.status_code == 200, answer.text
            assert answer.json()["expires_in"] == 5
            token = answer.json()["access_token"]
            me = http.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})
            assert me.json()["id"] == user_id  # the printed user, impersonated


@pytest.mark.parametrize("lifetime", ["0", "-1", "nan"])
def test_the_token_lifetime_must_be_positive(lifetime: str) -> None:
    done = qlik_catalog("emulator", "--port", "0", "--token-lifetime", lifetime)
    assert done.returncode == 2
    assert "--token-lifetime" in done.stderr


async def test_emulator_from_args_registers_both_oauth_clients() -> None:
    args = build_parser().parse_args(["emulator", "--token-lifetime", "7"])
    emulator = emulator_from_args(args, KEY, "emu-secret-given")
    native, m2m = emulator.oauth_clients.values()
    assert (native.client_secret, native.loopback_redirects, native.impersonation) == (
        None,
        True,
        False,
    )
    assert native.scopes == {"user_default", "offline_access"}
    assert (m2m.client_secret, m2m.impersonation) == ("emu-secret-given", True)
    assert emulator.token_lifetime == 7
