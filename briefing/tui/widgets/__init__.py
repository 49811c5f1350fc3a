"""The widgets of the TUI, one per module.
"""

from briefing.tui.widgets.article_list import SORT_LABELS, ArticleList, fit
from briefing.tui.widgets.filter_input import FilterInput
from briefing.tui.widgets.key_bar import KeyBar
from briefing.tui.widgets.speaker_grid import STYLES, SpeakerGrid, wrap_plain
from briefing.tui.widgets.text_view import TextView

__all__ = ["SORT_LABELS", "STYLES", "ArticleList", "FilterInput", "KeyBar", "SpeakerGrid", "TextView", "fit", "wrap_plain"]
