"""``qlik.data_qualities``: data quality computations and their results.

Not in Qlik's docs: built from the official client's types (``@qlik/api`` 2.19.0,
``data-governance/data-qualities``). A computation profiles a data set and then assesses its
quality; it runs asynchronously, so :meth:`DataQualities.compute` returns its id and
:meth:`DataQualities.wait` polls it to its end. The results are read for many data sets at once
through Qlik's filter routes, 100 data sets per request, the requests run concurrently.

Example::

    await qlik.data_qualities.compute(data_set_id, wait=True)
    results = await qlik.data_qualities.global_results_many([data_set_id])
    quality = results.succeeded[data_set_id]          # None: no result computed yet
    if quality is not None and quality.quality:
        print(quality.quality.valid / quality.quality.total)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Unpack, overload

from qlik_catalog_api.models import (
    DataQualityBatchComputation,
    DataQualityByDataset,
    DataQualityComputationRequest,
    DataQualityComputationStatus,
    DataQualityDatasetListRequest,
    DatasetFieldQualities,
    DatasetQualityAndError,
    DatasetQualityGlobalResults,
    FieldQualitiesFilterRequest,
    FieldQualitiesRequestDataset,
)

from qlik_catalog import _endpoints as ep
from qlik_catalog.batch import BatchResult, read_in_chunks, unique_ids
from qlik_catalog.clock import Clock
from qlik_catalog.errors import DataQualityFailedError, QlikValueError, unreadable_answer
from qlik_catalog.patch import value_or_unset
from qlik_catalog.polling import check_wait, poll
from qlik_catalog.resources.base import (
    CallOptions,
    Resource,
    WaitOptions,
    as_body,
    check_id,
    check_options,
)

__all__ = [
    "BATCH_FINISHED",
    "COMPUTATION_FAILED",
    "COMPUTATION_SUCCEEDED",
    "FILTER_CHUNK",
    "DataQualities",
    "DataQualityFailedError",
    "latest_by_data_set",
]  # DataQualityFailedError: errors.py

# Each filter route takes at most 100 data sets ("The maximum number of datasets is 100").
FILTER_CHUNK = 100
COMPUTATION_SUCCEEDED = "SUCCEEDED"
# The final states other than SUCCEEDED (a failed profile ends the computation too).
COMPUTATION_FAILED = frozenset({"FAILED", "PROFILE_FAILED"})
BATCH_FINISHED = "FINISHED"
# "Maximum allowed value for ABSOLUTE mode is 100000" (the official SamplingConfiguration).
MAX_ABSOLUTE_SAMPLE = 100_000
# Polling: a computation takes seconds to minutes (a profile, then the assessment).
DEFAULT_WAIT = 600.0
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_INTERVAL = 30.0
BACKOFF = 1.5  # each wait half as long again as the one before, as reports.wait

ExecutionMode = Literal["PUSHDOWN", "PULLUP"]
SampleMode = Literal["ABSOLUTE", "RELATIVE"]
SampleMethod = Literal["HEAD", "RANDOM"]


def latest_by_data_set(entries: Sequence[DatasetQualityAndError]) -> dict[str, int]:
    """data set id -> index in ``entries`` of its result. Qlik answers with the most recently
    computed connection's result per data set; should an answer carry several for one data set,
    the most recently updated is the one kept (a result without figures counts as oldest)."""
    chosen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        best = chosen.get(entry.dataset_id)
        if best is None or _updated(entry) > _updated(entries[best]):
            chosen[entry.dataset_id] = index
    return chosen


def _updated(entry: DatasetQualityAndError) -> str:
    updated = getattr(entry.quality, "updated_at", None)  # quality may be UNSET
    return updated if isinstance(updated, str) else ""


class DataQualities(Resource):
    """compute, computation, wait, batch_computation, wait_for_batch, global_results,
    filter_global_results, global_results_many and field_qualities_many."""

    @property
    def clock(self) -> Clock:
        """The client's clock (what polls wait on)."""
        return self._qlik.clock

    @property
    def base_url(self) -> str:
        """The tenant's URL."""
        return self._qlik.base_url

    @overload
    async def compute(
        self,
        data_set_id: str,
        *,
        connection_id: str | None = None,
        execution_mode: ExecutionMode | None = None,
        sample_mode: SampleMode | None = None,
        sample_size: float | None = None,
        sample_method: SampleMethod | None = None,
        wait: Literal[False] = False,
        wait_timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        **options: Unpack[CallOptions],
    ) -> str: ...

    @overload
    async def compute(
        self,
        data_set_id: str,
        *,
        connection_id: str | None = None,
        execution_mode: ExecutionMode | None = None,
        sample_mode: SampleMode | None = None,
        sample_size: float | None = None,
        sample_method: SampleMethod | None = None,
        wait: Literal[True],
        wait_timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        **options: Unpack[CallOptions],
    ) -> DataQualityComputationStatus: ...

    async def compute(
        self,
        data_set_id: str,
        *,
        connection_id: str | None = None,
        execution_mode: ExecutionMode | None = None,
        sample_mode: SampleMode | None = None,
        sample_size: float | None = None,
        sample_method: SampleMethod | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        **options: Unpack[CallOptions],
    ) -> str | DataQualityComputationStatus:
        """Start a data quality computation of one data set (a profile, then the quality
        assessment) and return its computation id; with ``wait=True``, poll it to its end
        (see :meth:`wait`; ``wait_timeout`` is that wait) and return the ``SUCCEEDED`` status.

        Without sampling arguments Qlik samples the first 1,000 rows in Qlik Cloud
        (``PULLUP``, ``ABSOLUTE``, ``HEAD``). ``connection_id`` may be left out for a
        file-based data set. ``sample_size`` is rows (``ABSOLUTE``, at most 100,000) or a
        percentage (``RELATIVE``). The per-call options apply to every request.
        """
        body: dict[str, Any] = {"datasetId": check_id(data_set_id, what="compute data quality")}
        for key, value in (
            ("connectionId", connection_id),
            ("executionMode", execution_mode),
            ("sampleMode", sample_mode),
            ("sampleSize", sample_size),
            ("sampleMethod", sample_method),
        ):
            if value is not None:
                body[key] = value
        if connection_id is not None:
            check_id(connection_id, what="compute data quality: connection")
        if sample_size is not None:
            _check_sample_size(sample_size, sample_mode)
        model = as_body(body, DataQualityComputationRequest, what="compute data quality")
        if wait:  # checked before the computation starts, so bad bounds start nothing
            check_options(options)
            check_wait(wait_timeout, poll_interval, max_interval, what="compute data quality")
        endpoint = ep.create_data_quality_computation(body=model)
        response = await self._qlik.send(endpoint, **options)
        started = self._qlik.parse(endpoint, response)
        if not started.computation_id:
            raise unreadable_answer(response, "without the computationId to follow it by")
        if not wait:
            return started.computation_id
        return await poll_computation(
            self,
            started.computation_id,
            options,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            data_set_id=data_set_id,
        )

    async def computation(
        self, computation_id: str, **options: Unpack[CallOptions]
    ) -> DataQualityComputationStatus:
        """The status of one computation: ``REQUESTED``, ``SUBMITTED``, ``PROFILE_REQUESTED``,
        then ``SUCCEEDED``, ``FAILED`` or ``PROFILE_FAILED``."""
        endpoint = ep.get_data_quality_computation(
            check_id(computation_id, what="data quality computation")
        )
        return await self._qlik.call(endpoint, **options)

    async def wait(
        self,
        computation_id: str,
        *,
        timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_timeout: float | None = None,
        data_set_id: str | None = None,
        **options: Unpack[WaitOptions],
    ) -> DataQualityComputationStatus:
        """Poll a computation until it ends, waiting ``poll_interval`` seconds at first and half
        as long again after each poll, up to ``max_interval``.

        Returns the ``SUCCEEDED`` status; raises :class:`DataQualityFailedError` when it ends
        ``FAILED`` or ``PROFILE_FAILED``, :class:`JobTimeoutError` after ``timeout`` seconds. A
        status Qlik adds later is taken as still running. ``request_timeout`` is each poll's
        HTTP timeout; ``data_set_id`` only names the data set in an error.
        """
        check_id(computation_id, what="wait for data quality computation")
        call_options: CallOptions = {**options, "timeout": request_timeout}
        check_options(call_options)
        return await poll_computation(
            self,
            computation_id,
            call_options,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            data_set_id=data_set_id,
        )

    async def batch_computation(
        self, batch_computation_id: str, **options: Unpack[CallOptions]
    ) -> DataQualityBatchComputation:
        """The status of a batch computation (``IN_PROGRESS`` or ``FINISHED``, what
        ``data_products.compute_data_quality`` starts), with each data set's own status."""
        endpoint = ep.get_data_qualities_batch_computation(
            check_id(batch_computation_id, what="data quality batch computation")
        )
        return await self._qlik.call(endpoint, **options)

    async def wait_for_batch(
        self,
        batch_computation_id: str,
        *,
        timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_timeout: float | None = None,
        **options: Unpack[WaitOptions],
    ) -> DataQualityBatchComputation:
        """Poll a batch computation until it is ``FINISHED`` (polling as :meth:`wait`) and
        return it. A finished batch may hold failed data sets: each of its
        ``computation_statuses`` says how its data set ended (``status``, ``error_code``).
        Raises :class:`JobTimeoutError` after ``timeout`` seconds."""
        check_id(batch_computation_id, what="wait for data quality batch computation")
        call_options: CallOptions = {**options, "timeout": request_timeout}
        check_options(call_options)
        return await poll_batch(
            self,
            batch_computation_id,
            call_options,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
        )

    async def global_results(
        self,
        data_set_id: str,
        *,
        connection_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetQualityGlobalResults:
        """One data set's global results (valid, invalid, empty and total sample cells), per
        connection it was computed through, or through ``connection_id`` only."""
        endpoint = ep.get_data_quality_global_results(
            dataset_id=check_id(data_set_id, what="data quality global results"),
            connection_id=value_or_unset(
                None
                if connection_id is None
                else check_id(connection_id, what="data quality global results: connection")
            ),
        )
        return await self._qlik.call(endpoint, **options)

    async def global_results_many(
        self,
        data_set_ids: Iterable[str],
        *,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, DatasetQualityAndError | None]:
        """The latest global results of many data sets: 100 per request, the requests run
        concurrently. Every id is reported: with its result (``status``, and ``quality`` or
        ``error``), with None when Qlik has no result for it, or failed with the error of its
        request."""
        id_list = unique_ids(data_set_ids, what="data quality global results")
        check_options(options)

        async def read(chunk: list[str]) -> Mapping[str, DatasetQualityAndError]:
            answer = await self.filter_global_results(chunk, **options)
            return {
                data_set: answer.data_qualities[index]
                for data_set, index in latest_by_data_set(answer.data_qualities).items()
            }

        return await read_in_chunks(
            id_list,
            read,
            chunk_size=FILTER_CHUNK,
            concurrency=concurrency or self._qlik.concurrency,
        )

    async def filter_global_results(
        self, data_set_ids: Sequence[str], **options: Unpack[CallOptions]
    ) -> DataQualityByDataset:
        """One request of the global results filter: at most 100 data sets, as Qlik answers
        it (data sets without a result left out). :meth:`global_results_many` takes any
        number."""
        ids = _filter_ids(data_set_ids, what="filter data quality global results")
        endpoint = ep.filter_data_qualities_global_results(
            body=DataQualityDatasetListRequest(dataset_ids=ids)
        )
        return await self._qlik.call(endpoint, **options)

    async def field_qualities_many(
        self,
        data_set_ids: Iterable[str],
        *,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, DatasetFieldQualities | None]:
        """The latest per-field quality of many data sets (each field's aggregated, type and
        rule figures): 100 per request, the requests run concurrently. Every id is reported:
        with its fields, with None when Qlik has no result for it, or failed with the error of
        its request."""
        id_list = unique_ids(data_set_ids, what="data quality field qualities")
        check_options(options)

        async def read(chunk: list[str]) -> Mapping[str, DatasetFieldQualities]:
            body = FieldQualitiesFilterRequest(
                datasets=[FieldQualitiesRequestDataset(dataset_id=i) for i in chunk]
            )
            answer = await self._qlik.call(
                ep.filter_data_qualities_field_qualities(body=body), **options
            )
            return {result.dataset_id: result for result in answer.field_qualities}

        return await read_in_chunks(
            id_list,
            read,
            chunk_size=FILTER_CHUNK,
            concurrency=concurrency or self._qlik.concurrency,
        )


async def poll_computation(
    qualities: DataQualities,
    computation_id: str,
    call_options: CallOptions,
    *,
    timeout: float,
    poll_interval: float,
    max_interval: float,
    data_set_id: str | None,
) -> DataQualityComputationStatus:
    """Poll a computation to its end with ``call_options`` on each poll (what
    :meth:`DataQualities.wait` and ``compute(wait=True)`` share)."""
    final = await poll(
        lambda: qualities.computation(computation_id, **call_options),
        lambda status: (
            status.status == COMPUTATION_SUCCEEDED or status.status in COMPUTATION_FAILED
        ),
        clock=qualities.clock,
        timeout=timeout,
        interval=poll_interval,
        max_interval=max_interval,
        factor=BACKOFF,
        what=f"data quality computation {computation_id}",
        url=f"{qualities.base_url}/api/data-governance/data-qualities/computations/"
        f"{computation_id}",
    )
    if final.status in COMPUTATION_FAILED:
        raise DataQualityFailedError(computation_id, final.status, data_set_id=data_set_id)
    return final


async def poll_batch(
    qualities: DataQualities,
    batch_computation_id: str,
    call_options: CallOptions,
    *,
    timeout: float,
    poll_interval: float,
    max_interval: float,
) -> DataQualityBatchComputation:
    """Poll a batch computation until it is ``FINISHED``, with ``call_options`` on each poll
    (what :meth:`DataQualities.wait_for_batch` and
    ``data_products.compute_data_quality(wait=True)`` share)."""
    return await poll(
        lambda: qualities.batch_computation(batch_computation_id, **call_options),
        lambda batch: batch.status == BATCH_FINISHED,
        clock=qualities.clock,
        timeout=timeout,
        interval=poll_interval,
        max_interval=max_interval,
        factor=BACKOFF,
        what=f"data quality batch computation {batch_computation_id}",
        url=f"{qualities.base_url}/api/data-governance/data-qualities/batch-computations/"
        f"{batch_computation_id}",
    )


def _check_sample_size(size: float, mode: SampleMode | None) -> None:
    """A sample size Qlik takes: rows (``ABSOLUTE``, the default mode) up to
    :data:`MAX_ABSOLUTE_SAMPLE`, or a percentage (``RELATIVE``) up to 100."""
    ceiling = 100 if mode == "RELATIVE" else MAX_ABSOLUTE_SAMPLE
    unit = "percent" if mode == "RELATIVE" else "rows"
    if not isinstance(size, int | float) or isinstance(size, bool) or not 0 < size <= ceiling:
        raise QlikValueError(
            f"compute data quality: sampleSize {size!r} must be above 0 and at most "
            f"{ceiling:,} ({unit}, sampleMode {mode or 'ABSOLUTE'})"
        )


def _filter_ids(data_set_ids: Sequence[str], *, what: str) -> list[str]:
    """The ids of one filter request: unique, sendable, 1 to :data:`FILTER_CHUNK` of them."""
    ids = unique_ids(data_set_ids, what=what)
    if len(ids) > FILTER_CHUNK:
        raise QlikValueError(
            f"{what}: {len(ids)} data sets in one request, at most {FILTER_CHUNK}; "
            "use the *_many method, which splits the list"
        )
    return ids
