"""The desired catalog, as a YAML or JSON file::

    dataStores:
      - technicalName: lake            # the key others refer to (or give `key:`)
        name: Lake
        type: snowflake
    dataAssets:
      - technicalName: sales_db
        dataStore: lake                # a store's key
        appType: QIX-DF
    dataSets:
      - technicalName: orders.qvd
        dataAsset: sales_db            # an asset's key
        qri: "qri:db:snowflake://lake#orders"
        secureQri: "qri:db:snowflake://lake#1f2e"
    dataProducts:
      - name: Sales                    # keyed by name
        dataSets: [orders.qvd]         # data set keys
        description: Monthly sales

Every other field is sent to the API as written; fields left out are left alone. The sections,
keys and reference fields are those of :mod:`qlik_catalog.sync.kinds`.

Reading a file checks it whole before anything is planned, and reports every problem at once
(:class:`~qlik_catalog.errors.CatalogFileError`): its structure (sections, keys, references)
and each entry's fields against the kind's create schema in the specs (unknown fields, with
the nearest known name; wrong types; values outside an enum). Whether an entry lacks a field
its create requires can only be known once the plan knows the entry is a create (the object
may exist already): :func:`create_problems` checks that, when planning.

Before any of that the file itself is read strictly, so that what is planned is what the file
says and reading it stays cheap whatever it holds:

- it must be UTF-8 (a leading byte order mark is allowed) and at most :data:`MAX_FILE_BYTES`
  (64 MiB) as YAML, :data:`MAX_JSON_FILE_BYTES` (512 MiB) as JSON: JSON is parsed in C, in
  time and memory linear in its size, so that a pulled tenant of 100,000 data sets (about
  135 MiB) can be planned back;
- a key given twice in one mapping (two ``dataStores:`` sections, a field twice in an entry)
  is refused, with its line: YAML and JSON parsers would otherwise keep the last silently,
  and ``--prune`` would delete what the first listed;
- YAML anchors' aliases (``*name``) and merge keys (``<<``) are refused: an alias bomb of a few
  hundred bytes would otherwise expand to gigabytes;
- nesting is at most :data:`MAX_DEPTH` (64) levels, counting the top mapping as one;
- a YAML file holds at most :data:`MAX_YAML_NODES` values (mappings, lists and scalars):
  PyYAML holds each as a node of about 350 bytes before building the value, so 64 MiB of
  YAML could take gigabytes; the limit is a catalog file of about 10 MB (under 300 MB to read);
- a field name may not contain ``/`` or ``~``: a name becomes a JSON Pointer in the patch
  that updates the object, and pointer syntax in it would reach another field;
- every value must be one JSON can send: YAML's ``!!binary``, ``!!set``, ``!!omap``,
  ``!!pairs`` and unknown tags, NaN and infinities (YAML or JSON), and strings holding lone
  surrogates (``"\\ud800"``) are refused, instead of failing each create at apply time. An
  unquoted YAML date or timestamp (``2024-01-01``) is kept as the text written, never turned
  into a date.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import math
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode

try:  # libyaml's parser when PyYAML was built with it (several times faster), else Python's
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

from qlik_catalog.errors import CatalogFileError
from qlik_catalog.schema_check import did_you_mean, schema_problems
from qlik_catalog.spec import bundled_spec
from qlik_catalog.sync.kinds import BY_NAME, BY_SECTION, KINDS, Kind
from qlik_catalog.sync.scope import Scope, scope_from_file

Problems = list[str]

# The limits of a catalog file (see the module's docstring). A catalog of many thousand data
# sets is a few MiB; the depth of the deepest entry (a data set's schema) is under 10.
MAX_FILE_BYTES = 64 * 1024 * 1024
# JSON's own bound: the standard library's C scanner reads it linearly (about 3x its size to
# hold), where YAML's nodes cost hundreds of bytes a value.
MAX_JSON_FILE_BYTES = 512 * 1024 * 1024
MAX_DEPTH = 64
MAX_YAML_NODES = 800_000
# Pointer syntax (RFC 6901): a field name holding it would address another field in a patch.
POINTER_CHARACTERS = ("/", "~")
NOT_FINITE = "NaN and infinities are not JSON numbers; write a finite number or a string"
TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels, the limit"
NOT_UTF8 = "is not UTF-8: it holds a lone surrogate (a \\ud800 to \\udfff escape)"
JSON_ONLY = (
    "a catalog file holds JSON values only (strings, numbers, booleans, null, lists, mappings)"
)
# YAML's own types beyond JSON's: a value of one would reach the request and fail its encoding.
NOT_JSON_TAGS = tuple(f"tag:yaml.org,2002:{name}" for name in ("binary", "set", "omap", "pairs"))


@dataclass
class Entry:
    """One desired object: its key, its parent's key (or its members' keys), and its fields.
    ``origin``: where a file gave it (``dataSets[3] (orders)``); ``source_id``: the id of the
    object a copy made it from."""

    kind: str
    key: str
    fields: dict[str, Any]
    parent: str | None = None
    members: list[str] = field(default_factory=list)  # kinds with members (data products)
    origin: str | None = None
    source_id: str | None = None

    @property
    def data_sets(self) -> list[str]:
        """The keys of a data product's data sets (the name before ``members``)."""
        return self.members

    @property
    def where(self) -> str:
        """Where the entry is, for messages: its place in the file, or its kind and key."""
        return self.origin or f"{BY_NAME[self.kind].label} {self.key}"


