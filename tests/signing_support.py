"""Shared set-up for the signing tests: cheap keys, a chair-signed event, a store scoring it as A01."""

from __future__ import annotations

import dataclasses
import subprocess
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gm100_desktop import paths
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.minisign import PublicKey
from gm100_desktop.models.store import Store, open_store
from gm100_desktop.services import demo, scoring
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.identity import UnlockedIdentity, create_identity, identity_path

CHEAP_KDF_N = "1024"  # GM100_KDF_N for tests: keys made in tests cost 1 ms, not 250 ms
PASSPHRASE = "correct horse battery"
CHAIR_PASSPHRASE = "chair passphrase 2019"
EVENT_ID = "gm100-2019-test"
DAY = date(2019, 2, 21)
CRITERIA = [f"{p}{i}" for p in ("INF", "SUP", "VIS") for i in range(1, 6)]


@dataclass
class Signed:
    """A chair, the local assessor A01 and its store with the signed event imported."""

    chair: UnlockedIdentity
    me: UnlockedIdentity
    definition: EventDefinition
    event_file: Path
    store: Store

    def context(self) -> scoring.AssessorContext:
        with self.store.transaction() as s:
            return scoring.open_context(s)


def event_definition(keys: dict[str, PublicKey], *, version: int = 1, **changes: object) -> EventDefinition:
    """The demo event as a real one: its own id, roster keys for the given assessors."""
    base, _ = demo.demo_event(DAY)
    roster = tuple(
        dataclasses.replace(a, public_key=keys[a.assessor_id].to_base64()) if a.assessor_id in keys else a
        for a in base.roster
    )
    fields: dict[str, object] = {"event_id": EVENT_ID, "version": version, "roster": roster, **changes}
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def make_chair(folder: Path) -> UnlockedIdentity:
    return create_identity(
        folder / "chair.gm100key", role="chair", name="Ketua Panel", passphrase=CHAIR_PASSPHRASE
    )


def make_local_assessor() -> UnlockedIdentity:
    return create_identity(
        identity_path("assessor"), role="assessor", name="Rina Hartono", passphrase=PASSPHRASE
    )


def signed_setup(tmp_path: Path) -> Signed:
    chair = make_chair(tmp_path)
    me = make_local_assessor()
    definition = event_definition({"A01": me.public_key})
    event_file = tmp_path / "event.gm100event"
    ep.write_event_package(definition, chair, event_file)
    store = open_store(paths.store_path())
    import_event(store, event_file, me.public_key)
    return Signed(chair, me, definition, event_file, store)


def import_event(store: Store, event_file: Path, key: PublicKey | None, **options: object) -> ep.ImportPlan:
    package = ep.load_event_package(event_file)
    with store.transaction() as s:
        plan = ep.plan_event_import(s, package, source=str(event_file), local_key=key, **options)  # type: ignore[arg-type]
        ep.import_event_package(s, plan)
    return plan


def score_some(store: Store, ctx: scoring.AssessorContext) -> None:
    """Finalise one region (with notes on extremes), start another, clear a score in a third."""
    with store.transaction() as s:
        for criterion, value in zip(CRITERIA, [5, 4, 3, 2, 1, 3, 3, 4, 4, 2, 4, 5, 3, 2, 3], strict=True):
            scoring.set_score(s, ctx, "35.10", criterion, value)
        for criterion in ("INF1", "INF5", "VIS2"):
            scoring.set_note(s, ctx, "35.10", criterion, f"Catatan {criterion}")
        scoring.set_region_note(s, ctx, "35.10", "Paparan langsung oleh bupati")
        scoring.finalise_region(s, ctx, "35.10")
    with store.transaction() as s:
        scoring.set_score(s, ctx, "36.74", "INF1", 3)
        scoring.set_score(s, ctx, "36.74", "INF2", 4)
        scoring.set_note(s, ctx, "36.74", "INF2", "Jaringan fiber ke semua OPD")
        scoring.set_score(s, ctx, "73.71", "SUP1", 4)
        scoring.set_score(s, ctx, "73.71", "SUP1", None, reason="Salah wilayah")


def extract(archive: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as z:
        z.extractall(folder)
    return folder


def minisign_verify(data_file: Path, pub_file: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["minisign", "-Vm", str(data_file), "-p", str(pub_file)], capture_output=True, text=True, check=False
    )
