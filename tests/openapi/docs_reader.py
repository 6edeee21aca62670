"""Read operations, tiers, status codes and field names out of Qlik's API docs.

The docs in ``../shared/docs/qlik-api/`` come in four layouts (a rendered web page as text,
two Markdown references, and a compact reference list). Each reader below returns
:class:`DocOperation` records, so the spec tests can check the specs against the docs themselves
instead of against a list someone typed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
METHOD_RE = r"(GET|POST|PUT|PATCH|DELETE)"
TYPE_WORDS = (
    "array of strings",
    "array of objects",
    "string|array",
    "string",
    "integer",
    "number",
    "boolean",
    "object",
)


def docs_dir() -> Path:
    """The folder holding Qlik's API docs (``QLIK_DOCS_DIR`` or ``../shared/docs/qlik-api``)."""
    path = Path(os.environ.get("QLIK_DOCS_DIR", REPO.parent / "shared" / "docs" / "qlik-api"))
    if not path.is_dir():
        raise FileNotFoundError(
            f"Qlik API docs not found at {path}; clone the shared folder beside the repo "
            "or set QLIK_DOCS_DIR"
        )
    return path


@dataclass
class DocOperation:
    """One operation as a doc describes it."""

    source: str
    method: str
    path: str  # normalised to the /api/... form the specs use
    tier: int | str | None = None  # None where the doc gives no tier
    rate_per_minute: int | None = None
    statuses: set[int] = field(default_factory=set)
    fields: set[str] = field(default_factory=set)  # every field/parameter name it mentions

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.path)


def normalise_path(path: str) -> str:
    """Map the docs' path spellings onto the specs': ``/v1/x`` and ``/data-governance/x`` gain
    the ``/api`` prefix the tenant URL needs."""
    if path.startswith("/v1/"):
        return "/api" + path
    if path.startswith("/data-governance/"):
        return "/api" + path
    return path


def clean_path(raw: str) -> str:
    """Cut a path where the doc's text runs on into it (``/data-productsThis endpoint...``)."""
    segments = []
    for segment in raw.strip("/").split("/"):
        if brace := re.match(r"\{[A-Za-z][\w-]*\}", segment):
            segments.append(brace.group(0))
            if brace.group(0) != segment:
                break
            continue
        head = re.match(r"[a-z0-9][a-z0-9\-._]*", segment)
        if head is None:
            break
        segments.append(head.group(0))
        if head.group(0) != segment:
            break
    return "/" + "/".join(segments)


def method_path_lines(text: str) -> set[tuple[str, str]]:
    """Every ``METHOD /path`` written anywhere in a doc, normalised."""
    found = set()
    for match in re.finditer(METHOD_RE + r" (/[A-Za-z0-9\-_/{}.]+)", text):
        found.add((match.group(1), normalise_path(clean_path(match.group(2)))))
    return found


def _field_from_bullet(line: str, marker: str) -> str | None:
    """The field a bullet line names: ``• idstring`` -> ``id``, ``- tagsarray of strings`` ->
    ``tags``; None for a line that is not a field bullet."""
    bullet = re.fullmatch(marker + r"(.+)", line)
    if bullet is None:
        return None
    text = bullet.group(1).removesuffix("Required").strip()
    text = re.sub(r"One of:$", "", text).strip()
    for word in TYPE_WORDS:
        if text.endswith(word) and len(text) > len(word):
            name = text[: -len(word)]
            if re.fullmatch(r"[a-z][\w.-]*", name):
                return name
    return None


def _method_sections(text: str) -> Iterator[tuple[str, str, str]]:
    """(METHOD, path, section text) for every ``### METHOD /path`` heading of a Markdown doc."""
    for section in re.split(r"^### ", text, flags=re.M)[1:]:
        head = re.match(METHOD_RE + r" (/\S+)", section)
        if head is not None:
            yield head.group(1), head.group(2), section


def read_markdown_reference(name: str) -> list[DocOperation]:
    """data-sets.md and data-assets.md: ``### METHOD /path`` sections with tables."""
    text = (docs_dir() / name).read_text(encoding="utf-8")
    ops = []
    for method, path, section in _method_sections(text):
        op = DocOperation(name, method, normalise_path(path))
        tier = re.search(r"\*\*Rate Limit:\*\* Tier (\d)", section)
        op.tier = int(tier.group(1)) if tier else None
        op.statuses = {int(code) for code in re.findall(r"^##### (\d{3})\s*$", section, re.M)}
        op.fields = set(re.findall(r"^\| `([\w-]+)` \|", section, re.M))
        ops.append(op)
    return ops


