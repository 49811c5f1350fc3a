"""briefing: a terminal news briefing over a folder of saved articles."""

__version__ = "0.1.0"
