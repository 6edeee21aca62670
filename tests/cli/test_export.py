"""``qlik-catalog export`` options beyond the common run (tests/cli/test_commands.py):
``--with-quality``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.command import qlik_catalog
from tests.cli.conftest import Tenant


def test_the_export_command_takes_with_quality(tenant: Tenant, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    done = qlik_catalog("export", "--out", str(out), "--with-quality", "--json", env=tenant.env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    data_sets = result["counts"]["data_sets"]
    assert result["quality"] == {"data_quality": data_sets, "trust_scores": data_sets}
    assert "trust_scores" in done.stderr  # its progress bar
    text = qlik_catalog("export", "--out", str(out), "--with-quality", env=tenant.env)
    assert f"trust scores for {data_sets:,} of {data_sets:,} data sets" in text.stdout
