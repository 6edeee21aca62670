"""``qlik.trust_scores``: the trust scores of data sets.

Not in Qlik's docs: built from the official client's types (``@qlik/api`` 2.19.0,
``data-governance/trust-scores``). A trust score (0 to 100) weighs a data set's axes (validity,
completeness, usage, discoverability, accuracy, diversity, timeliness), each with its metrics.
Qlik reads at most 100 data sets per request; :meth:`TrustScores.get_many` takes any number.

Example::

    scores = await qlik.trust_scores.get_many(data_set_ids)
    for data_set_id, score in scores.succeeded.items():
        print(data_set_id, "no score yet" if score is None else score.score)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Unpack

from qlik_catalog_api.models import DatasetTrustScore, TrustScoreFilterRequest

from qlik_catalog import _endpoints as ep
from qlik_catalog.batch import BatchResult, read_in_chunks, unique_ids
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import CallOptions, Resource, check_id, check_options

__all__ = ["FILTER_CHUNK", "TrustScores"]

# "Maximum 100 IDs per request" (the official DatasetFilterRequest).
FILTER_CHUNK = 100


class TrustScores(Resource):
    """get and get_many."""

    async def get(
        self, data_set_id: str, *, recompute_usage: bool = False, **options: Unpack[CallOptions]
    ) -> DatasetTrustScore | None:
        """One data set's trust score, with its per-axis and per-metric breakdown, or None when
        Qlik has not computed one. ``recompute_usage``: refresh the usage and timeliness axes
        from their source first."""
        data_set_id = check_id(data_set_id, what="trust score")
        scores = await self.get_many(
            [data_set_id], recompute_usage=recompute_usage, concurrency=1, **options
        )
        if data_set_id in scores.failed:
            raise scores.failed[data_set_id]
        return scores.succeeded[data_set_id]

    async def get_many(
        self,
        data_set_ids: Iterable[str],
        *,
        recompute_usage: bool = False,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, DatasetTrustScore | None]:
        """The trust scores of many data sets: 100 per request, the requests run concurrently.
        Every id is reported: with its score, with None when Qlik has none for it (it leaves
        such data sets out), or failed with the error of its request."""
        id_list = unique_ids(data_set_ids, what="trust scores")
        check_options(options)

        async def read(chunk: list[str]) -> Mapping[str, DatasetTrustScore]:
            body = TrustScoreFilterRequest(
                dataset_ids=chunk, recompute_usage=value_or_unset(recompute_usage or None)
            )
            answer = await self._qlik.call(ep.filter_datasets_trust_score(body=body), **options)
            return {score.dataset_id: score for score in answer.data}

        return await read_in_chunks(
            id_list,
            read,
            chunk_size=FILTER_CHUNK,
            concurrency=concurrency or self._qlik.concurrency,
        )
