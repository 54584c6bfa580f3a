"""Event packages: chair-signed, checked on import, bound to the right assessor; new versions keep scores."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from signing_support import (
    PASSPHRASE,
    Signed,
    event_definition,
    import_event,
    make_chair,
    score_some,
)
from sqlalchemy import func, select

from gm100_desktop import paths
from gm100_desktop.domain.archive import write_archive
from gm100_desktop.domain.event import Region, Slot
from gm100_desktop.errors import (
    AssessorChoiceError,
    ChairKeyChangedError,
    EventImportError,
    EventVersionConflictError,
    GM100Error,
    OlderEventVersionError,
    RosterKeyMismatchError,
    SignatureError,
)
from gm100_desktop.models import tables as t
from gm100_desktop.models.store import open_store
from gm100_desktop.services import event_package as ep
from gm100_desktop.services import scoring
from gm100_desktop.services.bundle_export import export_bundle
from gm100_desktop.services.identity import create_identity
from gm100_desktop.services.verify import load_bundle

pytestmark = pytest.mark.usefixtures("cheap_keys")


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_package_carries_the_event_signed_by_the_chair(tmp_path: Path) -> None:
    chair = make_chair(tmp_path)
    definition = event_definition({})
    out = tmp_path / "e.gm100event"
    written = ep.write_event_package(definition, chair, out)
    members = _members(out)
    assert sorted(members) == ["chair.pub", "event.json", "event.json.minisig"]

    package = ep.load_event_package(out)
    assert package.definition == definition
    assert package.sha256 == hashlib.sha256(members["event.json"]).hexdigest() == written.sha256
    assert package.chair_key == chair.public_key and package.chair_name == "Ketua Panel"
    assert (
        package.signature.trusted_comment
        == f"gm100-event event:gm100-2019-test version:1 sha256:{package.sha256}"
    )
    assert b'"chair":{"key_id":"' + chair.public_key.key_id_hex.encode() in members["event.json"]


def test_import_binds_the_laptop_to_the_roster_entry_holding_its_key(signed: Signed) -> None:
    ctx = signed.context()
    assert (ctx.event_id, ctx.assessor_id, ctx.panel_name) == ("gm100-2019-test", "A01", "Panel 1")
    with signed.store.transaction() as s:
        event = s.scalar(select(t.Event).where(t.Event.uid == "gm100-2019-test"))
        assert event is not None
        assert event.package_sha256 == ep.load_event_package(signed.event_file).sha256
        assert event.chair_key_id == signed.chair.public_key.key_id_hex
        assert not event.is_demo


def test_without_a_matching_key_the_assessor_must_be_chosen(tmp_path: Path) -> None:
    chair = make_chair(tmp_path)
    event_file = tmp_path / "e.gm100event"
    ep.write_event_package(event_definition({}), chair, event_file)
    stranger = create_identity(tmp_path / "x.gm100key", role="assessor", name="X", passphrase=PASSPHRASE)
    with open_store(paths.store_path()) as store:
        with pytest.raises(AssessorChoiceError, match="--as ASSESSOR_ID") as caught:
            import_event(store, event_file, stranger.public_key)
        assert "A01, A02, A03" in caught.value.message
        with pytest.raises(AssessorChoiceError, match="no assessor identity"):
            import_event(store, event_file, None)
        plan = import_event(store, event_file, None, as_assessor="A03")
        assert plan.assessor_id == "A03" and not plan.bound_by_key
        with pytest.raises(EventImportError, match='"A99" is not in the roster'):
            import_event(store, event_file, None, as_assessor="A99")


def test_choosing_an_assessor_whose_registered_key_differs_is_refused(signed: Signed) -> None:
    other = event_definition({"A01": signed.me.public_key, "A02": signed.chair.public_key}, version=2)
    v2 = signed.event_file.with_name("v2.gm100event")
    ep.write_event_package(other, signed.chair, v2)
    with pytest.raises(RosterKeyMismatchError, match="A02"):
        import_event(signed.store, v2, signed.me.public_key, as_assessor="A02")


def test_tampered_package_is_refused_and_nothing_is_installed(tmp_path: Path) -> None:
    chair = make_chair(tmp_path)
    good = tmp_path / "e.gm100event"
    ep.write_event_package(event_definition({}), chair, good)
    members = _members(good)
    members["event.json"] = members["event.json"].replace(b"Kota Bandung", b"Kota Bendung")
    bad = tmp_path / "tampered.gm100event"
    bad.write_bytes(write_archive(members))
    with pytest.raises(SignatureError) as caught:
        ep.load_event_package(bad)
    assert str(bad) in caught.value.message and "changed after signing" in caught.value.message
    with open_store(paths.store_path()) as store, store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(t.Event)) == 0


def test_package_re_signed_by_someone_else_shows_another_chair_key(signed: Signed, tmp_path: Path) -> None:
    impostor = create_identity(
        tmp_path / "imp.gm100key", role="chair", name="Ketua Panel", passphrase=PASSPHRASE
    )
    forged = tmp_path / "forged.gm100event"
    ep.write_event_package(event_definition({"A01": signed.me.public_key}, version=2), impostor, forged)
    with pytest.raises(ChairKeyChangedError) as caught:
        import_event(signed.store, forged, signed.me.public_key)
    assert impostor.public_key.key_id_hex in caught.value.message
    assert signed.chair.public_key.key_id_hex in caught.value.message
    plan = import_event(signed.store, forged, signed.me.public_key, accept_new_chair_key=True)
    assert plan.action == ep.UPGRADE


def test_same_package_twice_changes_nothing_and_older_or_conflicting_versions_are_refused(
    signed: Signed,
) -> None:
    assert import_event(signed.store, signed.event_file, signed.me.public_key).action == ep.SAME
    v2 = signed.event_file.with_name("v2.gm100event")
    ep.write_event_package(event_definition({"A01": signed.me.public_key}, version=2), signed.chair, v2)
    import_event(signed.store, v2, signed.me.public_key)
    with pytest.raises(OlderEventVersionError, match=r"version 1 .* version 2 is"):
        import_event(signed.store, signed.event_file, signed.me.public_key)
    changed = event_definition({"A01": signed.me.public_key}, version=2, name="Another name")
    v2b = signed.event_file.with_name("v2b.gm100event")
    ep.write_event_package(changed, signed.chair, v2b)
    with pytest.raises(EventVersionConflictError):
        import_event(signed.store, v2b, signed.me.public_key)


def test_newer_version_replaces_the_older_and_keeps_every_score(signed: Signed, tmp_path: Path) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)
    with signed.store.transaction() as s:
        before = {code: scoring.region_sheet(s, ctx, code) for code in ctx.regions}
        history = [h.hash for h in scoring.region_history(s, ctx)]
    v1 = signed.definition
    renamed = [
        dataclasses.replace(r, name="Kota Denpasar (revisi)") if r.code == "51.71" else r for r in v1.regions
    ]
    added = Region("31.71", "Kota Administrasi Jakarta Pusat", "DKI Jakarta", "kota")
    last = v1.schedule[-1]
    added_slot = Slot(
        "P1", "31.71", last.end.replace(hour=16, minute=0), last.end.replace(hour=16, minute=45)
    )
    v2 = dataclasses.replace(
        v1,
        version=2,
        name="Penilaian GM100 2019 (revisi)",
        regions=(*renamed, added),
        schedule=(*v1.schedule, added_slot),
        rubric=dataclasses.replace(v1.rubric, name={"id": "Rubrik revisi", "en": "Revised rubric"}),
    )
    v2_file = tmp_path / "v2.gm100event"
    ep.write_event_package(v2, signed.chair, v2_file)
    package = ep.load_event_package(v2_file)
    with signed.store.transaction() as s:
        plan = ep.plan_event_import(s, package, source="v2", local_key=signed.me.public_key)
    assert (plan.action, plan.installed_version, plan.assessor_id) == (ep.UPGRADE, 1, "A01")
    assert plan.scores_kept == sum(v is not None for sheet in before.values() for v in sheet.scores.values())
    import_event(signed.store, v2_file, signed.me.public_key)

    ctx2 = signed.context()
    assert ctx2.assessor_row_id == ctx.assessor_row_id and ctx2.event_name == "Penilaian GM100 2019 (revisi)"
    assert ctx2.regions["51.71"].name == "Kota Denpasar (revisi)" and "31.71" in ctx2.regions
    assert ctx2.rubric.name["en"] == "Revised rubric"
    with signed.store.transaction() as s:
        for code, sheet in before.items():
            after = scoring.region_sheet(s, ctx2, code)
            assert (after.scores, after.notes, after.state) == (sheet.scores, sheet.notes, sheet.state), code
        assert [h.hash for h in scoring.region_history(s, ctx2)] == history
        assert scoring.verify_history_chain(s, ctx2)
        scoring.set_score(s, ctx2, "36.74", "INF3", 2)  # scoring goes on

    bundle = export_bundle(signed.store, signed.me, tmp_path)
    assert load_bundle(bundle.path, package).content.event_version == 2
    with pytest.raises(GM100Error, match="version 2"):
        load_bundle(bundle.path, ep.load_event_package(signed.event_file))


def test_newer_version_dropping_a_scored_region_is_refused_before_anything_changes(signed: Signed) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)
    v1 = signed.definition
    v2 = dataclasses.replace(
        v1,
        version=2,
        regions=tuple(r for r in v1.regions if r.code != "35.10"),
        schedule=tuple(s for s in v1.schedule if s.region_code != "35.10"),
    )
    v2_file = signed.event_file.with_name("v2.gm100event")
    ep.write_event_package(v2, signed.chair, v2_file)
    with pytest.raises(EventImportError, match="drops a region"):
        import_event(signed.store, v2_file, signed.me.public_key)
    with signed.store.transaction() as s:
        event = s.scalar(select(t.Event).where(t.Event.uid == v1.event_id))
        assert event is not None and event.version == 1


def test_package_with_an_unknown_format_version_or_extra_field_is_refused(tmp_path: Path) -> None:
    import json

    from gm100_desktop.domain.canonical import canonical_json
    from gm100_desktop.domain.event_package import event_trusted_comment, signature_comment

    chair = make_chair(tmp_path)
    ep.write_event_package(event_definition({}), chair, tmp_path / "ok.gm100event")
    for change, expected in (
        (lambda d: d.update(format_version=2), "only version 1"),
        (lambda d: d.update(surprise=True), "does not write"),
    ):
        members = _members(tmp_path / "ok.gm100event")
        data = json.loads(members["event.json"])
        change(data)
        body = canonical_json(data)
        comment = event_trusted_comment(data["event_id"], data["version"], hashlib.sha256(body).hexdigest())
        members["event.json"] = body
        members["event.json.minisig"] = chair.secret.sign(body, comment, signature_comment(chair.public_key))
        bad = tmp_path / "bad.gm100event"
        bad.write_bytes(write_archive(members))
        with pytest.raises(GM100Error, match=expected):
            ep.load_event_package(bad)


def test_a_store_at_schema_0001_upgrades_and_then_imports_a_signed_event(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "store_schema_0001.sqlite3"
    if not fixture.is_file():
        pytest.skip("no 0001 fixture")
    paths.data_dir()
    paths.store_path().write_bytes(fixture.read_bytes())
    chair = make_chair(tmp_path)
    me = create_identity(
        paths.data_dir() / "identity" / "assessor.gm100key", role="assessor", name="R", passphrase=PASSPHRASE
    )
    event_file = tmp_path / "e.gm100event"
    ep.write_event_package(event_definition({"A01": me.public_key}), chair, event_file)
    with open_store(paths.store_path()) as store:
        with store.transaction() as s:
            demo_event = s.scalar(select(t.Event).where(t.Event.is_demo))
            assert demo_event is not None and demo_event.package_sha256 is None
        import_event(store, event_file, me.public_key)
        with store.transaction() as s:
            assert scoring.open_context(s).event_id == "gm100-2019-test"
        result = export_bundle(store, me, tmp_path)
        assert result.sequence == 1


def test_migration_0002_downgrades_and_upgrades_cleanly(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect

    import gm100_desktop.models

    path = tmp_path / "m.sqlite3"
    open_store(path, lock=False).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option(
                "script_location", str(Path(gm100_desktop.models.__file__).parent / "migrations")
            )
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
            assert "bundle_export" not in inspect(conn).get_table_names()
            assert "package_sha256" not in {c["name"] for c in inspect(conn).get_columns("event")}
            command.upgrade(config, "head")
            assert "bundle_export" in inspect(conn).get_table_names()
            assert {"package_sha256", "chair_key_id"} <= {
                c["name"] for c in inspect(conn).get_columns("event")
            }
    finally:
        engine.dispose()


def test_member_bytes_are_read_from_memory_not_extracted(tmp_path: Path) -> None:
    chair = make_chair(tmp_path)
    out = tmp_path / "e.gm100event"
    ep.write_event_package(event_definition({}), chair, out)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    ep.load_event_package(out)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert zipfile.is_zipfile(io.BytesIO(out.read_bytes()))


def test_a_new_rubric_is_taken_before_scoring_starts_and_refused_after(signed: Signed) -> None:
    from gm100_desktop.services.rubrics import builtin_rubric

    pillars = builtin_rubric("smart_city_pillars")
    v2 = dataclasses.replace(signed.definition, version=2, rubric=pillars)
    v2_file = signed.event_file.with_name("v2.gm100event")
    ep.write_event_package(v2, signed.chair, v2_file)
    import_event(signed.store, v2_file, signed.me.public_key)
    ctx = signed.context()
    assert ctx.rubric.digest() == pillars.digest() and (ctx.rubric.scale_min, ctx.rubric.scale_max) == (0, 4)

    with signed.store.transaction() as s:
        scoring.set_score(s, ctx, "36.74", next(iter(ctx.criterion_rows)), 2)
    v3 = dataclasses.replace(signed.definition, version=3)  # back to the readiness rubric
    v3_file = signed.event_file.with_name("v3.gm100event")
    ep.write_event_package(v3, signed.chair, v3_file)
    with pytest.raises(EventImportError, match="changes the rubric"):
        import_event(signed.store, v3_file, signed.me.public_key)
