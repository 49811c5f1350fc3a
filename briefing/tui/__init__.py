"""The Textual front end: displays a Briefing, analyses nothing itself."""
