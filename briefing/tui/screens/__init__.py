"""The screens of the TUI, one per module. Screens read the briefing from the app and
never analyse anything; untrusted article text reaches widgets only as `Text` or `Content`.
"""

from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.articles import ArticlesScreen
from briefing.tui.screens.base import BaseScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.speaker import Card, SpeakerScreen
from briefing.tui.screens.who_said_what import GridView, WhoSaidWhatScreen

__all__ = ["ArticleScreen", "ArticlesScreen", "BaseScreen", "Card", "GridView", "HelpScreen", "SpeakerScreen",
           "WhoSaidWhatScreen"]
