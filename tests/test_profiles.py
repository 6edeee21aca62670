"""The profiles file: a secret written in a file that group or others may read is warned about,
once, naming the file and the fix; the CLI shows the warning as one line on stderr."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikValueError, TokenSet, profiles
from qlik_catalog.profiles import load_profiles
from qlik_catalog.token_store import FileTokenStore, StoredLogin
from tests.cli.command import environment, qlik_catalog

pytestmark = pytest.mark.skipif(os.name == "nt", reason="no group/other permission bits")

KEY_IN_FILE = '[profiles.dev]\ntenant_url = "http://127.0.0.1:9"\napi_key = "file-key-SECRET-31"\n'
SECRET_IN_FILE = (
    '[profiles.prod]\ntenant_url = "acme.eu.qlikcloud.com"\n'
    'client_id = "app"\nclient_secret = "file-secret-SECRET-32"\n'
)
NAMES_ONLY = '[profiles.dev]\ntenant_url = "acme.eu.qlikcloud.com"\napi_key_env = "QLIK_DEV_KEY"\n'


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no file warned about yet."""
    monkeypatch.setattr(profiles, "_warned", set(), raising=False)


def written(tmp_path: Path, text: str, mode: int) -> Path:
    path = tmp_path / "profiles.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


@pytest.mark.parametrize(
    ("text", "field"),
    [(KEY_IN_FILE, "api_key"), (SECRET_IN_FILE, "client_secret")],
    ids=["api_key", "client_secret"],
)
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660], ids=oct)
def test_a_secret_readable_by_others_is_warned_about_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, text: str, field: str, mode: int
) -> None:
    path = written(tmp_path, text, mode)
    load_profiles(path)
    load_profiles(path)  # once per file, however often it is read
    (message,) = warnings_of(caplog)
    assert str(path) in message
    assert field in message
    assert f"chmod 600 {path}" in message
    assert "SECRET" not in message  # the secret itself is never shown


@pytest.mark.parametrize(
    ("text", "mode"),
    [(KEY_IN_FILE, 0o600), (SECRET_IN_FILE, 0o400), (NAMES_ONLY, 0o644)],
    ids=["private key file", "private secret file", "no secret in the file"],
)
def test_no_warning_for_a_private_file_or_one_without_secrets(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, text: str, mode: int
) -> None:
    load_profiles(written(tmp_path, text, mode))
    assert warnings_of(caplog) == []


def test_the_cli_shows_the_warning_as_one_line(tmp_path: Path) -> None:
    path = written(tmp_path, KEY_IN_FILE, 0o644)
    env = environment(QLIK_CATALOG_CONFIG=str(path))
    # The tenant is a closed port: the command fails after the profile was read.
    done = qlik_catalog("export", "--profile", "dev", "--out", str(tmp_path / "s.db"), env=env)
    lines = [line for line in done.stderr.splitlines() if "chmod 600" in line]
    assert lines == [
        f"warning: {path} holds api_key and is readable by group or others (mode 644): "
        f"run chmod 600 {path}"
    ]
    assert "file-key-SECRET-31" not in done.stdout + done.stderr


def test_the_cli_says_nothing_of_a_private_file(tmp_path: Path) -> None:
    path = written(tmp_path, KEY_IN_FILE, 0o600)
    env = environment(QLIK_CATALOG_CONFIG=str(path))
    done = qlik_catalog("export", "--profile", "dev", "--out", str(tmp_path / "s.db"), env=env)
    assert "chmod" not in done.stderr
    assert done.stderr.strip()  # it did fail (the closed port), so there was output to check


# --- auth = "login": the profile uses the tokens qlik-catalog login stored ---------------------

LOGIN_PROFILE = (
    '[profiles.me]\ntenant_url = "acme.eu.qlikcloud.com"\nauth = "login"\nclient_id = "native"\n'
)


def signed_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, login: StoredLogin | None) -> None:
    config = written(tmp_path, LOGIN_PROFILE, 0o600)
    monkeypatch.setenv("QLIK_CATALOG_CONFIG", str(config))
    monkeypatch.setenv("QLIK_CATALOG_TOKEN_STORE", "file")
    if login is not None:
        FileTokenStore(tmp_path / "tokens").save("me", login)


async def test_a_login_profile_uses_and_re_stores_its_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    tenant = "https://acme.eu.qlikcloud.com"
    signed_in(
        tmp_path,
        monkeypatch,
        StoredLogin(
            tenant, "native", TokenSet(access_token="old", refresh_token="r0", expires_at=1.0)
        ),
    )
    httpx_mock.add_response(
        url=f"{tenant}/oauth/token",
        json={"access_token": "new", "refresh_token": "r1", "expires_in": 3600},
    )
    httpx_mock.add_response(url=f"{tenant}/api/v1/users/me", json={"id": "u1"})
    async with profiles.client_for("me") as qlik:
        assert (await qlik.request("GET", "/users/me")).json() == {"id": "u1"}
    kept = FileTokenStore(tmp_path / "tokens").load("me")
    assert kept is not None
    assert (kept.tokens.access_token, kept.tokens.refresh_token) == ("new", "r1")
    assert json.loads(httpx_mock.get_requests()[0].content)["refresh_token"] == "r0"


