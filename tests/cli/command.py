"""Running the real ``qlik-catalog`` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

KEY = "cli-secret-key-7731"


def environment(**values: str) -> dict[str, str]:
    """The test's environment without any QLIK_* setting (and no terminal width), plus
    ``values``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QLIK_") and k != "COLUMNS"}
    return {**env, **values}


def command(*args: str) -> list[str]:
    """``python -m qlik_catalog ARGS``."""
    return [sys.executable, "-m", "qlik_catalog", *args]


def qlik_catalog(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``qlik-catalog ARGS`` to its end; stdout and stderr captured apart."""
    return subprocess.run(
        command(*args),
        capture_output=True,
        text=True,
        env=env if env is not None else environment(),
        cwd=cwd,
        timeout=timeout,
        check=False,
    )
