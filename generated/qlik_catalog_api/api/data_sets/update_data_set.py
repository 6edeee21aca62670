from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_set import DataSet
from ...models.data_set_request import DataSetRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    data_set_id: str,
    *,
    body: DataSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/data-sets/{data_set_id}".format(
            data_set_id=quote(str(data_set_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSet | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataSet.from_dict(response.json())

        return response_200

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
) -> Response[DataSet | ErrorResponse]:
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
    body: DataSetRequest,
) -> Response[DataSet | ErrorResponse]:
    """Fully replaces an existing DataSet by ID, including ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (DataSetRequest): A data set as sent to create (POST) or fully replace (PUT) one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSet | ErrorResponse]
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
    body: DataSetRequest,
) -> DataSet | ErrorResponse | None:
    """Fully replaces an existing DataSet by ID, including ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (DataSetRequest): A data set as sent to create (POST) or fully replace (PUT) one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSet | ErrorResponse
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
    body: DataSetRequest,
) -> Response[DataSet | ErrorResponse]:
    """Fully replaces an existing DataSet by ID, including ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (DataSetRequest): A data set as sent to create (POST) or fully replace (PUT) one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSet | ErrorResponse]
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
    body: DataSetRequest,
) -> DataSet | ErrorResponse | None:
    """Fully replaces an existing DataSet by ID, including ownership attributes.

     A user can update any DataSet within a space if they fulfill one of the following conditions: has
    Can edit permission in a data space; is a Professional user with the Editor or Operator role in a
    shared space; is a Professional user with the Facilitator or Operator role in a managed space.

    Args:
        data_set_id (str): The data set ID.
        body (DataSetRequest): A data set as sent to create (POST) or fully replace (PUT) one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSet | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_set_id=data_set_id,
            client=client,
            body=body,
        )
    ).parsed
