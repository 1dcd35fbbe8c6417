"""Scores a model card's front matter states in its model-index (Hugging Face's metadata: each result's dataset and
metric values, for the model the index names), with the lines they stand on."""

from __future__ import annotations

import yaml

from timeline.data import SAFE_LOADER
from timeline.extract.benchmarks.rules import is_benchmark, table_gloss_removed
from timeline.extract.context import DocContext
from timeline.records import BenchmarkRecord
from timeline.sources.frontmatter import yaml_block

_KEY = "model-index"


def _field(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value of `key` in a mapping node, if it is one and has it."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if isinstance(name, yaml.ScalarNode) and name.value == key), None)


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _scalar(node: yaml.Node | None) -> str | None:
    return str(node.value).strip() if isinstance(node, yaml.ScalarNode) else None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def card_scores(ctx: DocContext) -> list[BenchmarkRecord]:
    """The benchmark facts of the front matter's model-index, each quoted from its dataset's name to its value, for a
    model the text names (its name or its canonical one)."""
    original = ctx.norm.original
    block = yaml_block(original) if original.startswith(("---", "\ufeff---")) else None
    if block is None or original.find(f"\n{_KEY}:", block[0] - 1, block[1]) == -1:
        return []
    try:
        root = yaml.compose(original[block[0] : block[1]], Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return []  # (the front matter's reader reports it)
    named = {name: model.text for model in ctx.models for name in (model.text, model.canonical)}
    records: list[BenchmarkRecord] = []
    for entry in _items(_field(root, _KEY)):
        model = named.get(_scalar(_field(entry, "name")) or "")
        if model is None:
            continue
        for result in _items(_field(entry, "results")):
            dataset = _field(_field(result, "dataset"), "name")
            benchmark = table_gloss_removed(_scalar(dataset) or "")
            if dataset is None or not is_benchmark(benchmark):
                continue
            for metric in _items(_field(result, "metrics")):
                value = _field(metric, "value")
                score = _number(_scalar(value))
                if value is None or score is None:
                    continue
                start, end = block[0] + dataset.start_mark.index, block[0] + value.end_mark.index
                ctx.add(records, BenchmarkRecord, model=model, benchmark=benchmark, score=score, unit=None,
                        comparator="=", prov=ctx.prov_original(original.rfind("\n", 0, start) + 1, end))
    return records
