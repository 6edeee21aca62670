"""``qlik-catalog login`` and ``logout``: a person signs in for a profile, instead of minting
an API key.

``login --profile NAME`` runs the authorization-code flow with PKCE
(:func:`qlik_catalog.oauth.authorization_code_login`): the sign-in URL goes to stderr (and to
the browser, unless ``--no-browser``), the tokens are kept for the profile
(:mod:`qlik_catalog.token_store`: the keyring, or a 0600 file), and the user signed in is named.
The profile then needs ``auth = "login"``; every command of it renews and re-stores the tokens.
``logout --profile NAME`` revokes the tokens at the tenant (``POST /oauth/revoke``) and forgets
them; when the tenant cannot confirm, they are forgotten anyway and the command exits 3.
"""

from __future__ import annotations

import argparse
from typing import Any

import httpx

from qlik_catalog.cli import exit_codes, render
from qlik_catalog.client import QlikCatalog
from qlik_catalog.errors import LoginError, QlikError, QlikValueError
from qlik_catalog.oauth import DEFAULT_SCOPES, authorization_code_login
from qlik_catalog.profiles import login_store, profile_entry, profile_secret
from qlik_catalog.tenant import normalise_tenant_url
from qlik_catalog.token_store import StoredLogin
from qlik_catalog.tokens import TokenSet, revoke_token


def _client_id(args: argparse.Namespace, entry: dict[str, Any]) -> str:
    client_id = args.client_id or entry.get("client_id")
    if not client_id:
        raise QlikValueError(
            f"profile {args.profile!r} has no client_id: give --client-id (the tenant's native "
            "OAuth client) or add client_id to the profile"
        )
    return str(client_id)


async def login(args: argparse.Namespace) -> int:
    """Sign in for ``args.profile`` and keep the tokens."""
    entry = profile_entry(args.profile)
    tenant = normalise_tenant_url(str(entry["tenant_url"]))
    client_id = _client_id(args, entry)
    client_secret = profile_secret(entry, "client_secret", f"profile {args.profile!r}")
    store = login_store()
    errors = render.stderr_console()

    def show(url: str) -> None:
        errors.print("Open this URL to sign in:", highlight=False)
        # Printed alone on its line, unwrapped, so that it can be copied (or read by a script).
        errors.print(url, highlight=False, soft_wrap=True, markup=False)

    tokens = await authorization_code_login(
        tenant,
        client_id,
        client_secret=client_secret,
        scopes=tuple(args.scope or DEFAULT_SCOPES),
        open_browser=not args.no_browser,
        show_url=show,
        port=args.port,
        timeout=args.timeout,
    )
    if tokens.refresh_token is None:
        raise LoginError(
            "the tenant granted no refresh token, so the sign-in would end with the access "
            "token: ask for the offline_access scope (--scope user_default --scope offline_access)"
        )
    user = await _whoami(tenant, tokens)
    store.save(args.profile, StoredLogin(tenant, client_id, tokens))
    where = store.describe(args.profile)
    if args.json:
        render.print_json(
            {
                "profile": args.profile,
                "tenant_url": tenant,
                "user": user,
                "stored_in": where,
                "expires_at": tokens.expires_at,
            }
        )
    else:
        name = user.get("name") or user.get("id")
        render.stdout_console().print(
            f"Signed in to {tenant} as {name} (profile {args.profile}); tokens kept in {where}",
            highlight=False,
        )
        if entry.get("auth") != "login":
            errors.print(
                f'note: add auth = "login" to [profiles.{args.profile}] to use these tokens',
                highlight=False,
            )
    return exit_codes.OK


async def _whoami(tenant: str, tokens: TokenSet) -> dict[str, Any]:
    """The signed-in user's id and name: proves the tokens work before they are kept."""
    async with QlikCatalog(tenant, access_token=tokens.access_token) as qlik:
        me = await qlik.users.me()
    user: dict[str, Any] = {"id": me.id}
    name = getattr(me, "name", None)
    if isinstance(name, str):
        user["name"] = name
    return user


async def logout(args: argparse.Namespace) -> int:
    """Revoke and forget the tokens of ``args.profile``."""
    store = login_store()
    out = render.stdout_console()
    try:
        kept = store.load(args.profile)
    except QlikValueError as damaged:
        # Unreadable: nothing to revoke with, but the user asked for it to be gone.
        store.delete(args.profile)
        render.stderr_console().print(
            f"note: {damaged}; it was removed", highlight=False, markup=False
        )
        kept = None
    if kept is None:
        message = f"profile {args.profile!r} was not signed in: nothing to forget"
        if args.json:
            render.print_json({"profile": args.profile, "revoked": False, "forgotten": False})
        else:
            out.print(message, highlight=False)
        return exit_codes.OK
    entry = profile_entry(args.profile)
    secret = profile_secret(entry, "client_secret", f"profile {args.profile!r}")
    problem: QlikError | None = None
    try:
        await _revoke(kept, secret)
    except QlikError as exc:
        problem = exc
    finally:
        # Forgotten whatever the tenant said: the user asked for the tokens to be gone here.
        store.delete(args.profile)
    if args.json:
        document: dict[str, Any] = {
            "profile": args.profile,
            "revoked": problem is None,
            "forgotten": True,
        }
        if problem is not None:
            document["error"] = str(problem)
        render.print_json(document)
    elif problem is None:
        out.print(f"Signed out of {kept.tenant_url} (profile {args.profile})", highlight=False)
    else:
        render.stderr_console().print(
            f"error: the tokens of {args.profile!r} were forgotten here, but the tenant did not "
            f"confirm their revocation: {problem}",
            highlight=False,
        )
    return exit_codes.OK if problem is None else exit_codes.UNREACHABLE


async def _revoke(kept: StoredLogin, client_secret: str | None) -> None:
    """Revoke the refresh token (which ends the access tokens issued from it), then the
    access token itself in case the tenant keeps them apart."""
    tokens = kept.tokens
    pairs = ((tokens.refresh_token, "refresh_token"), (tokens.access_token, "access_token"))
    async with httpx.AsyncClient(base_url=kept.tenant_url, timeout=30.0) as http:
        for token, hint in pairs:
            if token is not None:
                await revoke_token(
                    http,
                    token,
                    client_id=kept.client_id,
                    client_secret=client_secret,
                    token_type_hint=hint,
                )
