"""``qlik-catalog pull`` run for real: its paths checked before the tenant is read, one JSON
document under ``--json``, progress on stderr, and the same bytes on every run."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from qlik_catalog.cli.parser import build_parser
from tests.cli.command import environment, qlik_catalog
from tests.cli.conftest import Tenant


def test_pull_takes_the_options_of_every_tenant_command() -> None:
    args = build_parser().parse_args(
        ["pull", "--out", "c.yaml", "--profile", "prod", "--max-wait", "30", "--json"]
    )
    assert (args.out, args.profile, args.max_wait, args.json) == ("c.yaml", "prod", 30.0, True)
    assert args.from_snapshot is None


def test_bad_paths_are_refused_before_the_tenant_is_read(tenant: Tenant, tmp_path: Path) -> None:
    served = tenant.emulator.requests_served
    nowhere = qlik_catalog("pull", "--out", str(tmp_path / "no" / "c.yaml"), env=tenant.env)
    assert nowhere.returncode == 2
    assert "--out" in nowhere.stderr
    assert "does not exist" in nowhere.stderr
    snapshot = tmp_path / "c.db"
    snapshot.write_bytes(b"")
    over = qlik_catalog(
        "pull", "--from-snapshot", str(snapshot), "--out", str(snapshot), env=environment()
    )
    assert over.returncode == 2
    assert "is also the snapshot read" in over.stderr
    assert snapshot.read_bytes() == b""  # the snapshot was not written over
    assert tenant.emulator.requests_served == served


def test_json_result_progress_and_same_bytes_twice(tenant: Tenant, tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    done = qlik_catalog("pull", "--out", str(first), "--json", env=tenant.env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)  # exactly one JSON document
    assert result["catalog"] == str(first)
    assert result["counts"] == {
        "data_stores": 3,
        "data_assets": 6,
        "data_sets": 18,
        "data_products": 2,
    }
    assert "data_sets" in done.stderr  # the bars of reading the tenant
    assert qlik_catalog("pull", "--out", str(second), env=tenant.env).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert b"pull from http://" in first.read_bytes().splitlines()[0]  # where, never when
    # The mode a new file gets (a file for a team's repository), not the temporary file's
    # owner-only 0600.
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(first.stat().st_mode) == 0o666 & ~umask
