"""The emulator's handlers, one module per Qlik API (named as in ``openapi/`` and
``qlik_catalog/resources/``). Importing this package registers every handler (``@handles``);
the shared catalog code is in ``_catalog.py``, the rules that span APIs on the tenant state.
"""

from qlik_catalog.emulator.apis import (
    apps,
    data_assets,
    data_files,
    data_products,
    data_qualities,
    data_sets,
    data_stores,
    items,
    reports,
    spaces,
    trust_scores,
    users,
)

__all__ = [
    "apps",
    "data_assets",
    "data_files",
    "data_products",
    "data_qualities",
    "data_sets",
    "data_stores",
    "items",
    "reports",
    "spaces",
    "trust_scores",
    "users",
]
