"""``qlik_catalog._fast_listing``: a listing's page read into each object's column fields and
JSON text as sent, or ``None`` for any page of another shape (read the general way)."""

from __future__ import annotations

import json

import pytest

from qlik_catalog._fast_listing import read_listing


def test_a_page_gives_each_objects_fields_and_its_text_as_sent() -> None:
    first = (
        '{"id":"ds-1","name":"Sales","technicalName":"sales","spaceId":"sp-1",'
        '"tenantId":"t-1","createdTime":"2026-01-01T00:00:00Z","lastModifiedTime":null,'
        '"dataAssetInfo":{"id":"da-1","dataStoreInfo":{"id":"st-1"}},"size":12345678901234567890123,'
        '"note":"caf\\u00e9 \u2603"}'
    )
    second = '{ "id" : "ds-2" , "schema" : { "fields" : [ { "name" : "a" } ] } }'
    content = f'{{"data":[{first},{second}],"total":2,"pages":1,"links":{{"next":null}}}}'
    listing = read_listing(content.encode())
    assert listing is not None
    assert [text for _, text in listing.objects] == [first, second]  # byte for byte
    fields, _ = listing.objects[0]
    assert (fields.id, fields.name, fields.technicalName, fields.spaceId) == (
        "ds-1",
        "Sales",
        "sales",
        "sp-1",
    )
    assert (fields.tenantId, fields.createdTime, fields.lastModifiedTime) == (
        "t-1",
        "2026-01-01T00:00:00Z",
        None,
    )
    assert fields.dataAssetInfo is not None
    assert fields.dataAssetInfo.id == "da-1"
    assert fields.dataAssetInfo.dataStoreInfo is not None
    assert fields.dataAssetInfo.dataStoreInfo.id == "st-1"
    assert json.loads(first)["size"] == 12345678901234567890123  # the text keeps it exact
    assert (listing.total, listing.pages, listing.links) == (2, 1, {"next": None})


@pytest.mark.parametrize(
    "content",
    [
        b"[]",  # not an object
        b'{"data":{"id":"ds-1"}}',  # data not a list
        b'{"total":0}',  # no data
        b'{"data":[1]}',  # an item that is not an object
        b'{"data":[{"name":"no id"}]}',
        b'{"data":[{"id":7}]}',  # an id that is not a string
        b'{"data":[{"id":"ds-1","name":{"an":"object"}}]}',  # a column field of another type
        b'{"data":[{"id":"ds-1","dataStoreInfo":"st-1"}]}',
        b'{"data":[{"id":"ds-1","lastModifiedTime":5}]}',
        b'{"data":[{"id":"ds-1","x":"\xff"}]}',  # not UTF-8
        b'{"data":[{"id":"ds-1","x":NaN}]}',  # not JSON
        b'{"data":[{"id":"ds-1"}]',  # cut short
    ],
)
def test_any_other_shape_is_left_to_the_general_reading(content: bytes) -> None:
    assert read_listing(content) is None
