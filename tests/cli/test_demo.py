"""``qlik-catalog demo``: one JSON document under ``--json``, the story on stdout otherwise, and
the progress bars on stderr either way."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.command import qlik_catalog


def test_demo_json_is_one_document_and_the_bars_go_to_stderr(tmp_path: Path) -> None:
    done = qlik_catalog("demo", "--seed", "small", "--out-dir", str(tmp_path), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["export"]["counts"]["data_sets"] == 18
    assert result["export"]["requests"] == result["export"]["calls"] == 5
    assert result["apply"] == {**result["apply"], "succeeded": 6, "failed": 0}
    assert result["second_plan"] == {"create": 0, "update": 0, "delete": 0}
    assert "data_sets" in done.stderr
    assert "apply" in done.stderr
    assert (tmp_path / "snapshot.db").exists()
    assert (tmp_path / "apply-report.json").exists()
    assert len((tmp_path / "snapshot.jsonl").read_text().splitlines()) == 3 + 3 + 6 + 18 + 2


def test_demo_text_tells_the_story_on_stdout_and_makes_its_out_dir(tmp_path: Path) -> None:
    out_dir = tmp_path / "demo-output"
    done = qlik_catalog("demo", "--seed", "small", "--out-dir", str(out_dir))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Emulated tenant seeded 'small': 3 stores")
    assert "Applied: 6 succeeded, 0 failed" in done.stdout
    assert lines[-1] == f"Snapshot, JSON Lines and report in {out_dir}/"
    assert "items/s" not in done.stdout  # no bar on stdout
    assert "items/s" in done.stderr
