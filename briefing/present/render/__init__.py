"""Renderers: a Briefing in, a string out. No analysis happens here."""

from __future__ import annotations


def render(briefing, fmt: str, **options) -> str:
    if fmt == "json":
        from briefing.present.render.json import render_json

        return render_json(briefing)
    if fmt == "markdown":
        from briefing.present.render.markdown import render_markdown

        return render_markdown(briefing, **options)
    from briefing.present.render.text import render_text

    return render_text(briefing, **options)
