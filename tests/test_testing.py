"""The pytest plugin (qlik_catalog.testing) in a user's bare project, with no pytest config.

Each case runs pytest in a subprocess in a fresh directory outside the repo (so none of our
own settings, such as ``asyncio_mode = auto``, apply), with the plugin loaded through its
``pytest11`` entry point as a user's suite gets it, under each async runner a user may have:
pytest-asyncio in its default strict mode and in auto mode, anyio's plugin alone (anyio is a
core dependency, so its plugin is always there), and both.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parents[1] / "README.md"
README_MARKER = "<!-- check-wheel: the pytest example -->"

# Setup name -> (pytest arguments, ini file text or None). `-p no:NAME` unloads a runner.
SETUPS: dict[str, tuple[list[str], str | None]] = {
    "pytest-asyncio strict": (["-p", "no:anyio"], None),
    "pytest-asyncio auto": (["-p", "no:anyio"], "[pytest]\nasyncio_mode = auto\n"),
    "anyio only": (["-p", "no:asyncio"], None),
    "pytest-asyncio strict and anyio": ([], None),
}


def readme_example() -> str:
    """The README's pytest example, verbatim: the python block after its marker comment."""
    text = README.read_text(encoding="utf-8")
    assert README_MARKER in text, f"README.md lost the line {README_MARKER!r}"
    match = re.match(r"\s*```python\n(.*?)^```", text.split(README_MARKER, 1)[1], re.S | re.M)
    assert match, f"no ```python block right after {README_MARKER!r} in README.md"
    return match.group(1)


# Our dev venv's other pytest plugins, which a bare project does not have (and which take half
# of each run's start-up).
NOT_IN_A_BARE_PROJECT = [
    "-p",
    "no:schemathesis",
    "-p",
    "no:hypothesispytest",
    "-p",
    "no:pytest_httpx",
]


def run_in(pytester: pytest.Pytester, setup: str) -> pytest.RunResult:
    args, ini = SETUPS[setup]
    if ini is not None:
        pytester.makeini(ini)
    return pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-v", "-ra", *NOT_IN_A_BARE_PROJECT, *args
    )


UNMARKED_TESTS = """
import anyio

CALLS = []


async def test_counts_its_runs(emulated_tenant, emulated_qlik):
    CALLS.append(1)
    emulated_tenant.seed(stores=3)
    assert len(await emulated_qlik.data_stores.list().to_list()) == 3


async def test_fails_in_its_body(emulated_qlik):
    await emulated_qlik.data_stores.list()
    assert 1 == 2


def test_each_async_test_ran_once():
    assert CALLS == [1]


def test_a_sync_test_uses_the_fixtures(emulated_tenant, emulated_qlik):
    emulated_tenant.seed(stores=2)

    async def count():
        return len(await emulated_qlik.data_stores.list().to_list())

    assert anyio.run(count) == 2
"""

LOOP_TESTS = """
import asyncio
import warnings


async def test_run_by_the_plugin(emulated_qlik):
    await emulated_qlik.data_stores.list()


def test_later_sync_code_finds_the_event_loop():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        asyncio.get_event_loop_policy().get_event_loop()
"""


@pytest.mark.parametrize("setup", SETUPS)
def test_unmarked_async_tests_using_the_fixtures_run(pytester: pytest.Pytester, setup: str) -> None:
    pytester.makepyfile(test_readme=readme_example(), test_unmarked=UNMARKED_TESTS)
    result = run_in(pytester, setup)
    result.stdout.fnmatch_lines(["test_readme.py::test_my_sync PASSED*"])
    # The failure is the test's own assertion: its body ran (not pytest's "not supported").
    result.stdout.fnmatch_lines(["FAILED test_unmarked.py::test_fails_in_its_body - assert 1 == 2"])
    result.assert_outcomes(passed=4, failed=1)


@pytest.mark.parametrize("setup", [name for name in SETUPS if name != "pytest-asyncio auto"])
def test_a_test_the_plugin_runs_leaves_the_threads_event_loop_alone(
    pytester: pytest.Pytester, setup: str
) -> None:
    # asyncio.Runner without a loop factory clears the thread's current event loop when it ends,
    # which breaks later code that asks for it. (In auto mode pytest-asyncio runs the test, and
    # what it does with the loop is its own business.)
    pytester.makepyfile(test_loop=LOOP_TESTS)
    result = run_in(pytester, setup)
    result.assert_outcomes(passed=2)


def test_a_test_marked_asyncio_is_left_to_pytest_asyncio(pytester: pytest.Pytester) -> None:
    # Two tests on pytest-asyncio's module-scoped loop see the same loop; had the plugin run
    # them itself, each would have had a loop of its own.
    pytester.makepyfile(
        test_marked="""
        import asyncio
        import pytest

        LOOPS = []


        @pytest.mark.asyncio(loop_scope="module")
        async def test_first(emulated_qlik):
            LOOPS.append(asyncio.get_running_loop())
            await emulated_qlik.data_stores.list()


        @pytest.mark.asyncio(loop_scope="module")
        async def test_second(emulated_qlik):
            await emulated_qlik.data_stores.list()
            assert LOOPS == [asyncio.get_running_loop()]
        """
    )
    result = run_in(pytester, "pytest-asyncio strict and anyio")
    result.assert_outcomes(passed=2)


def test_a_test_marked_anyio_is_left_to_anyio_on_each_backend(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_marked="""
        import pytest
        import sniffio


        @pytest.mark.anyio
        async def test_marked(emulated_tenant, emulated_qlik, anyio_backend_name):
            assert sniffio.current_async_library() == anyio_backend_name
            emulated_tenant.seed(stores=2)
            assert len(await emulated_qlik.data_stores.list().to_list()) == 2
        """
    )
    result = run_in(pytester, "anyio only")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*test_marked*asyncio*PASSED*", "*test_marked*trio*PASSED*"])


def test_async_tests_without_the_fixtures_are_left_alone(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_other="""
        async def test_not_ours():
            pass
        """
    )
    result = run_in(pytester, "pytest-asyncio strict and anyio")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*async def functions are not natively supported*"])
