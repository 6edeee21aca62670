"""Ordinary mistakes in paths end the command before anything is sent or written: exit 2 and
one line naming the option and the problem, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.command import environment, qlik_catalog
from tests.cli.conftest import Tenant


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    path = tmp_path / "catalog.yaml"
    path.write_text("dataStores:\n  - technicalName: lake\n    type: s3\n")
    return path


def cases(tmp_path: Path, catalog: Path) -> list[tuple[list[str], str]]:
    missing = tmp_path / "no-such-dir"
    a_file = catalog  # a file where a directory is expected
    return [
        (["plan", str(tmp_path / "nope.yaml")], f"catalog file {tmp_path}/nope.yaml: no such file"),
        (["apply", str(tmp_path)], f"catalog file {tmp_path}: is a directory, not a file"),
        (
            ["export", "--out", f"{missing}/c.db"],
            f"--out {missing}/c.db: the directory {missing} does not exist",
        ),
        (
            ["export", "--out", str(tmp_path / "c.db"), "--jsonl", f"{a_file}/c.jsonl"],
            f"--jsonl {a_file}/c.jsonl: {a_file} is not a directory",
        ),
        (
            ["apply", str(catalog), "--report", f"{missing}/r.json"],
            f"--report {missing}/r.json: the directory {missing} does not exist",
        ),
        (["export", "--out", str(tmp_path)], f"--out {tmp_path}: is a directory, not a file"),
    ]


def test_bad_paths_exit_2_with_one_line_before_anything_is_sent(
    tenant: Tenant, tmp_path: Path, catalog: Path
) -> None:
    for args, problem in cases(tmp_path, catalog):
        done = qlik_catalog(*args, env=tenant.env)
        assert (done.returncode, done.stderr, done.stdout) == (2, f"error: {problem}\n", ""), args
    assert tenant.emulator.requests_served == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.yaml"]  # nothing written


def test_the_demo_out_dir_must_be_makeable(tmp_path: Path) -> None:
    a_file = tmp_path / "f"
    a_file.write_text("")
    for out_dir, problem in (
        (tmp_path / "a" / "b", f"the directory {tmp_path / 'a'} does not exist"),
        (a_file, "is a file, not a directory"),
    ):
        done = qlik_catalog("demo", "--seed", "small", "--out-dir", str(out_dir))
        assert done.returncode == 2
        assert done.stderr == f"error: --out-dir {out_dir}: {problem}\n"
    assert not (tmp_path / "a").exists()


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["export", "--out", "s.db", "--jsonl", "s.db"], "error: --jsonl s.db: is also --out\n"),
        (
            ["apply", "mine.yaml", "--report", "./mine.yaml"],
            "error: --report mine.yaml: is also the catalog file\n",
        ),
    ],
)
def test_an_output_over_another_file_of_the_command_is_refused(
    tmp_path: Path, args: list[str], line: str
) -> None:
    (tmp_path / "mine.yaml").write_text("dataStores: []\n")
    env = environment(QLIK_TENANT_URL="http://127.0.0.1:9", QLIK_API_KEY="k")
    done = qlik_catalog(*args, env=env, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (2, line)
    assert (tmp_path / "mine.yaml").read_text() == "dataStores: []\n"
    assert not (tmp_path / "s.db").exists()
