"""``qlik.spaces``: the Spaces API (create, get, list, update, replace, delete)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from qlik_catalog_api.models import Space, SpaceCreate, SpaceUpdate
from qlik_catalog_api.models.space_create_type import SPACE_CREATE_TYPE_VALUES, SpaceCreateType
from qlik_catalog_api.models.space_patch_operation import SpacePatchOperation
from qlik_catalog_api.models.space_patch_operation_path import SpacePatchOperationPath

from qlik_catalog import _endpoints as ep
from qlik_catalog.errors import QlikValueError
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import CallOptions, Resource, as_body, check_choice, check_id
from qlik_catalog.spec import check_limit

DEFAULT_PAGE_SIZE = 100


class Spaces(Resource):
    """Spaces: the containers of apps, data sets and data products.

    Example::

        space = await qlik.spaces.create("Finance", type="managed")
        async for space in qlik.spaces.list(type="shared", sort="-createdAt"):
            print(space.name)
    """

    async def create(
        self,
        name: str,
        *,
        type: str = "shared",
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Space:
        """Create a space; ``type`` is ``shared`` (default), ``managed`` or ``data``."""
        if not isinstance(name, str) or not name.strip():
            raise QlikValueError("create space: the name is empty")
        space_type: SpaceCreateType = check_choice(
            type, SPACE_CREATE_TYPE_VALUES, what="space type"
        )
        body = SpaceCreate(name=name, type_=space_type, description=value_or_unset(description))
        return await self._qlik.call(ep.create_space(body=body), **options)

    async def get(self, id: str, **options: Unpack[CallOptions]) -> Space:
        """One space by id."""
        return await self._qlik.call(ep.get_space(check_id(id, what="get space")), **options)

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | None = None,
        name: str | None = None,
        type: str | None = None,
        owner_id: str | None = None,
        action: str | None = None,
        roles: str | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[Space]:
        """Spaces the user can see, following Qlik's ``next`` cursors.

        Filters: ``name`` (matches part of the name), ``type`` (``shared``, ``managed``,
        ``personal``, ``data``; comma-separate several), ``owner_id``, ``action`` (spaces
        where the user may do it, e.g. ``create``), ``roles``. ``sort``: a field with ``+``
        or ``-`` (``-createdAt``). ``extra_params``: any other query parameter.
        """
        endpoint = ep.get_spaces(
            limit=check_limit(limit, "getSpaces"),
            sort=value_or_unset(sort),
            name=value_or_unset(name),
            type_=value_or_unset(type),
            owner_id=value_or_unset(owner_id),
            action=value_or_unset(action),
            roles=value_or_unset(roles),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)

    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        owner_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Space:
        """Change the given attributes (a JSON Patch of ``replace`` operations); the others
        keep their values. ``owner_id`` hands the space to another user."""
        changes: list[tuple[SpacePatchOperationPath, str | None]] = [
            ("/name", name),
            ("/description", description),
            ("/ownerId", owner_id),
        ]
        body = [
            SpacePatchOperation(op="replace", path=path, value=value)
            for path, value in changes
            if value is not None
        ]
        if not body:
            raise QlikValueError("update space: give at least one of name, description, owner_id")
        return await self._qlik.call(
            ep.patch_space(check_id(id, what="update space"), body=body), **options
        )

    async def replace(
        self, id: str, body: SpaceUpdate | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> Space:
        """Replace a space's name, description and owner (PUT)."""
        model = as_body(body, SpaceUpdate, what="replace space")
        return await self._qlik.call(
            ep.update_space(check_id(id, what="replace space"), body=model), **options
        )

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a space. Qlik refuses (412) while the space still holds content."""
        await self._qlik.send(ep.delete_space(check_id(id, what="delete space")), **options)
