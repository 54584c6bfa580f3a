"""Crash-test writer: scores through the scoring service until killed, reporting only durable saves.

Run by tests/test_crash.py as `python crash_writer.py FIRST_SEQ SEED` with GM100_DATA_DIR set. Each action
is one `store.transaction()`, exactly as the UI does it; a line is printed (and flushed) only after that block
has returned, i.e. after the commit. Lines:

    ready
    saved <region> <criterion> <value> <seq>     the score is <value> and the note reads "seq=<seq>"
    finalised <region> <seq>

Sequence numbers only grow (the test gives every run its own range), and the value is a function of the
sequence number, so the test can tell which save a stored score came from.
"""

from __future__ import annotations

import random
import sys
from datetime import date

from gm100_desktop import paths
from gm100_desktop.errors import FinaliseIncompleteError
from gm100_desktop.models.store import open_store
from gm100_desktop.services import demo, scoring

DAY = date(2019, 2, 21)
FINALISE_EVERY = 7


def value_for(seq: int) -> int:
    """The score saved with `seq` (the demo rubric's scale is 1–5)."""
    return 1 + (seq * 7919) % 5


def note_for(seq: int) -> str:
    return f"seq={seq}"


def main(first_seq: int, seed: int) -> int:
    rng = random.Random(seed)
    store = open_store(paths.store_path())
    with store.transaction() as s:
        demo.ensure_demo_event(s, today=DAY)
    with store.transaction() as s:
        ctx = scoring.open_context(s)
        regions = [row.code for row in scoring.region_overview(s, ctx) if row.conflict is None]
    criteria = list(ctx.criterion_rows)
    print("ready", flush=True)

    seq = first_seq
    while True:
        seq += 1
        code = rng.choice(regions)
        if seq % FINALISE_EVERY == 0:
            try:
                with store.transaction() as s:
                    if scoring.region_sheet(s, ctx, code).state == "finalised":
                        continue
                    scoring.finalise_region(s, ctx, code)
            except FinaliseIncompleteError:
                continue
            print(f"finalised {code} {seq}", flush=True)
            continue

        value = value_for(seq)
        with store.transaction() as s:
            sheet = scoring.region_sheet(s, ctx, code)
            unscored = [c for c in criteria if sheet.scores[c] is None]
            criterion = unscored[0] if unscored and rng.random() < 0.5 else rng.choice(criteria)
            if sheet.state == "finalised":
                scoring.reopen_region(s, ctx, code, f"crash test seq={seq}")
            scoring.set_score(s, ctx, code, criterion, value)
            scoring.set_note(s, ctx, code, criterion, note_for(seq))
        print(f"saved {code} {criterion} {value} {seq}", flush=True)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2])))
