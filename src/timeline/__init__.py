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


def find_times(text: str, reference: _dt.date | None = None) -> list[TimeMention]:
    """Temporal expressions of `text` (text, start, end, value, precision, qualifier, earliest,
    latest), resolved against `reference` and never against today. Same engine as ingestion."""
    from timeline.extract.times import find_times as _find

    return _find(text, reference)
