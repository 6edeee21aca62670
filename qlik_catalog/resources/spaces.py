"""``qlik.spaces``: the Spaces API (create, get, list, update, replace, delete)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qlik_catalog_api.api.spaces import (
    create_space,
    delete_space,
    get_space,
    get_spaces,
    patch_space,
    update_space,
)
from qlik_catalog_api.models import Space, SpaceCreate, SpaceUpdate
from qlik_catalog_api.models import Spaces as SpacePage
from qlik_catalog_api.models.space_create_type import SPACE_CREATE_TYPE_VALUES, SpaceCreateType
from qlik_catalog_api.models.space_patch_operation import SpacePatchOperation
from qlik_catalog_api.models.space_patch_operation_path import SpacePatchOperationPath

from qlik_catalog.errors import QlikValueError
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import Resource, as_body, check_choice, check_id, with_query
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
        self, name: str, *, type: str = "shared", description: str | None = None
    ) -> Space:
        """Create a space; ``type`` is ``shared`` (default), ``managed`` or ``data``."""
        if not isinstance(name, str) or not name.strip():
            raise QlikValueError("create space: the name is empty")
        space_type: SpaceCreateType = check_choice(
            type, SPACE_CREATE_TYPE_VALUES, what="space type"
        )
        body = SpaceCreate(name=name, type_=space_type, description=value_or_unset(description))
        return await self._qlik.call(
            create_space._get_kwargs(body=body), create_space._parse_response, Space
        )

    async def get(self, id: str) -> Space:
        """One space by id."""
        return await self._qlik.call(
            get_space._get_kwargs(check_id(id, what="get space")),
            get_space._parse_response,
            Space,
        )

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
        extra_params: Mapping[str, Any] | None = None,
        max_items: int | None = None,
    ) -> Pager[Space]:
        """Spaces the user can see, following Qlik's ``next`` cursors.

        Filters: ``name`` (matches part of the name), ``type`` (``shared``, ``managed``,
        ``personal``, ``data``; comma-separate several), ``owner_id``, ``action`` (spaces
        where the user may do it, e.g. ``create``), ``roles``. ``sort``: a field with ``+``
        or ``-`` (``-createdAt``). ``extra_params``: any other query parameter.
        """
        kwargs = get_spaces._get_kwargs(
            limit=check_limit(limit, "getSpaces"),
            sort=value_or_unset(sort),
            name=value_or_unset(name),
            type_=value_or_unset(type),
            owner_id=value_or_unset(owner_id),
            action=value_or_unset(action),
            roles=value_or_unset(roles),
        )
        return self._qlik.pager(
            with_query(kwargs, extra_params),
            get_spaces._parse_response,
            SpacePage,
            max_items=max_items,
        )

    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        owner_id: str | None = None,
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
            patch_space._get_kwargs(check_id(id, what="update space"), body=body),
            patch_space._parse_response,
            Space,
        )

    async def replace(self, id: str, body: SpaceUpdate | Mapping[str, Any]) -> Space:
        """Replace a space's name, description and owner (PUT)."""
        model = as_body(body, SpaceUpdate, what="replace space")
        return await self._qlik.call(
            update_space._get_kwargs(check_id(id, what="replace space"), body=model),
            update_space._parse_response,
            Space,
        )

    async def delete(self, id: str) -> None:
        """Delete a space. Qlik refuses (412) while the space still holds content."""
        await self._qlik.send(delete_space._get_kwargs(check_id(id, what="delete space")))
