"""``qlik.apps``: the two app operations catalog work needs (get, delete)."""

from __future__ import annotations

from typing import Unpack

from qlik_catalog_api.models import NxApp

from qlik_catalog import _endpoints as ep
from qlik_catalog.resources.base import CallOptions, Resource, check_id


class Apps(Resource):
    """Qlik Sense apps.

    Example::

        app = await qlik.apps.get(app_id)
        print(app.attributes.name)
    """

    async def get(self, id: str, **options: Unpack[CallOptions]) -> NxApp:
        """An app's attributes, create rights and privileges."""
        return await self._qlik.call(ep.get_app_info(check_id(id, what="get app")), **options)

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete an app."""
        await self._qlik.send(ep.delete_app(check_id(id, what="delete app")), **options)
