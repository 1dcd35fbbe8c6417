"""timeline: articles about AI -> a queryable timeline database with exact provenance.

Importing the package stays light: heavy modules (jieba, SQLAlchemy) load only when used.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.extract.times import TimeMention

__version__ = "0.1.0"
__all__ = ["__version__", "find_times"]


def find_times(text: str, reference: _dt.date | str | None = None) -> list[TimeMention]:
    """Temporal expressions of `text` (text, start, end, value, precision, qualifier, earliest,
    latest), resolved against `reference` (a date, a datetime's day, or an ISO date string such as
    "2025-03-05") and never against today. Same engine as ingestion."""
    from timeline.extract.times import find_times as _find

    return _find(text, _reference_day(reference))


def _reference_day(reference: _dt.date | str | None) -> _dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, _dt.datetime):  # (a datetime is a date too: its day)
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return _dt.date.fromisoformat(reference.strip())
        except ValueError:
            raise ValueError(f"reference: not an ISO date (YYYY-MM-DD): {reference!r}") from None
    raise TypeError(f"reference: a date or an ISO date string, not {type(reference).__name__}")
