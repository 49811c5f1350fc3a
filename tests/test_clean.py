"""Cleaning web pastes: the body is exactly the story, every paragraph of it, once."""

import pytest

from briefing.article.clean import clean, unwrap_markdown_inline

P1 = "The town council approved a new bridge over the Marrow river on Tuesday after a two-hour debate."
P2 = "Work will start in May and the bridge should open to cyclists and walkers by the end of next year."
P3 = '"We have waited a long time for this," said councillor Ada Finch, who proposed the plan.'
P4 = "The bridge will cost about 4 million crowns, most of it paid by the regional transport fund."
STORY = [P1, P2, P3, P4]


def body(text, fmt="text", html_meta=None):
    return clean(text, fmt, html_meta).body


def page_with(*lines, sep="\n\n"):
    return sep.join(lines)


def test_ui_words_on_their_own_line_are_dropped():
    text = page_with(
        "Upgrade", "Marrow council backs new river bridge", "Profile Image", "icon", "Share this article",
        P1, P2, "Subscribe to The Morning Bridge", "All Newsletters", P3, P4, "topics",
        "Follow the topics in this article",
    )
    assert body(text) == STORY


def test_read_next_promo_is_dropped():
    text = page_with("Marrow council backs new river bridge", P1, P2, "Read Next: Ferry fares to rise in spring", P3, P4)
    assert body(text) == STORY


def test_copyright_and_disclaimer_paragraphs_are_dropped():
    text = page_with(
        "Marrow council backs new river bridge", *STORY,
        "This article is for information only and is not investment advice.",
        "Copyright 2025 Marrow Courier. This material may not be published, broadcast, rewritten or redistributed.",
        "© 2025 Marrow Courier Ltd. All rights reserved.",
    )
    assert body(text) == STORY


def test_corrections_email_line_is_dropped():
    text = page_with("Marrow council backs new river bridge", *STORY, "For updates and corrections, email desk[at]marrow[dot]example.")
    assert body(text) == STORY


def test_photo_captions_and_credits_are_dropped():
    text = page_with(
        "Marrow council backs new river bridge",
        P1,
        "The old ferry landing at dusk. © Lena Vik/Getty Images",
        P2,
        "Councillors vote on the bridge plan. (Photo Courtesy of Marrow Council)",
        P3,
        "A model of the bridge on display in the town hall. Photo: Ivo Brandt/Courier Pictures",
        P4,
    )
    assert body(text) == STORY


def test_a_bare_caption_repeated_with_its_credit_is_dropped_both_times():
    caption = "The mayor at the river bank on Monday."
    text = page_with("Marrow council backs new river bridge", caption, caption + " (Photo by Ivo Brandt/Courier)", *STORY, sep="\n")
    assert body(text) == STORY


def test_reading_time_lines_are_dropped():
    text = page_with("Marrow council backs new river bridge", "47min read", "5 min read", *STORY)
    assert body(text) == STORY


def test_section_label_byline_and_dateline_leave_the_body_and_become_furniture():
    text = page_with("Local News", "Marrow council backs new river bridge", "By Ada Linde", "Mar 4, 2025 | 9:10 AM GMT-05", *STORY, sep="\n")
    page = clean(text)
    assert page.body == STORY
    assert page.lines("title") == ["Marrow council backs new river bridge"]
    assert page.lines("byline") == ["By Ada Linde"]
    assert page.lines("date") == ["Mar 4, 2025 | 9:10 AM GMT-05"]
    assert "Local News" not in page.lines("title")


def test_markdown_links_bold_and_headings_are_unwrapped():
    text = page_with(
        "# Marrow council backs new river bridge",
        "The **town council** approved a [new bridge](https://example.org/bridge) over the Marrow river on Tuesday after a two-hour debate.",
        "## What happens next",
        P2,
    )
    page = clean(text, "markdown")
    assert page.lines("title") == ["Marrow council backs new river bridge"]
    assert page.body == [P1, "What happens next", P2]
    assert unwrap_markdown_inline("[text](https://x.example/a_(b)) and **bold** and _it_") == "text and bold and it"


