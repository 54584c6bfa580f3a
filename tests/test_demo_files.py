"""`gm100 demo`: a chair, a signed event, assessor identities and plausible, verifiable bundles per seed."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from gm100_desktop.domain.bundle import ScoreBundle
from gm100_desktop.services.demo_files import DEMO_PASSPHRASE, DemoSummary, write_demo_files
from gm100_desktop.services.event_package import load_event_package
from gm100_desktop.services.identity import load_identity, unlock_identity
from gm100_desktop.services.verify import load_bundle, verify_files


def _demo(folder: Path, **options: int) -> DemoSummary:
    return write_demo_files(folder, kdf_n=1024, **options)  # type: ignore[arg-type]


def _bundles(summary: DemoSummary) -> list[ScoreBundle]:
    event = load_event_package(summary.event_file)
    return [load_bundle(path, event) for path in summary.bundles]


def test_demo_files_all_verify_and_belong_together(tmp_path: Path) -> None:
    summary = _demo(tmp_path / "demo", regions=30, assessors=9, panels=3, seed=11)
    verdicts = verify_files([summary.event_file, *summary.bundles])
    assert all(v.valid for v in verdicts), [v.reason for v in verdicts if not v.valid]
    event = load_event_package(summary.event_file)
    d = event.definition
    assert (len(d.regions), len(d.roster), len(d.panels)) == (30, 9, 3)
    assert {a.panel_id for a in d.roster} == {"P1", "P2", "P3"}
    assert len(summary.bundles) == 9 and len(summary.identities) == 10

    chair = unlock_identity(load_identity(summary.chair_key), DEMO_PASSPHRASE)
    assert chair.public_key == event.chair_key and chair.identity.role == "chair"
    for entry, path in zip(d.roster, summary.identities[1:], strict=True):
        identity = load_identity(path)
        assert (
            identity.assessor_id == entry.assessor_id and identity.public_key.to_base64() == entry.public_key
        )
    for bundle in _bundles(summary):
        assert bundle.roster_key_matches is True


def test_demo_scores_are_plausible_unfinished_and_disagreeing(tmp_path: Path) -> None:
    summary = _demo(tmp_path / "demo", regions=40, assessors=12, panels=2, seed=3)
    event = load_event_package(summary.event_file).definition
    bundles = _bundles(summary)
    panel_of = {a.assessor_id: a.panel_id for a in event.roster}
    panel_regions = defaultdict(set)
    for slot in event.schedule:
        panel_regions[slot.panel_id].add(slot.region_code)
    conflicts = {(c.assessor_id, c.region_code) for c in event.conflicts}

    states: dict[str, int] = defaultdict(int)
    values: dict[tuple[str, str], set[int]] = defaultdict(set)
    for bundle in bundles:
        c = bundle.content
        for region in c.regions:
            states[region.state] += 1
            if region.scores:
                assert region.code in panel_regions[panel_of[c.assessor_id]]  # only their panel's regions
                assert (c.assessor_id, region.code) not in conflicts  # never a conflicted region
            for score in region.scores:
                if score.value is not None:
                    values[(region.code, score.criterion)].add(score.value)
            if region.state == "finalised":
                assert len(region.scores) == 15 and all(s.value is not None for s in region.scores)
    kinds = {(h.kind, h.old is None) for b in bundles for h in b.content.history}
    assert ("score", False) in kinds and ("reopen", False) in kinds  # corrections and reopened regions
    assert states["finalised"] > states["in_progress"] > 0
    assert states["not_started"] > 0
    assert any(len(v) > 1 for v in values.values())  # assessors disagree somewhere
    assert all(1 <= x <= 5 for v in values.values() for x in v)


def test_the_same_seed_gives_the_same_event_and_scores(tmp_path: Path) -> None:
    def essentials(summary: DemoSummary) -> tuple[object, ...]:
        event = load_event_package(summary.event_file).definition
        roster = tuple((a.assessor_id, a.name, a.panel_id) for a in event.roster)
        scores = tuple(
            (b.content.regions, tuple(h.hash for h in b.content.history)) for b in _bundles(summary)
        )
        return event.regions, event.schedule, roster, event.conflicts, scores

    first = essentials(_demo(tmp_path / "a", regions=20, assessors=5, panels=2, seed=42))
    second = essentials(_demo(tmp_path / "b", regions=20, assessors=5, panels=2, seed=42))
    other = essentials(_demo(tmp_path / "c", regions=20, assessors=5, panels=2, seed=43))
    assert first == second
    assert first != other


def test_venue_scale_demo_works(tmp_path: Path) -> None:
    summary = _demo(tmp_path / "venue", regions=165, assessors=40, panels=8, seed=2019)
    assert len(summary.bundles) == 40
    verdicts = verify_files([summary.event_file, *summary.bundles])
    assert all(v.valid for v in verdicts)


@pytest.mark.parametrize(("regions", "assessors", "panels"), [(0, 2, 1), (1000, 2, 1), (10, 1, 2), (3, 2, 4)])
def test_impossible_sizes_are_refused_with_a_message(
    tmp_path: Path, regions: int, assessors: int, panels: int
) -> None:
    from gm100_desktop.errors import GM100Error

    with pytest.raises(GM100Error):
        _demo(tmp_path / "x", regions=regions, assessors=assessors, panels=panels)
    assert not (tmp_path / "x").exists()
