"""Keeping credentials out of logs, reprs and error messages, including the credentials a
server echoes back in what it answers (:func:`request_secrets`, :func:`scrub`)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

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


# Shorter values are not scrubbed: replacing a 1-3 character "secret" everywhere would mangle
# every message, and no real key, token or client secret is that short.
_MIN_SECRET = 6
_FORM = "application/x-www-form-urlencoded"


def request_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The credentials ``request`` carried: the value of its credential headers (and the parts
    of a Bearer or Basic one), credential-looking query values, and credential-looking fields
    of a form body (an OAuth token request's ``client_secret``). What the server answers to it
    is scrubbed of these (:func:`scrub`) before it reaches an exception or a log."""
    if request is None:
        return ()
    found: list[str] = []
    for name in ("authorization", "proxy-authorization", "cookie"):
        for value in request.headers.get_list(name):
            found += _header_secrets(value)
    found += [v for k, v in request.url.params.multi_items() if _SECRET_PARAM.search(k)]
    if request.headers.get("content-type", "").startswith(_FORM):
        try:
            body = request.content.decode("utf-8")
        except (httpx.RequestNotRead, UnicodeDecodeError):
            body = ""  # a streamed or binary body holds no form fields to find
        found += [v for k, v in parse_qsl(body) if _SECRET_PARAM.search(k)]
    unique = {value for value in found if len(value) >= _MIN_SECRET}
    return tuple(sorted(unique, key=len, reverse=True))


def _header_secrets(value: str) -> list[str]:
    """A credential header's value, its credential after the scheme, and the user and
    password of a Basic one."""
    found = [value.strip()]
    scheme, _, credential = value.strip().partition(" ")
    credential = credential.strip()
    if credential:
        found.append(credential)
    if scheme.lower() == "basic" and credential:
        try:
            decoded = base64.b64decode(credential, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return found
        found += [decoded, *decoded.split(":", 1)]
    return found


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (as sent, percent-encoded or JSON-escaped: a server may echo
    it any of these ways) replaced by ``[REDACTED]``. ``secrets`` longest first, as
    :func:`request_secrets` gives them, so that a secret containing another goes whole."""
    for secret in secrets:
        for form in dict.fromkeys((secret, quote(secret, safe=""), json.dumps(secret)[1:-1])):
            text = text.replace(form, REDACTED)
    return text


def scrub_headers(headers: httpx.Headers, secrets: Sequence[str]) -> httpx.Headers:
    """``headers`` with ``secrets`` scrubbed from every value (an answer's headers may echo
    the request's credentials too)."""
    if not secrets:
        return headers
    return httpx.Headers([(k, scrub(v, secrets)) for k, v in headers.multi_items()])
