"""`gm100 demo`: a complete, verifiable set of signed files for practice, tests and benchmarks.

One chair identity, a chair-signed event package, one identity per assessor and one signed score bundle per
assessor with plausible scores: regions differ in quality, assessors in severity, some regions are left
unfinished, some scores are corrected and some regions reopened. The same seed gives the same event, scores,
notes and histories; only the keys (so key ids, signatures and the package hash) and creation times differ.
"""

from __future__ import annotations

import dataclasses
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from gm100_desktop import __version__, paths
from gm100_desktop.domain.bundle import BundleContent, BundleRegion, BundleScore, build_bundle, format_time
from gm100_desktop.domain.event import ASSESSOR_ROLES, EventDefinition, Slot, parse_event
from gm100_desktop.domain.event_package import build_event_package, read_event_package
from gm100_desktop.domain.history import GENESIS_HASH, ChainEntry, entry_hash
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.domain.rotation import half_day_sessions, rotation_plan, rotation_seating
from gm100_desktop.domain.rubric import Rubric, rubric_to_dict
from gm100_desktop.errors import GM100Error
from gm100_desktop.i18n import QT_TRANSLATE_NOOP
from gm100_desktop.services.bundle_export import default_bundle_name
from gm100_desktop.services.files import write_atomic
from gm100_desktop.services.identity import KeyWrapper, write_identity_file
from gm100_desktop.services.rubrics import builtin_rubric