@dataclass
class CatalogFile:
    """The desired state, by kind and key, which kinds the file manages, and where it came
    from (the file's path, for messages)."""

    entries: dict[str, dict[str, Entry]]
    managed: set[str]
    source: str = "catalog"
    # The slice of the tenant the file manages (:mod:`qlik_catalog.sync.scope`).
    scope: Scope = field(default_factory=Scope)
    # True: an entry whose object lies outside the scope is an error (the file's own scope).
    # False once narrowed by --space & co.: such entries are another slice's, left out.
    strict_scope: bool = True

    def sliced(self, scope: Scope) -> CatalogFile:
        """The file narrowed to ``scope`` as well (``--space``, ``--store``, ``--kind``):
        entries outside it are left out (a store not matching, what lives in a store left out,
        a product listing a data set left out), so that only the slice is planned."""
        narrowed = self.scope.narrowed(scope)
        kept: dict[str, dict[str, Entry]] = {kind.name: {} for kind in KINDS}
        for kind in KINDS:
            for key, entry in self.entries.get(kind.name, {}).items():
                if _entry_in(kind, entry, narrowed, kept):
                    kept[kind.name][key] = entry
        managed = {
            name for name in self.managed if narrowed.kinds is None or name in narrowed.kinds
        }
        return CatalogFile(kept, managed, self.source, narrowed, strict_scope=False)


def load_catalog_file(path: str | Path) -> CatalogFile:
    """Read and check a catalog file (see the module's docstring); every problem found is
    raised at once, as one :class:`~qlik_catalog.errors.CatalogFileError`."""
    return parse_catalog(read_catalog_document(path), source=str(path))


def read_catalog_document(path: str | Path) -> Any:
    """The content of the catalog file ``path`` as plain data, read and checked as
    :func:`load_catalog_file` reads it (bounds, UTF-8, strict YAML or JSON, values JSON can
    send), before its entries are parsed."""
    path = Path(path)
    text = _read_text(path, max_file_bytes(path))
    load = _load_json if path.suffix == ".json" else _load_yaml
    raw = load(text, str(path))
    problems = _value_problems(raw)
    if problems:
        raise CatalogFileError(str(path), problems)
    return raw


def max_file_bytes(path: str | Path) -> int:
    """How large the catalog file ``path`` may be: :data:`MAX_JSON_FILE_BYTES` for a ``.json``
    file, else :data:`MAX_FILE_BYTES` (YAML)."""
    return MAX_JSON_FILE_BYTES if Path(path).suffix == ".json" else MAX_FILE_BYTES


