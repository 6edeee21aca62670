"""``import qlik_catalog`` loads the core only; the sync tool, the emulator, the schema
validator and the extras' libraries load on first use, and a feature used without its extra
says which extra to install."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from qlik_catalog import MissingExtraError
from qlik_catalog._extras import needs_extra
from tests.wire import TENANT

HEAVY = (
    "qlik_catalog.sync",
    "qlik_catalog.emulator",
    "qlik_catalog_api.models",
    "qlik_catalog_api.api",
    "rich",
    "yaml",
    "sqlite3",
    "jsonschema",
    "openapi_schema_validator",
    "pydantic",
    "starlette",
    "uvicorn",
    "jsonpatch",
)


def modules_after(code: str) -> set[str]:
    """``sys.modules`` after running ``code`` in a fresh interpreter."""
    script = f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def heavy(modules: set[str]) -> set[str]:
    return {m for m in modules for h in HEAVY if m == h or m.startswith(h + ".")}


def test_import_loads_none_of_the_heavy_parts() -> None:
    # httpx loads its own CLI (rich among it) when click and rich are installed: only what
    # qlik_catalog adds to httpx counts.
    extra = modules_after("import qlik_catalog") - modules_after("import httpx")
    assert heavy(extra) == set()


def test_a_resource_loads_its_models_on_first_access_and_still_no_extra() -> None:
    loaded = modules_after(
        "import qlik_catalog\n"
        f"qlik = qlik_catalog.QlikCatalog({TENANT!r}, api_key='k')\n"
        "qlik.data_sets, qlik.data_products, qlik.reports"
    ) - modules_after("import httpx")
    assert "qlik_catalog_api.models" in loaded
    assert "qlik_catalog._endpoints" in loaded
    assert {m.split(".")[0] for m in heavy(loaded)} <= {"qlik_catalog_api"}
    assert not {m for m in loaded if m.startswith(("qlik_catalog.sync", "qlik_catalog.emulator"))}


def test_the_sync_tool_loads_on_first_access_of_qlik_catalog() -> None:
    loaded = modules_after(
        "import qlik_catalog\n"
        f"qlik = qlik_catalog.QlikCatalog({TENANT!r}, api_key='k')\n"
        "print(qlik.catalog)"
    )
    assert "qlik_catalog.sync.resource" in loaded


def test_the_schema_validator_loads_on_first_validation() -> None:
    loaded = modules_after(
        "import qlik_catalog\n"
        f"qlik = qlik_catalog.QlikCatalog({TENANT!r}, api_key='k', validate_responses=True)"
    )
    assert "openapi_schema_validator" not in loaded
    loaded = modules_after(
        "from qlik_catalog.spec import schema_errors\nschema_errors({'type': 'object'}, {})"
    )
    assert "openapi_schema_validator" in loaded


def test_the_cli_help_loads_neither_rich_nor_the_emulator() -> None:
    loaded = modules_after(
        "import contextlib, io\n"
        "from qlik_catalog.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])"
    )
    extra = loaded - modules_after("import httpx")
    assert not {m for m in extra if m.startswith(("qlik_catalog.emulator", "qlik_catalog.sync"))}
    assert heavy(extra) == set()


def run_without(missing: list[str], code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter where the ``missing`` modules cannot be imported (as
    if their extra were not installed: ``sys.modules[name] = None`` makes ``import name``
    raise ModuleNotFoundError)."""
    block = "".join(f"sys.modules[{name!r}] = None\n" for name in missing)
    return subprocess.run(
        [sys.executable, "-c", f"import sys\n{block}{code}"], capture_output=True, text=True
    )


def test_qlik_catalog_without_the_cli_extra_says_which_extra() -> None:
    done = run_without(
        ["yaml"],
        "from qlik_catalog import MissingExtraError, QlikCatalog, QlikError\n"
        f"qlik = QlikCatalog({TENANT!r}, api_key='k')\n"
        "try:\n"
        "    qlik.catalog\n"
        "except MissingExtraError as exc:\n"
        "    assert isinstance(exc, QlikError) and isinstance(exc, ImportError)\n"
        "    print(exc.extra, exc)\n",
    )
    assert done.stdout.strip() == (
        "cli qlik.catalog (the catalog sync tool) needs the 'cli' extra (yaml is not "
        'installed): pip install "qlik-catalog[cli]"'
    ), done.stderr


def test_the_command_without_its_extra_exits_with_a_clear_error() -> None:
    done = run_without(
        ["rich", "rich.console"],
        "from qlik_catalog.cli import main\nsys.exit(main(['plan', 'catalog.yaml']))",
    )
    assert done.returncode == 2
    assert done.stderr == (
        "error: qlik-catalog plan needs the 'cli' extra (rich is not installed): "
        'pip install "qlik-catalog[cli]"\n'
    )


def test_the_emulator_command_without_its_extra_names_it() -> None:
    done = run_without(
        ["starlette", "uvicorn"],
        "from qlik_catalog.cli import main\nsys.exit(main(['emulator', '--port', '0']))",
    )
    assert done.returncode == 2
    assert 'pip install "qlik-catalog[emulator]"' in done.stderr


def test_importing_the_emulator_without_its_extra_names_it() -> None:
    done = run_without(
        ["starlette"],
        "from qlik_catalog import MissingExtraError\n"
        "try:\n"
        "    from qlik_catalog.emulator import Emulator\n"
        "except MissingExtraError as exc:\n"
        "    print(exc)\n",
    )
    assert done.stdout.strip() == (
        "qlik_catalog.emulator needs the 'emulator' extra (starlette is not installed): "
        'pip install "qlik-catalog[emulator]"'
    ), done.stderr


def test_the_pytest_fixture_without_the_emulator_extra_names_it() -> None:
    done = run_without(
        ["starlette"],
        "from qlik_catalog import MissingExtraError, testing\n"
        "try:\n"
        "    testing.emulated_tenant.__wrapped__()\n"
        "except MissingExtraError as exc:\n"
        "    print(exc)\n",
    )
    assert "the emulated_tenant fixture needs the 'emulator' extra" in done.stdout, done.stderr


def test_response_validation_without_the_validator_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from qlik_catalog import spec

    monkeypatch.setitem(sys.modules, "openapi_schema_validator", None)
    spec._validator.cache_clear()
    try:
        with pytest.raises(MissingExtraError, match=r"qlik-catalog\[emulator\]"):
            spec.schema_errors({"type": "object", "title": "probe-without-validator"}, {})
    finally:
        spec._validator.cache_clear()


def test_other_import_errors_are_not_taken_for_a_missing_extra() -> None:
    with pytest.raises(ModuleNotFoundError), needs_extra("cli", "something"):
        import qlik_catalog_no_such_module  # type: ignore[import-not-found]  # noqa: F401


def test_the_pytest_plugin_imports_without_the_emulator() -> None:
    loaded = modules_after("import qlik_catalog.testing")
    assert not {m for m in loaded if m.startswith("qlik_catalog.emulator")}
