"""The ranking report as plain data: everything the merge decided, written byte-stably as canonical JSON.

docs/formats.md ("Ranking") describes every field. The CSV, XLSX and PDF outputs are all made from this
dictionary, so they can never disagree with the signed JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields, is_dataclass
from typing import Any

from gm100_desktop.domain.aggregate import Aggregation, Sensitivity
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.merge import MarksPlan
from gm100_desktop.domain.merge_intake import Decision, InputVerdict
from gm100_desktop.domain.scoring import summarise
from gm100_desktop.domain.severity import published

RANKING_FORMAT = "gm100-ranking"
RANKING_FORMAT_VERSION = 1


def build_report(
    *,
    generator: str,
    definition: EventDefinition,
    package_sha256: str,
    chair_key_id: str,
    verdicts: Sequence[InputVerdict],
    decisions: Sequence[Decision],
    paper: Mapping[str, Any],
    plan: MarksPlan,
    aggregation: Aggregation,
    sensitivity: Sensitivity,
    reliability: Mapping[str, Any],
    severity: Mapping[str, Any],
) -> dict[str, Any]:
    """Every number and every reason of one merge, deterministic for equal inputs."""
    rubric = definition.rubric
    criteria = [c.id for c in rubric.criteria()]
    names = {g.code: g for g in definition.regions}
    ranked = {r.region_code: r for r in aggregation.ranking}
    marks: dict[str, list[dict[str, Any]]] = {}
    for used in plan.used:
        own = summarise(rubric, dict(zip(criteria, used.sheet.values, strict=True)))
        marks.setdefault(used.region_code, []).append(
            {
                "assessor_id": used.assessor_id,
                "source": used.source,
                "state": "finalised" if used.source == "paper" else used.sheet.state,
                "values": list(used.sheet.values),
                "notes": list(used.sheet.notes),
                "region_note": used.sheet.region_note,
                "dimensions": [
                    {"dimension_id": d.dimension_id, "score": published(d.score)} for d in own.dimensions
                ],
                "total": published(own.total),
            }
        )
    regions = []
    for result in aggregation.regions:
        g = names.get(result.region_code)
        r = ranked.get(result.region_code)
        regions.append(
            {
                "region_code": result.region_code,
                "name": g.name if g else "",
                "province": g.province if g else "",
                "kind": g.kind if g else "",
                "panel_id": plan.region_panels.get(result.region_code, ""),
                "complete": result.complete,
                "rank": r.rank if r else None,
                "selected": bool(r and r.selected),
                **{k: v for k, v in plain(result).items() if k != "region_code"},
                "marks": marks.get(result.region_code, []),
            }
        )
    ranking = []
    for r in aggregation.ranking:
        entry = plain(r)
        entry["name"] = names[r.region_code].name if r.region_code in names else ""
        found = aggregation.region(r.region_code)
        entry["dimensions"] = {d.dimension_id: d.score for d in found.dimensions} if found else {}
        ranking.append(entry)
    return {
        "format": RANKING_FORMAT,
        "format_version": RANKING_FORMAT_VERSION,
        "generator": generator,
        "event": {
            "event_id": definition.event_id,
            "version": definition.version,
            "name": definition.name,
            "package_sha256": package_sha256,
            "chair_key_id": chair_key_id,
            "rubric": {
                "id": rubric.id,
                "version": rubric.version,
                "sha256": rubric.digest(),
                "scale_min": rubric.scale_min,
                "scale_max": rubric.scale_max,
                "criteria": criteria,
                "criterion_names": {c.id: dict(c.name) for c in rubric.criteria()},
                "dimensions": [
                    {
                        "dimension_id": d.id,
                        "name": dict(d.name),
                        "weight": d.weight,
                        "criteria": [c.id for c in d.criteria],
                    }
                    for d in rubric.dimensions
                ],
            },
        },
        "assessors": [
            {
                "assessor_id": a.assessor_id,
                "name": a.name,
                "institution": a.institution,
                "panel_id": a.panel_id,
            }
            for a in sorted(definition.roster, key=lambda a: a.assessor_id)
        ],
        "rule": plain(aggregation.rule),
        "decisions": [plain(d) for d in decisions],
        "inputs": [plain(v) for v in verdicts],
        "input_counts": _counts(verdicts),
        "paper": dict(paper),
        "refused_marks": [plain(r) for r in plan.refused],
        "paper_unused": [plain(r) for r in plan.paper_unused],
        "completeness": [plain(c) for c in plan.completeness],
        "ranking": ranking,
        "selected": list(aggregation.selected),
        "cut_tie": list(aggregation.cut_tie),
        "open_places": aggregation.open_places,
        "cut_total": aggregation.cut_total,
        "excluded": list(aggregation.excluded),
        "regions": regions,
        "severity": dict(severity),
        "reliability": dict(reliability),
        "sensitivity": _sensitivity(sensitivity),
    }


def plain(value: Any) -> Any:
    """Dataclasses, tuples and mappings as JSON-ready dicts and lists (`dataclasses.asdict` without its deep
    copies, which cost a third of a venue merge). Fields marked `merge_intake.NOT_IN_REPORT` (the messages
    the window translates) are left out."""
    if is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name)) for f in fields(value) if f.metadata.get("report", True)
        }
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    return value


def _counts(verdicts: Sequence[InputVerdict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in verdicts:
        counts[v.state] = counts.get(v.state, 0) + 1
    return dict(sorted(counts.items()))


def _sensitivity(s: Sensitivity) -> dict[str, Any]:
    data = {
        "without_assessor": [plain(x) for x in s.without_assessor],
        "methods": [plain(x) for x in s.methods],
        "stable": list(s.stable),
    }
    data["refused_methods"] = [{"method": m, "reason": why} for m, why in s.refused_methods]
    data["refused_without_assessor"] = [
        {"assessor_id": a, "reason": why} for a, why in s.refused_without_assessor
    ]
    return data
