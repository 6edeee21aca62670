"""How errors end the command: one line, never wrapped, no traceback (unless
QLIK_CATALOG_LOG=debug), and a profiles error that says what the file must look like."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.command import environment, qlik_catalog
from tests.cli.conftest import Tenant

# An unexpected bug inside a command, as the real command meets it.
BROKEN = (
    "import sys\n"
    "from qlik_catalog.cli import commands, main\n"
    "async def broken(args):\n"
    "    raise ZeroDivisionError('a bug, not a user mistake')\n"
    "commands.run = broken\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def run_broken(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BROKEN, *args], capture_output=True, text=True, env=env, check=False
    )


def test_an_unexpected_error_is_one_line_and_exit_1(tenant: Tenant, tmp_path: Path) -> None:
    catalog = tmp_path / "c.yaml"
    catalog.write_text("dataStores: []\n")
    done = run_broken("plan", str(catalog), env=tenant.env)
    assert done.returncode == 1
    assert done.stderr == (
        "error: ZeroDivisionError: a bug, not a user mistake "
        "(run with QLIK_CATALOG_LOG=debug for details)\n"
    )
    debug = run_broken("plan", str(catalog), env={**tenant.env, "QLIK_CATALOG_LOG": "debug"})
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.endswith("error: ZeroDivisionError: a bug, not a user mistake\n")


def test_a_missing_profile_says_what_the_file_must_look_like(tmp_path: Path) -> None:
    config = tmp_path / "profiles.toml"
    config.write_text('[dev]\ntenant_url = "acme.eu.qlikcloud.com"\napi_key_env = "K"\n')
    catalog = tmp_path / "c.yaml"
    catalog.write_text("dataStores: []\n")
    done = qlik_catalog(
        "plan", str(catalog), "--profile", "dev", env=environment(QLIK_CATALOG_CONFIG=str(config))
    )
    assert done.returncode == 2
    # Long, and still one line: stderr is not a terminal, so nothing is wrapped at 80 columns.
    assert len(done.stderr.splitlines()) == 1
    assert len(done.stderr) > 200
    line = done.stderr
    assert line.startswith(f"error: no profile 'dev' in {config} (its profiles: none); ")
    assert "each profile is a table [profiles.NAME], e.g. [profiles.dev] with tenant_url" in line
    assert line.endswith("; the file has [dev]: rename it [profiles.dev]\n")
    absent = tmp_path / "absent.toml"
    done = qlik_catalog(
        "plan", str(catalog), "--profile", "dev", env=environment(QLIK_CATALOG_CONFIG=str(absent))
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: no profile 'dev': {absent} does not exist (")
    assert "set QLIK_CATALOG_CONFIG" in done.stderr


def test_no_credentials_is_one_line_naming_the_variables(tmp_path: Path) -> None:
    catalog = tmp_path / "c.yaml"
    catalog.write_text("dataStores: []\n")
    done = qlik_catalog("plan", str(catalog))
    assert (done.returncode, done.stderr) == (2, "error: QLIK_TENANT_URL is not set\n")


def test_under_json_a_failed_command_still_prints_one_json_document(tmp_path: Path) -> None:
    catalog = tmp_path / "bad.yaml"
    catalog.write_text("dataStores:\n  - technicalName: s1\n    nmae: x\n    type: 3\n")
    # The file is refused before the tenant is read (nothing listens on port 9).
    env = environment(QLIK_TENANT_URL="http://127.0.0.1:9", QLIK_API_KEY="k")
    done = qlik_catalog("plan", str(catalog), "--json", env=env)
    assert done.returncode == 2
    error = json.loads(done.stdout)["error"]
    assert error["type"] == "CatalogFileError"
    assert error["exit_code"] == 2
    assert error["problems"] == [
        "dataStores[0] (s1): nmae: unknown field (did you mean 'name'?)",
        "dataStores[0] (s1): type: expected string, got integer 3",
    ]
    assert error["message"] == done.stderr.strip()


def test_under_json_a_refused_key_gives_status_and_trace_id(tenant: Tenant, tmp_path: Path) -> None:
    done = qlik_catalog(
        "export",
        "--out",
        str(tmp_path / "c.db"),
        "--json",
        env={**tenant.env, "QLIK_API_KEY": "not-the-key"},
    )
    assert done.returncode == 3
    error = json.loads(done.stdout)["error"]
    assert (error["type"], error["status"], error["exit_code"]) == ("AuthenticationError", 401, 3)
    assert error["trace_id"]
    assert "not-the-key" not in done.stdout + done.stderr


def test_a_file_that_is_not_a_snapshot_is_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "notes.db"
    out.write_text("not a database\n")
    env = environment(QLIK_TENANT_URL="http://127.0.0.1:9", QLIK_API_KEY="k")
    done = qlik_catalog("export", "--out", str(out), env=env)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: snapshot {out}: not a usable qlik-catalog snapshot (file is not a database)"
    ]
    assert out.read_text() == "not a database\n"
