"""The users API: the user list (SCIM filters, cursor pages), one user, and the caller
(``/users/me``, created on first mention like every user the emulator hears of)."""

from __future__ import annotations

import re
from collections.abc import Callable

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import project, sort_docs
from qlik_catalog.emulator.problems import bad_request, required
from qlik_catalog.emulator.state import Doc
from qlik_catalog.spec import model_fields

_SCIM_TERM = re.compile(r'\s*(\w+)\s+(eq|ne|co|sw)\s+"([^"]*)"\s*', re.I)


def _scim_filter(expression: str) -> Callable[[Doc], bool]:
    """A predicate for the SCIM filters Qlik's users list takes: ``attr op "value"`` terms
    (eq, ne, co, sw) joined by ``and``. Anything else is a 400."""
    tests: list[Callable[[Doc], bool]] = []
    for term in re.split(r"\s+and\s+", expression.strip(), flags=re.I):
        match = _SCIM_TERM.fullmatch(term)
        if match is None:
            raise bad_request(f"filter {expression!r} is not a supported SCIM filter")
        attr, op, value = match.group(1), match.group(2).lower(), match.group(3)

        def test(doc: Doc, attr: str = attr, op: str = op, value: str = value) -> bool:
            actual = str(doc.get(attr, ""))
            return {
                "eq": actual == value,
                "ne": actual != value,
                "co": value.lower() in actual.lower(),
                "sw": actual.lower().startswith(value.lower()),
            }[op]

        tests.append(test)
    return lambda doc: all(test(doc) for test in tests)


def _user_fields(call: Call, doc: Doc) -> Doc:
    """The user as answered: with its own link (every answer has it), then ``fields``."""
    doc = {**doc, "links": {"self": {"href": f"{call.base_url}/api/v1/users/{doc['id']}"}}}
    fields = call.query.get("fields")
    return project(doc, fields) if fields else doc


@handles("getUsers")
def list_users(call: Call) -> Answer:
    query = call.query
    docs = list(call.state.users.values())
    if "filter" in query:
        keep = _scim_filter(query["filter"])
        docs = [d for d in docs if keep(d)]
    sort = query.get("sort")
    if sort:
        docs = sort_docs(docs, sort.replace("_id", "id"), model_fields("User"))
    body = call.cursor_page([_user_fields(call, d) for d in docs])
    if query.get("totalResults"):
        body["totalResults"] = len(docs)
    return Answer(200, body)


@handles("getMyUser")
def me(call: Call) -> Answer:
    return Answer(200, _user_fields(call, call.state.user(call.user_id)))


@handles("getUser")
def get_user(call: Call) -> Answer:
    return Answer(200, _user_fields(call, required(call.state.users, call.path["userId"], "user")))
