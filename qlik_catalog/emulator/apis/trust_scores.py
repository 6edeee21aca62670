"""The trust scores API (``data-governance/trust-scores``): the trust score of every data set
with a computed quality (seeded ones, and others after their first successful computation),
with the official axes and metrics. Data sets without one are omitted, as the types say.

The figures are derived, never random: VALIDITY and COMPLETENESS from the data set's quality
counts (apis/data_qualities.py), DISCOVERABILITY from its description and tags, its fields'
descriptions and tags and whether an activated data product holds it, USAGE and DIVERSITY from
a SHA-256 of its id. ACCURACY (no quality rules in the emulator) and TIMELINESS (no freshness
threshold set) are enabled but not applicable, as the types' comments allow. The axis weights
(summing to 100) and the equal metric weights are the emulator's tenant configuration.
(Assumptions.)
"""

from __future__ import annotations

from qlik_catalog.emulator.apis.data_qualities import (
    computed_data_set,
    data_fields,
    global_counts,
    unit,
)
from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.state import Doc, TenantState

# axis -> (weight, its metrics); None as a metric's score: not applicable.
AXES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("VALIDITY", 20, ("VALIDITY_QUALITY",)),
    ("COMPLETENESS", 20, ("COMPLETENESS_QUALITY",)),
    ("USAGE", 15, ("USAGE_APPS", "USAGE_APP_VIEWS")),
    (
        "DISCOVERABILITY",
        15,
        (
            "DISCOVERABILITY_DESCRIPTION",
            "DISCOVERABILITY_TAGS",
            "DISCOVERABILITY_ACTIVATED",
            "DISCOVERABILITY_FIELD_DESCRIPTION",
            "DISCOVERABILITY_FIELD_TAGS",
        ),
    ),
    ("ACCURACY", 10, ("ACCURACY_QUALITY",)),
    ("DIVERSITY", 10, ("DIVERSITY_SOURCE", "DIVERSITY_VOLUME", "DIVERSITY_EVENNESS")),
    ("TIMELINESS", 10, ("TIMELINESS_FRESHNESS",)),
)


def _share(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def metric_scores(state: TenantState, data_set: Doc) -> dict[str, float | None]:
    counts = global_counts(data_set)
    fields = data_fields(data_set)
    data_set_id = data_set["id"]
    activated = any(
        p.get("activated") and data_set_id in (p.get("datasetIds") or [])
        for p in state.data_products.values()
    )
    return {
        "VALIDITY_QUALITY": _share(counts["valid"], counts["valid"] + counts["invalid"]),
        "COMPLETENESS_QUALITY": _share(counts["total"] - counts["empty"], counts["total"]),
        "USAGE_APPS": 100 * unit(data_set_id, "usage-apps"),
        "USAGE_APP_VIEWS": 100 * unit(data_set_id, "usage-app-views"),
        "DISCOVERABILITY_DESCRIPTION": 100.0 if data_set.get("description") else 0.0,
        "DISCOVERABILITY_TAGS": 100.0 if data_set.get("tags") else 0.0,
        "DISCOVERABILITY_ACTIVATED": 100.0 if activated else 0.0,
        "DISCOVERABILITY_FIELD_DESCRIPTION": _share(
            sum(1 for f in fields if f.get("description")), len(fields)
        ),
        "DISCOVERABILITY_FIELD_TAGS": _share(sum(1 for f in fields if f.get("tags")), len(fields)),
        "ACCURACY_QUALITY": None,
        "DIVERSITY_SOURCE": 100 * unit(data_set_id, "diversity-source"),
        "DIVERSITY_VOLUME": 100 * unit(data_set_id, "diversity-volume"),
        "DIVERSITY_EVENNESS": 100 * unit(data_set_id, "diversity-evenness"),
        "TIMELINESS_FRESHNESS": None,
    }


def trust_score(state: TenantState, data_set: Doc, updated_at: str) -> Doc:
    scores = metric_scores(state, data_set)
    axes = []
    weighted = 0.0
    weights = 0
    for axis_id, weight, metric_ids in AXES:
        metric_weight = round(100 / len(metric_ids), 2)
        metrics: list[Doc] = []
        applicable = [(m, s) for m in metric_ids if (s := scores[m]) is not None]
        for metric_id in metric_ids:
            metric: Doc = {"id": metric_id, "weight": metric_weight}
            if scores[metric_id] is not None:
                metric["score"] = round(float(scores[metric_id] or 0.0), 1)
            metrics.append(metric)
        axis: Doc = {
            "applicable": bool(applicable),
            "enabled": True,
            "id": axis_id,
            "metrics": metrics,
            "weight": weight,
        }
        if applicable:
            score = round(sum(s for _, s in applicable) / len(applicable), 1)
            axis["score"] = score
            weighted += weight * score
            weights += weight
        axes.append(axis)
    overall = round(weighted / weights, 1) if weights else 0.0
    return {"axes": axes, "datasetId": data_set["id"], "score": overall, "updatedAt": updated_at}


@handles("filterDatasetsTrustScore")
def filter_trust_scores(call: Call) -> Answer:
    """Scores of the requested data sets that have one (``recomputeUsage`` is accepted: the
    USAGE figures are derived, so a refresh gives the same)."""
    state = call.state
    out = []
    for data_set_id in dict.fromkeys(call.body["datasetIds"]):
        found = computed_data_set(state, data_set_id)
        if found is not None:
            data_set, result = found
            out.append(trust_score(state, data_set, result["at"]))
    return Answer(200, {"data": out})