DEMO_PASSPHRASE = "gm100-demo"
DEMO_START = date(2019, 2, 21)
VENUE_UTC_OFFSET = timedelta(hours=7)  # WIB: schedule times are local, history times UTC
MAX_DAYS = 31
FIRST_NAMES = (
    "Rina", "Budi", "Sari", "Agus", "Dewi", "Hendra", "Wahyu", "Indah", "Yusuf", "Ratna", "Teguh", "Fitri",
    "Bambang", "Lestari", "Rudi", "Maya", "Joko", "Nur", "Andi", "Putri", "Eko", "Ayu", "Fajar", "Siti",
)  # fmt: skip
LAST_NAMES = (
    "Hartono", "Santoso", "Wulandari", "Prasetyo", "Lestari", "Gunawan", "Nugroho", "Saputra", "Hidayat",
    "Kurniawan", "Siregar", "Nasution", "Pratama", "Wibowo", "Simanjuntak", "Halim", "Setiawan", "Rahmawati",
)  # fmt: skip
INSTITUTIONS = {
    "government": (
        "Kementerian Komunikasi dan Informatika", "Kementerian Dalam Negeri", "Bappenas", "Kementerian PUPR",
    ),
    "academic": ("Institut Teknologi Bandung", "Universitas Indonesia", "UGM", "Perbanas"),
    "practitioner": ("IKTII", "Asosiasi Pengusaha TIK", "Konsultan Smart City"),
}  # fmt: skip
NOTES = (
    "Paparan jelas, data pendukung lengkap",
    "Belum ada dokumen perencanaan TIK",
    "Command center sudah beroperasi",
    "Komitmen kepala daerah kuat",
    "Anggaran TIK masih kecil",
    "Perda sudah disahkan",
    "SDM TIK terbatas",
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    folder: Path
    event_file: Path
    chair_key: Path
    identities: tuple[Path, ...]
    bundles: tuple[Path, ...]
    passphrase: str
    regions: int
    assessors: int
    panels: int
    bytes_written: int


SYNTHETIC_PROVINCE = "Provinsi Contoh"  # no such province: code 99 is unused by Kemendagri
MAX_SYNTHETIC_REGIONS = 999


def region_catalogue(regions_file: Path | None, wanted: int) -> list[dict[str, str]]:
    """Regions to draw the demo from: a regions CSV when given, else the built-in real demo regions.

    Without a file, regions beyond the built-in dozen are clearly synthetic ("Kabupaten Contoh 013", code
    99.013), so that a venue- or national-scale demo needs no data the app does not ship.
    """
    if regions_file is not None:
        from gm100_desktop.services.regions_csv import read_regions_csv

        return [
            {"code": g.code, "name": g.name, "province": g.province, "kind": g.kind}
            for g in read_regions_csv(regions_file)
        ]
    spec = json.loads((paths.resources_dir() / "demo" / "demo_event.json").read_text(encoding="utf-8"))
    out = [{k: g[k] for k in ("code", "name", "province", "kind")} for g in spec["regions"]]
    for n in range(len(out) + 1, min(wanted, MAX_SYNTHETIC_REGIONS) + 1):
        kind = "kota" if n % 5 == 0 else "kabupaten"
        out.append(
            {
                "code": f"99.{n:03d}",
                "name": f"{kind.capitalize()} Contoh {n:03d}",
                "province": SYNTHETIC_PROVINCE,
                "kind": kind,
            }
        )
    return out


def write_demo_files(
    out: Path,
    *,
    regions: int = 24,
    assessors: int = 6,
    panels: int = 2,
    seed: int = 2019,
    passphrase: str = DEMO_PASSPHRASE,
    kdf_n: int | None = None,
    progress: Progress | None = None,
    regions_file: Path | None = None,
    rotate: bool = False,
) -> DemoSummary:
    """Write the demo files into `out` (created if needed); every file verifies with `gm100 verify`."""
    catalogue = region_catalogue(regions_file, regions)
    if not 1 <= regions <= len(catalogue):
        raise GM100Error(
            QT_TRANSLATE_NOOP("GM100Error", "The demo has between 1 and {most} regions."), most=len(catalogue)
        )
    if not 1 <= panels <= regions or not panels <= assessors <= 999:
        raise GM100Error(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "The demo needs at least one region and one assessor per panel (at most 999 assessors).",
            )
        )
    rng = random.Random(seed)
    chair = SecretKey.generate()
    keys = [SecretKey.generate() for _ in range(assessors)]
    definition = demo_definition(
        catalogue, rng, regions, assessors, panels, seed, [k.public_key() for k in keys]
    )
    if rotate:
        definition = rotated(definition)
    event_bytes = build_event_package(definition, chair, "Ketua Panel (demo)")
    package = read_event_package(event_bytes, "event.gm100event")

    (out / "assessors").mkdir(parents=True, exist_ok=True)
    (out / "bundles").mkdir(parents=True, exist_ok=True)
    written = 0
    event_file = out / "event.gm100event"
    write_atomic(event_file, event_bytes)
    written += len(event_bytes)
    wrapper = KeyWrapper.fresh(passphrase, kdf_n)  # one scrypt for all demo keys: they share the passphrase
    chair_key = out / "chair.gm100key"
    write_identity_file(
        chair_key,
        wrapper.seal(chair, role="chair", name="Ketua Panel (demo)", institution="", assessor_id=""),
    )
    write_atomic(out / "chair.pub", chair.public_key().to_file().encode("ascii"))
    identities = [chair_key]
    bundles = []
    total = len(definition.roster)
    for i, (entry, key) in enumerate(zip(definition.roster, keys, strict=True)):
        identity = out / "assessors" / f"{entry.assessor_id}.gm100key"
        write_identity_file(
            identity,
            wrapper.seal(
                key,
                role="assessor",
                name=entry.name,
                institution=entry.institution,
                assessor_id=entry.assessor_id,
            ),
        )
        write_atomic(
            out / "assessors" / f"{entry.assessor_id}.pub", key.public_key().to_file().encode("ascii")
        )
        identities.append(identity)
        content = simulate_assessor(definition, entry.assessor_id, key, package.sha256, seed)
        data = build_bundle(content, key)
        target = out / "bundles" / default_bundle_name(definition.event_id, entry.assessor_id, 1)
        write_atomic(target, data)
        written += len(data)
        bundles.append(target)
        if progress is not None:
            progress(i + 1, total)
    return DemoSummary(
        folder=out,
        event_file=event_file,
        chair_key=chair_key,
        identities=tuple(identities),
        bundles=tuple(bundles),
        passphrase=passphrase,
        regions=regions,
        assessors=assessors,
        panels=panels,
        bytes_written=written,
    )


