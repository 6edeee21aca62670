"""The data quality and trust score figures an export adds with ``--with-quality``.

After the catalog kinds are stored, every data set of the snapshot is asked for through Qlik's
two filter routes, 100 data sets per request, the requests run concurrently: ceil(D/100) calls
for the global quality results and as many for the trust scores. Each table gets one row per
data set, its figures in columns and Qlik's JSON as it was sent; a data set Qlik has no figure
for gets a row without one (``json`` NULL), so that "no figure yet" is visible, not a missing
row. The tables are written whole, once the figures of every data set have arrived.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import anyio
import httpx
from qlik_catalog_api.models import DataQualityDatasetListRequest, TrustScoreFilterRequest

from qlik_catalog import _endpoints as ep
from qlik_catalog.batch import read_in_chunks
from qlik_catalog.errors import unreadable_answer
from qlik_catalog.resources.data_qualities import FILTER_CHUNK, latest_by_data_set
from qlik_catalog.sync.snapshot import FIGURE_TABLES, Doc, Snapshot

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

Progress = Callable[[str, int, int | None], None]


async def export_quality(
    qlik: QlikCatalog, snapshot: Snapshot, progress: Progress | None = None
) -> dict[str, int]:
    """Read the quality results and trust scores of every data set of ``snapshot`` and store
    them (replacing what the tables held); returns, per table, how many data sets have a
    figure. A request that fails fails the export with its error (nothing is stored)."""
    ids = sorted(snapshot.ids("data_sets"))
    figures: dict[str, dict[str, Doc | None]] = {}

    async def one(table: str, read: Callable[[list[str]], Awaitable[Mapping[str, Doc]]]) -> None:
        done = 0

        async def counted(chunk: list[str]) -> Mapping[str, Doc]:
            nonlocal done
            found = await read(chunk)
            done += len(chunk)
            if progress is not None:
                progress(table, done, len(ids))
            return found

        result = await read_in_chunks(
            ids, counted, chunk_size=FILTER_CHUNK, concurrency=qlik.concurrency
        )
        if result.failed:
            raise next(iter(result.failed.values()))
        figures[table] = result.succeeded

    if ids:
        async with anyio.create_task_group() as tg:
            tg.start_soon(one, "data_quality", lambda chunk: _global_results(qlik, chunk))
            tg.start_soon(one, "trust_scores", lambda chunk: _trust_scores(qlik, chunk))
    counts: dict[str, int] = {}
    for table in FIGURE_TABLES:
        docs = figures.get(table, {})
        snapshot.put_figures(table, docs.items())
        counts[table] = sum(doc is not None for doc in docs.values())
    return counts


async def _global_results(qlik: QlikCatalog, chunk: list[str]) -> Mapping[str, Doc]:
    """One request of global results, as Qlik's JSON per data set (the latest of each)."""
    endpoint = ep.filter_data_qualities_global_results(
        body=DataQualityDatasetListRequest(dataset_ids=chunk)
    )
    response = await qlik.send(endpoint)
    parsed = qlik.parse(endpoint, response)  # a broken answer fails as the SDK's would
    raw = _listed(response, "dataQualities")
    return {
        data_set: raw[index]
        for data_set, index in latest_by_data_set(parsed.data_qualities).items()
    }


async def _trust_scores(qlik: QlikCatalog, chunk: list[str]) -> Mapping[str, Doc]:
    """One request of trust scores, as Qlik's JSON per data set."""
    endpoint = ep.filter_datasets_trust_score(body=TrustScoreFilterRequest(dataset_ids=chunk))
    response = await qlik.send(endpoint)
    parsed = qlik.parse(endpoint, response)
    raw = _listed(response, "data")
    return {score.dataset_id: raw[index] for index, score in enumerate(parsed.data)}


def _listed(response: httpx.Response, key: str) -> Sequence[Doc]:
    """The list under ``key`` of an answer the generated parser has accepted."""
    body = response.json()
    items = body.get(key) if isinstance(body, dict) else None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise unreadable_answer(response, f"whose {key} is not a list of objects")
    return items