def _read_text(path: Path, limit: int) -> str:
    """The file's text: UTF-8, at most ``limit`` bytes (read no further than that)."""
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as exc:
        raise CatalogFileError(str(path), [f"cannot read the catalog file: {exc}"]) from exc
    if len(data) > limit:
        raise CatalogFileError(str(path), [f"the file is larger than {in_mib(limit)}, the limit"])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CatalogFileError(
            str(path),
            [f"line {line}: not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})"],
        ) from exc
    return text.removeprefix("\ufeff")


def in_mib(size: int) -> str:
    """``size`` bytes as the limits are given in messages: ``64 MiB`` (in bytes below one)."""
    return f"{size // 2**20} MiB" if size >= 2**20 else f"{size:,} bytes"


class _Refused(Exception):
    """What the strict loaders refuse (not a parse error: the document is well formed)."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(problems)
        self.problems = problems
        self.line: int | None = None  # JSON: the line of the object holding the duplicate


class _Strict(SafeConstructor):
    """PyYAML's safe constructor refusing what a catalog file may not hold: an alias, a merge
    key, a key twice in one mapping (each noted in ``duplicates``, so that all come out at
    once), a value JSON has no type for. A mixin, put before a safe loader (libyaml's or
    Python's): both then refuse the same."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)  # type: ignore[call-arg]  # the loader's, next in the MRO
        self.duplicates: list[tuple[int, str]] = []  # (line, problem): inner mappings come last

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        # An alias is the one way a node is reached twice (the composer shares the anchor's).
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _Refused([])  # the alias's own line comes from the events, see _alias_problem
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            raise ConstructorError(
                None, None, f"expected a mapping, found {node.id}", node.start_mark
            )
        mapping: dict[Any, Any] = {}
        lines: dict[Any, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refused(
                    [f"line {line}: merge keys (<<) are not allowed; write the fields out"]
                )
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise ConstructorError(None, None, "a key must be a scalar", key_node.start_mark)
            if key in mapping:
                self.duplicates.append(
                    (line, f"line {line}: {key!r} is given twice (first at line {lines[key]})")
                )
                continue
            lines[key] = line
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: ScalarNode) -> int:
        try:
            value: int = super().construct_yaml_int(node)
        except ValueError as exc:  # more digits than Python converts (sys.get_int_max_str_digits)
            raise _Refused([f"line {node.start_mark.line + 1}: {exc}"]) from None
        return value

    def construct_yaml_float(self, node: ScalarNode) -> float:
        value: float = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise _Refused([f"line {node.start_mark.line + 1}: {NOT_FINITE}"])
        return value

    def construct_timestamp_text(self, node: ScalarNode) -> str:
        """An unquoted date or timestamp as the text written: JSON, hence the API, has no
        date type, and ``technicalName: 2024-01-01`` means the string."""
        return self.construct_scalar(node)

    def construct_refused(self, node: Node) -> Any:
        """A value JSON has no type for (``!!binary``, ``!!set``, a tag of one's own)."""
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        raise _Refused([f"line {node.start_mark.line + 1}: the tag {tag} is refused: {JSON_ONLY}"])

    yaml_constructors: ClassVar[dict[Any, Any]] = {
        **SafeConstructor.yaml_constructors,
        "tag:yaml.org,2002:int": construct_yaml_int,
        "tag:yaml.org,2002:float": construct_yaml_float,
        "tag:yaml.org,2002:timestamp": construct_timestamp_text,
        # None: any tag without a constructor of its own (!!python/..., !custom)
        **dict.fromkeys((*NOT_JSON_TAGS, None), construct_refused),
    }


class _StrictYamlLoader(_Strict, _SafeLoader):
    """The strict loader on libyaml's parser when PyYAML has it."""


class _PythonStrictYamlLoader(_Strict, yaml.SafeLoader):
    """The strict loader on Python's parser (PyYAML without libyaml)."""


def _load_yaml(text: str, source: str) -> Any:
    # A value takes a character at least ("{a,b}": 5 values), so a short text is under the
    # limit without counting (the count parses the file once more).
    if len(text) > MAX_YAML_NODES // 2:
        _check_yaml_size(text, source)
    loader: _StrictYamlLoader | _PythonStrictYamlLoader | None = None
    try:
        # In the try: Python's parser refuses a character YAML does not allow at once.
        loader = _StrictYamlLoader(text)
        raw = loader.get_single_data()
    except _Refused as refused:
        raise CatalogFileError(source, refused.problems or [_alias_problem(text)]) from None
    except RecursionError:  # Python's parser, without libyaml's own bound
        raise CatalogFileError(source, [TOO_DEEP]) from None
    except yaml.YAMLError as exc:
        # libyaml stops at 1000 levels of nesting, before our bound is checked: same refusal.
        too_deep = "maximum nesting depth" in str(getattr(exc, "problem", ""))
        raise CatalogFileError(
            source, [TOO_DEEP if too_deep else _yaml_problem(exc, text)]
        ) from exc
    finally:
        if loader is not None:
            loader.dispose()
    if loader.duplicates:
        raise CatalogFileError(source, [problem for _, problem in sorted(loader.duplicates)])
    return raw


def _yaml_problem(exc: yaml.YAMLError, text: str) -> str:
    """PyYAML's error on one line, led by its line and column (PyYAML's own text spreads over
    several lines and names the file ``<unicode string>``)."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = exc.problem or exc.context
        if exc.problem and exc.context:
            problem = f"{exc.problem} ({exc.context})"
        return f"{where}not valid YAML: {problem}"
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        line = text.count("\n", 0, exc.position) + 1
        # libyaml gives the character's code, Python's parser the character
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return f"line {line}: not valid YAML: {exc.reason} (U+{code:04X})"
    return f"not valid YAML: {exc}"  # pragma: no cover - PyYAML raises the two above


def _check_yaml_size(text: str, source: str) -> None:
    """Refuse ``text`` if it holds more than :data:`MAX_YAML_NODES` values, counted from the
    parser's events (which are not kept: little memory) before any node is built."""
    count = 0
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            if isinstance(
                event, yaml.ScalarEvent | yaml.SequenceStartEvent | yaml.MappingStartEvent
            ):
                count += 1
                if count > MAX_YAML_NODES:
                    line = event.start_mark.line + 1 if event.start_mark else "?"
                    raise CatalogFileError(
                        source,
                        [
                            f"line {line}: more than {MAX_YAML_NODES:,} values (mappings, lists "
                            "and scalars), the limit"
                        ],
                    )
    except yaml.YAMLError:
        return  # not valid YAML: the loader says where


def _alias_problem(text: str) -> str:
    """The first alias of ``text``, named with its line (parsing events only: cheap)."""
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1 if event.start_mark else "?"
            return (
                f"line {line}: alias *{event.anchor} refused: a catalog file may not use "
                "YAML anchors and aliases (write the value out)"
            )
    return "YAML anchors and aliases are not allowed"  # pragma: no cover - found above


def _refuse_constant(name: str) -> Any:
    raise _Refused([f"{name}: {NOT_FINITE}"])


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999: the decoder's float() would give inf
        raise _Refused([f"{text}: {NOT_FINITE}"])
    return value


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise _Refused([f"{key!r} is given twice in one object"])
        mapping[key] = value
    return mapping


# The decoder's hooks: a key twice, NaN and Infinity (which json.loads accepts), 1e999.
_JSON_HOOKS: dict[str, Any] = {
    "object_pairs_hook": _unique_pairs,
    "parse_constant": _refuse_constant,
    "parse_float": _finite_float,
}


class _LineDecoder(json.JSONDecoder):
    """A JSON decoder naming the line of the object holding what :data:`_JSON_HOOKS` refuse:
    the standard library's Python scanner (slower than its C one, so only run once a refusal
    is found)."""

    def __init__(self) -> None:
        super().__init__(**_JSON_HOOKS)

        def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[dict[str, Any], int]:
            text, end = s_and_end
            try:
                # JSONObject is public in json.decoder, only missing from typeshed.
                found: tuple[dict[str, Any], int] = json.decoder.JSONObject(  # type: ignore[attr-defined]
                    s_and_end, *args
                )
            except _Refused as refused:
                if refused.line is None:  # the innermost object: the one holding the key
                    refused.line = text.count("\n", 0, end) + 1
                raise
            return found

        self.parse_object = parse_object
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, **_JSON_HOOKS)
    except _Refused:
        try:
            _LineDecoder().decode(text)
        except _Refused as refused:
            where = "" if refused.line is None else f" (the object starting at line {refused.line})"
            raise CatalogFileError(source, [refused.problems[0] + where]) from None
        raise  # pragma: no cover - both decoders refuse the same documents
    except RecursionError:  # the decoder's own bound, the interpreter's recursion limit
        raise CatalogFileError(source, [TOO_DEEP]) from None
    except ValueError as exc:
        raise CatalogFileError(source, [f"not valid JSON: {exc}"]) from exc