def test_a_paragraph_repeated_verbatim_is_kept_once():
    text = page_with("Marrow council backs new river bridge", P1, P2, P2, P3, P4)
    assert body(text) == STORY


def test_a_standfirst_repeated_as_the_first_paragraph_is_kept_once():
    standfirst = "The town will get its first fixed crossing of the river in a century."
    text = page_with("Marrow council backs new river bridge", standfirst, "By Ada Linde", standfirst, *STORY, sep="\n")
    assert body(text) == [standfirst, *STORY]


def test_paragraphs_separated_by_single_newlines():
    text = "Marrow council backs new river bridge\n" + "\n".join(STORY)
    assert body(text) == STORY


def test_hard_wrapped_paragraphs_are_joined_back():
    wrapped = []
    for para in STORY:
        words, line, lines = para.split(), "", []
        for w in words:
            if len(line) + len(w) + 1 > 60:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        wrapped.append("\n".join(lines))
    text = "Marrow council backs new river bridge\nBy Ada Linde\n\n" + "\n\n".join(wrapped)
    page = clean(text)
    assert page.body == STORY
    assert page.lines("title") == ["Marrow council backs new river bridge"]


def test_a_wrapped_headline_is_one_title():
    text = (
        "Marrow council backs new river bridge after a long debate over the\n"
        "cost\n\nBy Ada Linde\n\n"
        "The town council approved a new bridge over the Marrow river on\n"
        "Tuesday after a two-hour debate that ran late into the evening and\n"
        "ended with a narrow vote.\n\n"
        "Work will start in May and the bridge should open to cyclists and\n"
        "walkers by the end of next year, the council said in a statement.\n\n"
        "The bridge will cost about 4 million crowns, most of it paid by the\n"
        "regional transport fund, and the rest by a local levy.\n"
    )
    page = clean(text)
    assert page.lines("title") == ["Marrow council backs new river bridge after a long debate over the cost"]
    assert len(page.body) == 3 and page.body[0].endswith("ended with a narrow vote.")


def test_markdown_list_items_stay_separate():
    text = page_with(
        "# Marrow council backs new river bridge",
        P1,
        "The plan includes:",
        "- a cycle lane on both sides of the deck\n- lighting powered by panels on the railings\n- a viewing platform at mid-span",
        P2,
    )
    assert body(text, "markdown") == [
        P1, "The plan includes:", "a cycle lane on both sides of the deck",
        "lighting powered by panels on the railings", "a viewing platform at mid-span", P2,
    ]


def test_promo_lists_and_topic_tags_after_the_story_are_dropped():
    text = page_with(
        "Marrow council backs new river bridge", *STORY,
        "Related stories", "Ferry fares to rise in spring", "Why the old bridge was pulled down in 1921",
        "Sign up for the Courier's free daily newsletter",
        "Most read", "Town market moves indoors for winter",
        "topics", "Transport", "Local politics",
        sep="\n",
    )
    assert body(text) == STORY


def test_a_list_ending_the_story_is_kept():
    text = page_with(
        "# Marrow council backs new river bridge", P1, P2, "**What to watch**",
        "- Whether the regional fund confirms its share\n- When the ferry operator announces its last sailing",
        "© 2025 Marrow Courier",
    )
    assert body(text, "markdown") == [
        P1, P2, "What to watch", "Whether the regional fund confirms its share",
        "When the ferry operator announces its last sailing",
    ]


def test_wire_signature_credit_and_dateline_are_not_story_text():
    text = page_with(
        "MARROW, March 4 (Tidewater Wire) - " + P1, P2, P3, P4,
        "(Reporting by Ada Linde in Marrow; Editing by Tom Berg)", "Tidewater Wire",
    )
    page = clean(text)
    assert page.body == STORY
    assert page.lines("signature") == ["Tidewater Wire"]


