"""Every exception of the layer lives in ``errors.py`` and in its docstring tree; the limiter's
refusal names the request; the old import places of moved errors keep working."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

import qlik_catalog
from qlik_catalog import QlikCatalog, RateLimitError, RetryPolicy, errors
from qlik_catalog.clock import FakeClock
from tests.wire import API, API_KEY, TENANT

LAYER = Path(qlik_catalog.__file__).parent
# Packages other engineers own; their exceptions are theirs to move (see the report).
NOT_HERE = ("emulator",)


def exception_classes_defined_outside_errors() -> list[str]:
    """Every class of the hand-written layer that derives from an exception, outside errors.py."""
    found = []
    for path in sorted(LAYER.rglob("*.py")):
        relative = path.relative_to(LAYER)
        if relative.parts[0] in NOT_HERE or relative.name == "errors.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
                # A private class (``_Refused``) is a module's own signal, caught inside it:
                # no caller ever sees it, so it need not be in errors.py.
                if node.name.startswith("_"):
                    continue
                if any(b.endswith(("Error", "Exception", "Timeout")) for b in bases):
                    found.append(f"{relative}:{node.name}")
    return found


def test_no_exception_class_is_defined_outside_errors_py() -> None:
    assert exception_classes_defined_outside_errors() == []


def test_every_exception_of_errors_py_is_in_its_docstring_tree() -> None:
    classes = {
        name
        for name, value in vars(errors).items()
        if inspect.isclass(value)
        and issubclass(value, BaseException)
        and value.__module__ == errors.__name__
    }
    assert errors.__doc__ is not None
    tree = set(re.findall(r"[├└]── (\w+)", errors.__doc__)) | {"QlikError"}
    assert classes == tree
    for name in classes:
        assert issubclass(getattr(errors, name), errors.QlikError), name


def test_moved_errors_are_still_importable_where_they_were() -> None:
    from qlik_catalog.batch import BatchError
    from qlik_catalog.resources.reports import ReportFailedError

    assert BatchError is errors.BatchError is qlik_catalog.BatchError
    assert ReportFailedError is errors.ReportFailedError is qlik_catalog.ReportFailedError


def test_job_timeout_is_not_a_connection_error() -> None:
    assert issubclass(errors.JobTimeoutError, errors.QlikError)
    assert issubclass(errors.JobTimeoutError, TimeoutError)
    assert not issubclass(errors.JobTimeoutError, errors.QlikConnectionError)


def test_not_applied_error_is_public() -> None:
    exc = qlik_catalog.NotAppliedError("its parent 'lake' was not created")
    assert isinstance(exc, qlik_catalog.QlikError)
    assert str(exc) == "its parent 'lake' was not created"


async def test_the_limiters_refusal_names_the_request_it_refused(httpx_mock: HTTPXMock) -> None:
    async with QlikCatalog(
        TENANT, api_key=API_KEY, clock=FakeClock(), retry=RetryPolicy(max_retry_after=10)
    ) as qlik:
        qlik.limiter.pause("tier1", 1000, 60)  # as an earlier 429 asking for 60 s would
        with pytest.raises(RateLimitError) as caught:
            await qlik.data_sets.get("d1", extra_params={"token": "s3cret"})
    refused = caught.value
    assert (refused.method, refused.url) == ("GET", f"{API}/data-sets/d1?token=%5BREDACTED%5D")
    assert refused.retry_after == pytest.approx(60)
    assert "tier1 is paused by an earlier 429" in str(refused)
    assert str(refused).startswith(f"GET {API}/data-sets/d1")
    assert httpx_mock.get_requests() == []  # refused before it was sent
