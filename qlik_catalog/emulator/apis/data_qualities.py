"""The data qualities API (``data-governance/data-qualities``): computations of one data set,
batch computations of a data product's data sets (started by the data products API), and the
global and per-field results.

A computation answers unfinished for ``quality_delay`` polls (REQUESTED, PROFILE_REQUESTED,
SUBMITTED: the official ExecutionStatus values), then SUCCEEDED, and the data set's results are
recorded; polling a batch advances each of its computations. Seeded data sets start with
results. The figures are derived from the data set's id (and each field's name) with SHA-256,
so that two emulators give the same figures, over a sample of ``min(rowCount, 1000)`` rows
(Qlik's default sample: 1000 rows, ABSOLUTE, HEAD). No quality rules exist in the emulator, so
every field's ``rules`` is empty and its aggregated counts are its type counts.
"""

from __future__ import annotations

import hashlib
from typing import Any

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.problems import bad_request, required
from qlik_catalog.emulator.state import QUALITY_FINAL, Doc, TenantState

SAMPLE_ROWS = 1000  # Qlik's default sample size (ABSOLUTE mode)
MAX_ABSOLUTE_SAMPLE = 100_000  # the types' comment on sampleSize
PRECISIONS = {"DATE": "date", "TIMESTAMP": "timestamp-millis", "TIME": "time-millis"}


def unit(*parts: str) -> float:
    """A stable number in [0, 1) from ``parts`` (never random per run)."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def sample_rows(data_set: Doc) -> int:
    rows = (data_set.get("operational") or {}).get("rowCount")
    return min(int(rows), SAMPLE_ROWS) if isinstance(rows, int) and rows > 0 else SAMPLE_ROWS


def data_fields(data_set: Doc) -> list[Doc]:
    fields = (data_set.get("schema") or {}).get("dataFields") or []
    return [f for f in fields if isinstance(f, dict) and f.get("name")]


def cell_counts(data_set: Doc, field_name: str, nullable: bool = True) -> dict[str, int]:
    """empty, invalid, valid and total sample cells of one field (``""``: the whole data set
    when it has no schema fields)."""
    rows = sample_rows(data_set)
    empty = round(rows * 0.15 * unit(data_set["id"], field_name, "empty")) if nullable else 0
    invalid = round((rows - empty) * 0.1 * unit(data_set["id"], field_name, "invalid"))
    return {"empty": empty, "invalid": invalid, "total": rows, "valid": rows - empty - invalid}


def global_counts(data_set: Doc) -> dict[str, int]:
    """The data set's counts: the sum over its fields (or its own, without fields)."""
    fields = data_fields(data_set)
    if not fields:
        return cell_counts(data_set, "")
    total = {"empty": 0, "invalid": 0, "total": 0, "valid": 0}
    for field in fields:
        for key, value in cell_counts(data_set, field["name"], field.get("nullable", True)).items():
            total[key] += value
    return total


def field_qualities(data_set: Doc) -> list[Doc]:
    out = []
    for field in data_fields(data_set):
        counts = cell_counts(data_set, field["name"], field.get("nullable", True))
        type_name = str((field.get("dataType") or {}).get("type") or "STRING")
        info: Doc = {"kind": "STANDARD", "name": type_name}
        if type_name in PRECISIONS:
            info["precision"] = PRECISIONS[type_name]
        out.append(
            {
                "name": field["name"],
                "quality": {"aggregated": dict(counts), "rules": [], "type": dict(counts)},
                "type": info,
            }
        )
    return out


def computed_data_set(state: TenantState, data_set_id: str) -> tuple[Doc, Doc] | None:
    """The data set and its latest result, when it exists and has one."""
    data_set = state.data_sets.get(data_set_id)
    result = state.quality_results.get(data_set_id)
    if data_set is None or result is None:
        return None
    return data_set, result


def _global_quality(data_set: Doc, result: Doc) -> Doc:
    return {**global_counts(data_set), "updatedAt": result["at"]}


