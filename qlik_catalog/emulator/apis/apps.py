"""The apps API: an app's info and its deletion (metadata only: the emulator runs no engine)."""

from __future__ import annotations

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.problems import required


@handles("getAppInfo")
def get_app(call: Call) -> Answer:
    app = required(call.state.apps, call.path["appId"], "app")
    # The emulator keeps an app's space among its attributes (spaces and items need it), but
    # Qlik's NxAttributes type has no spaceId: the answer leaves it out.
    attributes = {k: v for k, v in app["attributes"].items() if k != "spaceId"}
    return Answer(200, {**app, "attributes": attributes})


@handles("deleteApp")
def delete_app(call: Call) -> Answer:
    """The app and its item."""
    call.state.delete_app(call.path["appId"])
    return Answer(200)
