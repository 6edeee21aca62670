from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_file_batch_delete_request import DataFileBatchDeleteRequest
from ...models.data_files_error import DataFilesError
from ...models.error_response import ErrorResponse
from ...models.multi_status_response import MultiStatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DataFileBatchDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data-files/actions/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataFilesError | ErrorResponse | MultiStatusResponse | None:
    if response.status_code == 207:
        response_207 = MultiStatusResponse.from_dict(response.json())

        return response_207

    if response.status_code == 400:
        response_400 = DataFilesError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataFilesError | ErrorResponse | MultiStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataFileBatchDeleteRequest,
) -> Response[DataFilesError | ErrorResponse | MultiStatusResponse]:
    """Delete the specified set of data files as a single batch.

     Answers 207 with one outcome per item.

    Args:
        body (DataFileBatchDeleteRequest): The data files to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFilesError | ErrorResponse | MultiStatusResponse]
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
    body: DataFileBatchDeleteRequest,
) -> DataFilesError | ErrorResponse | MultiStatusResponse | None:
    """Delete the specified set of data files as a single batch.

     Answers 207 with one outcome per item.

    Args:
        body (DataFileBatchDeleteRequest): The data files to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFilesError | ErrorResponse | MultiStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataFileBatchDeleteRequest,
) -> Response[DataFilesError | ErrorResponse | MultiStatusResponse]:
    """Delete the specified set of data files as a single batch.

     Answers 207 with one outcome per item.

    Args:
        body (DataFileBatchDeleteRequest): The data files to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFilesError | ErrorResponse | MultiStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataFileBatchDeleteRequest,
) -> DataFilesError | ErrorResponse | MultiStatusResponse | None:
    """Delete the specified set of data files as a single batch.

     Answers 207 with one outcome per item.

    Args:
        body (DataFileBatchDeleteRequest): The data files to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFilesError | ErrorResponse | MultiStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