def _value_problems(raw: Any) -> Problems:
    """What in ``raw`` JSON cannot send, each named by its place (``dataSets[0].schema``), or
    that it nests deeper than :data:`MAX_DEPTH`; walked without recursion. The loaders refuse
    most of it already, with its line: this is what they cannot see (a JSON string's lone
    surrogate, or one Python's YAML parser lets through where libyaml refuses it)."""
    problems: Problems = []
    # (value, depth, its place: (the parent's place, its key or index), built only if named)
    stack: list[tuple[Any, int, Any]] = [(raw, 1, None)]
    while stack:
        value, depth, place = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                return [TOO_DEEP]
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, child in items:
                if isinstance(key, str) and not _utf8(key):
                    problems.append(f"{_place(place)}: the field name {key!r} {NOT_UTF8}")
                stack.append((child, depth + 1, (place, key)))
        elif (problem := _scalar_problem(value)) is not None:
            problems.append(f"{_place(place)}: {problem}")
    return sorted(problems)


def _scalar_problem(value: Any) -> str | None:
    if isinstance(value, str):
        return None if _utf8(value) else f"{value!r} {NOT_UTF8}"
    if isinstance(value, float):
        return None if math.isfinite(value) else NOT_FINITE
    return None  # the loaders make no other type (see _Strict)


