"""What the catalog resources share: bodies from dicts or models, ids, batches.

Every public method of a resource takes the per-call options of
:class:`~qlik_catalog._base_client.CallOptions` as keyword-only arguments (``timeout``,
``retry``, ``extra_params``, ``extra_headers``) and passes them to the base client.
"""

from __future__ import annotations

from collections.abc import (
    Awaitable,
    Callable,
    Collection,
    Hashable,
    Iterable,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from qlik_catalog._base_client import (
    CallOptions,
    WaitOptions,
    check_options,
    following,
    merge_params,
)
from qlik_catalog.batch import BatchResult, run_batch, unique_ids
from qlik_catalog.errors import QlikValueError
from qlik_catalog.schema_check import component_problems
from qlik_catalog.spec import bundled_spec

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

M = TypeVar("M")
K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound="_FromDict")
C = TypeVar("C", bound=str)

# How many ids one batch DELETE carries. The docs give no limit; 100 keeps a body small and
# matches the largest page. (Assumption.)
DELETE_CHUNK = 100
# How many comma-joined ids one path segment carries: a URL must stay well under the 8 KiB
# that proxies commonly accept (100 ids of 24 characters is 2.5 KB). (Assumption.)
MAX_PATH_IDS = 100


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls: type[R], src_dict: Mapping[str, Any]) -> R: ...


def as_body(body: Any, model: type[R], *, what: str) -> R:
    """``body`` as the generated request model: the model itself, or a dict of the API's JSON.

    A dict is first checked against the request schema the model was generated from, so that a
    misspelt or unknown field (at any depth), a wrong type or a missing required field is
    refused here, naming the field (and the nearest known name), instead of being sent: a
    generated model keeps unknown keys as ``additional_properties`` and would send them.
    Fields the spec marks read-only are accepted (people send back what they read). A model
    instance is not checked again: its constructor took typed fields.
    """
    if isinstance(body, model):
        return body
    if isinstance(body, Mapping):
        check_body(body, model, what=what)
        try:
            return model.from_dict(dict(body))
        except KeyError as exc:
            raise QlikValueError(f"{what}: required field {exc.args[0]!r} is missing") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise QlikValueError(f"{what}: the body does not fit {model.__name__}: {exc}") from exc
    raise QlikValueError(
        f"{what}: expected a {model.__name__} or a dict, got {type(body).__name__}"
    )


def check_body(body: Mapping[str, Any], model: type[Any], *, what: str) -> None:
    """Refuse a dict body that breaks the schema of ``model``, naming every problem."""
    schema = schema_name(model)
    if schema is None:
        return
    problems = component_problems(schema, body)
    if problems:
        raise QlikValueError(f"{what}: the body does not fit {schema}: {'; '.join(problems)}")


def schema_name(model: type[Any]) -> str | None:
    """The component schema (under ``components/schemas`` of the bundled spec) that the
    generated ``model`` was made from, or None for a class that is not a generated model.

    openapi-python-client names each model class after its schema (our schemas have no
    ``title`` and generator-config.yaml no ``class_overrides``), so the class name is the
    schema name; tests/resources/test_base.py holds that true for every schema.
    """
    if not model.__module__.startswith("qlik_catalog_api.models."):
        return None
    name = model.__name__
    return name if name in bundled_spec()["components"]["schemas"] else None


def check_id(value: str, *, what: str) -> str:
    """A single resource id that can be put in a path."""
    if not isinstance(value, str) or not value.strip():
        raise QlikValueError(f"{what}: the id is empty")
    if "/" in value or "," in value or value != value.strip():
        raise QlikValueError(
            f"{what}: id {value!r} contains a slash, comma or surrounding white space"
        )
    return value


def join_ids(ids: str | Iterable[str], *, what: str) -> str:
    """A comma-joined id path segment: ``"*"`` for all, or the given ids."""
    if ids == "*":
        return "*"
    if isinstance(ids, str):
        return check_id(ids, what=what)
    id_list = unique_ids(ids, what=what)
    if len(id_list) > MAX_PATH_IDS:
        raise QlikValueError(
            f"{what}: {len(id_list)} ids in one request, at most {MAX_PATH_IDS}; "
            "use '*' or split the list"
        )
    return ",".join(id_list)


def check_choice(value: str, choices: Collection[C], *, what: str) -> C:
    """``value`` if it is one of ``choices`` (an enum of the spec), else a clear error."""
    for choice in choices:
        if value == choice:
            return choice
    raise QlikValueError(f"{what} {value!r} is not one of: {', '.join(sorted(choices))}")


__all__ = [
    "DELETE_CHUNK",
    "MAX_PATH_IDS",
    "CallOptions",
    "Resource",
    "WaitOptions",
    "as_body",
    "check_body",
    "check_choice",
    "check_id",
    "check_options",
    "following",
    "join_ids",
    "merge_params",
    "schema_name",
]


class Resource:
    """A group of operations on one Qlik API, bound to a client."""

    def __init__(self, qlik: QlikCatalog) -> None:
        self._qlik = qlik

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._qlik.base_url!r})"

    async def _many(
        self,
        keys: Sequence[K],
        call: Callable[[K], Awaitable[M]],
        concurrency: int | None,
    ) -> BatchResult[K, M]:
        return await run_batch(keys, call, concurrency=concurrency or self._qlik.concurrency)
