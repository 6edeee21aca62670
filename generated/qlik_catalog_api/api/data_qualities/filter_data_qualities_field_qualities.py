from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field_qualities_filter_request import FieldQualitiesFilterRequest
from ...models.field_qualities_filter_response import FieldQualitiesFilterResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FieldQualitiesFilterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/data-qualities/field-qualities/actions/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FieldQualitiesFilterResponse | None:
    if response.status_code == 200:
        response_200 = FieldQualitiesFilterResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | FieldQualitiesFilterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldQualitiesFilterRequest,
) -> Response[ErrorResponse | FieldQualitiesFilterResponse]:
    """Retrieves the latest computed field quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (FieldQualitiesFilterRequest): The data sets to retrieve field qualities for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldQualitiesFilterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FieldQualitiesFilterRequest,
) -> ErrorResponse | FieldQualitiesFilterResponse | None:
    """Retrieves the latest computed field quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (FieldQualitiesFilterRequest): The data sets to retrieve field qualities for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldQualitiesFilterResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldQualitiesFilterRequest,
) -> Response[ErrorResponse | FieldQualitiesFilterResponse]:
    """Retrieves the latest computed field quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (FieldQualitiesFilterRequest): The data sets to retrieve field qualities for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldQualitiesFilterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FieldQualitiesFilterRequest,
) -> ErrorResponse | FieldQualitiesFilterResponse | None:
    """Retrieves the latest computed field quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (FieldQualitiesFilterRequest): The data sets to retrieve field qualities for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldQualitiesFilterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
