"""Catalog files are read strictly before the tenant is read (issue 16, "Catalog files"): a key
given twice (a section, a field of an entry; YAML and JSON) is refused with its line, YAML
aliases are refused (an alias bomb ends at once, with little memory), nesting and size are
bounded, a field name with JSON Pointer syntax is refused, and so is a file that is not UTF-8.
Each is a ``CatalogFileError`` (a ``QlikValueError``: the command exits 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from qlik_catalog import QlikValueError
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.errors import CatalogFileError
from qlik_catalog.sync import catalog_file, load_catalog_file
from qlik_catalog.sync.catalog_file import MAX_DEPTH
from tests.cli.command import environment, qlik_catalog

# Two sections of one name: a parser keeping the last would plan (and prune) from `b` alone.
TWO_SECTIONS = """\
dataStores:
  - technicalName: a
    type: snowflake
dataProducts: []
dataStores:
  - technicalName: b
    type: snowflake
"""

# An entry giving one field twice: which one would be sent?
FIELD_TWICE = """\
dataStores:
  - technicalName: a
    type: snowflake
    description: first
    description: second
"""

# The billion laughs in 436 bytes: 9**9 strings once expanded.
ALIAS_BOMB = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]\n"
            for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "dataStores: [{technicalName: s, type: *i}]\n",
    ]
)


def refusal(path: Path) -> CatalogFileError:
    """The error reading ``path`` raises (it must raise one)."""
    with pytest.raises(CatalogFileError) as caught:
        load_catalog_file(path)
    assert isinstance(caught.value, QlikValueError)  # the CLI's exit 2
    assert caught.value.path == str(path)
    return caught.value


def written(tmp_path: Path, text: str | bytes, name: str = "catalog.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_section_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    error = refusal(written(tmp_path, TWO_SECTIONS))
    assert error.problems == ["line 5: 'dataStores' is given twice (first at line 1)"]


def test_a_field_given_twice_in_an_entry_is_refused_with_its_line(tmp_path: Path) -> None:
    error = refusal(written(tmp_path, FIELD_TWICE))
    assert error.problems == ["line 5: 'description' is given twice (first at line 4)"]


def test_every_key_given_twice_is_named_at_once_in_line_order(tmp_path: Path) -> None:
    error = refusal(written(tmp_path, FIELD_TWICE + "dataStores: []\n"))
    assert error.problems == [
        "line 5: 'description' is given twice (first at line 4)",
        "line 6: 'dataStores' is given twice (first at line 1)",
    ]


def test_a_key_given_twice_in_json_is_refused_naming_the_object(tmp_path: Path) -> None:
    sections = '{\n  "dataStores": [],\n  "dataProducts": [],\n  "dataStores": []\n}\n'
    error = refusal(written(tmp_path, sections, "catalog.json"))
    assert error.problems == [
        "'dataStores' is given twice in one object (the object starting at line 1)"
    ]
    field = '{"dataStores": [\n  {"technicalName": "a",\n   "type": "x", "type": "y"}\n]}'
    error = refusal(written(tmp_path, field, "catalog.json"))
    assert error.problems == ["'type' is given twice in one object (the object starting at line 2)"]


async def test_a_section_given_twice_is_refused_before_the_tenant_is_read(
    tmp_path: Path,
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with emulator.client(clock=FakeClock()) as qlik:
        with pytest.raises(CatalogFileError):
            await qlik.catalog.plan(written(tmp_path, TWO_SECTIONS), prune=True)
    assert emulator.requests_served == 0


def test_an_alias_bomb_ends_at_once_with_little_memory(tmp_path: Path) -> None:
    assert len(ALIAS_BOMB) < 500
    path = written(tmp_path, ALIAS_BOMB)
    # In a child under a 1 GiB address-space cap, so that a regression fails instead of
    # taking the machine's memory; it reports its own time and memory growth.
    child = """
import resource, sys, time
from qlik_catalog.errors import CatalogFileError
from qlik_catalog.sync import load_catalog_file
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.monotonic()
try:
    load_catalog_file(sys.argv[1])
except CatalogFileError as exc:
    print(exc)
print(time.monotonic() - start)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""
    done = subprocess.run(
        [sys.executable, "-c", child, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=_cap_memory,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    message, seconds, growth_kib = done.stdout.splitlines()
    assert message == (
        f"{path}: line 2: alias *a refused: a catalog file may not use YAML anchors and "
        "aliases (write the value out)"
    )
    assert float(seconds) < 1
    assert int(growth_kib) < 20 * 1024


def _cap_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))


