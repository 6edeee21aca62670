"""OAuth token sets and the tenant's token endpoints (``/oauth/token``, ``/oauth/revoke``).

Requests go as JSON bodies, as Qlik's official client sends them. Answers are read strictly: a
token set without an ``access_token``, or with an ``expires_in`` that is not a positive number,
is a :class:`~qlik_catalog.errors.QlikResponseError` naming what was wrong, and nothing of the
answer (which may hold tokens) goes into the message. An error answer is an
:class:`~qlik_catalog.errors.AuthenticationError` (400, 401, 403) carrying Qlik's error codes,
or the OAuth ``error`` / ``error_description`` pair as one entry.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from qlik_catalog._redact import mask, redact_url, request_secrets, scrub
from qlik_catalog.errors import (
    AuthenticationError,
    ErrorEntry,
    QlikConnectionError,
    QlikResponseError,
    QlikStatusError,
    QlikTimeoutError,
    error_for_response,
)

TOKEN_PATH = "/oauth/token"
REVOKE_PATH = "/oauth/revoke"
_JSON_HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}


@dataclass(frozen=True)
class TokenSet:
    """What the token endpoint granted: an access token, maybe a refresh token.

    ``expires_at`` is the Unix time (seconds) at which the access token expires, ``None`` when
    the answer did not say; ``refresh_token`` is ``None`` when none was granted (the
    ``offline_access`` scope gives one). The repr never shows a token.
    """

    access_token: str = field(repr=False)
    token_type: str = "bearer"
    expires_at: float | None = None
    refresh_token: str | None = field(default=None, repr=False)
    scope: str | None = None

    def __repr__(self) -> str:
        return (
            f"TokenSet(access_token={mask(self.access_token)}, "
            f"refresh_token={mask(self.refresh_token)}, expires_at={self.expires_at!r}, "
            f"scope={self.scope!r})"
        )

    def expires_in(self, now: float | None = None) -> float | None:
        """Seconds left before the access token expires (negative once it has)."""
        if self.expires_at is None:
            return None
        return self.expires_at - (time.time() if now is None else now)

    def with_refresh_token(self, refresh_token: str | None) -> TokenSet:
        """This set, keeping ``refresh_token`` when the answer granted no new one (a refresh
        that does not rotate leaves the old one valid)."""
        if self.refresh_token is not None or refresh_token is None:
            return self
        return replace(self, refresh_token=refresh_token)

    def to_json(self) -> dict[str, Any]:
        """The set as JSON data, to store (it holds the tokens: keep it private)."""
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "expires_at": self.expires_at,
            "refresh_token": self.refresh_token,
            "scope": self.scope,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TokenSet:
        """A set stored with :meth:`to_json`; ``ValueError`` naming the field that is wrong."""
        access = data.get("access_token")
        if not isinstance(access, str) or not access:
            raise ValueError("access_token is missing")
        expires_at = data.get("expires_at")
        if expires_at is not None and (
            isinstance(expires_at, bool)
            or not isinstance(expires_at, int | float)
            or not math.isfinite(expires_at)
        ):
            raise ValueError("expires_at is not a number")
        refresh = data.get("refresh_token")
        if refresh is not None and (not isinstance(refresh, str) or not refresh):
            raise ValueError("refresh_token is not a string")
        scope = data.get("scope")
        token_type = data.get("token_type") or "bearer"
        return cls(
            access_token=access,
            token_type=str(token_type),
            expires_at=None if expires_at is None else float(expires_at),
            refresh_token=refresh,
            scope=scope if isinstance(scope, str) else None,
        )


def lifetime(value: Any, *, url: str, status: int) -> float | None:
    """``expires_in`` of a token answer as seconds; ``None`` when absent. Zero, negative,
    non-numeric or non-finite is an error naming the answer: a token that is never fresh
    would be fetched again for every request."""
    if value is None:
        return None
    number: float | None = None
    if (isinstance(value, int | float) and not isinstance(value, bool)) or isinstance(value, str):
        try:
            number = float(value)
        except (ValueError, OverflowError):  # not a number; an integer of 400 digits
            number = None
    if number is None or not math.isfinite(number) or number <= 0:
        shown = value if isinstance(value, float) else type(value).__name__
        raise QlikResponseError(
            f"the token endpoint answered expires_in={shown!r}: not a positive number of seconds",
            status=status,
            method="POST",
            url=url,
        )
    return number


def parse_token_answer(response: httpx.Response) -> TokenSet:
    """The token set of a success answer of the token endpoint."""
    url = redact_url(str(response.request.url))
    status = response.status_code

    def unreadable(reason: str, cause: BaseException | None = None) -> QlikResponseError:
        error = QlikResponseError(
            f"the token endpoint answered {status} {reason}", status=status, method="POST", url=url
        )
        error.__cause__ = cause
        return error

    try:
        body = response.json()
    except (ValueError, RecursionError) as exc:
        raise unreadable("with a body that is not JSON", exc) from None
    if not isinstance(body, dict):
        raise unreadable("with a body that is not a JSON object")
    token = body.get("access_token")
    if not isinstance(token, str) or not token or any(ch.isspace() for ch in token):
        raise unreadable("without an access_token")
    refresh = body.get("refresh_token")
    if refresh is not None and (not isinstance(refresh, str) or not refresh):
        raise unreadable("with a refresh_token that is not a string")
    seconds = lifetime(body.get("expires_in"), url=url, status=status)
    scope = body.get("scope")
    token_type = body.get("token_type")
    return TokenSet(
        access_token=token,
        token_type=token_type if isinstance(token_type, str) and token_type else "bearer",
        expires_at=None if seconds is None else time.time() + seconds,
        refresh_token=refresh,
        scope=scope if isinstance(scope, str) else None,
    )


def _oauth_pair(response: httpx.Response) -> ErrorEntry | None:
    """The OAuth ``error`` / ``error_description`` of an error answer, as an error entry."""
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        return None
    if not isinstance(body, dict) or not isinstance(body.get("error"), str):
        return None
    detail = body.get("error_description")
    return ErrorEntry(
        code=body["error"], title=None, detail=detail if isinstance(detail, str) else None
    )


def token_error(response: httpx.Response) -> QlikStatusError:
    """The typed error of an error answer of a token endpoint: 400, 401 and 403 are an
    :class:`AuthenticationError` (the grant or the client was refused)."""
    error = error_for_response(response)
    entries = error.errors
    pair = None if entries else _oauth_pair(response)
    if pair is not None:
        # An OAuth server may echo what it was sent (a secret, a code): scrubbed like Qlik's.
        secrets = request_secrets(response.request)
        entries = [
            ErrorEntry(
                **{k: None if v is None else scrub(v, secrets) for k, v in vars(pair).items()}
            )
        ]
    if error.status not in (400, 401, 403) and pair is None:
        return error
    cls = AuthenticationError if error.status in (400, 401, 403) else type(error)
    return cls(
        error.status,
        errors=entries,
        trace_id=error.trace_id,
        method=error.method,
        url=error.url,
        headers=error.headers,
    )


def _refuse_redirect(response: httpx.Response) -> None:
    if 300 <= response.status_code < 400:
        # A redirect is not a token: never read its body as one, never follow it.
        raise QlikResponseError(
            f"the token endpoint answered {response.status_code}, a redirect",
            status=response.status_code,
            method="POST",
            url=redact_url(str(response.request.url)),
        )


async def _post(http: httpx.AsyncClient, path: str, body: Mapping[str, Any]) -> httpx.Response:
    """POST ``body`` as JSON; a transport failure is a :class:`QlikConnectionError` (a
    :class:`QlikTimeoutError` for a timeout), never a raw httpx exception."""
    try:
        response = await http.post(path, json=dict(body), headers=_JSON_HEADERS)
    except httpx.TimeoutException as exc:
        url = redact_url(str(exc.request.url))
        raise QlikTimeoutError(
            f"POST {url}: no answer in time ({type(exc).__name__})", method="POST", url=url
        ) from None
    except httpx.TransportError as exc:
        url = redact_url(str(exc.request.url))
        raise QlikConnectionError(
            f"POST {url}: cannot reach the tenant ({type(exc).__name__})", method="POST", url=url
        ) from None
    _refuse_redirect(response)
    if response.status_code >= 400:
        raise token_error(response)
    return response


async def request_token(
    http: httpx.AsyncClient, body: Mapping[str, Any], *, path: str = TOKEN_PATH
) -> TokenSet:
    """POST ``body`` (a grant) to the token endpoint and read the token set it answers."""
    return parse_token_answer(await _post(http, path, body))


async def revoke_token(
    http: httpx.AsyncClient,
    token: str,
    *,
    client_id: str,
    client_secret: str | None = None,
    token_type_hint: str | None = None,
    path: str = REVOKE_PATH,
) -> None:
    """Revoke ``token`` (RFC 7009): an unknown or already revoked one is not an error."""
    body: dict[str, Any] = {"token": token, "client_id": client_id}
    if client_secret is not None:
        body["client_secret"] = client_secret
    if token_type_hint is not None:
        body["token_type_hint"] = token_type_hint
    await _post(http, path, body)
