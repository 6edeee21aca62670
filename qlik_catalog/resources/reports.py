"""``qlik.reports``: request a report, read its status, wait for it, list its outputs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qlik_catalog_api.api.reports import create_report, get_report_outputs, get_report_status
from qlik_catalog_api.models import (
    OutputList,
    OutputListItem,
    PostReportsResponse,
    ReportRequest,
    ReportStatus,
)

from qlik_catalog.errors import QlikError, unreadable_answer
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.polling import poll
from qlik_catalog.resources.base import Resource, as_body, check_id
from qlik_catalog.spec import check_limit

DONE = "done"
# Final states other than done: the report will not be produced.
FAILED = frozenset({"failed", "aborted"})
DEFAULT_PAGE_SIZE = 100


class ReportFailedError(QlikError):
    """A report request ended without output; ``status`` holds Qlik's reasons and errors."""

    def __init__(self, request_id: str, status: ReportStatus) -> None:
        self.request_id = request_id
        self.status = status
        reasons = [*(_as_list(status.reasons)), *(_as_list(status.request_errors))]
        detail = f": {reasons[0]}" if reasons else ""
        super().__init__(f"report {request_id} ended {status.status}{detail}")


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


class Reports(Resource):
    """Report generation.

    Example::

        request_id = await qlik.reports.create({
            "type": "sense-image-1.0",
            "output": {"type": "image", "outputId": "chart"},
            "senseImageTemplate": {
                "appId": app_id,
                "visualization": {"id": "xyz", "widthPx": 800, "heightPx": 600},
            },
        })
        status = await qlik.reports.wait(request_id, timeout=300)
        print(status.results[0].location)
    """

    async def create(self, body: ReportRequest | Mapping[str, Any]) -> str:
        """Request a report; returns the request id Qlik's 202 answer gives, for
        :meth:`status` and :meth:`wait`."""
        model = as_body(body, ReportRequest, what="create report")
        response = await self._qlik.send(create_report._get_kwargs(body=model))
        accepted = self._qlik.parse(create_report._parse_response, response, PostReportsResponse)
        if not isinstance(accepted.request_id, str) or not accepted.request_id:
            raise unreadable_answer(response, "without the requestId to follow the report by")
        return accepted.request_id

    async def status(self, id: str) -> ReportStatus:
        """The processing status: ``queued``, ``processing``, ``done``, ``failed``..."""
        return await self._qlik.call(
            get_report_status._get_kwargs(check_id(id, what="report status")),
            get_report_status._parse_response,
            ReportStatus,
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_interval: float = 15.0,
    ) -> ReportStatus:
        """Poll the status until the report is done, waiting ``poll_interval`` seconds at first
        and half as long again after each poll, up to ``max_interval``.

        Returns the ``done`` status (with its results); raises :class:`ReportFailedError` when
        the report fails or is aborted, :class:`QlikTimeoutError` after ``timeout`` seconds.
        """
        check_id(id, what="wait for report")
        final = await poll(
            lambda: self.status(id),
            lambda status: status.status == DONE or status.status in FAILED,
            clock=self._qlik.clock,
            timeout=timeout,
            interval=poll_interval,
            max_interval=max_interval,
            factor=1.5,
            what=f"report {id}",
            url=f"{self._qlik.base_url}/api/v1/reports/{id}/status",
        )
        if final.status in FAILED:
            raise ReportFailedError(id, final)
        return final

    def outputs(
        self,
        id: str,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        filter: str | None = None,
        sort: str | None = None,
        max_items: int | None = None,
    ) -> Pager[OutputListItem]:
        """The outputs of a report request (one per output item or cycle)."""
        kwargs = get_report_outputs._get_kwargs(
            check_id(id, what="report outputs"),
            limit=check_limit(limit, "getReportOutputs"),
            filter_=value_or_unset(filter),
            sort=value_or_unset(sort),
        )
        return self._qlik.pager(
            kwargs, get_report_outputs._parse_response, OutputList, max_items=max_items
        )
