"""Markdown and web-clipper markup: inline links and emphasis unwrapped, front matter read."""

from __future__ import annotations

import re

from briefing.article.clean.page import Line

MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){1,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]")
# Bold text stops at the next marker character, so every "**" is scanned past once.
_MD_BOLD = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,500}?)(?<=\S)\*\*|__(?=[^\s_])([^_\n]{1,500}?)(?<=\S)__")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]{1,500}?)(?<=\S)\1(?![\w*])")
MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# "• Item" and "•Item": a bullet sign that is no markdown mark needs no space after it.
BULLET = re.compile(r"^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+|[•▪◦]\s*)(?=\S)")
MD_QUOTE = re.compile(r"^\s*>\s?")
MD_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
MD_LINK_DEF = re.compile(r"^\s*\[[^\]]{1,200}\]:\s*\S")
MD_TABLE = re.compile(r"^\s*\|")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


# A note app's link to a page of its own: "[[Ada Linde]]", "[[Ada Linde|A. Linde]]".
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,100})(?:\|[^\[\]\n]{0,100})?\]\]")


# HTML left in a text paste: "&#39;", "&amp;", and a credit pasted as "<i> Kestrel Business News</i>".
# Only entities closed by ";" (a bare "&not" may be words), and only inline formatting tags.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INLINE_TAG = re.compile(r"</?(?:i|b|em|strong|u|span|small|sup|sub|br)\s*/?>", re.IGNORECASE)


def decode_html_residue(text: str) -> str:
    """'Harbour&#39;s &lt;i&gt;plan&lt;/i&gt;' → "Harbour's plan": entities decoded, inline tags dropped."""
    if "&" in text:
        import html

        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    return text


def unwrap_markdown_inline(line: str) -> str:
    """`[text](url)` → text, `**bold**` → bold, `_it_` → it, `[[Page]]` → Page (also used on plain pastes)."""
    if "[" in line or "*" in line or "_" in line:
        line = _WIKI_LINK.sub(r"\1", line)
        line = MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_REF_LINK.sub(r"\1", line)
        line = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), line)
        line = _MD_ITALIC.sub(r"\2", line)
    return line



def strip_md(line: str) -> str:
    return unwrap_markdown_inline(line).strip()

def to_line(raw: str, furniture: list[tuple[str, str]]) -> Line | None:
    heading = 0
    m = MD_HEADING.match(raw)
    if m:
        heading, raw = len(m.group(1)), m.group(2)
    if MD_RULE.match(raw) or MD_LINK_DEF.match(raw):
        return None
    raw = MD_QUOTE.sub("", raw)
    bullet = False
    b = BULLET.match(raw)
    if b:
        bullet, raw = True, raw[b.end():]
    for alt in MD_IMAGE.findall(raw):
        if alt.strip():
            furniture.append(("image", alt.strip()))
    text = " ".join(unwrap_markdown_inline(raw).split())
    if MD_TABLE.match(text):
        text = text.strip("| ")
    if not text or not re.search(r"\w", text):
        return None
    return Line(text=text, heading=heading, bullet=bullet)


_FRONT_KEYS = {
    "title": "title", "headline": "title", "author": "author", "authors": "author", "byline": "author",
    "published": "date", "date": "date", "pubdate": "date", "published_at": "date", "site": "sitename",
    "site_name": "sitename", "publisher": "sitename", "source": "url", "url": "url", "link": "url",
    # A read-later export's own names ("date_published:" beside "date_saved:", "siteName:").
    "date_published": "date", "datepublished": "date", "published_date": "date", "publish_date": "date",
    "publication_date": "date", "sitename": "sitename", "site-name": "sitename", "original_url": "url",
}


def front_matter(text: str) -> tuple[str, dict[str, str]]:
    """A YAML header from a web clipper ('---', 'title: ...', 'author: [[Name]]', '---') → its metadata.

    Only plain 'key: value' lines and '- item' lists are read; anything else means it is not front matter.
    """
    if not text.lstrip("\n").startswith("---\n"):
        return text, {}
    lines = text.lstrip("\n").split("\n", 80)
    found: dict[str, str] = {}
    key = None
    for n, line in enumerate(lines[1:80], start=1):
        if line.strip() == "---":
            return "\n".join(lines[n + 1:]), found
        item = re.match(r"^\s+-\s+(.+)$|^-\s+(.+)$", line)
        pair = re.match(r"^([A-Za-z_][\w-]{0,30})\s*:\s*(.*)$", line)
        if item and key:
            value = _front_value(item.group(1) or item.group(2))
            if value and _FRONT_KEYS.get(key) == "author":
                found["author"] = f"{found['author']}; {value}" if found.get("author") else value
        elif pair:
            key = pair.group(1).lower()
            value = _front_value(pair.group(2))
            field_name = _FRONT_KEYS.get(key)
            if field_name and value and field_name not in found:
                if field_name == "url" and not value.startswith(("http://", "https://")):
                    continue
                found[field_name] = value
        elif line.strip():
            return text, {}
    return text, {}


def _front_value(value: str) -> str:
    value = value.strip()
    flow = re.fullmatch(r"\[([^\[\]]{0,400}(?:\[\[[^\[\]]{1,100}\]\][^\[\]]{0,100}){0,8})\]", value)
    if flow:  # a list on one line: 'authors: ["Ada Linde", "Ivo Dane"]'
        return "; ".join(v for v in (_front_value(p) for p in flow.group(1).split(",")) if v)
    value = value.strip("\"'").strip()
    value = re.sub(r"\[\[([^\]|]{1,100})(?:\|[^\]]{0,100})?\]\]", r"\1", value)  # Obsidian links "[[Ada Linde]]"
    return value.strip().strip("\"'").strip()
