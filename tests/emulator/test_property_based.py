"""Property-based run (schemathesis) of every operation of the emulator's own spec: no server
error, and every answer fits the spec (status declared, content type, JSON schema). The
emulator runs in strict mode, so it also checks each answer itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from qlik_catalog.emulator import Emulator, RateLimitSettings

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiCase

EMULATOR = Emulator(strict=True, rate_limits=RateLimitSettings(enabled=False), profile_delay=0)
EMULATOR.seed("small")
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", EMULATOR)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@SCHEMA.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_emulator_keeps_its_spec(case: OpenApiCase) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {EMULATOR.api_key}"}, checks=CHECKS)
