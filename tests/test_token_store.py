"""The token store: private files written whole, a keyring when one is usable, and a clear
error for what is not a stored sign-in."""

from __future__ import annotations

import os
import stat
import sys
import types
from pathlib import Path

import pytest

from qlik_catalog import QlikValueError, TokenSet
from qlik_catalog.token_store import (
    KEYRING_SERVICE,
    FileTokenStore,
    KeyringTokenStore,
    StoredLogin,
    token_store,
)

LOGIN = StoredLogin(
    "https://acme.eu.qlikcloud.com",
    "native-client",
    TokenSet(access_token="acc-secret-1", refresh_token="ref-secret-1", expires_at=1.7e9),
)


def test_a_file_store_keeps_a_login_readable_by_the_user_only(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "tokens")
    assert store.load("me") is None
    store.save("me", LOGIN)
    path = store.path("me")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.load("me") == LOGIN
    assert [p.name for p in path.parent.iterdir()] == ["me.json"]  # no temporary left
    assert store.delete("me") is True
    assert store.delete("me") is False
    assert store.load("me") is None


def test_a_profile_name_that_is_not_a_file_name_stays_inside_the_directory(
    tmp_path: Path,
) -> None:
    store = FileTokenStore(tmp_path / "tokens")
    for name in ("../escape", "a/b", "..", "x" * 300):
        assert store.path(name).parent == tmp_path / "tokens"
    store.save("../escape", LOGIN)
    assert not (tmp_path / "escape.json").exists()
    assert store.load("../escape") == LOGIN


@pytest.mark.parametrize(
    "content", ["", "not json", "[]", '{"tenant_url": "x", "client_id": "c"}', '{"tokens": {}}']
)
def test_a_file_that_is_not_a_stored_login_is_a_clear_error(tmp_path: Path, content: str) -> None:
    store = FileTokenStore(tmp_path)
    store.path("me").write_text(content)
    with pytest.raises(QlikValueError, match=r"not a stored sign-in.*login again"):
        store.load("me")


def test_no_repr_shows_a_token(tmp_path: Path) -> None:
    shown = repr(LOGIN) + repr(FileTokenStore(tmp_path))
    assert "acc-secret-1" not in shown
    assert "ref-secret-1" not in shown


class _Keyring:
    """A keyring module's three calls, in memory."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.entries.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.entries[(service, name)] = value

    def delete_password(self, service: str, name: str) -> None:
        del self.entries[(service, name)]


def test_a_keyring_store_keeps_one_entry_per_profile() -> None:
    keyring = _Keyring()
    store = KeyringTokenStore(keyring)
    store.save("me", LOGIN)
    assert list(keyring.entries) == [(KEYRING_SERVICE, "me")]
    assert store.load("me") == LOGIN
    assert store.delete("me") is True
    assert store.load("me") is None
    assert store.delete("me") is False


def _fake_keyring_module(monkeypatch: pytest.MonkeyPatch, *, priority: float) -> None:
    class Backend:
        pass

    backend = Backend()
    backend.priority = priority  # type: ignore[attr-defined]
    memory = _Keyring()
    module = types.ModuleType("keyring")
    module.get_keyring = lambda: backend  # type: ignore[attr-defined]
    module.get_password = memory.get_password  # type: ignore[attr-defined]
    module.set_password = memory.set_password  # type: ignore[attr-defined]
    module.delete_password = memory.delete_password  # type: ignore[attr-defined]
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")

    class FailKeyring:
        pass

    fail.Keyring = FailKeyring  # type: ignore[attr-defined]
    backends.fail = fail  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    monkeypatch.setitem(sys.modules, "keyring.backends", backends)
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)


def test_the_keyring_is_chosen_when_usable_and_files_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QLIK_CATALOG_TOKEN_STORE", raising=False)
    _fake_keyring_module(monkeypatch, priority=5)
    assert isinstance(token_store(tmp_path), KeyringTokenStore)
    monkeypatch.setenv("QLIK_CATALOG_TOKEN_STORE", "file")
    assert isinstance(token_store(tmp_path), FileTokenStore)
    monkeypatch.delenv("QLIK_CATALOG_TOKEN_STORE")
    _fake_keyring_module(monkeypatch, priority=0)  # keyring's "no backend" answer
    assert isinstance(token_store(tmp_path), FileTokenStore)
    monkeypatch.setenv("QLIK_CATALOG_TOKEN_STORE", "keyring")
    with pytest.raises(QlikValueError, match="no usable keyring"):
        token_store(tmp_path)
    monkeypatch.setenv("QLIK_CATALOG_TOKEN_STORE", "vault")
    with pytest.raises(QlikValueError, match="'file' or 'keyring'"):
        token_store(tmp_path)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        FileTokenStore(tmp_path / "t").save("me", LOGIN)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "t" / "me.json").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_existing_wider_directory_is_made_private(tmp_path: Path) -> None:
    directory = tmp_path / "tokens"
    directory.mkdir(mode=0o755)
    directory.chmod(0o755)
    FileTokenStore(directory).save("me", LOGIN)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
