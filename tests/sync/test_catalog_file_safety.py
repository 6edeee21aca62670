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
    assert float(seconds) < 10  # milliseconds in fact; generous for a loaded machine
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
    assert catalog_file.MAX_FILE_BYTES == 64 * 2**20  # the documented default
    monkeypatch.setattr(catalog_file, "MAX_FILE_BYTES", 2**20)
    path = written(tmp_path, "dataStores: []\n" + "#" * 2**20 + "\n")
    assert refusal(path).problems == ["the file is larger than 1 MiB, the limit"]


def test_a_json_file_has_a_bound_of_its_own_and_yaml_keeps_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # JSON is read in C, linearly: a pulled 100,000-data-set tenant (135 MiB) must plan back.
    assert catalog_file.MAX_JSON_FILE_BYTES == 512 * 2**20  # the documented default
    monkeypatch.setattr(catalog_file, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(catalog_file, "MAX_JSON_FILE_BYTES", 3000)
    stores = [{"technicalName": f"s{n:03}", "type": "s3"} for n in range(40)]
    text = json.dumps({"dataStores": stores}, indent=2)
    assert 1000 < len(text) <= 3000
    assert len(load_catalog_file(written(tmp_path, text, "c.json")).entries["data_stores"]) == 40
    # The same text is YAML too (JSON is YAML): as YAML it is over YAML's bound.
    assert refusal(written(tmp_path, text, "c.yaml")).problems == [
        "the file is larger than 1,000 bytes, the limit"
    ]
    padded = text + " " * (3001 - len(text))
    assert refusal(written(tmp_path, padded, "c.json")).problems == [
        "the file is larger than 3,000 bytes, the limit"
    ]


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


@pytest.fixture(params=["libyaml", "python"])
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each YAML test below runs on libyaml's parser and on Python's (PyYAML without libyaml)."""
    if request.param == "python":
        monkeypatch.setattr(catalog_file, "_StrictYamlLoader", catalog_file._PythonStrictYamlLoader)
    elif not yaml.__with_libyaml__:
        pytest.skip("PyYAML without libyaml")
    return str(request.param)


def store(line: str) -> str:
    """A catalog of one data store whose last line is ``line`` (the file's line 4)."""
    return f"dataStores:\n  - technicalName: s\n    type: snowflake\n    {line}\n"


@pytest.mark.usefixtures("yaml_parser")
def test_both_yaml_parsers_refuse_the_same(tmp_path: Path) -> None:
    assert refusal(written(tmp_path, FIELD_TWICE)).problems == [
        "line 5: 'description' is given twice (first at line 4)"
    ]
    assert refusal(written(tmp_path, ALIAS_BOMB)).problems[0].startswith("line 2: alias *a")
    text = "dataStores:\n  - <<: {type: snowflake}\n    technicalName: s\n"
    assert refusal(written(tmp_path, text)).problems[0].startswith("line 2: merge keys")
    deep = '{"dataStores": [{"technicalName": "s", "properties": ' + '{"k": ' * 5000
    deep += '"x"' + "}" * 5000 + "}]}"
    assert refusal(written(tmp_path, deep)).problems == [catalog_file.TOO_DEEP]


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!set {a, b}", "!!set"),
        ("!!omap [a: 1]", "!!omap"),
        ("!!pairs [a: 1]", "!!pairs"),
        ("!!python/object:os.system x", "!!python/object:os.system"),
        ("!mine x", "!mine"),
    ],
)
def test_a_yaml_value_json_has_no_type_for_is_refused_with_its_line(
    tmp_path: Path, value: str, tag: str
) -> None:
    # Let through, a bytes or a set would fail every create's JSON encoding at apply time.
    error = refusal(written(tmp_path, store(f"properties: {{a: {value}}}")))
    assert error.problems == [f"line 4: the tag {tag} is refused: {catalog_file.JSON_ONLY}"]


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1.0e+999"])
def test_a_yaml_nan_or_infinity_is_refused_with_its_line(tmp_path: Path, value: str) -> None:
    error = refusal(written(tmp_path, store(f"properties: {{a: {value}}}")))
    assert error.problems == [f"line 4: {catalog_file.NOT_FINITE}"]


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_a_json_nan_or_infinity_is_refused_naming_the_object(tmp_path: Path, value: str) -> None:
    # json.loads accepts NaN and Infinity, and makes 1e999 inf; httpx then refuses to send them.
    text = '{"dataStores": [\n  {"technicalName": "s", "properties": {"a": ' + value + "}}]}"
    error = refusal(written(tmp_path, text, "catalog.json"))
    assert error.problems == [f"{value}: {catalog_file.NOT_FINITE} (the object starting at line 2)"]


