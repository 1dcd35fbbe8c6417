"""Data files shipped with the package (the model registry), and the one way they and the extractors'
own YAML files are read."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

# libyaml's safe loader when present: the registry loads in about 10 ms instead of 80 (the pure
# Python loader), on every run that extracts.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(package: str, name: str) -> Any:
    """The YAML file `name` of `package`, safely loaded."""
    return yaml.load(resources.files(package).joinpath(name).read_text("utf-8"), Loader=SAFE_LOADER)
