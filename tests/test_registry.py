"""The registry's non-models: listed names, benchmarks with a year, and versions of either."""

from __future__ import annotations

import pytest

from timeline.registry import load_registry


@pytest.mark.parametrize("name", ["Transformer", "LLaMA-Factory", "AIME 2025", "AIME24", "CLIP-Filter V3",
                                  "Falcon 9 v2", "Kirin 9000", "麒麟9020", "HBM3e", "Top 10"])
def test_not_models(name: str) -> None:
    assert load_registry().is_not_model(name)


@pytest.mark.parametrize("name", ["GPT-4", "Qwen2.5", "Llama 3.1 405B", "Gemini 2.5 Pro", "DeepSeek-V3", "Falcon 180B",
                                  "文心4.5", "Yi-Lightning"])
def test_models(name: str) -> None:
    assert not load_registry().is_not_model(name)