def test_a_short_last_sentence_is_still_story():
    text = page_with("Marrow council backs new river bridge", P1, P2, "The vote was 7 to 4.", "Share")
    assert body(text) == [P1, P2, "The vote was 7 to 4."]


def test_newsletter_prompts_and_cookie_banners_are_dropped():
    text = page_with(
        "We and our partners use cookies to personalise content and ads. Read our cookie policy.",
        "Accept all cookies",
        "Marrow council backs new river bridge", *STORY,
        "Our free newsletter brings you the latest Marrow news every morning.",
        "Get the Courier in your inbox",
    )
    assert body(text) == STORY


def test_author_bio_under_the_story_is_dropped():
    text = page_with(
        "Marrow council backs new river bridge", "By Ada Linde", *STORY,
        "Ada Linde is a reporter covering transport and local government.",
    )
    assert body(text) == STORY


def test_story_sentences_that_mention_furniture_words_are_kept():
    lines = [
        "Getty Images said on Monday that it would open a new office in Marrow next year.",
        "The company updated its privacy policy after regulators complained about the old one.",
        "Readers can subscribe to the council's planning alerts, the clerk said at the meeting.",
        "The money raised will be redistributed to schools across the district, officials said.",
    ]
    assert body(page_with("Marrow council backs new river bridge", *lines)) == lines


def test_when_unsure_a_long_line_is_story():
    odd = "Councillors also discussed parking on the quay and a plan for new benches near the ferry ramp"
    text = page_with("Marrow council backs new river bridge", P1, odd, P2)
    assert body(text) == [P1, odd, P2]


def test_a_megabyte_line_without_punctuation_is_kept_whole():
    # What it costs is printed by bench/costs.py.
    text = "word " * 200_000
    assert clean(text).body == [text.strip()]


@pytest.mark.parametrize(
    ("text", "kept"),
    [(("**[" * 50_000) + " text " + ("_*" * 50_000), False), ("[a](" * 100_000, False), ("**a " * 100_000, True),
     ("__a " * 100_000, True), ("![" * 100_000, False)],
    ids=["mixed", "open-links", "open-bold", "open-underscores", "open-images"],
)
def test_markup_that_never_closes_is_read_as_text_or_dropped_as_junk(text, kept):
    # Unclosed emphasis is the writer's text; a wall of link and image openers is no story.
    # What these inputs cost is printed by bench/costs.py.
    assert clean(text, "markdown").body == ([text.strip()] if kept else [])


def test_summary_and_quotes_only_see_the_cleaned_body():
    from briefing.article.analyze import analyze
    from briefing.model import RawArticle

    text = page_with(
        "Marrow council backs new river bridge", "By Ada Linde", *STORY,
        'Read Next: "We will fight this bridge," says ferry boss',
        "© 2025 Marrow Courier. All rights reserved.",
    )
    result = analyze(RawArticle(path="bridge.txt", text=text, mtime=0.0, fmt="text", digest="x"))
    assert list(result.article.paragraphs) == STORY
    assert all("fight this bridge" not in s.text for s in result.statements)
    assert all("Courier" not in sentence for sentence in result.sentences)


def test_social_embeds_and_image_source_lines_are_dropped():
    text = page_with(
        "Marrow council backs new river bridge", "Image source, Getty Images", "Image caption, The old ferry landing",
        P1, P2, "Skip twitter post by Marrow Council", "Allow Twitter content?", "End of twitter post by Marrow Council",
        P3, P4,
    )
    assert body(text) == STORY


def test_wrapped_lines_that_look_like_furniture_stay_in_their_sentence():
    # Wrapped at 40 columns with no blank lines: "print." and a date end sentences, they are not UI or datelines.
    text = (
        "Readers who want a paper copy of the plan\n"
        "can download it from the council site and\n"
        "print.\n"
        "The first public meeting was held in Marrow\n"
        "on a wet evening in the depths of winter,\n"
        "February 23, 2014.\n"
        "Councillors said they would publish their\n"
        "answers to every question raised on the\n"
        "day.\n"
    )
    joined = " ".join(body(text))
    assert "and print." in joined and "winter, February 23, 2014." in joined and "the day." in joined


