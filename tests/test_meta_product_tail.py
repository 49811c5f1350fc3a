"""A product a site puts after its own name ('KMRV News Wire') is cut back to the brand when the page also
prints the brand alone (our own invented pages)."""

from factories import HEAD, P1, P2, P3, meta_of

STORY = "\n\n".join([P1, P2, P3])


def test_the_brand_the_page_also_prints_alone_is_the_outlet():
    text = f"{HEAD}\n\nSource: KMRV News Wire\n\n{STORY}\n\nKMRV Footer\n\nContact us"
    assert meta_of(text).source == "KMRV"


def test_a_product_name_the_page_never_shortens_stays_whole():
    text = f"{HEAD}\n\nSource: KMRV News Wire\n\n{STORY}\n\nContact us"
    assert meta_of(text).source == "KMRV News Wire"


def test_a_place_before_the_product_is_no_brand():
    text = f"{HEAD}\n\nSource: Kesselby News Wire\n\n{STORY}\n\nKesselby in winter\n\nContact us"
    assert meta_of(text).source == "Kesselby News Wire"


def test_the_sites_own_news_service_is_no_wire_credit():
    # "Source: KMRV News Wire" on KMRV's own page names its newsroom, not a syndicated story's maker.
    text = f"{HEAD}\n\nSource: KMRV News Wire\n\n{STORY}\n\nKMRV Footer\n\nContact us"
    assert meta_of(text).credit is None