def _utf8(text: str) -> bool:
    """Whether ``text`` can be sent as UTF-8 (no lone surrogate, which JSON's ``\\ud800``
    escapes give)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _place(place: Any) -> str:
    """``dataSets[0].schema`` for the place ``((((None, 'dataSets'), 0), 'schema')``."""
    parts: list[str] = []
    while place is not None:
        place, key = place
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "".join(reversed(parts)).removeprefix(".") or "(top)"


SCOPE_SECTION = "scope"


def _entry_in(kind: Kind, entry: Entry, scope: Scope, kept: dict[str, dict[str, Entry]]) -> bool:
    """Whether ``entry`` is in ``scope`` by its place (its kind's store pattern, its parent
    kept, a product's data sets kept); ``kept`` holds the entries kept so far."""
    if kind.parent is not None:
        return entry.parent in kept[kind.parent.kind]
    if kind.members is not None:
        return not scope.stores or (
            bool(entry.members) and all(m in kept[kind.members.kind] for m in entry.members)
        )
    return scope.store_matches(str(entry.fields.get(kind.key_field, entry.key)))


def parse_catalog(raw: Any, *, source: str = "catalog") -> CatalogFile:
    """Check a parsed catalog document and index it; ``source`` names it in messages."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise CatalogFileError(source, ["the top level must be a mapping of sections"])
    problems: Problems = []
    scope, scope_problems = scope_from_file(raw.get(SCOPE_SECTION))
    problems += scope_problems
    raw = {k: v for k, v in raw.items() if k != SCOPE_SECTION}
    for name in raw:
        if not isinstance(name, str):  # YAML 1.1 reads `on:`, `no:`, `1:` as a bool, an int
            problems.append(
                f"{name!r}: a section name must be a string (YAML reads unquoted on, off, yes "
                "and no as booleans: quote it)"
            )
        elif name not in BY_SECTION:
            problems.append(
                f"{name}: unknown section{did_you_mean(str(name), BY_SECTION)}; "
                f"expected {', '.join(BY_SECTION)}"
            )
    entries: dict[str, dict[str, Entry]] = {kind.name: {} for kind in KINDS}
    for kind in KINDS:
        if kind.section in raw:
            entries[kind.name] = _section(kind, raw[kind.section], problems)
    _check_references(entries, problems)
    problems += _outside_scope(entries, scope)
    if problems:
        raise CatalogFileError(source, problems)
    managed = {kind.name for kind in KINDS if kind.section in raw and scope.has_kind(kind)}
    return CatalogFile(entries=entries, managed=managed, source=source, scope=scope)


def _outside_scope(entries: dict[str, dict[str, Entry]], scope: Scope) -> Problems:
    """The stores a file lists that its own scope's store patterns leave out."""
    kept: dict[str, dict[str, Entry]] = {kind.name: {} for kind in KINDS}
    problems: Problems = []
    for kind in KINDS:
        if kind.parent is not None or kind.members is not None:
            continue
        for key, entry in entries[kind.name].items():
            if _entry_in(kind, entry, scope, kept):
                kept[kind.name][key] = entry
            else:
                problems.append(
                    f"{entry.where}: outside the file's scope (stores: {scope.as_dict()['stores']})"
                )
    return problems


def create_problems(kind: Kind, entry: Entry) -> Problems:
    """The fields the create of ``entry`` requires and it lacks (the references, which sync
    sets, and the fields the tenant sets are not among them)."""
    schema = _schemas()[kind.request_schema]
    properties: dict[str, Any] = schema.get("properties", {})
    return [
        f"{entry.where}: {name}: required field missing (no such {kind.label} exists, "
        "so the plan creates it)"
        for name in schema.get("required", [])
        if name not in entry.fields
        and name not in kind.reference_fields
        and not properties.get(name, {}).get("readOnly")
    ]


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = bundled_spec()["components"]["schemas"]
    return schemas


@cache
def _refused(kind: Kind) -> dict[str, str]:
    """What an entry of ``kind`` may not give (the tenant sets it, or sync does from a
    reference), each with the reason."""
    properties = _schemas()[kind.request_schema].get("properties", {})
    tenants = ("id", "version", *(name for name in properties if properties[name].get("readOnly")))
    refused = dict.fromkeys(tenants, "is set by the tenant")
    if kind.parent is not None:
        refused[kind.parent.info_field] = (
            f"is set from {kind.parent.file_field}, the key of its parent"
        )
    if kind.members is not None:
        label = BY_NAME[kind.members.kind].label
        refused[kind.members.doc_field] = f"is set from {kind.members.file_field}, {label} keys"
    return refused


@cache
def file_fields(kind: Kind) -> frozenset[str]:
    """The fields of ``kind`` a catalog file may give as values (its create schema's, less
    what the tenant or sync sets): what ``pull`` writes of each object."""
    return frozenset(
        name
        for name in _schemas()[kind.request_schema].get("properties", {})
        if name not in _refused(kind)
    )


@cache
def _file_schema(kind: Kind) -> dict[str, Any]:
    """The schema an entry of ``kind`` is checked against: the create schema without its
    required list (an entry may manage a few fields of an existing object; what a create needs
    is checked when planning) and without the refused fields, plus the file's own fields
    (checked apart, named here so that a misspelt one gets the right suggestion)."""
    schema = dict(_schemas()[kind.request_schema])
    schema.pop("required", None)
    own: dict[str, Any] = {"key": {"type": "string"}}
    if kind.parent is not None:
        own[kind.parent.file_field] = {}
    if kind.members is not None:
        own[kind.members.file_field] = {}
    properties = {
        name: prop
        for name, prop in schema.get("properties", {}).items()
        if name not in _refused(kind)
    }
    schema["properties"] = properties | own
    return schema


def _section(kind: Kind, items: Any, problems: Problems) -> dict[str, Entry]:
    items = items or []
    if not isinstance(items, list):
        problems.append(f"{kind.section}: must be a list")
        return {}
    entries: dict[str, Entry] = {}
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        entry = _entry(kind, item, f"{kind.section}[{index}]", problems)
        if entry is None:
            continue
        if entry.key in entries:
            problems.append(
                f"{kind.section} has the key {entry.key!r} twice "
                f"({kind.section}[{first[entry.key]}] and {kind.section}[{index}])"
            )
            continue
        entries[entry.key] = entry
        first[entry.key] = index
    return entries


def _entry(kind: Kind, item: Any, where: str, problems: Problems) -> Entry | None:
    """The entry of ``item``, or None when it has no key (its other problems still count)."""
    if not isinstance(item, dict):
        problems.append(f"{where}: must be a mapping")
        return None
    fields = dict(item)
    explicit = fields.pop("key", None)
    key = explicit if explicit is not None else fields.get(kind.key_field)
    if not isinstance(key, str) or not key.strip():
        if key is None or isinstance(key, str):  # a key of another type: the schema says so
            problems.append(f"{where}: has no {kind.key_field} (or key)")
        key = None
    else:
        where = f"{where} ({key})"
    refused = _refused(kind)
    problems.extend(f"{where}: {name} {refused[name]}" for name in fields if name in refused)
    pointers = [name for name in item if _has_pointer_syntax(name)]
    problems.extend(
        f"{where}: {name!r}: a field name may not contain '/' or '~' (JSON Pointer syntax)"
        for name in pointers
    )
    checked = {k: v for k, v in item.items() if k not in refused and k not in pointers}
    problems.extend(f"{where}: {p}" for p in schema_problems(_file_schema(kind), checked))
    parent = _pop_parent(kind, fields, where, problems)
    members = _pop_members(kind, fields, where, problems)
    if key is None:
        return None
    return Entry(kind.name, key, fields, parent=parent, members=members, origin=where)


def _has_pointer_syntax(name: Any) -> bool:
    return isinstance(name, str) and any(char in name for char in POINTER_CHARACTERS)


def _pop_parent(kind: Kind, fields: dict[str, Any], where: str, problems: Problems) -> str | None:
    if kind.parent is None:
        return None
    parent = fields.pop(kind.parent.file_field, None)
    if not isinstance(parent, str) or not parent:
        problems.append(f"{where}: needs {kind.parent.file_field}, the key of its parent")
        return None
    return parent


def _pop_members(kind: Kind, fields: dict[str, Any], where: str, problems: Problems) -> list[str]:
    if kind.members is None:
        return []
    members = fields.pop(kind.members.file_field, []) or []
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        label = BY_NAME[kind.members.kind].label
        problems.append(f"{where}: {kind.members.file_field} must be a list of {label} keys")
        return []
    return list(members)


def _check_references(entries: dict[str, dict[str, Entry]], problems: Problems) -> None:
    for kind in KINDS:
        for entry in entries[kind.name].values():
            problems.extend(_entry_reference_problems(kind, entry, entries))


def _entry_reference_problems(
    kind: Kind, entry: Entry, entries: dict[str, dict[str, Entry]]
) -> Problems:
    problems: Problems = []
    if (
        kind.parent is not None
        and entry.parent is not None
        and entry.parent not in entries[kind.parent.kind]
    ):
        problems.append(
            f"{entry.where}: refers to {kind.parent.file_field} {entry.parent!r}, "
            "which the file does not define"
        )
    if kind.members is not None:
        label = BY_NAME[kind.members.kind].label
        problems.extend(
            f"{entry.where}: {kind.label} {entry.key!r} lists {label} {key!r}, "
            "which the file does not define"
            for key in entry.members
            if key not in entries[kind.members.kind]
        )
    return problems
