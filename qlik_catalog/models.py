"""The models the resources take and return, and ``UNSET``, importable from one place.

    from qlik_catalog.models import UNSET, DataSet, DataStoreRequest, to_plain

The classes are the ones openapi-python-client generates into ``qlik_catalog_api.models``
(attrs classes with ``from_dict``/``to_dict``); this module re-exports those a user meets:
each resource's request and answer models and the models nested in the catalog ones. A field
an answer left out (a ``projections=`` listing, or a field Qlik does not send) holds ``UNSET``:
it is falsy and prints as ``UNSET``; test it with ``value is UNSET`` or
``isinstance(value, Unset)``, since ``None`` is a real JSON ``null``.

Importing this module loads every generated model; ``import qlik_catalog`` does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Protocol, TypeGuard

from qlik_catalog_api.models import (
    AggregatedQualityMetrics,
    ChangelogChange,
    ConnectionQualityGlobalResults,
    DataAsset,
    DataAssetInfo,
    DataAssetRequest,
    DataField,
    DataFieldType,
    DataFile,
    DataFileConnection,
    DataProduct,
    DataProductChangelog,
    DataProductCreate,
    DataProductPatchOperation,
    DataProductQuality,
    DataQualityBatchComputation,
    DataQualityBatchDatasetStatus,
    DataQualityByDataset,
    DataQualityComputationStatus,
    DataQualityComputed,
    DataQualityComputedBy,
    DataQualityExecutionError,
    DataSet,
    DatasetFieldQualities,
    DataSetOperational,
    DataSetProfile,
    DataSetProfileList,
    DatasetQualityAndError,
    DatasetQualityGlobalResults,
    DataSetRequest,
    DataSetSchema,
    DatasetTrustScore,
    DataStore,
    DataStoreInfo,
    DataStoreRequest,
    FieldInformation,
    FieldQuality,
    FieldQualityMetrics,
    Item,
    JsonPatchOperation,
    KeyContact,
    NxApp,
    OutputListItem,
    QualityGlobalResults,
    ReportRequest,
    ReportStatus,
    SchemaRuleQuality,
    SchemaRulesQuality,
    SchemaTypeQuality,
    Space,
    SpaceCreate,
    SpaceUpdate,
    TrustScore,
    TrustScoreAxis,
    TrustScoreMetric,
    User,
)
from qlik_catalog_api.types import UNSET, Unset

from qlik_catalog.errors import QlikValueError

__all__ = [
    "UNSET",
    "AggregatedQualityMetrics",
    "ChangelogChange",
    "ConnectionQualityGlobalResults",
    "DataAsset",
    "DataAssetInfo",
    "DataAssetRequest",
    "DataField",
    "DataFieldType",
    "DataFile",
    "DataFileConnection",
    "DataProduct",
    "DataProductChangelog",
    "DataProductCreate",
    "DataProductPatchOperation",
    "DataProductQuality",
    "DataQualityBatchComputation",
    "DataQualityBatchDatasetStatus",
    "DataQualityByDataset",
    "DataQualityComputationStatus",
    "DataQualityComputed",
    "DataQualityComputedBy",
    "DataQualityExecutionError",
    "DataSet",
    "DataSetOperational",
    "DataSetProfile",
    "DataSetProfileList",
    "DataSetRequest",
    "DataSetSchema",
    "DataStore",
    "DataStoreInfo",
    "DataStoreRequest",
    "DatasetFieldQualities",
    "DatasetQualityAndError",
    "DatasetQualityGlobalResults",
    "DatasetTrustScore",
    "FieldInformation",
    "FieldQuality",
    "FieldQualityMetrics",
    "Item",
    "JsonPatchOperation",
    "KeyContact",
    "NxApp",
    "OutputListItem",
    "QualityGlobalResults",
    "ReportRequest",
    "ReportStatus",
    "SchemaRuleQuality",
    "SchemaRulesQuality",
    "SchemaTypeQuality",
    "Space",
    "SpaceCreate",
    "SpaceUpdate",
    "TrustScore",
    "TrustScoreAxis",
    "TrustScoreMetric",
    "Unset",
    "User",
    "to_plain",
]


class _Model(Protocol):
    """What every generated model has."""

    def to_dict(self) -> dict[str, Any]: ...


def to_plain(value: Any) -> Any:
    """``value`` as plain JSON data (dicts, lists, strings, numbers, booleans, ``None``), ready
    for ``json.dumps`` or YAML, with the API's field names (``technicalName``, not
    ``technical_name``).

    A model's own ``to_dict()`` already leaves unset fields out and converts the models nested
    in it; ``to_plain`` adds what it does not do: it takes lists, tuples and dicts *of* models
    (a listing's items, ``BatchResult.succeeded``) at any depth, converts what an untyped field
    holds (a model or a ``datetime`` given as a JSON Patch ``value``), writes datetimes as ISO
    8601 strings, and leaves out dict entries that are ``UNSET``. ``UNSET`` in a list or on its
    own becomes ``None``, so that list positions hold. Anything else (a set, an object that is
    not a model) raises :class:`~qlik_catalog.errors.QlikValueError`.
    """
    if isinstance(value, Unset):
        return None
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if _is_model(value):
        return to_plain(value.to_dict())
    if isinstance(value, Mapping):
        return {
            str(key): to_plain(item) for key, item in value.items() if not isinstance(item, Unset)
        }
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise QlikValueError(f"to_plain: a {type(value).__name__} has no JSON form")


def _is_model(value: Any) -> TypeGuard[_Model]:
    # Generated models are attrs classes with to_dict(); a class object has to_dict too (as an
    # unbound function), so only instances count.
    return not isinstance(value, type) and callable(getattr(value, "to_dict", None))
