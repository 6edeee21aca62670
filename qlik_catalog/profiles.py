"""Named tenants for the ``qlik-catalog`` command.

Profiles live in ``$QLIK_CATALOG_CONFIG``, else ``$XDG_CONFIG_HOME/qlik-catalog/profiles.toml``,
else ``~/.config/qlik-catalog/profiles.toml``::

    [profiles.dev]
    tenant_url = "acme-dev.eu.qlikcloud.com"
    api_key_env = "QLIK_DEV_API_KEY"        # or api_key = "..." (keep the file private)

    [profiles.prod]
    tenant_url = "acme.eu.qlikcloud.com"
    client_id = "..."
    client_secret_env = "QLIK_PROD_CLIENT_SECRET"
    concurrency = 16                        # requests in flight (--concurrency overrides)

    [profiles.me]
    tenant_url = "acme.eu.qlikcloud.com"
    auth = "login"                          # signed in by: qlik-catalog login --profile me
    client_id = "..."                       # the tenant's native OAuth client

A profile with ``auth = "login"`` uses the tokens ``qlik-catalog login`` stored for it
(:mod:`qlik_catalog.token_store`), renews them as needed and stores the new ones.

Without ``--profile`` the environment is used (``QLIK_TENANT_URL`` with ``QLIK_API_KEY`` or
``QLIK_CLIENT_ID``/``QLIK_CLIENT_SECRET``). Secrets are never printed.
"""

from __future__ import annotations

import logging
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

from qlik_catalog.auth import OAuthClientCredentials, OAuthRefreshToken
from qlik_catalog.client import QlikCatalog
from qlik_catalog.errors import QlikValueError
from qlik_catalog.tenant import normalise_tenant_url
from qlik_catalog.token_store import StoredLogin, TokenStore, token_store
from qlik_catalog.tokens import TokenSet

# The smallest profiles file, as --help and the errors of a missing profile show it.
EXAMPLE = "\n".join(
    (
        "[profiles.dev]",
        'tenant_url = "acme-dev.eu.qlikcloud.com"',
        'api_key_env = "QLIK_DEV_API_KEY"',
    )
)
# The most requests in flight a profile or --concurrency may ask for: beyond it the rate limits,
# not the latency, bound every job, and a mistyped 10000 would open as many connections.
MAX_CONCURRENCY = 256

# The fields that hold a secret written in the file itself (not named by an environment variable).
_SECRETS = ("api_key", "client_secret")
_warned: set[Path] = set()  # the files already warned about, in this process
logger = logging.getLogger("qlik_catalog")
_FORMAT = 'tenant_url = "..." and api_key_env = "VAR" (or client_id and client_secret_env)'


