"""A rubric built from a compact description, for the aggregation and agreement tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from gm100_desktop.domain.rubric import Rubric, parse_rubric


def make_rubric(low: int, high: int, dimensions: Sequence[tuple[str, float, Mapping[str, float]]]) -> Rubric:
    """A rubric of (dimension id, weight, {criterion id: weight}) on the scale low–high."""
    levels = {str(v): {"id": f"Tingkat {v}"} for v in range(low, high + 1)}
    return parse_rubric(
        {
            "format": "gm100-rubric",
            "format_version": 1,
            "id": "test",
            "version": "1",
            "name": {"id": "Uji"},
            "scale": {"min": low, "max": high},
            "dimensions": [
                {
                    "id": dim_id,
                    "name": {"id": dim_id, "en": dim_id.capitalize()},
                    "weight": weight,
                    "criteria": [
                        {"id": c, "name": {"id": c}, "weight": w, "levels": levels} for c, w in crits.items()
                    ],
                }
                for dim_id, weight, crits in dimensions
            ],
        },
        "test.json",
    )
