"""``qlik.users``: the Users API (list, get, me)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from qlik_catalog_api.models import User
from qlik_catalog_api.models.get_users_sort import GET_USERS_SORT_VALUES, GetUsersSort

from qlik_catalog import _endpoints as ep
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import CallOptions, Resource, check_choice, check_id
from qlik_catalog.spec import check_limit, join_fields

DEFAULT_PAGE_SIZE = 100


class Users(Resource):
    """The tenant's users.

    Example::

        me = await qlik.users.me()
        async for user in qlik.users.list(filter='status eq "active"', sort="+name"):
            print(user.email)
    """

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | None = None,
        filter: str | None = None,
        fields: Iterable[str] | None = None,
        total_results: bool | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[User]:
        """Users, following Qlik's ``next`` cursors.

        ``filter``: a SCIM filter (``'email eq "a@b.com"'``). ``sort``: ``name``, ``+name``,
        ``-createdAt``... ``fields``: only these fields per user. ``total_results=True`` asks
        for the count (on ``Page.total``). ``extra_params``: any other query parameter.
        """
        sort_key: GetUsersSort | None = None
        if sort is not None:
            sort_key = check_choice(sort, GET_USERS_SORT_VALUES, what="users sort")
        endpoint = ep.get_users(
            limit=check_limit(limit, "getUsers"),
            sort=value_or_unset(sort_key),
            filter_=value_or_unset(filter),
            fields=value_or_unset(join_fields(fields, "User", what="fields")),
            total_results=value_or_unset(total_results),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)

    async def get(
        self, id: str, *, fields: Iterable[str] | None = None, **options: Unpack[CallOptions]
    ) -> User:
        """One user by id."""
        endpoint = ep.get_user(
            check_id(id, what="get user"),
            fields=value_or_unset(join_fields(fields, "User", what="fields")),
        )
        return await self._qlik.call(endpoint, **options)

    async def me(self, **options: Unpack[CallOptions]) -> User:
        """The user the credentials belong to (``GET /api/v1/users/me``)."""
        return await self._qlik.call(ep.get_my_user(), **options)
