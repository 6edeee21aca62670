"""The profiles file: a secret written in a file that group or others may read is warned about,
once, naming the file and the fix; the CLI shows the warning as one line on stderr."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from qlik_catalog import profiles
from qlik_catalog.profiles import load_profiles
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
