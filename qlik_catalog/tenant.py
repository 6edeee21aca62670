"""Turning what a user calls their tenant into the base URL every request is sent to."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, urlsplit

from qlik_catalog.errors import QlikValueError

_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_LOOPBACK_NAMES = {"localhost"}


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_tenant_url(tenant: str) -> str:
    """The tenant's base URL, ``scheme://host[:port]``, with no trailing slash.

    Accepts ``acme.eu.qlikcloud.com``, ``https://acme.eu.qlikcloud.com/`` (an ``/api`` or
    ``/api/v1`` suffix is dropped), any other https host (custom domains), and plain ``http``
    on loopback only (the local emulator). Anything else raises :class:`QlikValueError`
    naming the problem.

    >>> normalise_tenant_url("acme.eu.qlikcloud.com")
    'https://acme.eu.qlikcloud.com'
    >>> normalise_tenant_url("http://127.0.0.1:8080")
    'http://127.0.0.1:8080'
    """
    if not isinstance(tenant, str) or not tenant.strip():
        raise QlikValueError("tenant URL is empty: give e.g. 'acme.eu.qlikcloud.com'")
    raw = tenant.strip()
    if any(ch.isspace() for ch in raw):
        raise QlikValueError(f"tenant URL {raw!r} contains white space")
    try:
        parts = urlsplit(raw if "://" in raw else "https://" + raw)
    except ValueError as exc:  # e.g. "http://[bad": an unclosed IPv6 bracket
        raise QlikValueError(f"tenant URL {tenant!r} is not a URL ({exc})") from None
    scheme = _checked_scheme_and_path(parts)
    try:
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError as exc:
        raise QlikValueError(f"tenant URL {tenant!r} has an invalid port") from exc
    _check_host(host, scheme, tenant)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{scheme}://{netloc}"


def _checked_scheme_and_path(parts: SplitResult) -> str:
    """The URL's scheme, lower case, once scheme, credentials, query and path are checked."""
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise QlikValueError(f"tenant URL scheme must be https, not {parts.scheme!r}")
    if parts.username is not None or parts.password is not None:
        raise QlikValueError("tenant URL must not carry credentials; pass api_key= instead")
    if parts.query or parts.fragment:
        raise QlikValueError("tenant URL must not have a query string or fragment")
    if parts.path.rstrip("/") not in ("", "/api", "/api/v1"):
        raise QlikValueError(
            f"tenant URL must be the tenant's root, not a path ({parts.path!r}): "
            "give e.g. 'https://acme.eu.qlikcloud.com'"
        )
    return scheme


def _check_host(host: str, scheme: str, tenant: str) -> None:
    """Refuse a missing or malformed host, and plain http anywhere but loopback."""
    if not host:
        raise QlikValueError(f"tenant URL {tenant!r} has no host name")
    loopback = _is_loopback(host)
    if not loopback:
        labels = host.split(".")
        if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
            raise QlikValueError(
                f"tenant URL {tenant!r} is not a tenant host name "
                "(expected e.g. 'acme.eu.qlikcloud.com')"
            )
    if scheme == "http" and not loopback:
        raise QlikValueError(
            f"tenant URL {tenant!r} uses http://; Qlik Cloud needs https:// "
            "(plain http is allowed only for a local emulator on loopback)"
        )
