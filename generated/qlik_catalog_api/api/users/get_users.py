from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_users_sort import GetUsersSort
from ...models.users import Users
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    sort: GetUsersSort | Unset = UNSET,
    total_results: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["filter"] = filter_

    params["limit"] = limit

    params["next"] = next_

    params["prev"] = prev

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["totalResults"] = total_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Users | None:
    if response.status_code == 200:
        response_200 = Users.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Users]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    sort: GetUsersSort | Unset = UNSET,
    total_results: bool | Unset = UNSET,
) -> Response[ErrorResponse | Users]:
    """Returns a list of users.

    Args:
        fields (str | Unset): A comma-delimited string of the requested fields per entity.
        filter_ (str | Unset): A SCIM-style filter, e.g. `status eq "active"`.
        limit (int | Unset): The number of user entries to retrieve.
        next_ (str | Unset): Get users that come after this cursor value when sorted.
        prev (str | Unset): Get users that come before this cursor value when sorted.
        sort (GetUsersSort | Unset): The field to sort by, with +/- prefix indicating sort order.
        total_results (bool | Unset): Whether to return a total match count in the result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Users]
    """

    kwargs = _get_kwargs(
        fields=fields,
        filter_=filter_,
        limit=limit,
        next_=next_,
        prev=prev,
        sort=sort,
        total_results=total_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    sort: GetUsersSort | Unset = UNSET,
    total_results: bool | Unset = UNSET,
) -> ErrorResponse | Users | None:
    """Returns a list of users.

    Args:
        fields (str | Unset): A comma-delimited string of the requested fields per entity.
        filter_ (str | Unset): A SCIM-style filter, e.g. `status eq "active"`.
        limit (int | Unset): The number of user entries to retrieve.
        next_ (str | Unset): Get users that come after this cursor value when sorted.
        prev (str | Unset): Get users that come before this cursor value when sorted.
        sort (GetUsersSort | Unset): The field to sort by, with +/- prefix indicating sort order.
        total_results (bool | Unset): Whether to return a total match count in the result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Users
    """

    return sync_detailed(
        client=client,
        fields=fields,
        filter_=filter_,
        limit=limit,
        next_=next_,
        prev=prev,
        sort=sort,
        total_results=total_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    sort: GetUsersSort | Unset = UNSET,
    total_results: bool | Unset = UNSET,
) -> Response[ErrorResponse | Users]:
    """Returns a list of users.

    Args:
        fields (str | Unset): A comma-delimited string of the requested fields per entity.
        filter_ (str | Unset): A SCIM-style filter, e.g. `status eq "active"`.
        limit (int | Unset): The number of user entries to retrieve.
        next_ (str | Unset): Get users that come after this cursor value when sorted.
        prev (str | Unset): Get users that come before this cursor value when sorted.
        sort (GetUsersSort | Unset): The field to sort by, with +/- prefix indicating sort order.
        total_results (bool | Unset): Whether to return a total match count in the result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Users]
    """

    kwargs = _get_kwargs(
        fields=fields,
        filter_=filter_,
        limit=limit,
        next_=next_,
        prev=prev,
        sort=sort,
        total_results=total_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    sort: GetUsersSort | Unset = UNSET,
    total_results: bool | Unset = UNSET,
) -> ErrorResponse | Users | None:
    """Returns a list of users.

    Args:
        fields (str | Unset): A comma-delimited string of the requested fields per entity.
        filter_ (str | Unset): A SCIM-style filter, e.g. `status eq "active"`.
        limit (int | Unset): The number of user entries to retrieve.
        next_ (str | Unset): Get users that come after this cursor value when sorted.
        prev (str | Unset): Get users that come before this cursor value when sorted.
        sort (GetUsersSort | Unset): The field to sort by, with +/- prefix indicating sort order.
        total_results (bool | Unset): Whether to return a total match count in the result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Users
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            filter_=filter_,
            limit=limit,
            next_=next_,
            prev=prev,
            sort=sort,
            total_results=total_results,
        )
    ).parsed
