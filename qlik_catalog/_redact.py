"""Keeping credentials out of logs, reprs and error messages, including the credentials a
server echoes back in what it answers (:func:`request_secrets`, :func:`scrub`)."""

from __future__ import annotations

import base64
import functools
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

REDACTED = "[REDACTED]"
UNPARSABLE_URL = "(a URL that cannot be parsed)"
# Query parameters whose values are credentials (matched case-insensitively, as substrings).
_SECRET_PARAM = re.compile(r"token|secret|password|api[-_]?key|apikey|signature|code", re.I)


def redact_url(url: str) -> str:
    """``url`` with any user-info and credential-looking query values replaced.

    >>> redact_url("https://u:p@x.qlikcloud.com/api?access_token=abc&page=2")
    'https://x.qlikcloud.com/api?access_token=%5BREDACTED%5D&page=2'
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        # A server's Location may be anything ("http://[x" trips urlsplit): what cannot be
        # parsed cannot be shown piecewise, and raising here would escape as a raw ValueError.
        return UNPARSABLE_URL
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
    of a form or JSON body (an OAuth token request's ``client_secret``). What the server
    answers to it is scrubbed of these (:func:`scrub`) before it reaches an exception or a
    log."""
    if request is None:
        return ()
    found: list[str] = []
    for name in ("authorization", "proxy-authorization", "cookie"):
        for value in request.headers.get_list(name):
            found += _header_secrets(value)
    found += [v for k, v in request.url.params.multi_items() if _SECRET_PARAM.search(k)]
    found += _body_secrets(request)
    unique = {value for value in found if len(value) >= _MIN_SECRET}
    return tuple(sorted(unique, key=len, reverse=True))


def _body_secrets(request: httpx.Request) -> list[str]:
    """The credential-looking fields of a form body, or of a JSON object body's top level
    (the token endpoint takes its grant either way: ``client_secret``, ``refresh_token``,
    ``code``)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith((_FORM, "application/json")):
        return []
    try:
        body = request.content.decode("utf-8")
    except (httpx.RequestNotRead, UnicodeDecodeError):
        return []  # a streamed or binary body holds no fields to find
    if content_type.startswith(_FORM):
        return [v for k, v in parse_qsl(body) if _SECRET_PARAM.search(k)]
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return []
    if not isinstance(document, dict):
        return []
    return [
        value
        for key, value in document.items()
        if isinstance(value, str) and _SECRET_PARAM.search(key)
    ]


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
    """``text`` with every secret replaced by ``[REDACTED]``: as sent, percent-encoded,
    JSON-escaped or base64-encoded (a server may echo it any of these ways), and also when
    line breaks (real or JSON-escaped, each with any indentation after it) split it.
    ``secrets`` longest first, as :func:`request_secrets` gives them, so that a secret
    containing another goes whole."""
    secrets = [secret for secret in secrets if secret]
    if not secrets:
        return text
    # A secret split by line breaks is found by a pattern that allows one between any two
    # of its characters, and such a search is slow through a long text (a hostile error
    # body) full of the secret's first character. So a form is looked for first in the text
    # with its line breaks taken out, by a plain substring test, and only a form found there
    # is replaced (as it stands, then by its pattern).
    joined = _without_breaks(text)
    for secret in secrets:
        for form, pattern in _echo_patterns(secret):
            if form not in joined:
                continue
            text = pattern.sub(REDACTED, text.replace(form, REDACTED))
            joined = _without_breaks(text)
    return text


def _without_breaks(text: str) -> str:
    """``text`` with its line breaks (real or JSON-escaped) and the indentation after each
    taken out, by plain string operations, which are fast on any text."""
    if "\n" not in text and "\\n" not in text:
        return text
    unified = text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\r\n", "\n")
    first, *rest = unified.split("\n")
    return first + "".join(line.lstrip(" \t") for line in rest)


# A line break that may split an echoed secret: real or JSON-escaped, with the indentation
# of the next line.
_MAYBE_BREAK = r"(?:(?:\r?\n|(?:\\r)?\\n)[ \t]*)?"


@functools.lru_cache(maxsize=64)
def _echo_patterns(secret: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each form a server may echo ``secret`` in (see :func:`scrub`), with the pattern that
    finds it in a text, line breaks between its characters allowed."""
    raw = secret.encode("utf-8")
    escaped = json.dumps(secret)[1:-1]
    forms = (
        secret,
        quote(secret, safe=""),
        quote(secret),
        escaped,
        escaped.replace("/", "\\/"),  # JSON may escape "/" too
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode(),
        base64.b64encode(raw).decode().rstrip("="),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    )
    return tuple(
        (form, re.compile(_MAYBE_BREAK.join(map(re.escape, form)))) for form in dict.fromkeys(forms)
    )


def scrub_headers(headers: httpx.Headers, secrets: Sequence[str]) -> httpx.Headers:
    """``headers`` with ``secrets`` scrubbed from every value (an answer's headers may echo
    the request's credentials too)."""
    if not secrets:
        return headers
    return httpx.Headers([(k, scrub(v, secrets)) for k, v in headers.multi_items()])
