from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_items_sort import GetItemsSort
from ...models.items import Items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    collection_id: str | Unset = UNSET,
    created_by_user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    no_actions: bool | Unset = UNSET,
    not_created_by_user_id: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
    resource_link: str | Unset = UNSET,
    resource_sub_type: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    shared: bool | Unset = UNSET,
    sort: GetItemsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collectionId"] = collection_id

    params["createdByUserId"] = created_by_user_id

    params["id"] = id

    params["limit"] = limit

    params["name"] = name

    params["next"] = next_

    params["noActions"] = no_actions

    params["notCreatedByUserId"] = not_created_by_user_id

    params["notOwnerId"] = not_owner_id

    params["ownerId"] = owner_id

    params["prev"] = prev

    params["query"] = query

    params["resourceId"] = resource_id

    params["resourceIds"] = resource_ids

    params["resourceLink"] = resource_link

    params["resourceSubType"] = resource_sub_type

    params["resourceType"] = resource_type

    params["shared"] = shared

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["spaceId"] = space_id

    params["spaceType"] = space_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/items",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Items | None:
    if response.status_code == 200:
        response_200 = Items.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | Items]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    created_by_user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    no_actions: bool | Unset = UNSET,
    not_created_by_user_id: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
    resource_link: str | Unset = UNSET,
    resource_sub_type: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    shared: bool | Unset = UNSET,
    sort: GetItemsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_type: str | Unset = UNSET,
) -> Response[ErrorResponse | Items]:
    """Lists items that the user has access to.

    Args:
        collection_id (str | Unset): Only items of this collection.
        created_by_user_id (str | Unset): Only items created by this user.
        id (str | Unset): The item's unique identifier.
        limit (int | Unset): The maximum number of resources to return for a request.
        name (str | Unset): The case-insensitive string used to search for a resource by name.
        next_ (str | Unset): The cursor to the next page of resources.
        no_actions (bool | Unset): If true, the `actions` of each item are not computed.
        not_created_by_user_id (str | Unset): Exclude items created by this user.
        not_owner_id (str | Unset): Exclude items owned by this user.
        owner_id (str | Unset): Only items owned by this user.
        prev (str | Unset): The cursor to the previous page of resources.
        query (str | Unset): A free-text search over name and description.
        resource_id (str | Unset): Only the item of this resource (needs resourceType).
        resource_ids (str | Unset): Comma-separated resource ids (needs resourceType).
        resource_link (str | Unset): Only the item with this resource link.
        resource_sub_type (str | Unset): Only items of this resource sub type.
        resource_type (str | Unset): Only items of these resource types (comma-separated), e.g.
            `dataset` or `dataproduct`.
        shared (bool | Unset): Whether to return only items shared with the user.
        sort (GetItemsSort | Unset): The property of a resource to sort on.
        space_id (str | Unset): Only items of this space (`personal` for the user's personal
            space).
        space_type (str | Unset): SpaceTypeEnum: shared, managed, personal or data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Items]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        created_by_user_id=created_by_user_id,
        id=id,
        limit=limit,
        name=name,
        next_=next_,
        no_actions=no_actions,
        not_created_by_user_id=not_created_by_user_id,
        not_owner_id=not_owner_id,
        owner_id=owner_id,
        prev=prev,
        query=query,
        resource_id=resource_id,
        resource_ids=resource_ids,
        resource_link=resource_link,
        resource_sub_type=resource_sub_type,
        resource_type=resource_type,
        shared=shared,
        sort=sort,
        space_id=space_id,
        space_type=space_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    created_by_user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    no_actions: bool | Unset = UNSET,
    not_created_by_user_id: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
    resource_link: str | Unset = UNSET,
    resource_sub_type: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    shared: bool | Unset = UNSET,
    sort: GetItemsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_type: str | Unset = UNSET,
) -> ErrorResponse | Items | None:
    """Lists items that the user has access to.

    Args:
        collection_id (str | Unset): Only items of this collection.
        created_by_user_id (str | Unset): Only items created by this user.
        id (str | Unset): The item's unique identifier.
        limit (int | Unset): The maximum number of resources to return for a request.
        name (str | Unset): The case-insensitive string used to search for a resource by name.
        next_ (str | Unset): The cursor to the next page of resources.
        no_actions (bool | Unset): If true, the `actions` of each item are not computed.
        not_created_by_user_id (str | Unset): Exclude items created by this user.
        not_owner_id (str | Unset): Exclude items owned by this user.
        owner_id (str | Unset): Only items owned by this user.
        prev (str | Unset): The cursor to the previous page of resources.
        query (str | Unset): A free-text search over name and description.
        resource_id (str | Unset): Only the item of this resource (needs resourceType).
        resource_ids (str | Unset): Comma-separated resource ids (needs resourceType).
        resource_link (str | Unset): Only the item with this resource link.
        resource_sub_type (str | Unset): Only items of this resource sub type.
        resource_type (str | Unset): Only items of these resource types (comma-separated), e.g.
            `dataset` or `dataproduct`.
        shared (bool | Unset): Whether to return only items shared with the user.
        sort (GetItemsSort | Unset): The property of a resource to sort on.
        space_id (str | Unset): Only items of this space (`personal` for the user's personal
            space).
        space_type (str | Unset): SpaceTypeEnum: shared, managed, personal or data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Items
    """

    return sync_detailed(
        client=client,
        collection_id=collection_id,
        created_by_user_id=created_by_user_id,
        id=id,
        limit=limit,
        name=name,
        next_=next_,
        no_actions=no_actions,
        not_created_by_user_id=not_created_by_user_id,
        not_owner_id=not_owner_id,
        owner_id=owner_id,
        prev=prev,
        query=query,
        resource_id=resource_id,
        resource_ids=resource_ids,
        resource_link=resource_link,
        resource_sub_type=resource_sub_type,
        resource_type=resource_type,
        shared=shared,
        sort=sort,
        space_id=space_id,
        space_type=space_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    created_by_user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    no_actions: bool | Unset = UNSET,
    not_created_by_user_id: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
    resource_link: str | Unset = UNSET,
    resource_sub_type: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    shared: bool | Unset = UNSET,
    sort: GetItemsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_type: str | Unset = UNSET,
) -> Response[ErrorResponse | Items]:
    """Lists items that the user has access to.

    Args:
        collection_id (str | Unset): Only items of this collection.
        created_by_user_id (str | Unset): Only items created by this user.
        id (str | Unset): The item's unique identifier.
        limit (int | Unset): The maximum number of resources to return for a request.
        name (str | Unset): The case-insensitive string used to search for a resource by name.
        next_ (str | Unset): The cursor to the next page of resources.
        no_actions (bool | Unset): If true, the `actions` of each item are not computed.
        not_created_by_user_id (str | Unset): Exclude items created by this user.
        not_owner_id (str | Unset): Exclude items owned by this user.
        owner_id (str | Unset): Only items owned by this user.
        prev (str | Unset): The cursor to the previous page of resources.
        query (str | Unset): A free-text search over name and description.
        resource_id (str | Unset): Only the item of this resource (needs resourceType).
        resource_ids (str | Unset): Comma-separated resource ids (needs resourceType).
        resource_link (str | Unset): Only the item with this resource link.
        resource_sub_type (str | Unset): Only items of this resource sub type.
        resource_type (str | Unset): Only items of these resource types (comma-separated), e.g.
            `dataset` or `dataproduct`.
        shared (bool | Unset): Whether to return only items shared with the user.
        sort (GetItemsSort | Unset): The property of a resource to sort on.
        space_id (str | Unset): Only items of this space (`personal` for the user's personal
            space).
        space_type (str | Unset): SpaceTypeEnum: shared, managed, personal or data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Items]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        created_by_user_id=created_by_user_id,
        id=id,
        limit=limit,
        name=name,
        next_=next_,
        no_actions=no_actions,
        not_created_by_user_id=not_created_by_user_id,
        not_owner_id=not_owner_id,
        owner_id=owner_id,
        prev=prev,
        query=query,
        resource_id=resource_id,
        resource_ids=resource_ids,
        resource_link=resource_link,
        resource_sub_type=resource_sub_type,
        resource_type=resource_type,
        shared=shared,
        sort=sort,
        space_id=space_id,
        space_type=space_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    created_by_user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    next_: str | Unset = UNSET,
    no_actions: bool | Unset = UNSET,
    not_created_by_user_id: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
    resource_link: str | Unset = UNSET,
    resource_sub_type: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    shared: bool | Unset = UNSET,
    sort: GetItemsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
    space_type: str | Unset = UNSET,
) -> ErrorResponse | Items | None:
    """Lists items that the user has access to.

    Args:
        collection_id (str | Unset): Only items of this collection.
        created_by_user_id (str | Unset): Only items created by this user.
        id (str | Unset): The item's unique identifier.
        limit (int | Unset): The maximum number of resources to return for a request.
        name (str | Unset): The case-insensitive string used to search for a resource by name.
        next_ (str | Unset): The cursor to the next page of resources.
        no_actions (bool | Unset): If true, the `actions` of each item are not computed.
        not_created_by_user_id (str | Unset): Exclude items created by this user.
        not_owner_id (str | Unset): Exclude items owned by this user.
        owner_id (str | Unset): Only items owned by this user.
        prev (str | Unset): The cursor to the previous page of resources.
        query (str | Unset): A free-text search over name and description.
        resource_id (str | Unset): Only the item of this resource (needs resourceType).
        resource_ids (str | Unset): Comma-separated resource ids (needs resourceType).
        resource_link (str | Unset): Only the item with this resource link.
        resource_sub_type (str | Unset): Only items of this resource sub type.
        resource_type (str | Unset): Only items of these resource types (comma-separated), e.g.
            `dataset` or `dataproduct`.
        shared (bool | Unset): Whether to return only items shared with the user.
        sort (GetItemsSort | Unset): The property of a resource to sort on.
        space_id (str | Unset): Only items of this space (`personal` for the user's personal
            space).
        space_type (str | Unset): SpaceTypeEnum: shared, managed, personal or data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Items
    """

    return (
        await asyncio_detailed(
            client=client,
            collection_id=collection_id,
            created_by_user_id=created_by_user_id,
            id=id,
            limit=limit,
            name=name,
            next_=next_,
            no_actions=no_actions,
            not_created_by_user_id=not_created_by_user_id,
            not_owner_id=not_owner_id,
            owner_id=owner_id,
            prev=prev,
            query=query,
            resource_id=resource_id,
            resource_ids=resource_ids,
            resource_link=resource_link,
            resource_sub_type=resource_sub_type,
            resource_type=resource_type,
            shared=shared,
            sort=sort,
            space_id=space_id,
            space_type=space_type,
        )
    ).parsed
