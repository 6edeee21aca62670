"""The data sets API: create, get, patch, replace and batch delete of data sets, and their
profiles (202 while computed, then 200). Their listings by store and asset are under the data
stores API's paths, in data_stores.py."""

from __future__ import annotations

from qlik_catalog.emulator.apis import _catalog
from qlik_catalog.emulator.apis._catalog import Kind
from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.state import Doc, TenantState

SET = Kind(
    "data set",
    "data_sets",
    "DataSet",
    "DataSetRequest",
    "data-set-id",
    save=TenantState.save_data_set,
    delete=TenantState.delete_data_sets,
)


@handles("createDataSet")
def create(call: Call) -> Answer:
    return _catalog.create(SET, call)


@handles("getDataSet")
def get(call: Call) -> Answer:
    return _catalog.get(SET, call)


@handles("patchDataSet")
def patch(call: Call) -> Answer:
    return _catalog.patch(SET, call)


@handles("updateDataSet")
def replace(call: Call) -> Answer:
    return _catalog.replace(SET, call)


@handles("deleteDataSets")
def delete(call: Call) -> Answer:
    return _catalog.delete_batch(SET, call)


def _as_dict(value: object) -> Doc:
    return value if isinstance(value, dict) else {}


@handles("getDataSetProfiles")
def profiles(call: Call) -> Answer:
    """202 while the profiles are computed (``profile_delay`` requests), then 200."""
    state = call.state
    data_set = SET.get(state, call.path["data-set-id"])
    pending = state.profiles_pending.get(data_set["id"], 0)
    if pending > 0:
        state.profiles_pending[data_set["id"]] = pending - 1
        running = {"meta": {"status": "RUNNING", "dataSetId": data_set["id"]}}
        return Answer(202, {"data": [running]})
    fields = [
        f for f in _as_dict(data_set.get("schema")).get("dataFields", []) if isinstance(f, dict)
    ]
    operational = _as_dict(data_set.get("operational"))
    profile = {
        "meta": {
            "status": "FINISHED",
            "dataSetId": data_set["id"],
            "resultType": "NORMAL",
            "computationEndTime": data_set.get("lastModifiedTime"),
        },
        "profiles": [
            {
                "name": data_set.get("technicalName", ""),
                "numberOfRows": int(operational.get("rowCount") or 0),
                "sizeInBytes": int(operational.get("size") or 0),
                "fieldProfiles": [
                    {
                        "name": f.get("name", ""),
                        "index": i,
                        "dataType": str((f.get("dataType") or {}).get("type", "STRING")),
                    }
                    for i, f in enumerate(fields)
                ],
            }
        ],
    }
    return Answer(200, call.numbered_page([profile]))
