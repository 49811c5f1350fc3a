"""Residue pasted over the headline: a server's stack trace glued to the page's title, and a share widget's
label after the paste's date marker, are never the headline (our own invented examples)."""

from factories import P2, P3, meta_of

HEAD = "Two ferries collide in fog off Kessel point"
LEAD = ("Two passenger ferries collided in thick fog off Kessel point on Sunday, the harbour board said, and all"
        " those on board were brought ashore without harm.")
STORY = "\n\n".join([LEAD, P2, P3])
TRACE = ("System.InvalidOperationException: Sequence holds no item for the page request. at"
         " Kessel.Web.PageBase.OnLoad(EventArgs e) in d:\\sites\\kessel\\Page.aspx.cs:line 412")


def test_a_stack_trace_glued_to_the_page_title_is_cut_off():
    info = meta_of(f"{TRACE} {HEAD} | KesselTech\n\n{HEAD}\n\nMarch 3, 2026\n\n{STORY}")
    assert info.title == HEAD
    assert info.source == "KesselTech"


def test_a_stack_trace_alone_is_not_the_headline():
    assert meta_of(f"{TRACE}\n\n{HEAD}\n\n{STORY}").title == HEAD


def test_a_share_widgets_label_after_the_marker_is_not_the_headline():
    text = f" date 2026-03-03 Spread the love\n\nKESSEL, March 3, 2026 (Marrow Wire): {LEAD}\n\n{P2}\n\n{P3}"
    assert meta_of(text).title is None


def test_an_error_named_in_a_headline_stays():
    head = "Kessel.Net outage: a server error takes the port's booking site down for a day"
    assert meta_of(f"{head}\n\n{STORY}").title == head
