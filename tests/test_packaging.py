"""The distribution's metadata and long description: the MIT license file it declares, a
classifier for every Python the suite runs on, and a README (the PyPI page) whose links resolve
there: no link or image relative to the repository."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# A Markdown link or image, an HTML href or src: what PyPI would turn into a link.
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|\b(?:href|src)\s*=\s*[\"']([^\"']+)")


def project() -> dict[str, Any]:
    meta: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return meta


def test_the_license_file_is_shipped_and_is_mit() -> None:
    meta = project()
    assert meta["license"] == "MIT"
    assert meta["license-files"] == ["LICENSE"]
    # PEP 639: a license expression replaces the License classifiers (PyPI refuses both).
    assert not [c for c in meta["classifiers"] if c.startswith("License ::")]
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 qlik-catalog developers\n")


def test_a_classifier_for_every_python_the_suite_runs_on() -> None:
    versions = re.search(r"^PYVERSIONS := (.+)$", (ROOT / "Makefile").read_text("utf-8"), re.M)
    assert versions is not None
    classifiers = project()["classifiers"]
    declared = {
        c.rsplit(" :: ", 1)[1]
        for c in classifiers
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    assert declared == set(versions.group(1).split())
    assert "Programming Language :: Python :: 3 :: Only" in classifiers
    assert "Framework :: Pytest" in classifiers  # the pytest11 entry point


def links(text: str) -> list[str]:
    """Every link and image target of a Markdown text."""
    return [a or b for a, b in LINK.findall(text)]


def test_the_readme_has_no_link_that_breaks_on_pypi() -> None:
    readme = (ROOT / project()["readme"]).read_text("utf-8")
    broken = [t for t in links(readme) if not t.startswith("https://")]
    assert broken == []


def test_relative_links_are_found() -> None:
    sample = "[results](benchmarks/results.md) ![plot](results.png) <img src='a.png'> [ok](https://x.org)"
    assert links(sample) == ["benchmarks/results.md", "results.png", "a.png", "https://x.org"]
