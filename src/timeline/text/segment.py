"""Chinese word segmentation with jieba, its dictionary extended by the model registry so
model and organization names stay whole ("通义千问", "月之暗面"). Loaded on first use only:
jieba takes about a second to load, so nothing on the ingest path imports it."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _tokenizer() -> Any:
    import logging

    import jieba

    from timeline.registry import jieba_words

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for word in jieba_words():
        tokenizer.add_word(word, freq=100_000)
    return tokenizer


def words(text: str) -> list[str]:
    """The words of `text`, registry names kept whole; white space dropped."""
    return [w for w in _tokenizer().cut(text) if w.strip()]
