"""Title, outlet, authors and date on pages as people copy them: select-all from a browser (trending rows,
menus, footers), from the headline down, reader mode, app shares, read-later exports, saved HTML
(our own invented examples; see test_meta_pages and the test_meta_shapes* modules)."""

import pytest
from factories import HEAD, STORY, meta_of

# --- headlines ----------------------------------------------------------------------

TRENDING = "Harbour Fair Returns In August\nStorm Damage Photos\nBest Chowder On The Coast"
OTHERS = "Man charged after Kessel petrol station robbery\nSpring thaw brings flood watch for Kessel Creek"


@pytest.mark.parametrize("top", [
    f"Trending\n{OTHERS}\nTop Stories\nCounty to fund 200 new care beds\nMarrow Weekly\nHome\nLocal\nWeather",
    f"Marrow Weekly\nNews\nSport\nObituaries\nThings To Do\nTrending Now\n{TRENDING}\nAdvertisement",
    f"Trending\n{OTHERS}\nMarrow Weekly\nHome\nLocal\nSport\nWeather",
])
def test_a_trending_row_over_the_menu_or_in_it_is_not_the_headline(top):
    standfirst = "Councillors voted 9-2 after a debate that ran past midnight on Monday"
    m = meta_of(f"{top}\n\n{HEAD}\n\n{standfirst}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Finch",))


def test_a_scoreboard_over_the_match_report_is_not_its_headline():
    head = "Marrow Athletic 3-1 Kessel Rovers: Okafor double sends Athletic top"
    board = "FT\nMarrow Athletic 3\nOkafor 12', 67', Lind 80'\nKessel Rovers 1\nDane 44' (pen)\nAttendance: 18,402"
    m = meta_of(f"Football\nScores & Fixtures\nTables\n\n{head}\n\nReport\n\n{board}\n\nAda Finch\nFootball reporter\n"
                f"Sunday 8 March 2026 19:05, UK\n\n{STORY}")
    assert (m.title, m.authors) == (head, ("Ada Finch",))
