"""Where ``qlik-catalog login`` keeps a profile's tokens between runs.

Two stores: the system keyring, when the ``keyring`` package is installed and has a working
backend; else one JSON file per profile in a directory only the user may enter (0700), each
file readable only by the user (0600), replaced atomically so a crash never leaves half a
file. ``QLIK_CATALOG_TOKEN_STORE=file`` (or ``keyring``) chooses one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from qlik_catalog.errors import QlikValueError
from qlik_catalog.tokens import TokenSet

KEYRING_SERVICE = "qlik-catalog"
_SAFE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")


@dataclass(frozen=True)
class StoredLogin:
    """A profile's sign-in: who it is for (tenant, OAuth client) and the tokens."""

    tenant_url: str
    client_id: str
    tokens: TokenSet

    def __repr__(self) -> str:
        return (
            f"StoredLogin({self.tenant_url!r}, client_id={self.client_id!r}, "
            f"tokens={self.tokens!r})"
        )

    def to_json(self) -> dict[str, Any]:
        """As JSON data (holds the tokens)."""
        return {
            "tenant_url": self.tenant_url,
            "client_id": self.client_id,
            "tokens": self.tokens.to_json(),
        }

    @classmethod
    def from_json(cls, data: Any, *, where: str) -> StoredLogin:
        """Read back :meth:`to_json`; a :class:`QlikValueError` naming ``where`` if it is not."""
        try:
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            tenant, client = data.get("tenant_url"), data.get("client_id")
            if not isinstance(tenant, str) or not isinstance(client, str) or not client:
                raise ValueError("tenant_url or client_id is missing")
            tokens = data.get("tokens")
            if not isinstance(tokens, dict):
                raise ValueError("tokens are missing")
            return cls(tenant, client, TokenSet.from_json(tokens))
        except ValueError as exc:
            raise QlikValueError(
                f"{where} is not a stored sign-in ({exc}): run qlik-catalog login again"
            ) from None


class TokenStore(Protocol):
    """Keeps one :class:`StoredLogin` per profile name."""

    def load(self, profile: str) -> StoredLogin | None:
        """The profile's sign-in, or None."""

    def save(self, profile: str, login: StoredLogin) -> None:
        """Keep ``login`` for ``profile`` (replacing what was kept)."""

    def delete(self, profile: str) -> bool:
        """Forget the profile's sign-in; whether there was one."""

    def describe(self, profile: str) -> str:
        """Where the profile's sign-in is kept, for messages."""


class FileTokenStore:
    """One private JSON file per profile in ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.directory)!r})"

    def path(self, profile: str) -> Path:
        """The file of ``profile`` (a name that is not a plain file name is hashed)."""
        name = (
            profile
            if _SAFE_NAME.fullmatch(profile) and profile not in (".", "..")
            else ("profile-" + hashlib.sha256(profile.encode()).hexdigest()[:16])
        )
        return self.directory / f"{name}.json"

    def describe(self, profile: str) -> str:
        """The file's path."""
        return str(self.path(profile))

    def load(self, profile: str) -> StoredLogin | None:
        """The profile's sign-in, or None when no file is there."""
        path = self.path(profile)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise QlikValueError(
                f"cannot read the sign-in of {profile!r} from {path}: {exc}"
            ) from None
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        return StoredLogin.from_json(data, where=str(path))

    def save(self, profile: str, login: StoredLogin) -> None:
        """Write the file atomically, readable by the user only."""
        path = self.path(profile)
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            # An existing directory may be wider: nobody else may list the profiles signed in.
            os.chmod(self.directory, 0o700)
            fd, temp = tempfile.mkstemp(prefix=".tokens-", suffix=".tmp", dir=self.directory)
        except OSError as exc:
            raise QlikValueError(f"cannot keep the sign-in in {self.directory}: {exc}") from None
        try:
            # mkstemp creates the file 0600 already; chmod in case a umask or platform differs.
            os.chmod(temp, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(login.to_json(), handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise QlikValueError(f"cannot keep the sign-in in {path}: {exc}") from None

    def delete(self, profile: str) -> bool:
        """Remove the file."""
        try:
            self.path(profile).unlink()
        except FileNotFoundError:
            return False
        return True


class KeyringTokenStore:
    """The system keyring (service ``qlik-catalog``, one entry per profile)."""

    def __init__(self, keyring: Any) -> None:
        self._keyring = keyring

    def __repr__(self) -> str:
        return "KeyringTokenStore()"

    def describe(self, profile: str) -> str:
        """The keyring entry's name."""
        return f"the system keyring ({KEYRING_SERVICE}/{profile})"

    def load(self, profile: str) -> StoredLogin | None:
        """The profile's entry, or None."""
        text = self._keyring.get_password(KEYRING_SERVICE, profile)
        if text is None:
            return None
        try:
            data = json.loads(text)
        except (ValueError, RecursionError, TypeError):
            data = None
        return StoredLogin.from_json(data, where=self.describe(profile))

    def save(self, profile: str, login: StoredLogin) -> None:
        """Replace the profile's entry."""
        self._keyring.set_password(KEYRING_SERVICE, profile, json.dumps(login.to_json()))

    def delete(self, profile: str) -> bool:
        """Remove the profile's entry."""
        if self._keyring.get_password(KEYRING_SERVICE, profile) is None:
            return False
        self._keyring.delete_password(KEYRING_SERVICE, profile)
        return True


def _usable_keyring() -> Any | None:
    """The ``keyring`` module when it is installed and has a real backend."""
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
        from keyring.backends import fail  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up means: use the file
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def token_store(directory: Path) -> TokenStore:
    """The store to use: ``QLIK_CATALOG_TOKEN_STORE`` (``file`` or ``keyring``) if set, else
    the keyring when usable, else files in ``directory``."""
    choice = os.environ.get("QLIK_CATALOG_TOKEN_STORE", "").strip().lower()
    if choice not in ("", "file", "keyring"):
        raise QlikValueError(f"QLIK_CATALOG_TOKEN_STORE={choice!r}: use 'file' or 'keyring'")
    if choice != "file":
        keyring = _usable_keyring()
        if keyring is not None:
            return KeyringTokenStore(keyring)
        if choice == "keyring":
            raise QlikValueError(
                "QLIK_CATALOG_TOKEN_STORE=keyring, but no usable keyring: pip install keyring "
                "(with a backend for this system)"
            )
    return FileTokenStore(directory)