def config_path() -> Path:
    """Where profiles are read from."""
    explicit = os.environ.get("QLIK_CATALOG_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "qlik-catalog" / "profiles.toml"


def login_store() -> TokenStore:
    """Where ``qlik-catalog login`` keeps tokens: the keyring, or ``tokens/`` beside the
    profiles file."""
    return token_store(config_path().parent / "tokens")


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise QlikValueError(f"cannot read profiles from {path}: {exc}") from exc


def load_profiles(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every profile of the config file (empty when there is no file). A file that holds a
    secret and that group or others may read is warned about (once, see
    :func:`warn_if_exposed`)."""
    path = path or config_path()
    if not path.exists():
        return {}
    profiles = _read(path).get("profiles", {})
    if not isinstance(profiles, dict) or not all(isinstance(p, dict) for p in profiles.values()):
        raise QlikValueError(f"{path}: each profile must be a table [profiles.NAME] ({_FORMAT})")
    warn_if_exposed(path, profiles)
    return profiles


def warn_if_exposed(path: Path, profiles: dict[str, dict[str, Any]]) -> bool:
    """Log a warning (logger ``qlik_catalog``; the CLI shows it as one line on stderr) when
    the profiles file ``path`` has a secret written in it (``api_key`` or ``client_secret``,
    not the ``_env`` forms) and group or others may read it; once per file and process.
    Returns whether it warned."""
    held = sorted({name for p in profiles.values() for name in _SECRETS if p.get(name)})
    if not held or os.name == "nt" or path in _warned:
        return False  # Windows has no group/other permission bits to check
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IRGRP | stat.S_IROTH):
        return False
    _warned.add(path)
    logger.warning(
        "warning: %s holds %s and is readable by group or others (mode %s): run chmod 600 %s",
        path,
        " and ".join(held),
        oct(stat.S_IMODE(mode))[2:],
        path,
    )
    return True


def _missing_profile(profile: str, path: Path, profiles: dict[str, dict[str, Any]]) -> str:
    """Why ``profile`` was not found, and what the file must look like."""
    how = f"each profile is a table [profiles.NAME], e.g. [profiles.{profile}] with {_FORMAT}"
    if not path.exists():
        return f"no profile {profile!r}: {path} does not exist ({how}; or set QLIK_CATALOG_CONFIG)"
    known = ", ".join(sorted(profiles)) or "none"
    message = f"no profile {profile!r} in {path} (its profiles: {known}); {how}"
    others = [name for name in _read(path) if name != "profiles"]
    if profile in others:
        message += f"; the file has [{profile}]: rename it [profiles.{profile}]"
    return message


def profile_secret(profile: dict[str, Any], name: str, where: str) -> str | None:
    """The secret ``name`` of a profile: from the variable ``<name>_env`` names, or written
    in the file; None when neither is given."""
    direct = profile.get(name)
    env_name = profile.get(f"{name}_env")
    if env_name:
        value = os.environ.get(str(env_name))
        if not value:
            raise QlikValueError(f"{where}: {name}_env names {env_name}, which is not set")
        return value
    return str(direct) if direct else None


def profile_entry(profile: str) -> dict[str, Any]:
    """The named profile's table, with a ``tenant_url``; a QlikValueError saying what the
    file lacks otherwise."""
    path = config_path()
    profiles = load_profiles(path)
    if profile not in profiles:
        raise QlikValueError(_missing_profile(profile, path, profiles))
    entry = profiles[profile]
    if not entry.get("tenant_url"):
        raise QlikValueError(f"profile {profile!r} has no tenant_url")
    auth = entry.get("auth")
    if auth is not None and auth != "login":
        raise QlikValueError(f'profile {profile!r}: auth = {auth!r}; the only value is "login"')
    return entry


def _signed_in(profile: str, entry: dict[str, Any], **options: Any) -> QlikCatalog:
    """A client with the tokens ``qlik-catalog login`` stored for ``profile``; new ones are
    stored as they come."""
    tenant = normalise_tenant_url(str(entry["tenant_url"]))
    store = login_store()
    login = store.load(profile)
    how = f"run: qlik-catalog login --profile {profile}"
    if login is None:
        raise QlikValueError(f"profile {profile!r} is not signed in: {how}")
    if normalise_tenant_url(login.tenant_url) != tenant:
        raise QlikValueError(
            f"profile {profile!r} was signed in to {login.tenant_url}, not {tenant}: {how}"
        )
    if login.tokens.refresh_token is None:
        raise QlikValueError(f"profile {profile!r} holds no refresh token: {how}")
    client_id = login.client_id

    def keep(tokens: TokenSet) -> None:
        store.save(profile, StoredLogin(tenant, client_id, tokens))

    def latest() -> TokenSet | None:
        # Another command of this profile may have renewed (and rotated) the tokens first.
        stored = store.load(profile)
        return stored.tokens if stored is not None and stored.client_id == client_id else None

    oauth = OAuthRefreshToken(
        client_id=client_id,
        client_secret=profile_secret(entry, "client_secret", f"profile {profile!r}"),
        refresh_token=login.tokens.refresh_token,
        access_token=login.tokens.access_token,
        expires_at=login.tokens.expires_at,
        on_tokens=keep,
        latest=latest,
        when_refused=f"sign in again: {how}",
    )
    return QlikCatalog(tenant, oauth=oauth, **options)


def profile_concurrency(profile: str, entry: dict[str, Any]) -> int | None:
    """The profile's ``concurrency`` (requests in flight at once), checked; None: not set."""
    value = entry.get("concurrency")
    if value is None:
        return None
    if type(value) is not int or not 1 <= value <= MAX_CONCURRENCY:
        raise QlikValueError(
            f"profile {profile!r}: concurrency = {value!r}; it must be a whole number from 1 "
            f"to {MAX_CONCURRENCY}"
        )
    return value


def client_for(
    profile: str | None, *, default_concurrency: int | None = None, **options: Any
) -> QlikCatalog:
    """A client for the named profile, or from the environment when ``profile`` is None.
    Its concurrency: ``options``' ``concurrency``, else the profile's, else
    ``default_concurrency``, else the client's default."""
    if profile is None:
        if default_concurrency is not None:
            options.setdefault("concurrency", default_concurrency)
        return QlikCatalog.from_env(**options)
    entry = profile_entry(profile)
    concurrency = profile_concurrency(profile, entry)
    if concurrency is None:
        concurrency = default_concurrency
    if concurrency is not None:
        options.setdefault("concurrency", concurrency)
    if entry.get("auth") == "login":
        return _signed_in(profile, entry, **options)
    where = f"profile {profile!r}"
    tenant = entry["tenant_url"]
    api_key = profile_secret(entry, "api_key", where)
    if api_key:
        return QlikCatalog(str(tenant), api_key=api_key, **options)
    client_id = entry.get("client_id")
    client_secret = profile_secret(entry, "client_secret", where)
    if client_id and client_secret:
        oauth = OAuthClientCredentials(client_id=str(client_id), client_secret=client_secret)
        return QlikCatalog(str(tenant), oauth=oauth, **options)
    raise QlikValueError(f"{where} needs api_key(_env), or client_id and client_secret(_env)")
