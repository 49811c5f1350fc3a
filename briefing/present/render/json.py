"""The briefing as JSON: a stable, documented shape (see README, "JSON output")."""

from __future__ import annotations

import json

from briefing.model import Briefing
from briefing.present import views
from briefing.present.views import quote_rows

JSON_VERSION = 1


def briefing_dict(briefing: Briefing) -> dict:
    articles = []
    for entry in briefing.entries:
        art = entry.article
        articles.append({
            "path": art.path,
            "title": art.title,
            "source": art.source,
            "credit": art.credit,
            "authors": list(art.authors),
            "published": entry.published,
            "published_text": art.published_text,
            "url": art.url,
            "summary": list(entry.analysis.summary(briefing.sentences)),
            "summary_is_whole_text": entry.analysis.short,
            "quotes": [
                {
                    "speaker": name,
                    "speaker_as_written": st.speaker,
                    "role": st.role,
                    "text": st.text,
                    "kind": st.kind,
                    "cue": views.cue_words(st),
                    "paragraph": st.paragraph,
                }
                for st, name in zip(entry.analysis.statements, entry.speakers)
            ],
        })
    return {
        "version": JSON_VERSION,
        "articles": articles,
        "speakers": [
            {"name": s.name, "aliases": list(s.aliases), "roles": list(s.roles), "articles": list(s.articles)}
            for s in briefing.speakers
        ],
        "stories": [{"title": s.title, "articles": list(s.articles)} for s in briefing.stories],
        "problems": [{"path": p.path, "message": p.message, "severity": "warning" if p.warning else "error"}
                     for p in briefing.problems],
    }


def render_json(briefing: Briefing) -> str:
    return json.dumps(briefing_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def render_quotes_json(briefing: Briefing) -> str:
    return json.dumps(quote_rows(briefing), ensure_ascii=False, indent=2) + "\n"
