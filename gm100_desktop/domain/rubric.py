"""The rubric: dimensions of weighted criteria scored on an integer scale, each level with a descriptor.

A rubric is data (see docs/rubric.md). `parse_rubric` turns parsed JSON into a `Rubric` or raises a
`RubricError` naming the file and the exact field; `rubric_to_dict` gives back the canonical form.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gm100_desktop.domain.canonical import canonical_json, sha256_hex
from gm100_desktop.domain.fields import FieldReader
from gm100_desktop.errors import RubricError
from gm100_desktop.i18n import pick

RUBRIC_FORMAT = "gm100-rubric"
RUBRIC_FORMAT_VERSION = 1
MAX_SCALE_LEVELS = 101  # 0..100 is the widest scale anyone has asked for


@dataclass(frozen=True)
class Criterion:
    id: str
    name: dict[str, str]
    description: dict[str, str]
    weight: float
    levels: dict[int, dict[str, str]]  # scale value -> descriptor per language

    def label(self, language: str) -> str:
        return pick(self.name, language)

    def descriptor(self, value: int, language: str) -> str:
        return pick(self.levels.get(value, {}), language)


@dataclass(frozen=True)
class Dimension:
    id: str
    name: dict[str, str]
    weight: float
    criteria: tuple[Criterion, ...]

    def label(self, language: str) -> str:
        return pick(self.name, language)


@dataclass(frozen=True)
class Rubric:
    id: str
    version: str
    name: dict[str, str]
    scale_min: int
    scale_max: int
    scale_labels: dict[int, dict[str, str]]
    dimensions: tuple[Dimension, ...]

    @property
    def scale(self) -> range:
        return range(self.scale_min, self.scale_max + 1)

    def criteria(self) -> Iterator[Criterion]:
        for dimension in self.dimensions:
            yield from dimension.criteria

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria() if c.id == criterion_id), None)

    def dimension_of(self, criterion_id: str) -> Dimension | None:
        return next((d for d in self.dimensions if any(c.id == criterion_id for c in d.criteria)), None)

    def scale_label(self, value: int, language: str) -> str:
        return pick(self.scale_labels.get(value, {}), language)

    def digest(self) -> str:
        """SHA-256 of the canonical JSON: identifies this exact rubric in events and bundles."""
        return sha256_hex(canonical_json(rubric_to_dict(self)))


def parse_rubric(data: Any, source: str) -> Rubric:
    """Validate parsed JSON as a rubric; `source` (usually the file name) is named in every error."""
    r = FieldReader(source, RubricError)
    root = r.obj(data, "(top level)")
    fmt = r.text(root, "format", "")
    if fmt != RUBRIC_FORMAT:
        r.fail("format", f'must be "{RUBRIC_FORMAT}", found "{fmt}"')
    version = r.integer(root, "format_version", "")
    if version != RUBRIC_FORMAT_VERSION:
        r.fail(
            "format_version", f"version {version} is not supported (this app reads {RUBRIC_FORMAT_VERSION})"
        )

    scale = r.obj(r.get(root, "scale", ""), "scale")
    low = r.integer(scale, "min", "scale")
    high = r.integer(scale, "max", "scale")
    if high <= low:
        r.fail("scale.max", "must be greater than scale.min")
    if high - low + 1 > MAX_SCALE_LEVELS:
        r.fail("scale", f"at most {MAX_SCALE_LEVELS} levels")
    labels = _levels(r, scale, "labels", "scale", low, high, required=False)

    dimensions: list[Dimension] = []
    seen_dimensions: set[str] = set()
    seen_criteria: set[str] = set()
    for i, raw_dim in enumerate(r.array(root, "dimensions", "")):
        field = f"dimensions[{i}]"
        dim = r.obj(raw_dim, field)
        dim_id = r.text(dim, "id", field)
        if dim_id in seen_dimensions:
            r.fail(f"{field}.id", f'"{dim_id}" is used twice')
        seen_dimensions.add(dim_id)
        criteria: list[Criterion] = []
        for j, raw_crit in enumerate(r.array(dim, "criteria", field)):
            cfield = f"{field}.criteria[{j}]"
            crit = r.obj(raw_crit, cfield)
            crit_id = r.text(crit, "id", cfield)
            if crit_id in seen_criteria:
                r.fail(f"{cfield}.id", f'"{crit_id}" is used twice')
            seen_criteria.add(crit_id)
            criteria.append(
                Criterion(
                    id=crit_id,
                    name=r.localized(crit, "name", cfield),
                    description=r.localized(crit, "description", cfield, required=False),
                    weight=r.number(crit, "weight", cfield, positive=True) if "weight" in crit else 1.0,
                    levels=_levels(r, crit, "levels", cfield, low, high, required=True),
                )
            )
        dimensions.append(
            Dimension(
                id=dim_id,
                name=r.localized(dim, "name", field),
                weight=r.number(dim, "weight", field, positive=True),
                criteria=tuple(criteria),
            )
        )
    return Rubric(
        id=r.text(root, "id", ""),
        version=r.text(root, "version", ""),
        name=r.localized(root, "name", ""),
        scale_min=low,
        scale_max=high,
        scale_labels=labels,
        dimensions=tuple(dimensions),
    )


def _levels(
    r: FieldReader, obj: dict[str, Any], key: str, field: str, low: int, high: int, *, required: bool
) -> dict[int, dict[str, str]]:
    """Descriptors keyed by scale value ("1": {...}); when required, every value of the scale needs one."""
    path = f"{field}.{key}"
    if key not in obj:
        if required:
            r.fail(path, "is missing")
        return {}
    raw = r.obj(obj[key], path)
    out: dict[int, dict[str, str]] = {}
    for name in raw:
        try:
            value = int(name)
        except ValueError:
            r.fail(f"{path}.{name}", "level keys must be whole numbers of the scale")
        if str(value) != name or not low <= value <= high:
            r.fail(f"{path}.{name}", f"is not a value of the scale {low}–{high}")
        out[value] = r.localized(raw, name, path)
    missing = [v for v in range(low, high + 1) if v not in out]
    if required and missing:
        r.fail(path, f"no descriptor for level {missing[0]}")
    return dict(sorted(out.items()))


def rubric_to_dict(rubric: Rubric) -> dict[str, Any]:
    """The canonical JSON form of a rubric (what `parse_rubric` reads back to an equal `Rubric`)."""
    scale: dict[str, Any] = {"min": rubric.scale_min, "max": rubric.scale_max}
    if rubric.scale_labels:
        scale["labels"] = {str(k): v for k, v in rubric.scale_labels.items()}
    return {
        "format": RUBRIC_FORMAT,
        "format_version": RUBRIC_FORMAT_VERSION,
        "id": rubric.id,
        "version": rubric.version,
        "name": rubric.name,
        "scale": scale,
        "dimensions": [
            {
                "id": d.id,
                "name": d.name,
                "weight": d.weight,
                "criteria": [
                    {
                        "id": c.id,
                        "name": c.name,
                        "description": c.description,
                        "weight": c.weight,
                        "levels": {str(k): v for k, v in c.levels.items()},
                    }
                    for c in d.criteria
                ],
            }
            for d in rubric.dimensions
        ],
    }
