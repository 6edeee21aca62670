from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.trust_score_filter_request import TrustScoreFilterRequest
from ...models.trust_score_result_list import TrustScoreResultList
from ...types import Response


def _get_kwargs(
    *,
    body: TrustScoreFilterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/trust-scores/results/data-sets/actions/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TrustScoreResultList | None:
    if response.status_code == 200:
        response_200 = TrustScoreResultList.from_dict(response.json())

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
) -> Response[ErrorResponse | TrustScoreResultList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrustScoreFilterRequest,
) -> Response[ErrorResponse | TrustScoreResultList]:
    """Returns the current Trust Score for up to 100 datasets in a single request.

     Each result includes the overall score, per-axis breakdown and per-metric details. Datasets with no
    computed Trust Score are omitted from the response. Requires `dataset:read` and `dataquality:read`
    permissions.

    Args:
        body (TrustScoreFilterRequest): The data sets to retrieve trust scores for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TrustScoreResultList]
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
    body: TrustScoreFilterRequest,
) -> ErrorResponse | TrustScoreResultList | None:
    """Returns the current Trust Score for up to 100 datasets in a single request.

     Each result includes the overall score, per-axis breakdown and per-metric details. Datasets with no
    computed Trust Score are omitted from the response. Requires `dataset:read` and `dataquality:read`
    permissions.

    Args:
        body (TrustScoreFilterRequest): The data sets to retrieve trust scores for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TrustScoreResultList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrustScoreFilterRequest,
) -> Response[ErrorResponse | TrustScoreResultList]:
    """Returns the current Trust Score for up to 100 datasets in a single request.

     Each result includes the overall score, per-axis breakdown and per-metric details. Datasets with no
    computed Trust Score are omitted from the response. Requires `dataset:read` and `dataquality:read`
    permissions.

    Args:
        body (TrustScoreFilterRequest): The data sets to retrieve trust scores for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TrustScoreResultList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrustScoreFilterRequest,
) -> ErrorResponse | TrustScoreResultList | None:
    """Returns the current Trust Score for up to 100 datasets in a single request.

     Each result includes the overall score, per-axis breakdown and per-metric details. Datasets with no
    computed Trust Score are omitted from the response. Requires `dataset:read` and `dataquality:read`
    permissions.

    Args:
        body (TrustScoreFilterRequest): The data sets to retrieve trust scores for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TrustScoreResultList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
