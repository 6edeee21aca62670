"""Secret hygiene: API keys, OAuth client secrets, access and refresh tokens, authorization
codes and PKCE verifiers appear in no log line (at debug), repr, exception message, snapshot
file, plan or report."""

from __future__ import annotations

import base64
import json
import logging
import threading
import traceback
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from qlik_catalog import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    OAuthClientCredentials,
    OAuthRefreshToken,
    QlikCatalog,
    QlikConnectionError,
    QlikError,
    QlikResponseError,
    RetryPolicy,
    UserLookup,
)
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator, OAuthClient
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.emulator.oauth import NATIVE_CLIENT_ID
from qlik_catalog.sync import parse_catalog
from qlik_catalog.tokens import revoke_token
from tests.cli.command import environment, qlik_catalog
from tests.signing_in import follow, login_with, native_tenant

pytestmark = pytest.mark.reliability

API_KEY = "apikey-SECRET-4f1c0d9e"


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "replace")


CLIENT_SECRET = "clientsecret-SECRET-77ab"
STORE = {"id": "s1", "name": "store", "type": "t"}


async def test_no_secret_anywhere(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    emulator = Emulator(api_keys=[API_KEY], oauth_clients={"app": CLIENT_SECRET})
    emulator.seed("small")
    emulator.inject(operations=["getDataStores"], error_rate=1.0, times=1)
    texts: list[str] = []
    oauth = OAuthClientCredentials(client_id="app", client_secret=CLIENT_SECRET)
    credentials: list[dict[str, Any]] = [{"api_key": API_KEY}, {"oauth": oauth}]
    clients = [
        QlikCatalog(
            IN_PROCESS_URL,
            transport=emulator.transport(),
            clock=FakeClock(),
            retry=RetryPolicy(jitter=False),
            **credential,
        )
        for credential in credentials
    ]
    for index, qlik in enumerate(clients):
        async with qlik:
            texts += [repr(qlik), repr(qlik.auth), repr(qlik.data_sets), str(oauth), repr(oauth)]
            await qlik.data_stores.list()  # a 503 then a retry, logged
            # A secret in a body field the API does not know: logged (masked) by debug=True,
            # then refused by the tenant, whose error names the field and never its value.
            with pytest.raises(BadRequestError) as refused:
                await qlik.request(
                    "POST",
                    "/spaces",
                    json={"name": f"s{index}", "type": "shared", "apiKey": API_KEY},
                    debug=True,
                    headers={"Authorization": f"Bearer {API_KEY}"},
                )
            texts += [str(refused.value), repr(refused.value)]
            for call in (qlik.data_sets.get("missing"), qlik.request("GET", "/nothing")):
                try:
                    await call
                except QlikError as exc:
                    texts += [str(exc), repr(exc), repr(exc.__dict__)]
            snapshot = tmp_path / f"snap{index}.db"
            await qlik.catalog.export(snapshot, jsonl=tmp_path / f"snap{index}.jsonl")
            plan = await qlik.catalog.plan(
                parse_catalog({"dataStores": [{"technicalName": f"x{index}", "type": "t"}]})
            )
            texts.append(json.dumps(plan.as_dict()))
            report = await qlik.catalog.apply(plan, report=tmp_path / f"report{index}.json")
            texts.append(json.dumps(report.as_dict()))
            texts += [repr(qlik), repr(qlik.auth)]  # again, now that a token is held
    async with QlikCatalog(
        IN_PROCESS_URL, api_key="wrong-" + API_KEY, transport=emulator.transport()
    ) as bad:
        with pytest.raises(AuthenticationError) as caught:
            await bad.users.me()
        texts += [str(caught.value), repr(bad)]
    tokens = list(emulator._tokens)
    assert tokens  # the OAuth client did get a token, so there was one to leak
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    files = [read(p) for p in sorted(tmp_path.iterdir())]  # noqa: ASYNC240 - test teardown
    everything = "\n".join(texts + files)
    assert "raw request: POST" in everything  # the debug log was captured
    for secret in (API_KEY, CLIENT_SECRET, *tokens):
        assert secret not in everything


# --- a server that echoes the request's credentials back -------------------------------------

TOKEN = "accesstoken-SECRET-90ce"


def echoing(request: httpx.Request) -> httpx.Response:
    """Qlik's token endpoint (handing out TOKEN, or refusing with the form body it got when
    the client id is ``echo``), else an answer that echoes the request's Authorization header
    in every text an error or an unreadable answer keeps: the error entries, the traceId,
    the headers, or a 200 body that is not JSON."""
    if request.url.path == "/oauth/token":
        grant = request.content.decode()  # a form or a JSON document: echoed as it came
        if "echo" in grant:  # the client id "echo"
            return httpx.Response(401, json={"errors": [{"title": grant}], "traceId": grant})
        return httpx.Response(200, json={"access_token": TOKEN, "expires_in": 3600})
    said = request.headers["authorization"]
    if request.url.path.endswith("/s-unreadable"):
        return httpx.Response(200, text=f"<html>you sent {said}</html>")
    body = {
        "errors": [{"code": said, "title": f"bad {said}", "detail": quote(said), "status": said}],
        "traceId": said,
    }
    return httpx.Response(400, json=body)


def everything_about(exc: BaseException) -> str:
    """Every text an exception carries: what a log line, a traceback or the CLI could show."""
    return "\n".join([str(exc), repr(exc), repr(vars(exc)), *map(str, exc.args)])


@pytest.mark.parametrize("credential", ["api_key", "oauth"])
async def test_credentials_echoed_by_the_server_are_scrubbed(
    credential: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    options: dict[str, Any] = (
        {"api_key": API_KEY}
        if credential == "api_key"
        else {"oauth": OAuthClientCredentials(client_id="app", client_secret=CLIENT_SECRET)}
    )
    texts: list[str] = []
    async with QlikCatalog(
        "https://acme.eu.qlikcloud.com",
        transport=httpx.MockTransport(echoing),
        clock=FakeClock(),
        retry=RetryPolicy(max_retries=0),
        **options,
    ) as qlik:
        with pytest.raises(BadRequestError) as refused:
            await qlik.data_stores.get("s1")
        error = refused.value
        assert error.errors[0].title == "bad [REDACTED]"  # the rest of the text is kept
        assert error.trace_id == "[REDACTED]"
        texts.append(everything_about(error))
        with pytest.raises(QlikResponseError) as unreadable:
            await qlik.data_stores.get("s-unreadable")
        assert "you sent [REDACTED]" in unreadable.value.body
        texts += [everything_about(unreadable.value), unreadable.value.body]
    texts += [record.getMessage() for record in caplog.records]
    everything = "\n".join(texts)
    for secret in (API_KEY, CLIENT_SECRET, TOKEN):
        assert secret not in everything
        assert quote(secret) not in everything


async def test_a_token_endpoint_echoing_the_client_secret_is_scrubbed() -> None:
    oauth = OAuthClientCredentials(client_id="echo", client_secret=CLIENT_SECRET)
    async with QlikCatalog(
        "https://acme.eu.qlikcloud.com", oauth=oauth, transport=httpx.MockTransport(echoing)
    ) as qlik:
        with pytest.raises(AuthenticationError) as refused:
            await qlik.data_stores.get("s1")
    shown = everything_about(refused.value)
    assert "client_credentials" in shown  # the echo is kept, but not the secret in it
    assert CLIENT_SECRET not in shown
    assert "[REDACTED]" in shown


async def test_credentials_echoed_in_the_headers_are_scrubbed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        said = request.headers["authorization"]
        return httpx.Response(404, headers={"x-trace-id": said, "x-echo": said}, content=b"")

    async with QlikCatalog(
        "https://acme.eu.qlikcloud.com", api_key=API_KEY, transport=httpx.MockTransport(handler)
    ) as qlik:
        with pytest.raises(NotFoundError) as missing:
            await qlik.data_stores.get("s1")
    error = missing.value
    assert error.trace_id == "[REDACTED]"
    assert error.headers["x-echo"] == "[REDACTED]"
    assert API_KEY not in everything_about(error) + repr(dict(error.headers))


class _Echo(BaseHTTPRequestHandler):
    """A loopback server that answers every request 400 with its Authorization header."""

    def do_GET(self) -> None:
        said = self.headers.get("Authorization", "")
        body = json.dumps({"errors": [{"code": "E", "title": said}], "traceId": said}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test reads the command's output, not the server's."""


def test_the_cli_never_prints_an_echoed_key(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        env = environment(
            QLIK_TENANT_URL=f"http://127.0.0.1:{server.server_address[1]}",
            QLIK_API_KEY=API_KEY,
            QLIK_CATALOG_LOG="debug",
        )
        done = qlik_catalog("export", "--out", str(tmp_path / "snap.db"), env=env, timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode != 0
    assert "[REDACTED]" in done.stderr  # the echo was shown, scrubbed
    assert API_KEY not in done.stdout + done.stderr


def traceback_of(exc: BaseException) -> str:
    """What printing ``exc`` uncaught shows, its chained causes included."""
    return "".join(traceback.format_exception(exc))


async def error_of(
    handler: Callable[[httpx.Request], httpx.Response], *, api_key: str = API_KEY
) -> QlikError:
    """The QlikError ``data_stores.get`` raises against a server answering with ``handler``
    (no retries: the one answer is the point)."""
    async with QlikCatalog(
        "https://acme.eu.qlikcloud.com",
        api_key=api_key,
        transport=httpx.MockTransport(handler),
        clock=FakeClock(),
        retry=RetryPolicy(max_retries=0),
    ) as qlik:
        with pytest.raises(QlikError) as caught:
            await qlik.data_stores.get("s1")
    return caught.value


async def test_a_transport_error_quoting_the_credentials_is_scrubbed_with_its_cause() -> None:
    """h11 quotes a malformed header line of the answer (``Illegal header value b'...'``):
    one echoing the Authorization header must not bring the key into the error, nor into
    the traceback through the chained httpx error."""

    def handler(request: httpx.Request) -> httpx.Response:
        said = request.headers["authorization"]
        raise httpx.RemoteProtocolError(f"Illegal header value {said.encode()!r}", request=request)

    error = await error_of(handler)
    assert isinstance(error, QlikConnectionError), error
    assert "Illegal header value b'[REDACTED]'" in str(error)  # the rest of the text is kept
    assert API_KEY not in everything_about(error) + traceback_of(error)


async def test_a_transport_error_without_credentials_keeps_its_cause() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    failed = await error_of(handler)
    assert isinstance(failed, QlikConnectionError), failed
    assert isinstance(failed.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("at", [0, 470, 495, 499])
async def test_a_secret_straddling_the_kept_body_start_leaves_no_part(at: int) -> None:
    """An unreadable answer keeps the first 500 characters of its body: a secret echoed
    across that cut must not leave its first characters there."""

    def handler(request: httpx.Request) -> httpx.Response:
        said = request.headers["authorization"].removeprefix("Bearer ")
        return httpx.Response(200, text="x" * at + said + "y" * 600)

    unreadable = await error_of(handler)
    assert isinstance(unreadable, QlikResponseError), unreadable
    assert unreadable.body == ("x" * at + "[REDACTED]" + "y" * 600)[:500]


async def test_echoes_split_across_lines_or_encoded_are_scrubbed() -> None:
    """A server may wrap the echoed key over lines, escape it as JSON or base64-encode it."""
    key = API_KEY
    echoes = [
        f"{key[:9]}\n    {key[9:]}",  # folded, indented
        json.dumps(f"{key[:4]}\r\n{key[4:]}")[1:-1],  # folded, then JSON-escaped
        base64.b64encode(key.encode()).decode(),
        quote(key, safe=""),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"errors": [{"code": "E", "detail": f"echo {echo} end"} for echo in echoes]}
        return httpx.Response(400, json=body)

    refused = await error_of(handler)
    assert isinstance(refused, BadRequestError), refused
    details = [entry.detail for entry in refused.errors]
    assert details == ["echo [REDACTED] end"] * len(echoes)


async def test_recorded_responses_are_scrubbed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        said = request.headers["authorization"]
        return httpx.Response(200, json=STORE, headers={"x-trace-id": said, "x-echo": said})

    async with QlikCatalog(
        "https://acme.eu.qlikcloud.com", api_key=API_KEY, transport=httpx.MockTransport(handler)
    ) as qlik:
        with qlik.record_responses() as calls:
            await qlik.data_stores.get("s1")
    assert calls[0].trace_id == "[REDACTED]"
    assert calls[0].headers["x-echo"] == "[REDACTED]"


async def test_a_short_api_key_is_not_scrubbed_out_of_every_message() -> None:
    """Scrubbing a 1-3 character "key" would replace those letters everywhere."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"errors": [{"code": "E", "title": "no data store"}]})

    missing = await error_of(handler, api_key="da")
    assert isinstance(missing, NotFoundError), missing
    assert "no data store" in str(missing)
    assert "/api/v1/data-stores/s1" in str(missing)


# --- every OAuth credential: tokens, refresh tokens, codes and verifiers ------------------------


def record_grants(tenant: Emulator) -> list[str]:
    """Every secret the tenant's token endpoint is sent or answers from now on (codes,
    verifiers, client secrets, access and refresh tokens): the emulator runs in-process."""
    secrets: list[str] = []
    token = tenant.oauth.token

    def recorded(params: Any, basic: Any) -> Any:
        for name in ("code", "code_verifier", "refresh_token", "client_secret"):
            if isinstance(params.get(name), str):
                secrets.append(params[name])
        answer = token(params, basic)
        secrets.extend(answer[k] for k in ("access_token", "refresh_token") if answer.get(k))
        return answer

    tenant.oauth.token = recorded  # type: ignore[method-assign]
    return secrets


async def test_no_oauth_token_code_or_verifier_anywhere(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tenant = native_tenant()
    tenant.add_oauth_client(OAuthClient("m2m", client_secret=CLIENT_SECRET, impersonation=True))
    tenant.seed("small")
    secrets = record_grants(tenant)
    tokens, _ = await login_with(tenant, follow)  # a person signs in (the browser played)
    assert tokens.refresh_token is not None
    texts: list[str] = [repr(tokens), str(tokens)]

    async def provider() -> str:
        return tokens.access_token

    credentials: list[dict[str, Any]] = [
        {"access_token": tokens.access_token},
        {"token_provider": provider},
        {
            "oauth": OAuthClientCredentials(
                client_id="m2m", client_secret=CLIENT_SECRET, impersonate=UserLookup(user_id="jo")
            )
        },
        {
            "oauth": OAuthRefreshToken(
                client_id=NATIVE_CLIENT_ID,
                refresh_token=tokens.refresh_token,
                on_tokens=lambda new: texts.append(repr(new)),
            )
        },
    ]
    tenant.state.user("jo")
    clock = FakeClock()
    for index, credential in enumerate(credentials):
        async with tenant.client(clock=clock, **credential) as qlik:
            objects = [v for v in credential.values() if not isinstance(v, str)]
            texts += [repr(qlik), repr(qlik.auth), *map(repr, objects)]
            await qlik.users.me()
            await clock.sleep(3600)  # the refreshing credentials renew their token
            await qlik.users.me()
            with pytest.raises(QlikError) as missing:
                await qlik.data_sets.get("missing")
            texts += [str(missing.value), repr(missing.value), repr(missing.value.__dict__)]
            await qlik.request("GET", "/users/me", debug=True)
            await qlik.catalog.export(tmp_path / f"snap{index}.db")
            texts += [repr(qlik.auth)]
    # A revoked sign-in and refused sign-ins: their errors name no token, code or verifier.
    async with httpx.AsyncClient(transport=tenant.transport(), base_url=IN_PROCESS_URL) as http:
        for secret in secrets:
            await revoke_token(http, secret, client_id=NATIVE_CLIENT_ID)
    revoked = OAuthRefreshToken(client_id=NATIVE_CLIENT_ID, refresh_token=tokens.refresh_token)
    async with tenant.client(oauth=revoked) as qlik:
        with pytest.raises(AuthenticationError) as refused:
            await qlik.users.me()
        texts += [str(refused.value), repr(refused.value.__dict__)]
    assert len(secrets) >= 8  # code, verifier, tokens of each grant: there was much to leak
    # The test's own browser (httpx's INFO line of its GET of the redirect, code in the URL)
    # is the person's browser, not the SDK: everything else logged is checked.
    logged = [r for r in caplog.records if "/callback?" not in r.getMessage()]
    texts += [record.getMessage() for record in logged]
    texts += [repr(record.args) for record in logged]
    files = [read(p) for p in sorted(tmp_path.iterdir())]  # noqa: ASYNC240 - test teardown
    everything = "\n".join(texts + files)
    for secret in {*secrets, CLIENT_SECRET}:
        assert secret not in everything
