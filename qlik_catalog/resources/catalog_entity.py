"""The operations data stores, data assets and data sets have in common.

Each of the three APIs has create (POST), get, patch (JSON Patch), replace (PUT) and a batch
delete with an ``{"ids": [...]}`` body; one generic resource implements them once, configured
by an :class:`EntityOps` table of the adapter's endpoint builders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, Unpack

from qlik_catalog._endpoints import Endpoint
from qlik_catalog.batch import BatchResult, delete_in_chunks, unique_ids
from qlik_catalog.patch import PatchOps, validate_patch, value_or_unset
from qlik_catalog.resources.base import (
    DELETE_CHUNK,
    CallOptions,
    Resource,
    as_body,
    check_id,
    check_options,
)
from qlik_catalog.spec import join_fields

M = TypeVar("M")
Req = TypeVar("Req")


@dataclass(frozen=True)
class EntityOps:
    """The models and endpoint builders of one catalog entity."""

    name: str  # "data store", for messages
    schema: str  # the response schema, e.g. "DataStore"
    model: type[Any]
    request_model: type[Any]
    ids_model: type[Any]  # the {"ids": [...]} body of the batch delete
    create: Callable[..., Endpoint[Any]]
    get: Callable[..., Endpoint[Any]]
    patch: Callable[..., Endpoint[Any]]
    update: Callable[..., Endpoint[Any]]
    delete: Callable[..., Endpoint[Any]]


class CatalogEntityResource(Resource, Generic[M, Req]):
    """create / get / patch / replace / delete / delete_many / get_many / patch_many."""

    ops: EntityOps

    async def create(self, body: Req | Mapping[str, Any], **options: Unpack[CallOptions]) -> M:
        """Create one; ``body`` is the request model or a dict of the API's JSON."""
        ops = self.ops
        model = as_body(body, ops.request_model, what=f"create {ops.name}")
        result: M = await self._qlik.call(ops.create(body=model), **options)
        return result

    async def get(
        self,
        id: str,
        *,
        projections: Iterable[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> M:
        """Get one by id; ``projections`` limits the fields returned."""
        ops = self.ops
        endpoint = ops.get(
            check_id(id, what=f"get {ops.name}"),
            projections=value_or_unset(join_fields(projections, ops.schema, what="projections")),
        )
        result: M = await self._qlik.call(endpoint, **options)
        return result

    async def patch(
        self, id: str, operations: PatchOps, **options: Unpack[CallOptions]
    ) -> M | None:
        """Apply a JSON Patch (RFC 6902). Returns the updated resource, or None when Qlik
        answers 204 without one.

        Example: ``await qlik.data_sets.patch(id, [replace("/name", "Orders")])``
        """
        ops = self.ops
        endpoint = ops.patch(
            check_id(id, what=f"patch {ops.name}"), body=validate_patch(operations)
        )
        response = await self._qlik.send(endpoint, **options)
        if response.status_code == 204:
            return None
        result: M = self._qlik.parse(endpoint, response)
        return result

    async def replace(
        self, id: str, body: Req | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> M:
        """Replace one entirely (PUT)."""
        ops = self.ops
        model = as_body(body, ops.request_model, what=f"replace {ops.name}")
        endpoint = ops.update(check_id(id, what=f"replace {ops.name}"), body=model)
        result: M = await self._qlik.call(endpoint, **options)
        return result

    async def delete_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int = DELETE_CHUNK,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, None]:
        """Delete by id through the batch endpoint, ``chunk_size`` ids per request, chunks in
        parallel. Every id gets its own outcome: Qlik refuses a whole request with 404 when one
        of its ids does not exist, so a refused chunk is split to find the missing ids (each
        fails with its own :class:`NotFoundError`) and the rest are deleted. Any other error
        (403, 409, 5xx) fails every id of the request it answered."""
        ops = self.ops
        id_list = unique_ids(ids, what=f"delete {ops.name}s")
        check_options(options)

        async def delete_chunk(chunk: list[str]) -> None:
            await self._qlik.send(ops.delete(body=ops.ids_model(ids=chunk)), **options)

        return await delete_in_chunks(
            id_list,
            delete_chunk,
            chunk_size=chunk_size,
            concurrency=concurrency or self._qlik.concurrency,
        )

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete one (through the batch endpoint). A missing id raises the answer's own typed
        error (:class:`NotFoundError`), as every other ``delete`` does."""
        ops = self.ops
        item = check_id(id, what=f"delete {ops.name}")
        await self._qlik.send(ops.delete(body=ops.ids_model(ids=[item])), **options)

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        projections: Iterable[str] | None = None,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, M]:
        """Get several by id, concurrently; each id ends in ``succeeded`` or ``failed``."""
        id_list = unique_ids(ids, what=f"get {self.ops.name}s")
        join_fields(projections, self.ops.schema, what="projections")  # fail before any call
        check_options(options)

        async def one(item: str) -> M:
            return await self.get(item, projections=projections, **options)

        return await self._many(id_list, one, concurrency)

    async def patch_many(
        self,
        patches: Mapping[str, PatchOps],
        *,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, M | None]:
        """Apply a JSON Patch to each id (``{id: operations}``), concurrently."""
        id_list = unique_ids(list(patches), what=f"patch {self.ops.name}s")
        for operations in patches.values():
            validate_patch(operations)  # every patch is checked before the first is sent
        check_options(options)

        async def one(item: str) -> M | None:
            return await self.patch(item, patches[item], **options)

        return await self._many(id_list, one, concurrency)
