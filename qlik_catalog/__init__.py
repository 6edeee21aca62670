"""qlik-catalog: an async Python SDK for the Qlik Cloud catalog.

Example::

    from qlik_catalog import QlikCatalog

    async with QlikCatalog.from_env() as qlik:
        async for store in qlik.data_stores.list():
            print(store.name)

The models the resources take and return, ``UNSET`` (a field an answer left out) and
``to_plain`` (a model as plain JSON data) are in :mod:`qlik_catalog.models`::

    from qlik_catalog.models import UNSET, DataSet, DataStoreRequest, to_plain

``import qlik_catalog`` loads the core only (httpx, attrs, anyio): each resource, the generated
models (``qlik_catalog.models``), the sync tool (``qlik.catalog``, extra ``cli``) and the
emulator (extra ``emulator``) load on first use.
"""

__version__ = "0.1.0"

from qlik_catalog.auth import OAuthClientCredentials, OAuthRefreshToken, UserLookup
from qlik_catalog.batch import BatchResult
from qlik_catalog.client import QlikCatalog
from qlik_catalog.errors import (
    AuthenticationError,
    BadRequestError,
    BatchError,
    CatalogFileError,
    ChangedSincePlanError,
    ConflictError,
    DataFilesConnectionNotFoundError,
    DataQualityFailedError,
    ErrorEntry,
    JobTimeoutError,
    MissingExtraError,
    NotAppliedError,
    NotFoundError,
    PermissionDeniedError,
    QlikConnectionError,
    QlikError,
    QlikResponseError,
    QlikStatusError,
    QlikTimeoutError,
    QlikValueError,
    RateLimitError,
    ReportFailedError,
    ServerError,
    TokenCallbackError,
    UnsafeLinkError,
)
from qlik_catalog.pagination import Page, Pager
from qlik_catalog.patch import replace
from qlik_catalog.ratelimit import RateLimits
from qlik_catalog.responses import ResponseInfo
from qlik_catalog.retry import RetryPolicy
from qlik_catalog.tokens import TokenSet

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchResult",
    "CatalogFileError",
    "ChangedSincePlanError",
    "ConflictError",
    "DataFilesConnectionNotFoundError",
    "DataQualityFailedError",
    "ErrorEntry",
    "JobTimeoutError",
    "MissingExtraError",
    "NotAppliedError",
    "NotFoundError",
    "OAuthClientCredentials",
    "OAuthRefreshToken",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "QlikCatalog",
    "QlikConnectionError",
    "QlikError",
    "QlikResponseError",
    "QlikStatusError",
    "QlikTimeoutError",
    "QlikValueError",
    "RateLimitError",
    "RateLimits",
    "ReportFailedError",
    "ResponseInfo",
    "RetryPolicy",
    "ServerError",
    "TokenCallbackError",
    "TokenSet",
    "UnsafeLinkError",
    "UserLookup",
    "replace",
]
