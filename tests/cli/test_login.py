"""``qlik-catalog login`` / ``logout`` for real: the command runs in a subprocess against a
loopback emulator, the test plays the browser (httpx: the tenant's authorize redirect, then
the command's loopback listener), and the profile's commands then run on the stored tokens."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from qlik_catalog.emulator import Emulator, OAuthClient
from qlik_catalog.emulator.oauth import NATIVE_CLIENT_ID
from tests.cli.command import KEY, command, environment, qlik_catalog
from tests.serving import serve


@dataclass
class SignInTenant:
    emulator: Emulator
    url: str
    env: dict[str, str]
    tokens: Path  # the profile's stored sign-in


@pytest.fixture
def signin(tmp_path: Path) -> Iterator[SignInTenant]:
    emulator = Emulator(
        api_keys=[KEY],
        oauth_clients=[OAuthClient(NATIVE_CLIENT_ID, loopback_redirects=True)],
        token_lifetime=1.0,
    )
    emulator.seed("small")
    with serve(emulator) as url:
        config = tmp_path / "profiles.toml"
        profile = f'tenant_url = "{url}"\nauth = "login"\nclient_id = "{NATIVE_CLIENT_ID}"\n'
        config.write_text(f"[profiles.me]\n{profile}")
        env = environment(QLIK_CATALOG_CONFIG=str(config), QLIK_CATALOG_TOKEN_STORE="file")
        yield SignInTenant(emulator, url, env, tmp_path / "tokens" / "me.json")


def sign_in(tenant: SignInTenant, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run ``login --profile me --no-browser`` and play the person at the browser."""
    process = subprocess.Popen(
        command("login", "--profile", "me", "--no-browser", *extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=tenant.env,
    )
    assert process.stderr is not None
    shown = []
    for line in iter(process.stderr.readline, ""):
        shown.append(line)
        if "/oauth/authorize?" in line:
            break
    else:  # the command ended without showing the URL
        process.wait(timeout=30)
        raise AssertionError("".join(shown))
    with httpx.Client() as browser:
        authorized = browser.get(line.strip())
        assert authorized.status_code == 302, authorized.text
        page = browser.get(authorized.headers["location"])
        assert page.status_code == 200, page.text
    out, err = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, out, "".join(shown) + err)


def count_grants(emulator: Emulator) -> list[str]:
    """The grant types the token endpoint is asked for from now on (the emulator is served
    in this process, on a thread)."""
    grants: list[str] = []
    token = emulator.oauth.token

    def counted(params: Any, basic: Any) -> Any:
        grants.append(str(params.get("grant_type")))
        return token(params, basic)

    emulator.oauth.token = counted  # type: ignore[method-assign]
    return grants


def stored_refresh_token(tenant: SignInTenant) -> str:
    token = json.loads(tenant.tokens.read_text())["tokens"]["refresh_token"]
    assert isinstance(token, str)
    return token