@pytest.mark.parametrize(
    ("login", "problem"),
    [
        (None, "is not signed in: run: qlik-catalog login --profile me"),
        (
            StoredLogin(
                "https://other.eu.qlikcloud.com",
                "native",
                TokenSet(access_token="a", refresh_token="r"),
            ),
            "was signed in to https://other.eu.qlikcloud.com",
        ),
        (
            StoredLogin("https://acme.eu.qlikcloud.com", "native", TokenSet(access_token="a")),
            "holds no refresh token",
        ),
    ],
)
def test_a_login_profile_without_a_usable_sign_in_says_to_log_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, login: StoredLogin | None, problem: str
) -> None:
    signed_in(tmp_path, monkeypatch, login)
    with pytest.raises(QlikValueError, match=re.escape(problem)):
        profiles.client_for("me")


def test_an_unknown_auth_value_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = written(tmp_path, LOGIN_PROFILE.replace('"login"', '"sso"'), 0o600)
    monkeypatch.setenv("QLIK_CATALOG_CONFIG", str(config))
    with pytest.raises(QlikValueError, match='the only value is "login"'):
        profiles.client_for("me")


def _profiles_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str) -> None:
    config = tmp_path / "profiles.toml"
    config.write_text(
        f'[profiles.dev]\ntenant_url = "acme.eu.qlikcloud.com"\napi_key = "k"\n{extra}\n',
        encoding="utf-8",
    )
    config.chmod(0o600)
    monkeypatch.setenv("QLIK_CATALOG_CONFIG", str(config))


async def test_a_profiles_concurrency_is_used_unless_the_caller_gives_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _profiles_file(tmp_path, monkeypatch, "concurrency = 24")
    async with profiles.client_for("dev") as qlik:
        assert qlik.concurrency == 24
    async with profiles.client_for("dev", concurrency=3) as qlik:
        assert qlik.concurrency == 3


@pytest.mark.parametrize("value", ["0", "257", "2.5", '"8"', "true"])
def test_a_profiles_concurrency_must_be_a_whole_number_in_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    _profiles_file(tmp_path, monkeypatch, f"concurrency = {value}")
    with pytest.raises(QlikValueError, match=r"profile 'dev': concurrency = .* from 1 to 256"):
        profiles.client_for("dev")


async def test_the_commands_concurrency_goes_over_the_profiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    from qlik_catalog.cli.commands import _Command
    from qlik_catalog.cli.parser import build_parser

    _profiles_file(tmp_path, monkeypatch, "concurrency = 24")
    for argv, expected in (
        (["export", "--out", "x.db", "--profile", "dev"], 24),
        (["pull", "--out", "c.yaml", "--profile", "dev"], 24),
        (["export", "--out", "x.db", "--profile", "dev", "--concurrency", "32"], 32),
        (["plan", "c.yaml", "--profile", "dev", "--concurrency", "2"], 2),
    ):
        command = _Command(build_parser().parse_args(argv), Console())
        async with command.client("dev") as qlik:
            assert qlik.concurrency == expected, argv


def test_the_command_refuses_a_concurrency_out_of_range(tmp_path: Path) -> None:
    done = qlik_catalog("export", "--out", str(tmp_path / "x.db"), "--concurrency", "0")
    assert done.returncode == 2
    assert "--concurrency: must be from 1 to 256, not 0" in done.stderr


async def test_export_and_pull_default_to_the_export_concurrency(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --concurrency or a profile's: export and pull (listings only) run 32 requests
    at once, the commands that write the client's 8."""
    from rich.console import Console

    from qlik_catalog.cli.commands import _Command
    from qlik_catalog.cli.parser import build_parser

    _profiles_file(tmp_path, monkeypatch, "")
    monkeypatch.setenv("QLIK_TENANT_URL", "https://example.eu.qlikcloud.com")
    monkeypatch.setenv("QLIK_API_KEY", "k")
    for argv, profile, expected in (
        (["export", "--out", "x.db", "--profile", "dev"], "dev", 32),
        (["pull", "--out", "c.yaml", "--profile", "dev"], "dev", 32),
        (["export", "--out", "x.db"], None, 32),
        (["export", "--out", "x.db", "--concurrency", "4"], None, 4),
        (["plan", "c.yaml", "--profile", "dev"], "dev", 8),
        (["apply", "c.yaml", "--profile", "dev"], "dev", 8),
        (["plan", "c.yaml"], None, 8),
    ):
        command = _Command(build_parser().parse_args(argv), Console())
        async with command.client(profile) as qlik:
            assert qlik.concurrency == expected, argv