def read_data_stores_page(name: str = "data-stores.txt") -> list[DocOperation]:
    """data-stores.txt: a rendered page; an operation's facts precede its ``METHOD /path`` line."""
    lines = (docs_dir() / name).read_text(encoding="utf-8").splitlines()
    ops = []
    tier: int | None = None
    statuses: set[int] = set()
    fields: set[str] = set()
    in_example = False
    for line in lines:
        head = re.fullmatch(METHOD_RE + r" (/v1/\S+)", line)
        if head:
            ops.append(
                DocOperation(
                    name, head.group(1), normalise_path(head.group(2)), tier, None, statuses, fields
                )
            )
            tier, statuses, fields, in_example = None, set(), set(), True
            continue
        if line.startswith("Facts"):
            in_example = False
        if in_example:
            continue
        if m := re.fullmatch(r"Rate limit Tier (\d) .*", line):
            tier = int(m.group(1))
        elif re.fullmatch(r"\d{3}", line):
            statuses.add(int(line))
        elif (field_name := _field_from_bullet(line, r"\s*• ")) is not None:
            fields.add(field_name)
    return ops


def read_data_products_page(name: str = "data-products.txt") -> list[DocOperation]:
    """data-products.txt: each reference section ends with a ``support for `METHOD /path``` line;
    the overview names operations (the list among them) as ``METHOD /data-governance/...``."""
    text = (docs_dir() / name).read_text(encoding="utf-8")
    ops = []
    tier: int | None = None
    statuses: set[int] = set()
    fields: set[str] = set()
    for line in text.splitlines():
        end = re.search(r"support for `" + METHOD_RE + r" (/api/[^`]+)`", line)
        if end:
            ops.append(DocOperation(name, end.group(1), end.group(2), tier, None, statuses, fields))
            tier, statuses, fields = None, set(), set()
            continue
        if m := re.search(r"\| Rate limit \| Tier (\d) ", line):
            tier = int(m.group(1))
        elif re.fullmatch(r"\d{3}", line):
            statuses.add(int(line))
        elif (field_name := _field_from_bullet(line, "- ")) is not None:
            fields.add(field_name)
    documented = {op.key for op in ops}
    for method, path in sorted(method_path_lines(text)):
        if (method, path) not in documented:
            ops.append(DocOperation(name + " (overview)", method, path))
    return ops


def read_connector_reference(name: str = "connector-apis-reference.md") -> list[DocOperation]:
    """connector-apis-reference.md: ``### METHOD /path`` sections of ``- key: value`` facts."""
    text = (docs_dir() / name).read_text(encoding="utf-8")
    ops = []
    for method, path, section in _method_sections(text):
        op = DocOperation(name, method, path)
        if m := re.search(r"rate limit: Special: (\d+) req/min", section):
            op.tier, op.rate_per_minute = "special", int(m.group(1))
        if m := re.search(r"^- success (\d{3})", section, re.M):
            op.statuses.add(int(m.group(1)))
        if m := re.search(r"^- error statuses: (.+)$", section, re.M):
            op.statuses |= {int(code) for code in re.findall(r"\d{3}", m.group(1))}
        for line in section.splitlines():
            if line.startswith(("- query:", "- path params:")):
                op.fields |= set(re.findall(r"`([\w.]+)`", line))
            elif line.startswith("- body"):
                op.fields |= set(re.findall(r"`(\w+)`:", line))
            elif "fields " in line and line.startswith(("- success", "- list item")):
                op.fields |= set(re.findall(r"`(\w+)`", line.split("fields ", 1)[1]))
        ops.append(op)
    return ops


def all_doc_operations() -> list[DocOperation]:
    """Every operation of the five API docs and the connector reference."""
    return [
        *read_data_stores_page(),
        *read_markdown_reference("data-assets.md"),
        *read_markdown_reference("data-sets.md"),
        *read_data_products_page(),
        *read_connector_reference(),
    ]


def method_path_lines_in_docs() -> Iterator[tuple[str, str, str]]:
    """(doc, METHOD, path) for every ``METHOD /path`` line in every doc."""
    for doc in sorted(docs_dir().iterdir()):
        for method, path in sorted(method_path_lines(doc.read_text(encoding="utf-8"))):
            yield doc.name, method, path