def test_a_list_of_names_inside_the_story_is_not_a_byline():
    text = page_with(
        "Marrow council backs new river bridge", "By Ada Linde", P1,
        "Mayor Ivo Brandt, Gov. Lena Vik and Sen. Tom Berg", P2, P3,
    )
    page = clean(text)
    assert "Mayor Ivo Brandt, Gov. Lena Vik and Sen. Tom Berg" in page.body
    assert page.lines("byline") == ["By Ada Linde"]


def test_a_copyright_notice_glued_to_the_last_paragraph_is_cut_off():
    text = page_with("Marrow council backs new river bridge", P1, P2, P3, P4 + " ©2025 Marrow Courier. All rights reserved.")
    page = clean(text)
    assert page.body == STORY
    assert page.lines("copyright") == ["©2025 Marrow Courier. All rights reserved."]


# --- shapes first met in a held-out set of pastes -------------------------------------


def _body_and_furniture(text, fmt="text"):
    page = clean(text, fmt)
    return page.body, [line for _label, line in page.furniture]


def test_reading_time_in_words_is_not_a_headline():
    body, furniture = _body_and_furniture(
        "Reading time: 4 minutes\n\nFrost damages early blossom across the valley\n\n"
        "Growers in the valley lost much of their early blossom to two nights of hard frost this week, "
        "the regional farming board said on Friday.\n"
    )
    assert "Reading time: 4 minutes" in furniture
    assert body == ["Growers in the valley lost much of their early blossom to two nights of hard frost this "
                    "week, the regional farming board said on Friday."]


def test_comment_and_support_prompts_and_bracketed_ads_are_dropped():
    story = "The orchestra will lose a third of its public grant from next April, its board said on Monday."
    body, _ = _body_and_furniture(
        f"Orchestra grant cut by a third\n\n{story}\n\n[Advertisement]\n\n"
        "Our journalism is supported by readers. Subscribe from £2 a month.\n\n"
        "Comments are closed on this article.\n"
    )
    assert body == [story]


def test_credits_in_name_slash_outlet_shape_are_captions():
    story = "The council voted on Tuesday to cap the number of holiday lets in the old town at four hundred."
    for caption in (
        "Holiday lets along the harbour front. (Ada Pryce / Kestrel Examiner)",
        "Visitors queue at the ferry terminal in June. (Harbour Press photo/Ola Brink)",
        "The launch vehicle clears the tower at dawn. Northline News/Jonas Arvid",
    ):
        body, furniture = _body_and_furniture(f"Town caps holiday lets\n\n{caption}\n\n{story}\n")
        assert body == [story], caption
        assert caption in furniture


def test_contributor_lines_are_not_story():
    story = "Port workers accepted a two-year pay deal on Wednesday, ending a month of overtime bans."
    body, _ = _body_and_furniture(
        f"Port workers accept pay deal\n\n{story}\n\nLena Brook reported from Saltmarsh. Ivo Dane contributed from Kell.\n"
    )
    assert body == [story]


def test_markdown_keeps_a_wrapped_paragraph_whole_despite_link_markup():
    text = (
        "# Board freezes copper licence\n\n"
        "An appeals board has suspended the licence granted to **Nordvik Metals** for a mine on the\n"
        "plateau, saying the [ministry](https://example.org/ministry/industry/department/licences) did not weigh\n"
        "the effect on herding before it approved the project.\n\n"
        "The company said it would appeal.\n"
    )
    body, _ = _body_and_furniture(text, "markdown")
    assert body == [
        "An appeals board has suspended the licence granted to Nordvik Metals for a mine on the plateau, saying "
        "the ministry did not weigh the effect on herding before it approved the project.",
        "The company said it would appeal.",
    ]
