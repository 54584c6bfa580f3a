"""Test setup: headless Qt, a private data folder per test, and a store holding the demo event."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from signing_support import CHEAP_KDF_N, Signed, signed_setup

from gm100_desktop.models.store import Store, open_store
from gm100_desktop.services import demo, scoring
from gm100_desktop.services.scoring import AssessorContext

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEMO_DAY = date(2019, 2, 21)  # the real 2019 selection days: 21–22 February, Pusat TIK Nasional Ciputat


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder."""
    folder = tmp_path / "gm100-data"
    monkeypatch.setenv("GM100_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


@pytest.fixture
def store(private_data_dir: Path) -> Iterator[Store]:
    """An open store with the demo event installed (day 1 = 21 February 2019)."""
    opened = open_store(private_data_dir / "gm100.sqlite3")
    with opened.transaction() as session:
        demo.ensure_demo_event(session, today=DEMO_DAY)
    yield opened
    opened.close()


@pytest.fixture
def ctx(store: Store) -> AssessorContext:
    with store.transaction() as session:
        return scoring.open_context(session)


@pytest.fixture
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made in tests cost a millisecond, not the production key derivation's quarter second."""
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)


@pytest.fixture
def signed(tmp_path: Path, cheap_keys: None) -> Iterator[Signed]:
    """A store with a signed event installed, bound to a local identity (see tests/signing_support.py)."""
    setup = signed_setup(tmp_path)
    yield setup
    setup.store.close()


@pytest.fixture
def regions_csv() -> Path:
    """The official 2019 list of 514 kabupaten/kota from ../shared; tests using it skip without it."""
    path = SHARED / "data" / "regions_id.csv"
    if not path.is_file():
        pytest.skip("../shared/data/regions_id.csv is not present")
    return path
