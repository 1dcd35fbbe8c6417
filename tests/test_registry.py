"""The registry's non-models: listed names, benchmarks with a year, and versions of either; each name listed once."""

from __future__ import annotations

from collections import Counter

import pytest

from timeline.data import read_yaml
from timeline.registry import fold, load_registry, spaced, unspaced


@pytest.mark.parametrize("name", ["Transformer", "LLaMA-Factory", "AIME 2025", "AIME24", "CLIP-Filter V3",
                                  "Falcon 9 v2", "Kirin 9000", "麒麟9020", "HBM3e", "Top 10"])
def test_not_models(name: str) -> None:
    assert load_registry().is_not_model(name)


@pytest.mark.parametrize("name", ["GPT-4", "Qwen2.5", "Llama 3.1 405B", "Gemini 2.5 Pro", "DeepSeek-V3", "Falcon 180B",
                                  "文心4.5", "Yi-Lightning"])
def test_models(name: str) -> None:
    assert not load_registry().is_not_model(name)


@pytest.mark.parametrize("section", ["families", "models"])
def test_each_form_listed_once(section: str) -> None:
    """A name or alias (folded) belongs to one entry of its section: a second entry for it is never read (the first
    one wins the lookup), so it is a copy that can only drift from the first."""
    forms = Counter(form for entry in read_yaml("timeline.data", "registry.yaml")[section]
                    for form in {fold(str(name)) for name in (entry["name"], *(entry.get("aliases") or ()))})
    assert [form for form, count in forms.items() if count > 1] == []


@pytest.mark.parametrize(("form", "written"), [("混元Turbo S", "混元 Turbo S"), ("上海AI Lab", "上海 AI Lab"),
                                                ("混元3D世界模型1.0", "混元 3D 世界模型 1.0"), ("GPT-4o", "GPT-4o"),
                                                ("通义千问", "通义千问")])
def test_spaced_forms_and_back(form: str, written: str) -> None:
    """A name as those who space Chinese from Latin write it, and back; one the registry finds either way."""
    assert spaced(form) == written
    assert unspaced(written) == form
    assert fold(written) == fold(form)


def test_every_spaced_registry_form_is_found_as_its_model() -> None:
    reg = load_registry()
    for model in reg.models:
        for form in (model.name, *model.aliases):
            assert reg.model_by_key[fold(spaced(form))] is reg.model_by_key[fold(form)]
