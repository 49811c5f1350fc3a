"""More shapes in which a site names itself in its own voice: its reporter at the scene, its paywall notice,
'this newspaper' (our own invented pages), and the look-alikes that name another outlet."""

from factories import HEAD, P1, P2, P3, P_LONG, meta_of


def _page(sentence: str, head: str = "") -> str:
    return f"{head}{HEAD}\n\n{P_LONG}\n\n{P1} {sentence}\n\n{P2}\n\n{P3}"


def test_the_sites_reporter_at_the_scene_names_it():
    seen = "At the depot, a Kessel Radio Network reporter observed crews loading the last of the steel."
    assert meta_of(_page(seen)).source == "Kessel Radio Network"


def test_another_papers_reporter_spoken_to_or_quoted_names_no_site():
    told = "The engineer told a Marrow Evening Times reporter that the steel was late."
    assert meta_of(_page(told)).source is None
    quoted = '"A Marrow Evening Times reporter saw the cracks first," the engineer said.'
    assert meta_of(_page(quoted)).source is None


def test_a_paywall_notice_over_the_page_names_the_site():
    text = f"Kesselscoop has an Ethical Paywall\n\nLicence needed for work use Learn More\n\n{_page('')}"
    assert meta_of(text).source == "Kesselscoop"


def test_a_story_about_a_paywall_names_no_site():
    story = "Readers said the Marrow Evening Times paywall had cost the paper half of its online audience."
    assert meta_of(_page(story)).source is None


def test_this_newspaper_speaks_for_the_site():
    review = "Below follows this newspaper's fourth yearly review, drawn from Harbour Evening Times stories alone."
    assert meta_of(_page(review)).source == "Harbour Evening Times"


def test_this_newspaper_in_somebody_elses_words_names_no_site():
    said = "Ana Veer said this newspaper had read the Harbour Evening Times report before the vote."
    assert meta_of(_page(said)).source is None


def test_a_partner_paper_beside_this_newspaper_names_no_site():
    joint = "A review of council files by this newspaper and the Marrow Gazette found the cost had doubled."
    assert meta_of(_page(joint)).source is None