def test_login_then_export_across_token_expiries_then_logout(
    signin: SignInTenant, tmp_path: Path
) -> None:
    done = sign_in(signin)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Signed in to {signin.url} as emulator-admin (profile me)")
    assert signin.tokens.stat().st_mode & 0o077 == 0
    first = stored_refresh_token(signin)

    grants = count_grants(signin.emulator)
    # 1 s tokens (renewed at half their life) and 0.3 s per answer: the export of the
    # demo tenant (some 60 calls, 8 at a time) outlives several tokens.
    signin.emulator.seed("demo")
    signin.emulator.inject(latency=0.3)
    exported = qlik_catalog(
        "export",
        "--profile",
        "me",
        "--out",
        str(tmp_path / "c.db"),
        "--concurrency",
        "8",  # export's default of 32 would end it within two tokens' lives
        env=signin.env,
    )
    assert exported.returncode == 0, exported.stderr
    assert grants.count("refresh_token") >= 2, grants  # the stored token had expired, and more
    assert set(grants) == {"refresh_token"}
    assert stored_refresh_token(signin) != first  # rotated, and re-stored each time
    for secret in (first, stored_refresh_token(signin)):
        assert secret not in exported.stdout + exported.stderr + done.stdout + done.stderr

    kept = signin.tokens.read_text()
    logout = qlik_catalog("logout", "--profile", "me", env=signin.env)
    assert logout.returncode == 0, logout.stderr
    assert logout.stdout == f"Signed out of {signin.url} (profile me)\n"
    assert not signin.tokens.exists()
    after = qlik_catalog(
        "export", "--profile", "me", "--out", str(tmp_path / "d.db"), env=signin.env
    )
    assert after.returncode == 2
    assert "not signed in: run: qlik-catalog login --profile me" in after.stderr

    # The revoked tokens put back by hand: the tenant refuses them (exit 3, credentials).
    signin.tokens.write_text(kept)
    signin.tokens.chmod(0o600)
    refused = qlik_catalog(
        "export", "--profile", "me", "--out", str(tmp_path / "e.db"), env=signin.env
    )
    assert refused.returncode == 3, refused.stderr
    assert "cannot use the tenant" in refused.stderr


def test_login_json_names_the_user_and_where_the_tokens_are(signin: SignInTenant) -> None:
    done = sign_in(signin, "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["user"] == {"id": "emulator-admin", "name": "emulator-admin"}
    assert document["stored_in"] == str(signin.tokens)
    assert stored_refresh_token(signin) not in done.stdout


def test_a_profile_without_a_client_id_is_bad_input(signin: SignInTenant, tmp_path: Path) -> None:
    config = tmp_path / "bare.toml"
    config.write_text(f'[profiles.me]\ntenant_url = "{signin.url}"\n')
    env = {**signin.env, "QLIK_CATALOG_CONFIG": str(config)}
    done = qlik_catalog("login", "--profile", "me", "--no-browser", env=env)
    assert done.returncode == 2
    assert "has no client_id: give --client-id" in done.stderr


def test_logout_of_a_profile_not_signed_in_is_nothing_to_do(signin: SignInTenant) -> None:
    done = qlik_catalog("logout", "--profile", "me", "--json", env=signin.env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"profile": "me", "revoked": False, "forgotten": False}


def test_two_commands_of_one_profile_at_once_both_renew(
    signin: SignInTenant, tmp_path: Path
) -> None:
    assert sign_in(signin).returncode == 0
    time.sleep(1.1)  # the stored access token (1 s) has expired: both must renew
    env = signin.env
    runs = [
        subprocess.Popen(
            command("export", "--profile", "me", "--out", str(tmp_path / f"{n}.db")),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(2)
    ]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err


def test_a_revoked_sign_in_says_to_sign_in_again(signin: SignInTenant, tmp_path: Path) -> None:
    assert sign_in(signin).returncode == 0
    refresh = stored_refresh_token(signin)
    with httpx.Client(base_url=signin.url) as http:
        revoked = http.post("/oauth/revoke", json={"token": refresh, "client_id": NATIVE_CLIENT_ID})
        assert revoked.status_code == 200
    time.sleep(1.1)
    done = qlik_catalog(
        "export", "--profile", "me", "--out", str(tmp_path / "c.db"), env=signin.env
    )
    assert done.returncode == 3
    assert "sign in again: run: qlik-catalog login --profile me" in done.stderr
    assert refresh not in done.stderr


def test_logout_of_a_damaged_sign_in_removes_it(signin: SignInTenant) -> None:
    signin.tokens.parent.mkdir(parents=True, exist_ok=True)
    signin.tokens.write_text("not json")
    done = qlik_catalog("logout", "--profile", "me", env=signin.env)
    assert done.returncode == 0, done.stderr
    assert "it was removed" in done.stderr
    assert not signin.tokens.exists()
