"""The model registry (src/timeline/data/registry.yaml), loaded once."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from timeline.data import read_yaml

_FOLD_STRIP = str.maketrans("", "", " \t-_.·・")


@lru_cache(maxsize=65536)  # the same names recur on every line
def fold(text: str | None) -> str:
    """Matching key: NFKC, lower case, without spaces and - _ . · (as the gold scorer folds)."""
    if not text:
        return ""
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD_STRIP)


# Where many write a space between Chinese and Latin letters or digits ("混元 Turbo S", "海螺 AI", "上海 AI Lab")
_HAN_LATIN = re.compile(r"(?<=[\u3400-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u3400-\u9fff])")


_HAN_LATIN_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t]+(?=[\u3400-\u9fff])")


def spaced(form: str) -> str:
    """`form` as a writer who spaces Chinese from Latin writes it (itself when it has no such boundary)."""
    return _HAN_LATIN.sub(" ", form)


def unspaced(text: str) -> str:
    """`text` without the spaces between Chinese and Latin letters or digits ("文心 X1.1" -> "文心X1.1")."""
    return _HAN_LATIN_SPACE.sub("", text)


@dataclass(frozen=True)
class Family:
    name: str
    org: str | None
    bare: bool  # the family name alone names a model
    aliases: tuple[str, ...] = ()
    given_name: bool = False  # also a person's first name: alone before a surname, a person ("Claude Shannon")
    # (forms that name a model only with a version after them: a translated name that alone is a word or a person,
    # "羊驼" the animal, "克劳德" a Claude)
    versioned_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownModel:
    name: str
    org: str | None
    aliases: tuple[str, ...] = ()


@dataclass
class Registry:
    org_names: dict[str, str] = field(default_factory=dict)  # any written form -> canonical org
    org_forms: set[str] = field(default_factory=set)  # the forms as the registry writes them ("vivo", not "openai")
    families: list[Family] = field(default_factory=list)
    models: list[KnownModel] = field(default_factory=list)
    not_models: set[str] = field(default_factory=set)  # folded
    not_model_endings: tuple[str, ...] = ()  # what a technique's name ends with ("RadixAttention"), as written
    common_words: frozenset[str] = frozenset()  # family names that are also words, in lower case ("step", "seed")
    model_by_key: dict[str, KnownModel] = field(default_factory=dict)  # folded alias -> model
    family_by_form: dict[str, Family] = field(default_factory=dict)  # written form -> family
    benchmarks: set[str] = field(default_factory=set)  # folded names (extract/benchmarks/names.yaml)
    # a variant's name as Chinese translates it -> the name ("十四行诗" -> "Sonnet", "专业版" -> "Pro"), the longest
    # first ("闪电思维" before "闪电": what a replacement or an alternation of them takes first)
    variant_translations: dict[str, str] = field(default_factory=dict)

    def canonical_org(self, written: str | None) -> str | None:
        if not written:
            return None
        return self.org_names.get(written) or self.org_names.get(fold(written)) or written

    def is_org(self, name: str) -> bool:
        """Whether `name` is one of an organization's names ("OpenAI", "智谱"): no model's."""
        return name in self.org_names or fold(name) in self.org_names

    def is_not_model(self, name: str) -> bool:
        """Registry non-models and their hyphenated compounds, and benchmark names with or without a year ("AIME24",
        "AIME 2025")."""
        key = fold(name)
        if key in self.not_models or key in self.benchmarks or name.endswith(self.not_model_endings):
            return True
        if "-" in name and fold(name[: name.index("-")]) in self.not_models \
                and all(fold(part) in self.not_models for part in name.split("-")[1:]):
            return True  # (a compound of methods: "Mamba-Transformer", "MoE-Transformer"; its first part tested first,
            # in a module not compiled: most names' is no method's)
        if not key[-1:].isdigit():
            return False
        stem = key.rstrip("0123456789")
        if stem in self.not_models or ("a" <= stem[-1:] <= "z" and stem[:-1] in self.not_models) \
                or (stem[-1:] == "v" and stem[:-1] in self.benchmarks):
            return True  # "Kirin 9000", "CLIP-Filter V3", "Falcon 9 v2": a version of no model is none either (nor a
            # benchmark's: "Arena-Hard v2")
        return key[-2:].isdigit() and (key[:-2] in self.benchmarks
                                       or (key[-4:-2] == "20" and key[:-4] in self.benchmarks))


@cache
def load_registry() -> Registry:
    raw = read_yaml("timeline.data", "registry.yaml")
    reg = Registry()
    for canonical, aliases in (raw.get("organizations") or {}).items():
        for form in [canonical, *(aliases or [])]:
            reg.org_names[str(form)] = str(canonical)
            reg.org_forms.update((str(form), spaced(str(form))))
            reg.org_names.setdefault(fold(str(form)), str(canonical))
    for item in raw.get("families") or []:
        fam = Family(
            name=str(item["name"]),
            org=item.get("org"),
            bare=bool(item.get("bare", False)),
            aliases=tuple(str(a) for a in item.get("aliases") or ()),
            given_name=bool(item.get("given_name", False)),
            versioned_aliases=tuple(str(a) for a in item.get("versioned_aliases") or ()),
        )
        reg.families.append(fam)
        for form in (fam.name, *fam.aliases, *fam.versioned_aliases):
            reg.family_by_form[form] = fam
            reg.family_by_form.setdefault(spaced(form), fam)
    for item in raw.get("models") or []:
        model = KnownModel(str(item["name"]), item.get("org"), tuple(str(a) for a in item.get("aliases") or ()))
        reg.models.append(model)
        for form in (model.name, *model.aliases):
            reg.model_by_key.setdefault(fold(form), model)
    reg.not_models = {fold(str(n)) for n in raw.get("not_models") or []}
    reg.not_model_endings = tuple(str(e) for e in raw.get("not_model_endings") or ())
    translations = (raw.get("variant_translations") or {}).items()
    reg.variant_translations = {str(k): str(v) for k, v in sorted(translations, key=lambda kv: -len(str(kv[0])))}
    reg.common_words = frozenset(str(w).lower() for w in raw.get("common_words") or ())
    names = read_yaml("timeline.extract.benchmarks", "names.yaml")
    reg.benchmarks = {fold(str(n)) for n in names["benchmarks"]}
    return reg


@cache
def version_joint(family: str) -> str | None:
    """What the registry's models of `family` write between its name and their version: "" (Qwen2.5), " " (Gemini
    2.5), "-" (GPT-4); None when it lists none."""
    return _most_written(family, _JOINT)


@cache
def code_joint(family: str) -> str | None:
    """What the registry's models of `family` write between its name and a code of a letter or two and a digit: "-"
    (DeepSeek-V3, MiniMax-M2), " " (Kimi K2); None when it lists none."""
    return _most_written(family, _CODE_JOINT)


def _most_written(family: str, joint_pattern: re.Pattern[str]) -> str | None:
    """The joint (`joint_pattern`'s group) the registry's models of `family` write most after its name."""
    joints: dict[str, int] = {}
    for model in load_registry().models:
        if model.name.startswith(family) and (joint := joint_pattern.match(model.name, len(family))) is not None:
            joints[joint.group(1)] = joints.get(joint.group(1), 0) + 1
    return max(joints, key=joints.__getitem__) if joints else None


_JOINT = re.compile(r"([ -]?)\d")
_CODE_JOINT = re.compile(r"([ -]?)[A-Za-z]{1,2}\d")


def jieba_words() -> list[str]:
    """Registry names for jieba's user dictionary, so segmentation keeps them whole."""
    reg = load_registry()
    words = set(reg.org_names) | set(reg.family_by_form)
    for model in reg.models:
        words.update((model.name, *model.aliases))
    return sorted(w for w in words if w and not w.isascii())
