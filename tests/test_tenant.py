"""Tenant URLs: the forms accepted and how they are normalised; the ones refused, and why."""

from __future__ import annotations

import pytest

from qlik_catalog import QlikCatalog, QlikValueError
from qlik_catalog.tenant import normalise_tenant_url
from tests.wire import API_KEY


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("acme.eu.qlikcloud.com", "https://acme.eu.qlikcloud.com"),
        ("https://acme.eu.qlikcloud.com/", "https://acme.eu.qlikcloud.com"),
        ("https://ACME.eu.qlikcloud.com/api/v1", "https://acme.eu.qlikcloud.com"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:9000/", "http://localhost:9000"),
    ],
)
def test_tenant_urls_accepted(given: str, expected: str) -> None:
    assert normalise_tenant_url(given) == expected


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ("", "empty"),
        ("http://acme.eu.qlikcloud.com", "http://"),
        ("ftp://acme.eu.qlikcloud.com", "scheme"),
        ("https://acme.eu.qlikcloud.com/hub/spaces", "path"),
        ("https://user:pw@acme.eu.qlikcloud.com", "credentials"),
        ("acme", "not a tenant host"),
        ("https://acme.eu.qlikcloud.com?x=1", "query"),
        ("acme .eu.qlikcloud.com", "white space"),
        ("http://[bad", "is not a URL"),
    ],
)
def test_bad_tenant_urls_refused(given: str, problem: str) -> None:
    with pytest.raises(QlikValueError, match=problem):
        QlikCatalog(given, api_key=API_KEY)
