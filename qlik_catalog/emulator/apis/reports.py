"""The reports API: a report request (202; the apps its templates name must exist), its
status (processing for ``report_delay`` polls, then done) and its outputs."""

from __future__ import annotations

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import complete_links, sort_docs
from qlik_catalog.emulator.problems import required
from qlik_catalog.emulator.state import Doc


def _report_app_ids(body: Doc) -> list[str]:
    found = []
    for key, value in body.items():
        if key.endswith("Template") and isinstance(value, dict) and "appId" in value:
            found.append(str(value["appId"]))
    return found


@handles("createReport")
def create_report(call: Call) -> Answer:
    state = call.state
    state.require_apps(_report_app_ids(call.body))
    request_id = state.ids.guid()
    output = call.body["output"]
    state.reports[request_id] = {
        "id": request_id,
        "pending": state.report_delay,
        "outputId": output["outputId"],
    }
    return Answer(
        202,
        {
            "requestId": request_id,
            "outputsUrl": f"{call.base_url}/api/v1/reports/{request_id}/outputs",
            "message": "report request accepted",
        },
    )


def _report(call: Call) -> Doc:
    return required(call.state.reports, call.path["id"], "report request")


def _location(call: Call, report: Doc) -> str:
    return f"{call.base_url}/api/v1/reports/{report['id']}/outputs/{report['outputId']}/data"


@handles("getReportStatus")
def report_status(call: Call) -> Answer:
    """``processing`` for ``report_delay`` polls, then ``done``."""
    report = _report(call)
    if report["pending"] > 0:
        report["pending"] -= 1
        return Answer(200, {"status": "processing", "resolutionAttempts": 1, "results": []})
    result = {"outputId": report["outputId"], "location": _location(call, report)}
    return Answer(200, {"status": "done", "resolutionAttempts": 1, "results": [result]})


@handles("getReportOutputs")
def report_outputs(call: Call) -> Answer:
    report = _report(call)
    done = report["pending"] <= 0
    output: Doc = {
        "outputId": report["outputId"],
        "status": "done" if done else "processing",
        "sizeBytes": 1024 if done else 0,
    }
    if done:  # a string in the types, never null: absent until there is something to fetch
        output["location"] = _location(call, report)
    docs = sort_docs([output], call.query.get("sort"), ["outputId", "sizeBytes"])
    page = call.cursor_page(docs, cursor_param="page", prev_param=None)
    return Answer(200, complete_links(page))
