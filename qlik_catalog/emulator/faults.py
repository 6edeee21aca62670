"""Fault injection: added latency, a share of 503s, dropped connections, for chosen routes."""

from __future__ import annotations

import random
from dataclasses import dataclass


class DroppedConnection(Exception):
    """The emulator drops the connection: an in-process client sees ``httpx.ReadError``, a
    loopback client a connection closed mid-answer."""


@dataclass
class FaultRule:
    """One fault. ``operations``: the operationIds it hits (None: every operation);
    ``methods``: the HTTP methods (None: all). ``latency`` seconds are added to each hit;
    ``error_rate`` is the share answered ``error_status`` (503); ``drop_rate`` the share whose
    connection is dropped; ``times`` caps how many requests the rule hits (None: no cap)."""

    operations: frozenset[str] | None = None
    methods: frozenset[str] | None = None
    latency: float = 0.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    error_status: int = 503
    times: int | None = None
    hits: int = 0

    def applies(self, operation_id: str, method: str) -> bool:
        """Whether this rule may hit a request of ``operation_id``."""
        if self.times is not None and self.hits >= self.times:
            return False
        if self.operations is not None and operation_id not in self.operations:
            return False
        return self.methods is None or method in self.methods


@dataclass(frozen=True)
class FaultDecision:
    """What to do to one request."""

    latency: float = 0.0
    error_status: int | None = None
    drop: bool = False


class Faults:
    """The active fault rules, with a seeded random source so that runs repeat."""

    def __init__(self, seed: int = 0) -> None:
        self.rules: list[FaultRule] = []
        self._random = random.Random(seed)

    def add(self, rule: FaultRule) -> FaultRule:
        """Activate a rule; returns it (``rule.hits`` counts the requests it hit)."""
        self.rules.append(rule)
        return rule

    def clear(self) -> None:
        """Remove every rule."""
        self.rules.clear()

    def decide(self, operation_id: str, method: str) -> FaultDecision:
        """The faults for one request."""
        latency = 0.0
        error_status: int | None = None
        drop = False
        for rule in self.rules:
            if not rule.applies(operation_id, method):
                continue
            hit = False
            if rule.latency:
                latency += rule.latency
                hit = True
            if rule.drop_rate and not drop and self._random.random() < rule.drop_rate:
                drop = True
                hit = True
            elif (
                rule.error_rate and error_status is None and self._random.random() < rule.error_rate
            ):
                error_status = rule.error_status
                hit = True
            if hit:
                rule.hits += 1
        return FaultDecision(latency=latency, error_status=error_status, drop=drop)
