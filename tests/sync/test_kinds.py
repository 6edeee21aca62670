"""The kinds table: every kind carries what plan, apply, copy and catalog files need, the
orders put parents first on create and children first on delete, and the modules that read
the table hold no kind-specific knowledge of their own."""

from __future__ import annotations

import ast
import inspect
from types import ModuleType

import pytest

from qlik_catalog import QlikCatalog
from qlik_catalog.sync import apply, catalog_file, copy, plan, tenant
from qlik_catalog.sync import snapshot as snapshot_module
from qlik_catalog.sync.kinds import (
    BY_NAME,
    BY_SECTION,
    CREATE_ORDER,
    DELETE_ORDER,
    KINDS,
    REFUSED_IN_FILES,
    Kind,
    KindResource,
)

NAMES = [kind.name for kind in KINDS]


def test_names_sections_and_labels_are_unique() -> None:
    assert len(set(NAMES)) == len(KINDS) == len(BY_NAME)
    assert len({kind.section for kind in KINDS}) == len(KINDS) == len(BY_SECTION)
    assert len({kind.label for kind in KINDS}) == len(KINDS)
    assert NAMES == ["data_stores", "data_assets", "data_sets", "data_products"]


@pytest.mark.parametrize("kind", KINDS, ids=NAMES)
def test_every_kind_has_a_resource_and_a_snapshot_table(kind: Kind) -> None:
    qlik = QlikCatalog("https://tenant.eu.qlikcloud.com", api_key="key")
    resource: KindResource = kind.resource_of(qlik)
    for method in ("create", "patch", "delete"):
        assert inspect.iscoroutinefunction(getattr(resource, method)), (kind.name, method)
    assert kind.snapshot in snapshot_module.KINDS


@pytest.mark.parametrize("kind", KINDS, ids=NAMES)
def test_every_reference_points_at_a_known_kind(kind: Kind) -> None:
    for referred in kind.depends_on:
        assert referred in BY_NAME
        assert referred != kind.name
    if kind.parent is not None:
        # The reference is taken out of the entry and set on create: never a field as written.
        assert kind.parent.file_field != kind.key_field
        assert kind.parent.info_field in REFUSED_IN_FILES
    if kind.members is not None:
        assert kind.members.file_field != kind.key_field
        assert kind.members.doc_field in REFUSED_IN_FILES
        assert kind.members.marker.startswith("$")  # never a value a file could give


@pytest.mark.parametrize("kind", KINDS, ids=NAMES)
def test_fields_are_consistent(kind: Kind) -> None:
    # A copy keeps the key (the target matches by it) and leaves the ids out.
    assert kind.key_field not in kind.not_copied
    assert "id" in kind.not_copied
    # An object can be created and renamed by key.
    for fields in (kind.create_fields, kind.patchable):
        assert fields is None or kind.key_field in fields
    # A PATCH that takes replace operations only takes no test of the version either.
    assert not (kind.replace_only and kind.version_guard)
    assert not set(kind.reference_fields) & set(kind.create_fields or ())


def test_creation_puts_every_kind_after_what_it_refers_to() -> None:
    assert set(CREATE_ORDER) == set(KINDS)
    assert len(CREATE_ORDER) == len(KINDS)
    position = {kind.name: i for i, kind in enumerate(CREATE_ORDER)}
    for kind in CREATE_ORDER:
        for referred in kind.depends_on:
            assert position[referred] < position[kind.name], (kind.name, referred)


def test_deletion_puts_every_kind_before_what_it_refers_to() -> None:
    assert set(DELETE_ORDER) == set(KINDS)
    assert len(DELETE_ORDER) == len(KINDS)
    position = {kind.name: i for i, kind in enumerate(DELETE_ORDER)}
    for kind in DELETE_ORDER:
        for referred in kind.depends_on:
            assert position[kind.name] < position[referred], (kind.name, referred)


def test_parent_and_members_are_read_from_a_doc() -> None:
    assets, products, stores = BY_NAME["data_assets"], BY_NAME["data_products"], KINDS[0]
    assert assets.parent_id({"dataStoreInfo": {"id": "s1"}}) == "s1"
    assert assets.parent_id({"dataStoreInfo": None}) is None
    assert stores.parent_id({"dataStoreInfo": {"id": "s1"}}) is None
    assert products.member_ids({"datasetIds": ["d1", "d2"]}) == ["d1", "d2"]
    assert products.member_ids({"datasetIds": None}) == []
    assert stores.member_ids({"datasetIds": ["d1"]}) == []
    copied = products.copied_fields({"id": "p", "name": "P", "datasetIds": ["d"], "readMe": None})
    assert copied == {"name": "P"}


def _code_words(module: ModuleType) -> set[str]:
    """The names, attributes and string constants of a module's code (docstrings and comments
    left out: they may explain the kinds)."""
    tree = ast.parse(inspect.getsource(module))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                words.add(node.value)
        elif isinstance(node, ast.Name):
            words.add(node.id)
        elif isinstance(node, ast.Attribute):
            words.add(node.attr)
    return words


@pytest.mark.parametrize("module", [plan, apply, copy, catalog_file, tenant])
def test_the_modules_that_read_the_table_name_no_kind(module: ModuleType) -> None:
    kind_specific = set()
    for kind in KINDS:
        kind_specific |= {kind.name, kind.section, kind.label, *kind.reference_fields}
        if kind.parent is not None:
            kind_specific.add(kind.parent.file_field)
        if kind.members is not None:
            kind_specific |= {kind.members.file_field, kind.members.marker}
    assert not _code_words(module) & kind_specific
