from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_set_profile_list import DataSetProfileList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_set_id: str,
    *,
    data_connection_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataConnectionIds"] = data_connection_ids

    params["limit"] = limit

    params["page"] = page

    params["projections"] = projections

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/data-sets/{data_set_id}/profiles".format(
            data_set_id=quote(str(data_set_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSetProfileList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataSetProfileList.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = DataSetProfileList.from_dict(response.json())

        return response_202

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
) -> Response[DataSetProfileList | ErrorResponse]:
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
    data_connection_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[DataSetProfileList | ErrorResponse]:
    """Get the profiles of a data set.

     Answers 202 with the same body while the profile is still being computed, and 200 once it is ready.

    Args:
        data_set_id (str): The data set ID.
        data_connection_ids (str | Unset): Comma-separated data connection IDs.
        limit (int | Unset): Page size limit.
        page (int | Unset): The page number to return, starting at 1.
        projections (str | Unset): Comma-separated fields to return in the response.
        sort (str | Unset): Comma-separated fields; a field that starts with '-' sorts the result
            set in descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSetProfileList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_set_id=data_set_id,
        data_connection_ids=data_connection_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_connection_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> DataSetProfileList | ErrorResponse | None:
    """Get the profiles of a data set.

     Answers 202 with the same body while the profile is still being computed, and 200 once it is ready.

    Args:
        data_set_id (str): The data set ID.
        data_connection_ids (str | Unset): Comma-separated data connection IDs.
        limit (int | Unset): Page size limit.
        page (int | Unset): The page number to return, starting at 1.
        projections (str | Unset): Comma-separated fields to return in the response.
        sort (str | Unset): Comma-separated fields; a field that starts with '-' sorts the result
            set in descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSetProfileList | ErrorResponse
    """

    return sync_detailed(
        data_set_id=data_set_id,
        client=client,
        data_connection_ids=data_connection_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    data_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_connection_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[DataSetProfileList | ErrorResponse]:
    """Get the profiles of a data set.

     Answers 202 with the same body while the profile is still being computed, and 200 once it is ready.

    Args:
        data_set_id (str): The data set ID.
        data_connection_ids (str | Unset): Comma-separated data connection IDs.
        limit (int | Unset): Page size limit.
        page (int | Unset): The page number to return, starting at 1.
        projections (str | Unset): Comma-separated fields to return in the response.
        sort (str | Unset): Comma-separated fields; a field that starts with '-' sorts the result
            set in descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSetProfileList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_set_id=data_set_id,
        data_connection_ids=data_connection_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_connection_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> DataSetProfileList | ErrorResponse | None:
    """Get the profiles of a data set.

     Answers 202 with the same body while the profile is still being computed, and 200 once it is ready.

    Args:
        data_set_id (str): The data set ID.
        data_connection_ids (str | Unset): Comma-separated data connection IDs.
        limit (int | Unset): Page size limit.
        page (int | Unset): The page number to return, starting at 1.
        projections (str | Unset): Comma-separated fields to return in the response.
        sort (str | Unset): Comma-separated fields; a field that starts with '-' sorts the result
            set in descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSetProfileList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_set_id=data_set_id,
            client=client,
            data_connection_ids=data_connection_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )
    ).parsed