def demo_definition(
    catalogue: list[dict[str, str]],
    rng: random.Random,
    regions: int,
    assessors: int,
    panels: int,
    seed: int,
    keys: list[Any],
) -> EventDefinition:
    """The demo event: a sample of real regions spread over panels, with a schedule, roster and conflicts."""
    chosen = sorted(rng.sample(catalogue, regions), key=lambda g: g["code"])
    order = chosen[:]
    rng.shuffle(order)
    panel_ids = [f"P{i + 1}" for i in range(panels)]
    by_panel: dict[str, list[str]] = {p: [] for p in panel_ids}
    for i, g in enumerate(order):
        by_panel[panel_ids[i % panels]].append(g["code"])
    largest = max(len(codes) for codes in by_panel.values())
    days = min(MAX_DAYS, max(2, math.ceil(largest / 8)))
    per_day = math.ceil(largest / days)
    minutes = 45 if per_day <= 10 else 30 if per_day <= 16 else 20
    schedule = []
    for p in panel_ids:
        for i, code in enumerate(by_panel[p]):
            begin = datetime.combine(
                DEMO_START + timedelta(days=i // per_day), datetime.min.time()
            ) + timedelta(hours=8, minutes=(i % per_day) * (minutes + 5))
            schedule.append(
                {
                    "panel": p,
                    "region": code,
                    "start": begin.isoformat(timespec="minutes"),
                    "end": (begin + timedelta(minutes=minutes)).isoformat(timespec="minutes"),
                }
            )
    roster = []
    conflicts = []
    for i in range(assessors):
        role = ASSESSOR_ROLES[i % len(ASSESSOR_ROLES)]
        panel = panel_ids[i % panels]
        aid = f"A{i + 1:03d}"
        roster.append(
            {
                "assessor_id": aid,
                "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                "institution": rng.choice(INSTITUTIONS[role]),
                "role": role,
                "panel": panel,
                "public_key": keys[i].to_base64(),
            }
        )
        if rng.random() < 0.15 and by_panel[panel]:
            conflicts.append(
                {
                    "assessor_id": aid,
                    "region": rng.choice(by_panel[panel]),
                    "reason": "Berasal dari daerah ini",
                }
            )
    rubric = builtin_rubric("gm100_readiness")
    return parse_event(
        {
            "format": "gm100-event",
            "format_version": 1,
            "event_id": f"gm100-demo-{seed}",
            "version": 1,
            "name": f"Demo GM100 — {regions} daerah, {assessors} asesor",
            "venue": "Pusat TIK Nasional Kominfo, Ciputat",
            "start_date": DEMO_START.isoformat(),
            "days": days,
            "rubric": rubric_to_dict(rubric),
            "regions": [{k: g[k] for k in ("code", "name", "province", "kind")} for g in chosen],
            "panels": [{"id": p, "name": f"Panel {p[1:]}", "room": f"Ruang {p[1:]}"} for p in panel_ids],
            "schedule": schedule,
            "roster": roster,
            "conflicts": conflicts,
        },
        "demo",
    )


def rotated(definition: EventDefinition) -> EventDefinition:
    """The same event with assessors rotating between panels every half day, so that panels share
    assessors (the rater-severity adjustment needs that)."""
    members = {
        p.id: tuple(a.assessor_id for a in definition.roster if a.panel_id == p.id) for p in definition.panels
    }
    plan = rotation_plan(
        list(members),
        members,
        half_day_sessions(definition.start_date, definition.days),
        definition.schedule,
        {(c.assessor_id, c.region_code) for c in definition.conflicts},
    )
    return dataclasses.replace(definition, seating=rotation_seating(plan.sessions))


class _Recorder:
    """Plays an assessor's work with the scoring service's rules, keeping the hash-chained history."""

    def __init__(self, assessor_id: str) -> None:
        self.assessor_id = assessor_id
        self.history: list[ChainEntry] = []
        self.values: dict[tuple[str, str], int | None] = {}
        self.notes: dict[tuple[str, str], str] = {}
        self.touched: dict[tuple[str, str], str] = {}
        self.states: dict[str, str] = {}
        self.region_notes: dict[str, str] = {}
        self.finalised_at: dict[str, str] = {}
        self.clock = datetime(2000, 1, 1)

    def _record(self, region: str, criterion: str | None, kind: str, old: str | None, new: str | None,
                reason: str, at: datetime) -> str:  # fmt: skip
        self.clock = max(at, self.clock + timedelta(milliseconds=1))
        stamp = format_time(self.clock)
        prev = self.history[-1].hash if self.history else GENESIS_HASH
        entry = ChainEntry(region, criterion, kind, old, new, reason, stamp, prev, "")
        self.history.append(dataclasses.replace(entry, hash=entry_hash(self.assessor_id, entry, prev)))
        if (
            kind in ("score", "note", "region_note")
            and self.states.get(region, "not_started") == "not_started"
        ):
            self.states[region] = "in_progress"
        return stamp

    def score(self, region: str, criterion: str, value: int, at: datetime) -> None:
        old = self.values.get((region, criterion))
        self.touched[(region, criterion)] = self._record(
            region, criterion, "score", _text(old), str(value), "", at
        )
        self.values[(region, criterion)] = value

    def note(self, region: str, criterion: str, note: str, at: datetime) -> None:
        old = self.notes.get((region, criterion), "")
        self.touched[(region, criterion)] = self._record(region, criterion, "note", old, note, "", at)
        self.notes[(region, criterion)] = note

    def region_note(self, region: str, note: str, at: datetime) -> None:
        self._record(region, None, "region_note", self.region_notes.get(region, ""), note, "", at)
        self.region_notes[region] = note

    def finalise(self, region: str, at: datetime) -> None:
        old = self.states.get(region, "not_started")
        self.finalised_at[region] = self._record(region, None, "finalise", old, "finalised", "", at)
        self.states[region] = "finalised"

    def reopen(self, region: str, reason: str, at: datetime) -> None:
        self._record(region, None, "reopen", "finalised", "in_progress", reason, at)
        self.states[region] = "in_progress"
        del self.finalised_at[region]

    def regions(self, codes: list[str], criteria: list[str]) -> tuple[BundleRegion, ...]:
        out = []
        for code in sorted(codes):
            scores = tuple(
                BundleScore(
                    c, self.values.get((code, c)), self.notes.get((code, c), ""), self.touched[(code, c)]
                )
                for c in criteria
                if (code, c) in self.touched
            )
            state = self.states.get(code, "not_started")
            out.append(
                BundleRegion(
                    code, state, self.region_notes.get(code, ""), self.finalised_at.get(code), scores
                )
            )
        return tuple(out)


def simulate_assessor(
    definition: EventDefinition, assessor_id: str, key: SecretKey, package_sha256: str, seed: int
) -> BundleContent:
    """One assessor's plausible work on their panel's regions, as bundle content (sequence 1)."""
    rubric = definition.rubric
    criteria = [c.id for c in rubric.criteria()]
    entry = next(a for a in definition.roster if a.assessor_id == assessor_id)
    conflicted = {c.region_code for c in definition.conflicts if c.assessor_id == assessor_id}
    severity = random.Random(f"{seed}:severity:{assessor_id}").gauss(0.0, 0.45)
    rng = random.Random(f"{seed}:assessor:{assessor_id}")
    recorder = _Recorder(assessor_id)
    slots = [s for s in definition.schedule if assessor_id in definition.seated(s.panel_id, s.start)]
    for slot in slots:
        if slot.region_code in conflicted:
            continue
        _score_region(recorder, rubric, criteria, slot, severity, seed, rng)
    public = key.public_key()
    return BundleContent(
        app_version=__version__,
        created_at=format_time(datetime.now(UTC).replace(tzinfo=None)),
        sequence=1,
        event_id=definition.event_id,
        event_version=definition.version,
        event_package_sha256=package_sha256,
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        rubric_sha256=rubric.digest(),
        scale_min=rubric.scale_min,
        scale_max=rubric.scale_max,
        criteria=tuple(criteria),
        assessor_id=assessor_id,
        assessor_name=entry.name,
        key_id=public.key_id_hex,
        public_key=public.to_base64(),
        regions=recorder.regions([g.code for g in definition.regions], criteria),
        history=tuple(recorder.history),
        history_head=recorder.history[-1].hash if recorder.history else GENESIS_HASH,
    )


def _score_region(
    rec: _Recorder,
    rubric: Rubric,
    criteria: list[str],
    slot: Slot,
    severity: float,
    seed: int,
    rng: random.Random,
) -> None:
    code = slot.region_code
    quality = random.Random(f"{seed}:region:{code}")
    base = quality.gauss(0.55, 0.18)
    low, high = rubric.scale_min, rubric.scale_max
    at = slot.start - VENUE_UTC_OFFSET + timedelta(minutes=5, microseconds=rng.randrange(1_000_000))
    roll = rng.random()
    if roll < 0.05:
        return  # not started: the assessor missed this presentation
    finish = roll >= 0.13
    chosen = criteria if finish else rng.sample(criteria, rng.randint(1, len(criteria) - 1))
    for criterion in chosen:
        true = low + (high - low) * min(1.0, max(0.0, base + quality.gauss(0.0, 0.12)))
        value = min(high, max(low, round(true + severity + rng.gauss(0.0, 0.6))))
        at += timedelta(seconds=rng.randint(40, 150), microseconds=rng.randrange(1_000_000))
        if rng.random() < 0.08:  # a first impression, corrected a little later
            rec.score(code, criterion, min(high, max(low, value + rng.choice((-1, 1)))), at)
            at += timedelta(seconds=rng.randint(5, 60))
        rec.score(code, criterion, value, at)
        if value in (low, high) or rng.random() < 0.1:
            at += timedelta(seconds=rng.randint(10, 90))
            rec.note(code, criterion, rng.choice(NOTES), at)
    if not finish:
        return
    if rng.random() < 0.3:
        at += timedelta(seconds=rng.randint(20, 120))
        rec.region_note(code, rng.choice(NOTES), at)
    at += timedelta(seconds=rng.randint(20, 120))
    rec.finalise(code, at)
    if rng.random() < 0.05:  # reopened after the panel discussion, one score changed, finalised again
        at += timedelta(minutes=rng.randint(5, 30))
        rec.reopen(code, "Diskusi panel: dokumen tambahan diterima", at)
        criterion = rng.choice(criteria)
        old = rec.values[(code, criterion)]
        assert old is not None
        new = min(high - 1, max(low + 1, old + rng.choice((-1, 1))))
        at += timedelta(minutes=1)
        rec.score(code, criterion, new, at)
        at += timedelta(minutes=1)
        rec.finalise(code, at)


def _text(value: int | None) -> str | None:
    return None if value is None else str(value)