def test_an_anchor_no_alias_uses_is_harmless(tmp_path: Path) -> None:
    catalog = load_catalog_file(written(tmp_path, "dataStores:\n  - &s {technicalName: s}\n"))
    assert list(catalog.entries["data_stores"]) == ["s"]


def test_a_merge_key_is_refused(tmp_path: Path) -> None:
    text = "dataStores:\n  - <<: {type: snowflake}\n    technicalName: s\n"
    error = refusal(written(tmp_path, text))
    assert error.problems == ["line 2: merge keys (<<) are not allowed; write the fields out"]


@pytest.mark.parametrize("name", ["catalog.yaml", "catalog.json"])
def test_nesting_deeper_than_the_limit_is_refused(tmp_path: Path, name: str) -> None:
    def nested(depth: int) -> object:
        # `depth` mappings and lists: the top, the section, the entry, then in `properties`.
        value: object = "x"
        for _ in range(depth - 3):
            value = {"k": value}
        return {"dataStores": [{"technicalName": "s", "properties": value}]}

    dump = json.dumps if name.endswith(".json") else yaml.safe_dump
    assert load_catalog_file(written(tmp_path, dump(nested(MAX_DEPTH)), name))
    error = refusal(written(tmp_path, dump(nested(MAX_DEPTH + 1)), name))
    assert error.problems == [f"nested deeper than {MAX_DEPTH} levels, the limit"]
    # Far deeper than Python's recursion limit: still the same clear refusal.
    deep = '{"dataStores": [{"technicalName": "s", "properties": ' + '{"k": ' * 5000
    deep += '"x"' + "}" * 5000 + "}]}"
    assert refusal(written(tmp_path, deep, name)).problems == error.problems


def test_a_file_larger_than_the_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_file, "MAX_FILE_BYTES", 2**20)
    path = written(tmp_path, "dataStores: []\n" + "#" * 2**20 + "\n")
    assert refusal(path).problems == ["the file is larger than 1 MiB, the limit"]
    assert catalog_file.MAX_FILE_BYTES <= 64 * 2**20 == 2**26  # the documented default


@pytest.mark.parametrize(
    "name", ["dataAssetInfo/id", "dataAssetInfo~1id", "name~0", "/dataAssetInfo"]
)
async def test_a_field_name_with_pointer_syntax_never_reaches_the_tenant(
    tmp_path: Path, name: str
) -> None:
    # A data set field named "dataAssetInfo/id" would patch /dataAssetInfo/id: a move.
    from qlik_catalog.cli.demo import demo_catalog_path

    raw = yaml.safe_load(demo_catalog_path().read_text(encoding="utf-8"))
    raw["dataSets"][0][name] = "another-asset-id"
    path = written(tmp_path, yaml.safe_dump(raw, sort_keys=False))
    emulator = Emulator()
    emulator.seed("small")
    async with emulator.client(clock=FakeClock()) as qlik:
        with pytest.raises(CatalogFileError) as caught:
            await qlik.catalog.plan(path)
    assert emulator.requests_served == 0
    assert caught.value.problems == [
        f"dataSets[0] (orders): {name!r}: a field name may not contain '/' or '~' "
        "(JSON Pointer syntax)"
    ]


@pytest.mark.parametrize("name", ["catalog.yaml", "catalog.json"])
def test_a_file_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path, name: str) -> None:
    latin1 = '{"dataStores": [\n{"technicalName": "caf\u00e9"}]}'.encode("latin-1")
    error = refusal(written(tmp_path, latin1, name))
    offset = latin1.index(b"\xe9")
    assert error.problems == [f"line 2: not UTF-8 (byte 0xe9 at offset {offset})"]


def test_a_utf8_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "dataStores:\n  - {technicalName: caf\u00e9}\n"
    for name in ("catalog.yaml", "catalog.json"):
        body = text if name.endswith(".yaml") else json.dumps(yaml.safe_load(text))
        catalog = load_catalog_file(written(tmp_path, "\ufeff" + body, name))
        assert list(catalog.entries["data_stores"]) == ["caf\u00e9"]


def test_libyaml_parses_when_present() -> None:
    # The strict loader keeps the C parser's speed (only construction is in Python).
    if yaml.__with_libyaml__:
        assert issubclass(catalog_file._StrictYamlLoader, yaml.CSafeLoader)


def test_the_plan_command_exits_2_on_a_section_given_twice(tmp_path: Path) -> None:
    path = written(tmp_path, TWO_SECTIONS)
    # A tenant nobody listens on: contacting it would exit 3, not 2.
    env = environment(QLIK_TENANT_URL="http://127.0.0.1:9", QLIK_API_KEY="k")
    done = qlik_catalog("plan", str(path), env=env, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "line 5: 'dataStores' is given twice (first at line 1)" in done.stderr
