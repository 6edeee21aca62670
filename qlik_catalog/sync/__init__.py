"""Bulk catalog sync: export a tenant's catalog, plan and apply a desired state, copy between
tenants. ``qlik.catalog`` is the entry point::

    summary = await qlik.catalog.export("catalog.db")
    plan = await qlik.catalog.plan("catalog.yaml")
    report = await qlik.catalog.apply(plan, report="apply-report.json")
"""

from qlik_catalog.sync.apply import ApplyReport, Outcome, apply_plan
from qlik_catalog.sync.catalog_file import CatalogFile, load_catalog_file, parse_catalog
from qlik_catalog.sync.export import ExportSummary, export_catalog
from qlik_catalog.sync.plan import Change, Plan, make_plan
from qlik_catalog.sync.resource import CatalogSync
from qlik_catalog.sync.snapshot import Snapshot

__all__ = [
    "ApplyReport",
    "CatalogFile",
    "CatalogSync",
    "Change",
    "ExportSummary",
    "Outcome",
    "Plan",
    "Snapshot",
    "apply_plan",
    "export_catalog",
    "load_catalog_file",
    "make_plan",
    "parse_catalog",
]
