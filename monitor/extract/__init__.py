"""Extraction: a feed item's text in, zero or more incident reports out (pure core).

The first report returned is the article's main event; others are separate events the
same article tells of (another attack the same day, a period total for another place).
"""

from __future__ import annotations

from monitor.extract.pipeline import extract, might_report

__all__ = ["extract", "might_report"]
