"""The command line itself: ``--version``, ``python -m``, ``--help`` (environment, profiles
file, exit codes) and argparse's usage errors."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from tests.cli.command import environment, qlik_catalog

VERSION = f"qlik-catalog {metadata.version('qlik-catalog')}\n"


@pytest.mark.parametrize(
    "launcher",
    [
        [sys.executable, "-m", "qlik_catalog"],
        [sys.executable, "-m", "qlik_catalog.cli"],
        [str(Path(sys.executable).parent / "qlik-catalog")],
    ],
    ids=["python -m qlik_catalog", "python -m qlik_catalog.cli", "qlik-catalog"],
)
def test_version_prints_the_installed_version(launcher: list[str]) -> None:
    done = subprocess.run(
        [*launcher, "--version"], capture_output=True, text=True, env=environment(), check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, VERSION, "")


def test_help_ends_with_the_environment_the_profiles_file_and_the_exit_codes(
    tmp_path: Path,
) -> None:
    config = tmp_path / "profiles.toml"
    done = qlik_catalog("--help", env=environment(QLIK_CATALOG_CONFIG=str(config)))
    assert done.returncode == 0
    help_text = done.stdout
    epilog = help_text[help_text.index("environment:") :]
    for name in (
        "QLIK_TENANT_URL",
        "QLIK_API_KEY",
        "QLIK_CLIENT_ID, QLIK_CLIENT_SECRET",
        "QLIK_CATALOG_CONFIG",
        "QLIK_CATALOG_LOG",
        "QLIK_CATALOG_TOKEN_STORE",
    ):
        assert f"\n  {name}" in epilog
    assert f"profiles (--profile NAME) are read from {config}:\n" in epilog
    assert '  [profiles.dev]\n  tenant_url = "acme-dev.eu.qlikcloud.com"\n' in epilog
    assert '  api_key_env = "QLIK_DEV_API_KEY"\n' in epilog
    codes = epilog[epilog.index("exit codes:") :].splitlines()[1:]
    assert [line.split()[0] for line in codes] == ["0", "1", "2", "3", "130", "143", "plan"]
    assert codes[-1] == "  plan --detailed-exitcode: 0 no changes, 2 changes, 1 any error"
    assert "interrupted" in codes[4]
    assert "terminated" in codes[5]


def test_every_tenant_command_takes_max_wait() -> None:
    for name in ("export", "plan", "apply", "copy"):
        done = qlik_catalog(name, "--help")
        assert "--max-wait SECONDS" in done.stdout, name
        assert "default 900" in done.stdout


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["plan"], "the following arguments are required: catalog"),
        (["plan", "c.yaml", "--max-wait", "-1"], "argument --max-wait: must be >= 0, not -1"),
        (
            ["plan", "c.yaml", "--max-wait", "nan"],
            "argument --max-wait: must be a finite number, not nan",
        ),
        (
            ["plan", "c.yaml", "--max-wait", "inf"],
            "argument --max-wait: must be a finite number, not inf",
        ),
        (["emulator", "--port", "70000"], "argument --port: must be from 0 to 65535, not 70000"),
        (["emulator", "--stores", "many"], "argument --stores: not a number: 'many'"),
        (["emulator", "--latency", "-5"], "argument --latency: must be >= 0, not -5"),
    ],
)
def test_usage_errors_exit_2_naming_the_problem(args: list[str], problem: str) -> None:
    done = qlik_catalog(*args)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].endswith(problem)
    assert "Traceback" not in done.stderr


def test_a_usage_error_under_detailed_exitcode_is_1_not_changes(tmp_path: Path) -> None:
    catalog = tmp_path / "c.yaml"
    catalog.write_text("dataStores: []\n")
    done = qlik_catalog("plan", str(catalog), "--detailed-exitcode", "--spcae", "X")
    assert done.returncode == 1
    assert "unrecognized arguments: --spcae" in done.stderr
    assert qlik_catalog("plan", str(catalog), "--spcae", "X").returncode == 2