@pytest.mark.usefixtures("yaml_parser")
def test_an_unquoted_yaml_date_is_kept_as_the_text_written(tmp_path: Path) -> None:
    text = (
        "dataStores:\n  - technicalName: 2024-01-01\n    type: snowflake\n"
        "    description: 2024-01-01T10:00:00Z\n    properties: {at: 2024-1-2 3:04:05}\n"
    )
    entry = load_catalog_file(written(tmp_path, text)).entries["data_stores"]["2024-01-01"]
    assert entry.fields == {
        "technicalName": "2024-01-01",
        "type": "snowflake",
        "description": "2024-01-01T10:00:00Z",
        "properties": {"at": "2024-1-2 3:04:05"},
    }


@pytest.mark.usefixtures("yaml_parser")
def test_a_yaml_integer_too_long_for_python_is_refused_with_its_line(tmp_path: Path) -> None:
    error = refusal(written(tmp_path, store(f"properties: {{a: {'9' * 5000}}}")))
    assert len(error.problems) == 1
    assert error.problems[0].startswith("line 4: Exceeds the limit")


def test_a_json_lone_surrogate_is_refused_naming_its_place(tmp_path: Path) -> None:
    # "\ud800" decodes to a str that no UTF-8 request (nor sqlite) can hold.
    text = '{"dataStores": [{"technicalName": "s", "properties": {"a": ["ok", "\\ud800"]}}]}'
    error = refusal(written(tmp_path, text, "catalog.json"))
    assert error.problems == [f"dataStores[0].properties.a[1]: '\\ud800' {catalog_file.NOT_UTF8}"]
    text = '{"dataStores": [{"technicalName": "s", "properties": {"\\udfff": 1}}]}'
    error = refusal(written(tmp_path, text, "catalog.json"))
    assert error.problems == [
        f"dataStores[0].properties: the field name '\\udfff' {catalog_file.NOT_UTF8}"
    ]


def test_a_yaml_lone_surrogate_is_refused(tmp_path: Path, yaml_parser: str) -> None:
    # libyaml refuses the escape itself; Python's parser lets it through to the value check.
    error = refusal(written(tmp_path, store('description: "\\ud800"')))
    if yaml_parser == "python":
        assert error.problems == [f"dataStores[0].description: '\\ud800' {catalog_file.NOT_UTF8}"]
    else:
        [problem] = error.problems
        assert problem.startswith("line 4, column ")
        assert problem.endswith(
            ": not valid YAML: found invalid Unicode character escape code "
            "(while parsing a quoted scalar)"
        )


@pytest.mark.usefixtures("yaml_parser")
def test_a_yaml_file_of_more_values_than_the_limit_is_refused_before_it_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyYAML's nodes take ~350 bytes a value: 64 MiB of "[1,1,...]" would need ~11 GB.
    assert catalog_file.MAX_YAML_NODES == 800_000  # the default: under 300 MB to read
    monkeypatch.setattr(catalog_file, "MAX_YAML_NODES", 20)
    # 20 values: the top mapping, dataStores, its list, the entry, 2 keys and 2 values, the
    # properties key and mapping, then a: and its list of 8.
    fits = store("properties: {a: [" + ",".join(["1"] * 8) + "]}")
    assert load_catalog_file(written(tmp_path, fits))
    error = refusal(written(tmp_path, fits.replace("[1,", "[1,1,")))
    assert error.problems == [
        "line 4: more than 20 values (mappings, lists and scalars), the limit"
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("dataStores:\n\t- a\n", "line 2, column 1: not valid YAML: found character "),
        ("dataStores: []\n---\n", "line 2, column 1: not valid YAML: but found another "),
        ("dataStores:\n  - ? [a]\n    : b\n", "line 2, column 7: not valid YAML: a key must "),
        ("dataStores: [\n  a\x07]\n", "line 2: not valid YAML: "),
    ],
)
def test_a_yaml_syntax_error_is_one_line_naming_its_line(
    tmp_path: Path, yaml_parser: str, text: str, where: str
) -> None:
    # One line for the CLI's one error line, without PyYAML's "<unicode string>" (the two
    # parsers word some problems differently; the line is the same).
    [problem] = refusal(written(tmp_path, text)).problems
    assert problem.startswith(where)
    assert "\n" not in problem
    assert "unicode string" not in problem
    if "\x07" in text:
        assert problem.endswith("characters are not allowed (U+0007)")


def test_a_yaml_boolean_section_name_is_named_as_such(tmp_path: Path) -> None:
    # `on:` is True in YAML 1.1: "True: unknown section" would not say why.
    error = refusal(written(tmp_path, "on: []\n"))
    assert error.problems == [
        "True: a section name must be a string (YAML reads unquoted on, off, yes and no as "
        "booleans: quote it)"
    ]
