"""``qlik.apps``: the two app operations catalog work needs (get, delete)."""

from __future__ import annotations

from qlik_catalog_api.api.apps import delete_app, get_app_info
from qlik_catalog_api.models import NxApp

from qlik_catalog.resources.base import Resource, check_id


class Apps(Resource):
    """Qlik Sense apps.

    Example::

        app = await qlik.apps.get(app_id)
        print(app.attributes.name)
    """

    async def get(self, id: str) -> NxApp:
        """An app's attributes, create rights and privileges."""
        return await self._qlik.call(
            get_app_info._get_kwargs(check_id(id, what="get app")),
            get_app_info._parse_response,
            NxApp,
        )

    async def delete(self, id: str) -> None:
        """Delete an app."""
        await self._qlik.send(delete_app._get_kwargs(check_id(id, what="delete app")))