@handles("createDataQualityComputation")
def create_computation(call: Call) -> Answer:
    body: dict[str, Any] = call.body
    data_set_id = body.get("datasetId")
    if not data_set_id:
        raise bad_request("datasetId is required")
    if data_set_id not in call.state.data_sets:
        # The official errors of this operation have no 404. (Assumption: 400.)
        raise bad_request(f"data set not found: {data_set_id}")
    size = body.get("sampleSize")
    absolute = body.get("sampleMode", "ABSOLUTE") == "ABSOLUTE"
    if size is not None and absolute and not 0 < size <= MAX_ABSOLUTE_SAMPLE:
        raise bad_request(
            f"sampleSize must be between 1 and {MAX_ABSOLUTE_SAMPLE} in ABSOLUTE mode"
        )
    if size is not None and body.get("sampleMode") == "RELATIVE" and not 0 < size <= 100:
        raise bad_request("sampleSize is a percentage (0, 100] in RELATIVE mode")
    computation = call.state.start_quality_computation(data_set_id, body.get("connectionId"))
    return Answer(202, {"computationId": computation["id"]})


@handles("getDataQualityComputation")
def get_computation(call: Call) -> Answer:
    state = call.state
    computation = required(
        state.quality_computations, call.path["computationId"], "data quality computation"
    )
    return Answer(200, {"status": state.poll_quality_computation(computation, call.user_id)})


@handles("getDataQualitiesBatchComputation")
def get_batch(call: Call) -> Answer:
    state = call.state
    batch_id = call.path["batchComputationId"]
    ids = required(state.quality_batches, batch_id, "batch computation")
    statuses = []
    for computation_id in ids:
        computation = state.quality_computations[computation_id]
        entry: Doc = {
            "computationId": computation_id,
            "datasetId": computation["datasetId"],
            "status": state.poll_quality_computation(computation, call.user_id),
        }
        statuses.append(entry)
    finished = all(entry["status"] in QUALITY_FINAL for entry in statuses)
    return Answer(
        200,
        {
            "batchComputationId": batch_id,
            "computationStatuses": statuses,
            "status": "FINISHED" if finished else "IN_PROGRESS",
        },
    )


@handles("getDataQualityGlobalResults")
def global_results(call: Call) -> Answer:
    state = call.state
    data_set_id = call.query["datasetId"]
    data_set = required(state.data_sets, data_set_id, "data set")
    result = state.quality_results.get(data_set_id)
    qualities = []
    wanted = call.query.get("connectionId")
    if result is not None and wanted in (None, result["connectionId"]):
        qualities.append(
            {"connectionId": result["connectionId"], "quality": _global_quality(data_set, result)}
        )
    return Answer(200, {"datasetId": data_set_id, "qualities": qualities})


def _running(state: TenantState, data_set_id: str) -> Doc | None:
    """The latest computation of a data set that has not ended."""
    found = None
    for computation in state.quality_computations.values():
        if computation["datasetId"] == data_set_id and computation["status"] not in QUALITY_FINAL:
            found = computation
    return found


@handles("filterDataQualitiesGlobalResults")
def filter_global_results(call: Call) -> Answer:
    """One entry per known data set with a result (SUCCEEDED) or a computation under way (its
    status, no quality yet); unknown or never computed data sets are left out. (Assumption.)"""
    state = call.state
    out = []
    for data_set_id in dict.fromkeys(call.body["datasetIds"]):
        found = computed_data_set(state, data_set_id)
        running = _running(state, data_set_id) if data_set_id in state.data_sets else None
        if running is not None:
            out.append(
                {
                    "connectionId": running["connectionId"],
                    "datasetId": data_set_id,
                    "status": running["status"],
                }
            )
        elif found is not None:
            data_set, result = found
            out.append(
                {
                    "connectionId": result["connectionId"],
                    "datasetId": data_set_id,
                    "quality": _global_quality(data_set, result),
                    "status": "SUCCEEDED",
                }
            )
    return Answer(200, {"dataQualities": out})


@handles("filterDataQualitiesFieldQualities")
def filter_field_qualities(call: Call) -> Answer:
    """Field qualities of the requested data sets that have a result; the others are left
    out. (Assumption.)"""
    state = call.state
    out = []
    for data_set_id in dict.fromkeys(entry["datasetId"] for entry in call.body["datasets"]):
        found = computed_data_set(state, data_set_id)
        if found is None:
            continue
        data_set, result = found
        out.append(
            {
                "computed": {"at": result["at"], "by": {"id": result["by"]}},
                "datasetId": data_set_id,
                "fields": field_qualities(data_set),
            }
        )
    return Answer(200, {"fieldQualities": out})
