"""QlikCatalog's configuration: the credentials it is given."""

from __future__ import annotations

import pytest

from qlik_catalog import QlikCatalog, QlikValueError
from tests.wire import TENANT


def test_exactly_one_credential() -> None:
    with pytest.raises(QlikValueError, match="exactly one credential"):
        QlikCatalog(TENANT)
