"""qlik-catalog: an async Python SDK for the Qlik Cloud catalog.

Example::

    from qlik_catalog import QlikCatalog

    async with QlikCatalog.from_env() as qlik:
        async for store in qlik.data_stores.list():
            print(store.name)
"""

__version__ = "0.1.0"

from qlik_catalog.auth import OAuthClientCredentials
from qlik_catalog.batch import BatchError, BatchResult
from qlik_catalog.client import QlikCatalog
from qlik_catalog.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DataFilesConnectionNotFoundError,
    ErrorEntry,
    NotFoundError,
    PermissionDeniedError,
    QlikConnectionError,
    QlikError,
    QlikResponseError,
    QlikStatusError,
    QlikTimeoutError,
    QlikValueError,
    RateLimitError,
    ServerError,
    UnsafeLinkError,
)
from qlik_catalog.pagination import Page, Pager
from qlik_catalog.patch import replace
from qlik_catalog.ratelimit import RateLimits
from qlik_catalog.resources.reports import ReportFailedError
from qlik_catalog.responses import ResponseInfo
from qlik_catalog.retry import RetryPolicy

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchResult",
    "ConflictError",
    "DataFilesConnectionNotFoundError",
    "ErrorEntry",
    "NotFoundError",
    "OAuthClientCredentials",
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
    "UnsafeLinkError",
    "replace",
]
