from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_set import DataSet
from ...models.error_response import ErrorResponse
from ...models.json_patch_operation import JsonPatchOperation
from ...types import Response


def _get_kwargs(
    data_set_id: str,
    *,
    body: list[JsonPatchOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/data-sets/{data_set_id}".format(
            data_set_id=quote(str(data_set_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataSet | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataSet.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DataSet | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    data_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[Any | DataSet | ErrorResponse]:
    """Partially updates an existing DataSet by ID using JSON Patch operations (RFC 6902), including
    ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataSet | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_set_id=data_set_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Any | DataSet | ErrorResponse | None:
    """Partially updates an existing DataSet by ID using JSON Patch operations (RFC 6902), including
    ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataSet | ErrorResponse
    """

    return sync_detailed(
        data_set_id=data_set_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    data_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[Any | DataSet | ErrorResponse]:
    """Partially updates an existing DataSet by ID using JSON Patch operations (RFC 6902), including
    ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataSet | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_set_id=data_set_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Any | DataSet | ErrorResponse | None:
    """Partially updates an existing DataSet by ID using JSON Patch operations (RFC 6902), including
    ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataSet | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_set_id=data_set_id,
            client=client,
            body=body,
        )
    ).parsed
