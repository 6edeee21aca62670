"""``qlik.reports``: request a report, read its status, wait for it, list its outputs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from qlik_catalog_api.models import OutputListItem, ReportRequest, ReportStatus

from qlik_catalog import _endpoints as ep
from qlik_catalog.errors import ReportFailedError, unreadable_answer
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.polling import poll
from qlik_catalog.resources.base import (
    CallOptions,
    Resource,
    WaitOptions,
    as_body,
    check_id,
    check_options,
)
from qlik_catalog.spec import check_limit

__all__ = ["DONE", "FAILED", "ReportFailedError", "Reports"]  # ReportFailedError: errors.py

DONE = "done"
# Final states other than done: the report will not be produced.
FAILED = frozenset({"failed", "aborted"})
DEFAULT_PAGE_SIZE = 100


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

    async def create(
        self, body: ReportRequest | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> str:
        """Request a report; returns the request id Qlik's 202 answer gives, for
        :meth:`status` and :meth:`wait`."""
        model = as_body(body, ReportRequest, what="create report")
        endpoint = ep.create_report(body=model)
        response = await self._qlik.send(endpoint, **options)
        accepted = self._qlik.parse(endpoint, response)
        if not isinstance(accepted.request_id, str) or not accepted.request_id:
            raise unreadable_answer(response, "without the requestId to follow the report by")
        return accepted.request_id

    async def status(self, id: str, **options: Unpack[CallOptions]) -> ReportStatus:
        """The processing status: ``queued``, ``processing``, ``done``, ``failed``..."""
        return await self._qlik.call(
            ep.get_report_status(check_id(id, what="report status")), **options
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_interval: float = 15.0,
        request_timeout: float | None = None,
        **options: Unpack[WaitOptions],
    ) -> ReportStatus:
        """Poll the status until the report is done, waiting ``poll_interval`` seconds at first
        and half as long again after each poll, up to ``max_interval``.

        Returns the ``done`` status (with its results); raises :class:`ReportFailedError` when
        the report fails or is aborted, :class:`JobTimeoutError` after ``timeout`` seconds of
        polling. ``timeout`` is that wait: the HTTP timeout of each status call is
        ``request_timeout`` (the other per-call options apply to each call as given).
        """
        check_id(id, what="wait for report")
        call_options: CallOptions = {**options, "timeout": request_timeout}
        check_options(call_options)
        final = await poll(
            lambda: self.status(id, **call_options),
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
        **options: Unpack[CallOptions],
    ) -> Pager[OutputListItem]:
        """The outputs of a report request (one per output item or cycle)."""
        endpoint = ep.get_report_outputs(
            check_id(id, what="report outputs"),
            limit=check_limit(limit, "getReportOutputs"),
            filter_=value_or_unset(filter),
            sort=value_or_unset(sort),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)
