"""The briefing as Markdown: the same content as the text briefing, for mail and chat."""

from __future__ import annotations

import re

from briefing.model import DIRECT, Briefing
from briefing.present import views
from briefing.present.views import problem_groups
from briefing.textsafe import one_line, shown, to_ascii

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md(text: str) -> str:
    """Article text shown literally: Markdown's own characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def render_markdown(briefing: Briefing, *, width: int = 72, ascii: bool = False, color: bool = False) -> str:
    del width, color  # Markdown is reflowed by whatever displays it
    outlets = sorted({views.outlet(e) for e in briefing.entries})
    out = [f"# Briefing: {views.date_range(briefing.entries)}", ""]
    n, m = len(briefing.entries), len(outlets)
    out.append(f"{n} article{'s' if n != 1 else ''} from {m} outlet{'s' if m != 1 else ''}: {md(', '.join(outlets))}")
    by_path = {e.path: e for e in briefing.entries}
    for story, speakers in zip(briefing.stories, views.who_said_what_by_story(briefing)):
        members = [by_path[p] for p in story.articles if p in by_path]
        if not members:
            continue
        out += ["", f"## {md(story.title)}", ""]
        for entry in members:
            art = entry.article
            facts = [md(views.outlet(entry)), views.date_label(entry.published)]
            if art.authors:
                facts.append("by " + md(", ".join(art.authors)))
            out += [f"### {md(views.title(entry))}", "", "*" + " · ".join(facts) + "*", ""]
            for sentence in entry.analysis.summary(briefing.sentences):
                out.append(f"- {md(sentence)}")
            out.append("")
        if speakers:
            out += ["### Who said what", ""]
            for view in speakers:
                sp = view.speaker
                role = f" ({md(sp.roles[0])})" if sp.roles else ""
                out.append(f"**{md(sp.name)}**{role}")
                out.append("")
                for entry, sts in view.by_article:
                    out.append(f"- *{md(views.outlet(entry))}, {views.date_label(entry.published)[:10]}*")
                    for st in sts:
                        text = md(st.text)
                        out.append(f"    - “{text}”" if st.kind == DIRECT else f"    - {views.reported_as(st)}: {text}")
                out.append("")
    for heading, group in problem_groups(briefing.problems):
        out += ["", f"## {heading}", ""]
        out += [f"- `{shown(p.path)}`: {md(p.message)}" for p in group]
    text = "\n".join(out).rstrip() + "\n"
    return to_ascii(text) if ascii else text
