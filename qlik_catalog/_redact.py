"""Keeping credentials out of logs, reprs and error messages."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "[REDACTED]"
# Query parameters whose values are credentials (matched case-insensitively, as substrings).
_SECRET_PARAM = re.compile(r"token|secret|password|api[-_]?key|apikey|signature|code", re.I)


def redact_url(url: str) -> str:
    """``url`` with any user-info and credential-looking query values replaced.

    >>> redact_url("https://u:p@x.qlikcloud.com/api?access_token=abc&page=2")
    'https://x.qlikcloud.com/api?access_token=%5BREDACTED%5D&page=2'
    """
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_PARAM.search(key) for key, _ in pairs):
            query = urlencode([(k, REDACTED if _SECRET_PARAM.search(k) else v) for k, v in pairs])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def mask(secret: str | None) -> str:
    """A stand-in for a secret in a repr: never any of its characters."""
    return "None" if secret is None else REDACTED


def redact_json(value: Any) -> Any:
    """A JSON value with the values of credential-looking keys replaced, at any depth."""
    if isinstance(value, dict):
        return {
            key: REDACTED
            if isinstance(key, str) and _SECRET_PARAM.search(key)
            else redact_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    return value
