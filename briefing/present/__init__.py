"""Presentation: views over a Briefing and the text, Markdown, JSON and email renderers."""
