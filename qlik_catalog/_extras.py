"""The optional parts of qlik-catalog and the extras that install them.

The core install (httpx, attrs, anyio) makes API calls. The ``cli`` extra (rich, pyyaml) adds
the ``qlik-catalog`` command and the catalog sync tool (``qlik.catalog``); the ``emulator``
extra (starlette, uvicorn, jsonpatch, openapi-schema-validator) the local emulator, its pytest
fixtures and response validation; ``all`` both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from qlik_catalog.errors import MissingExtraError

# The top-level modules each extra provides (what an ImportError names when it is missing).
EXTRA_MODULES: dict[str, frozenset[str]] = {
    "cli": frozenset({"rich", "yaml"}),
    "emulator": frozenset(
        {
            "starlette",
            "uvicorn",
            "jsonpatch",
            "jsonpointer",
            "openapi_schema_validator",
            "jsonschema",
        }
    ),
}


def extra_of(module: str | None) -> str | None:
    """The extra that provides ``module`` (a dotted name), if any."""
    top = (module or "").split(".", 1)[0]
    for extra, modules in EXTRA_MODULES.items():
        if top in modules:
            return extra
    return None


@contextmanager
def needs_extra(extra: str, what: str) -> Iterator[None]:
    """Turn a missing optional dependency, imported inside the block, into a
    :class:`MissingExtraError` saying which extra to install. ``what`` names the feature. An
    import error of anything else propagates unchanged."""
    try:
        yield
    except MissingExtraError as exc:
        # A module of the block said so itself (qlik_catalog.emulator does): name this feature.
        raise MissingExtraError(what, exc.extra, missing=exc.name) from exc
    except ModuleNotFoundError as exc:
        provided_by = extra_of(exc.name)
        if provided_by is None:
            raise
        if provided_by != extra and extra != "all":
            # e.g. the CLI's emulator command missing starlette: name the extra that has it.
            extra = provided_by
        missing = (exc.name or "").split(".", 1)[0]
        raise MissingExtraError(what, extra, missing=missing) from exc
