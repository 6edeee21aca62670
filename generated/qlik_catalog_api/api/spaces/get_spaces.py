from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.spaces import Spaces
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    roles: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["environment.name"] = environment_name

    params["environmentId"] = environment_id

    params["limit"] = limit

    params["name"] = name

    params["next"] = next_

    params["ownerId"] = owner_id

    params["prev"] = prev

    params["roles"] = roles

    params["sort"] = sort

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/spaces",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Spaces | None:
    if response.status_code == 200:
        response_200 = Spaces.from_dict(response.json())

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
) -> Response[ErrorResponse | Spaces]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    roles: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[ErrorResponse | Spaces]:
    """Retrieves spaces that the current user has access to.

    Args:
        action (str | Unset): Action on space, e.g. `create`, `read`, `update`.
        environment_name (str | Unset): Only spaces of this environment.
        environment_id (str | Unset): Only spaces of this environment id.
        limit (int | Unset): Maximum number of spaces to return.
        name (str | Unset): Space name to search and filter for. Case-insensitive open search with
            wildcards both as prefix and suffix.
        next_ (str | Unset): The next page cursor.
        owner_id (str | Unset): Space owner ID to filter by.
        prev (str | Unset): The previous page cursor.
        roles (str | Unset): Comma-separated role types to filter by (spaces where the user has
            one of them).
        sort (str | Unset): Field to sort by, prefixed with + or -, e.g. `-createdAt` or `+name`.
        type_ (str | Unset): Comma-separated space types: shared, managed, personal, data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Spaces]
    """

    kwargs = _get_kwargs(
        action=action,
        environment_name=environment_name,
        environment_id=environment_id,
        limit=limit,
        name=name,
        next_=next_,
        owner_id=owner_id,
        prev=prev,
        roles=roles,
        sort=sort,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    roles: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> ErrorResponse | Spaces | None:
    """Retrieves spaces that the current user has access to.

    Args:
        action (str | Unset): Action on space, e.g. `create`, `read`, `update`.
        environment_name (str | Unset): Only spaces of this environment.
        environment_id (str | Unset): Only spaces of this environment id.
        limit (int | Unset): Maximum number of spaces to return.
        name (str | Unset): Space name to search and filter for. Case-insensitive open search with
            wildcards both as prefix and suffix.
        next_ (str | Unset): The next page cursor.
        owner_id (str | Unset): Space owner ID to filter by.
        prev (str | Unset): The previous page cursor.
        roles (str | Unset): Comma-separated role types to filter by (spaces where the user has
            one of them).
        sort (str | Unset): Field to sort by, prefixed with + or -, e.g. `-createdAt` or `+name`.
        type_ (str | Unset): Comma-separated space types: shared, managed, personal, data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Spaces
    """

    return sync_detailed(
        client=client,
        action=action,
        environment_name=environment_name,
        environment_id=environment_id,
        limit=limit,
        name=name,
        next_=next_,
        owner_id=owner_id,
        prev=prev,
        roles=roles,
        sort=sort,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    roles: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[ErrorResponse | Spaces]:
    """Retrieves spaces that the current user has access to.

    Args:
        action (str | Unset): Action on space, e.g. `create`, `read`, `update`.
        environment_name (str | Unset): Only spaces of this environment.
        environment_id (str | Unset): Only spaces of this environment id.
        limit (int | Unset): Maximum number of spaces to return.
        name (str | Unset): Space name to search and filter for. Case-insensitive open search with
            wildcards both as prefix and suffix.
        next_ (str | Unset): The next page cursor.
        owner_id (str | Unset): Space owner ID to filter by.
        prev (str | Unset): The previous page cursor.
        roles (str | Unset): Comma-separated role types to filter by (spaces where the user has
            one of them).
        sort (str | Unset): Field to sort by, prefixed with + or -, e.g. `-createdAt` or `+name`.
        type_ (str | Unset): Comma-separated space types: shared, managed, personal, data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Spaces]
    """

    kwargs = _get_kwargs(
        action=action,
        environment_name=environment_name,
        environment_id=environment_id,
        limit=limit,
        name=name,
        next_=next_,
        owner_id=owner_id,
        prev=prev,
        roles=roles,
        sort=sort,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    roles: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> ErrorResponse | Spaces | None:
    """Retrieves spaces that the current user has access to.

    Args:
        action (str | Unset): Action on space, e.g. `create`, `read`, `update`.
        environment_name (str | Unset): Only spaces of this environment.
        environment_id (str | Unset): Only spaces of this environment id.
        limit (int | Unset): Maximum number of spaces to return.
        name (str | Unset): Space name to search and filter for. Case-insensitive open search with
            wildcards both as prefix and suffix.
        next_ (str | Unset): The next page cursor.
        owner_id (str | Unset): Space owner ID to filter by.
        prev (str | Unset): The previous page cursor.
        roles (str | Unset): Comma-separated role types to filter by (spaces where the user has
            one of them).
        sort (str | Unset): Field to sort by, prefixed with + or -, e.g. `-createdAt` or `+name`.
        type_ (str | Unset): Comma-separated space types: shared, managed, personal, data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Spaces
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            environment_name=environment_name,
            environment_id=environment_id,
            limit=limit,
            name=name,
            next_=next_,
            owner_id=owner_id,
            prev=prev,
            roles=roles,
            sort=sort,
            type_=type_,
        )
    ).parsed
