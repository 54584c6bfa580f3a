"""Reading a bundle has a quick path and a detailed one: they must accept alike and refuse with one message.

The quick path (domain/bundle.py) checks the form of bundle.json with a pattern (domain/strict_json.py shapes)
and the values with plain comparisons; whenever it finds anything wrong it steps aside and the detailed path
names the problem. Here valid bundles are mutated at random, at the JSON level (so the deep checks run, with
the hash chain re-made half of the time so the replay runs too) and at the byte level: for every one the
quick path either steps aside or gives exactly the detailed path's content or message, and it never steps
aside for a valid bundle. The building blocks get their own proofs: the history payload is byte-for-byte
canonical_json, a shape matches only canonical JSON, and the time pattern accepts exactly the times the
detailed check does.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from gm100_desktop.domain import bundle as b
from gm100_desktop.domain import strict_json as sj
from gm100_desktop.domain.archive import read_archive
from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.fields import FieldReader
from gm100_desktop.domain.history import GENESIS_HASH, entry_payload
from gm100_desktop.domain.strict_json import load_canonical_json, load_shaped_json
from gm100_desktop.errors import BundleError, FormatError, GM100Error
from gm100_desktop.services.demo_files import write_demo_files

SOURCE = "test.gm100bundle (bundle.json)"
SLOW = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    summary = write_demo_files(
        tmp_path_factory.mktemp("demo"), regions=6, assessors=2, panels=1, seed=5, kdf_n=1024
    )
    return [read_archive(p.read_bytes(), "b", b.BUNDLE_MEMBERS)["bundle.json"] for p in summary.bundles]


def detailed(body: bytes) -> b.BundleContent | str:
    try:
        return b.parse_bundle(load_canonical_json(body, SOURCE, BundleError), SOURCE)
    except GM100Error as exc:
        return exc.message


def quick(body: bytes) -> b.BundleContent | str | None:
    try:
        return b._quick_content(body, SOURCE)
    except GM100Error as exc:
        return exc.message


def assert_agree(body: bytes) -> None:
    expected = detailed(body)
    got = quick(body)
    if currently_in_test_context():  # for --hypothesis-show-statistics
        event(f"quick path {'stepped aside' if got is None else 'decided'}")
        event(f"detailed path {'accepted' if isinstance(expected, b.BundleContent) else 'refused'}")
    if isinstance(expected, b.BundleContent):
        assert got == expected  # a valid bundle always takes the quick path, with the same content
    else:
        assert got is None or got == expected


def rechain(data: dict[str, Any]) -> None:
    """Re-make the history's hashes (as canonical_json defines them), so only later checks can object."""
    assessor = data.get("assessor", {}).get("assessor_id") if isinstance(data.get("assessor"), dict) else None
    history = data.get("history")
    if not isinstance(assessor, str) or not isinstance(history, list):
        return
    prev = GENESIS_HASH
    for h in history:
        if not isinstance(h, dict):
            return
        fields = {k: h.get(k) for k in ("region", "criterion", "kind", "old", "new", "reason", "at")}
        try:
            payload = canonical_json({"assessor": assessor, **fields})
        except (TypeError, ValueError):
            return
        h["prev_hash"] = prev
        h["hash"] = prev = hashlib.sha256(prev.encode("ascii") + payload).hexdigest()
    data["history_head"] = prev


def paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths(v, (*at, i))
    return out


def locate(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


TIMES = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}.{:06d}".format,
    st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32), st.integers(0, 25), st.integers(0, 61),
    st.integers(0, 61), st.integers(0, 999_999),
)  # fmt: skip
TEXTS = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["", " ", "\t", "A01", "INF1", "SUP3", "32.73", "51.03", "score", "note", "finalise", "reopen",
     "region_note", "finalised", "in_progress", "not_started", "0", "3", "-1", "03", "6", "x" * 201,
     "line\nbreak", 'quote"d', "back\\slash", "é", "a" * 64, "0" * 64, "2019-02-21T09:30:00.000000"]
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-3, 8)
    | st.integers()
    | TEXTS
    | TIMES
    | st.floats(allow_nan=False, allow_infinity=False)
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXTS, inner, max_size=3)
)


def mutate(data: dict[str, Any], draw: st.DataObject) -> None:
    """One change in the parsed bundle.json: a new value; a removed, added, repeated or moved item."""
    kinds: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}  # e.g. ("history", "*", "at"): all such paths
    for path in paths(data)[1:]:
        kinds.setdefault(tuple("*" if isinstance(p, int) else p for p in path), []).append(path)
    path = draw.draw(st.sampled_from(kinds[draw.draw(st.sampled_from(sorted(kinds, key=repr)))]))
    parent, last = locate(data, path[:-1]), path[-1]
    kind = draw.draw(st.sampled_from(["value", "value", "remove", "add", "repeat", "move", "copy"]))
    if kind == "value":
        parent[last] = draw.draw(VALUES)
    elif kind == "remove":
        del parent[last]
    elif kind == "add" and isinstance(parent, dict):
        parent[draw.draw(TEXTS)] = draw.draw(VALUES)
    elif kind == "repeat" and isinstance(parent, list):
        parent.insert(last, json.loads(json.dumps(parent[last])))
    elif kind == "move" and isinstance(parent, list):
        parent.insert(draw.draw(st.integers(0, len(parent) - 1)), parent.pop(last))
    elif kind == "copy":  # a value from elsewhere in the bundle: a real criterion, code, time or hash
        other = draw.draw(st.sampled_from(paths(data)[1:]))
        parent[last] = json.loads(json.dumps(locate(data, other)))


# ---- the two paths side by side ----------------------------------------------------------------------------


def test_every_valid_demo_bundle_takes_the_quick_path(bodies: list[bytes]) -> None:
    for body in bodies:
        content = b._quick_content(body, SOURCE)
        assert content is not None and content == detailed(body)


@SLOW
@given(data=st.data())
def test_json_level_changes_are_judged_alike(bodies: list[bytes], data: st.DataObject) -> None:
    parsed = json.loads(bodies[data.draw(st.integers(0, len(bodies) - 1))])
    for _ in range(data.draw(st.integers(1, 3))):
        mutate(parsed, data)
    if data.draw(st.booleans()):
        rechain(parsed)
    assert_agree(canonical_json(parsed))


@SLOW
@given(data=st.data())
def test_byte_level_changes_are_judged_alike(bodies: list[bytes], data: st.DataObject) -> None:
    body = bytearray(bodies[data.draw(st.integers(0, len(bodies) - 1))])
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(body) - 1))
        op = data.draw(st.sampled_from(["replace", "insert", "delete"]))
        if op == "replace":
            body[at] = data.draw(st.integers(0, 255))
        elif op == "insert":
            body[at:at] = data.draw(
                st.binary(min_size=1, max_size=4) | st.sampled_from([b" ", b"\\", b",", b'"'])
            )
        else:
            del body[at]
    assert_agree(bytes(body))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"sequence":1', b'"sequence":1,"sequence":1'),  # a repeated key, same value
        (b'"sequence":1', b'"sequence":1.0'),
        (b'"sequence":1', b'"sequence":-0'),
        (b'"sequence":1', b'"sequence":01'),
        (b'"sequence":1', b'"sequence":true'),
        (b'"sequence":1', b'"sequence":NaN'),
        (b'"sequence":1', b'"sequence": 1'),
        (b'"format":"gm100-bundle"', b'"format":"gm100\\u002dbundle"'),
        (b'"format":"gm100-bundle"', b'"format":"gm100-bundle\\/"'),
        (b'"note":""', b'"note":"\\u000a"'),
        (b'"note":""', b'"note":"\\u001B"'),
        (b'"note":""', b'"note":"\\ud800"'),
        (b'"note":""', b'"note":"\\u00e9"'),
        (b'"note":""', b'"note":"\x7f\\u001b\\n\\"\\\\"'),  # canonical, and accepted by both
        (b'"reason":""', b'"reason":"\xff"'),
        (b'"at":"2019-02-21T', b'"at":"2019-02-29T'),
        (b'{"app_version"', b'{ "app_version"'),
    ],
)
def test_non_canonical_and_subtle_changes_are_judged_alike(
    bodies: list[bytes], old: bytes, new: bytes
) -> None:
    body = bodies[0]
    assert old in body
    changed = body.replace(old, new, 1)
    assert_agree(changed)
    parsed = load_shaped_json(changed, b._BUNDLE_SHAPE)
    if parsed is not None:  # the shape matched: then the text must be the canonical form of its value
        assert canonical_json(parsed) == changed


def _first(items: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    return next(x for x in items if all(x.get(k) == v for k, v in match.items()))


def _score(d: dict[str, Any]) -> dict[str, Any]:
    score: dict[str, Any] = _scored(d)["scores"][0]
    return score


def _scored(d: dict[str, Any]) -> dict[str, Any]:
    return next(g for g in d["regions"] if g["scores"])


def _unscored(d: dict[str, Any]) -> dict[str, Any]:
    """No history, nothing scored: then the regions themselves are all that can be wrong."""
    d.update(history=[], history_head=GENESIS_HASH)
    for g in d["regions"]:
        g.update(state="not_started", note="", finalised_at=None, scores=[])
    return d


EDITS: dict[str, Any] = {  # each breaks one rule of the detailed path, or (marked "ok") none
    "format": lambda d: d.update(format="gm100-event"),
    "format_version": lambda d: d.update(format_version=2),
    "format_version true": lambda d: d.update(format_version=True),
    "missing field": lambda d: d.pop("sequence"),
    "extra field": lambda d: d.update(extra=1),
    "event not an object": lambda d: d.update(event=[]),
    "event extra field": lambda d: d["event"].update(extra=1),
    "rubric missing field": lambda d: d["rubric"].pop("sha256"),
    "scale equal": lambda d: d["rubric"].update(scale_max=d["rubric"]["scale_min"]),
    "scale reversed": lambda d: d["rubric"].update(scale_max=0),
    "scale text": lambda d: d["rubric"].update(scale_min="1"),
    "no criteria": lambda d: d["rubric"].update(criteria=[]),
    "empty criterion": lambda d: d["rubric"]["criteria"].append(""),
    "blank criterion ok": lambda d: d["rubric"]["criteria"].append(" "),
    "blank criterion scored": lambda d: (
        d["rubric"]["criteria"].append(" "),
        _score(d).update(criterion=" "),
    ),
    "long criterion": lambda d: d["rubric"]["criteria"].append("x" * 201),
    "criterion twice": lambda d: d["rubric"]["criteria"].append(d["rubric"]["criteria"][0]),
    "criterion number": lambda d: d["rubric"]["criteria"].append(5),
    "public key empty": lambda d: d["assessor"].update(public_key=""),
    "public key blank": lambda d: d["assessor"].update(public_key="  "),
    "public key junk": lambda d: d["assessor"].update(public_key="junk"),
    "public key spaced": lambda d: d["assessor"].update(public_key=" " + d["assessor"]["public_key"]),
    "key id lower": lambda d: d["assessor"].update(key_id=d["assessor"]["key_id"].lower()),
    "app version blank": lambda d: d.update(app_version=" "),
    "app version long": lambda d: d.update(app_version="1" * 201),
    "app version line": lambda d: d.update(app_version="1\n2"),
    "app version tab": lambda d: d.update(app_version="1\t2"),
    "app version number": lambda d: d.update(app_version=1),
    "created 29 Feb 2019": lambda d: d.update(created_at="2019-02-29T00:00:00.000000"),
    "created 29 Feb 2020 ok": lambda d: d.update(created_at="2020-02-29T00:00:00.000000"),
    "created hour 24": lambda d: d.update(created_at="2019-02-21T24:00:00.000000"),
    "created second 60": lambda d: d.update(created_at="2019-02-21T23:59:60.000000"),
    "created year 0": lambda d: d.update(created_at="0000-02-21T00:00:00.000000"),
    "created year 1 ok": lambda d: d.update(created_at="0001-01-01T00:00:00.000000"),
    "created with zone": lambda d: d.update(created_at="2019-02-21T00:00:00.000000+00:00"),
    "created no micro": lambda d: d.update(created_at="2019-02-21T00:00:00"),
    "created null": lambda d: d.update(created_at=None),
    "sequence 0": lambda d: d.update(sequence=0),
    "sequence true": lambda d: d.update(sequence=True),
    "event version 0": lambda d: d["event"].update(version=0),
    "event id control": lambda d: d["event"].update(event_id="a\x1fb"),
    "package hash upper": lambda d: d["event"].update(package_sha256=d["event"]["package_sha256"].upper()),
    "rubric hash short": lambda d: d["rubric"].update(sha256="ab"),
    "assessor id blank": lambda d: d["assessor"].update(assessor_id=""),
    "assessor name number": lambda d: d["assessor"].update(name=3),
    "assessor name empty ok": lambda d: d["assessor"].update(name=""),
    "regions not a list": lambda d: d.update(regions={}),
    "region not an object": lambda d: d["regions"].append(3),
    "region extra field": lambda d: d["regions"][0].update(extra=None),
    "region twice": lambda d: d["regions"].append(json.loads(json.dumps(d["regions"][0]))),
    "region code blank": lambda d: d["regions"][0].update(code=" "),
    "region code control": lambda d: d["regions"][0].update(code="32\x0073"),
    "region state other": lambda d: d["regions"][0].update(state="done"),
    "finalised without time": lambda d: _first(d["regions"], state="finalised").update(finalised_at=None),
    "open with time": lambda d: _first(d["regions"], finalised_at=None).update(
        finalised_at="2019-02-21T00:00:00.000000"
    ),
    "finalised bad time": lambda d: _first(d["regions"], state="finalised").update(
        finalised_at="2019-13-01T00:00:00.000000"
    ),
    "region note number": lambda d: d["regions"][0].update(note=1),
    "scores not a list": lambda d: d["regions"][0].update(scores=None),
    "score not an object": lambda d: _scored(d)["scores"].append("x"),
    "score extra field": lambda d: _score(d).update(extra=1),
    "score unknown criterion": lambda d: _score(d).update(criterion="XYZ"),
    "score twice": lambda d: _scored(d)["scores"].append(dict(_score(d))),
    "score too high": lambda d: _score(d).update(value=d["rubric"]["scale_max"] + 1),
    "score true": lambda d: _score(d).update(value=True),
    "score float": lambda d: _score(d).update(value=2.0),
    "score text": lambda d: _score(d).update(value="2"),
    "score null": lambda d: _score(d).update(value=None),
    "score note number": lambda d: _score(d).update(note=0),
    "score bad time": lambda d: _score(d).update(at="2019-02-21"),
    "unscored ok": _unscored,
    "unscored, scale equal": lambda d: _unscored(d)["rubric"].update(scale_max=d["rubric"]["scale_min"]),
    "unscored, region code blank": lambda d: _unscored(d)["regions"][0].update(code=" "),
    "unscored, region code control": lambda d: _unscored(d)["regions"][0].update(code="\x1f"),
    "unscored, region code long": lambda d: _unscored(d)["regions"][0].update(code="1" * 201),
    "unscored, region code longest ok": lambda d: _unscored(d)["regions"][0].update(code="1" * 200),
    "history not a list": lambda d: d.update(history=None),
    "entry not an object": lambda d: d["history"].append([]),
    "entry extra field": lambda d: d["history"][0].update(extra=1),
    "entry kind other": lambda d: d["history"][0].update(kind="delete"),
    "score entry without criterion": lambda d: _first(d["history"], kind="score").update(criterion=None),
    "finalise entry with criterion": lambda d: _first(d["history"], kind="finalise").update(criterion="INF1"),
    "entry unknown criterion": lambda d: _first(d["history"], kind="score").update(criterion="XYZ"),
    "entry unknown region": lambda d: d["history"][0].update(region="99.99"),
    "entry region blank": lambda d: d["history"][0].update(region=""),
    "entry region control": lambda d: d["history"][0].update(region="\x01"),
    "entry old number": lambda d: d["history"][0].update(old=1),
    "entry new number": lambda d: d["history"][0].update(new=1),
    "entry reason null": lambda d: d["history"][0].update(reason=None),
    "entry bad time": lambda d: d["history"][0].update(at="2019-02-30T00:00:00.000000"),
    "entry hash upper": lambda d: d["history"][0].update(hash=d["history"][0]["hash"].upper()),
    "entry prev hash other": lambda d: d["history"][1].update(prev_hash=d["history"][0]["prev_hash"]),
    "entries swapped": lambda d: d["history"].insert(0, d["history"].pop(1)),
    "entry dropped": lambda d: d["history"].pop(),
    "head other": lambda d: d.update(history_head=d["history"][0]["hash"]),
    "new minus minus": lambda d: _first(d["history"], kind="score").update(new="--5"),
    "new leading zero": lambda d: _first(d["history"], kind="score").update(new="03"),
    "new out of scale": lambda d: _first(d["history"], kind="score").update(new="9"),
    "reopen without reason": lambda d: _first(d["history"], kind="reopen").update(reason=" "),
    "note entry new null": lambda d: _first(d["history"], kind="note").update(new=None),
}


@pytest.mark.parametrize("rechained", [False, True])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_each_rule_is_judged_alike(bodies: list[bytes], edit: str, rechained: bool) -> None:
    data = json.loads(bodies[0] if "reopen" not in edit else next(x for x in bodies if b'"reopen"' in x))
    EDITS[edit](data)
    if rechained:
        rechain(data)
    body = canonical_json(data)
    assert_agree(body)
    if edit.endswith(" ok"):
        assert isinstance(detailed(body), b.BundleContent)
    elif not rechained:  # (re-made, some changes to the history are allowed: two entries swapped)
        assert isinstance(detailed(body), str)


def test_the_quick_path_refuses_with_the_replay_message(bodies: list[bytes]) -> None:
    data = json.loads(bodies[0])
    region = next(g for g in data["regions"] if g["scores"])
    region["scores"][0]["note"] += " (changed)"
    body = canonical_json(data)
    assert quick(body) == detailed(body)
    assert "is not what the history says" in str(detailed(body))


# ---- the building blocks -----------------------------------------------------------------------------------

OPTIONAL_TEXT = st.none() | st.text(st.characters(exclude_categories=()), max_size=20)


@settings(max_examples=500)
@given(
    st.text(max_size=10), st.text(max_size=10), OPTIONAL_TEXT, st.text(st.characters(exclude_categories=())),
    OPTIONAL_TEXT, OPTIONAL_TEXT, st.text(max_size=30), st.text(max_size=30),
)  # fmt: skip
def test_the_history_payload_is_exactly_canonical_json(
    assessor: str, region: str, criterion: str | None, kind: str, old: str | None, new: str | None,
    reason: str, at: str,
) -> None:  # fmt: skip
    fields = {"assessor": assessor, "region": region, "criterion": criterion, "kind": kind, "old": old,
              "new": new, "reason": reason, "at": at}  # fmt: skip
    try:
        expected: bytes | None = canonical_json(fields)
    except UnicodeEncodeError:  # a lone surrogate: neither can write it
        expected = None
    try:
        got: bytes | None = entry_payload(assessor, region, criterion, kind, old, new, reason, at)
    except UnicodeEncodeError:
        got = None
    assert got == expected


SHAPE = re.compile(
    sj.obj(
        {
            "a": sj.TEXT,
            "b": sj.nullable(sj.INTEGER),
            "c": sj.array(sj.obj({"x": sj.TEXT, "y": sj.INTEGER})),
            "d": sj.one_of("one", "two"),
        }
    )
)
SHAPED = st.fixed_dictionaries(
    {
        "a": st.text(st.characters(codec="utf-8")),
        "b": st.none() | st.integers(),
        "c": st.lists(
            st.fixed_dictionaries({"x": st.text(st.characters(codec="utf-8")), "y": st.integers()})
        ),
        "d": st.sampled_from(["one", "two"]),
    }
)


@settings(max_examples=300)
@given(SHAPED)
def test_a_shape_matches_the_canonical_json_of_its_form(value: dict[str, Any]) -> None:
    try:
        body = canonical_json(value)
    except ValueError:  # an integer too long for Python to write as text
        return
    assert load_shaped_json(body, SHAPE) == value


@settings(max_examples=500)
@given(SHAPED, st.data())
def test_a_shape_matches_nothing_but_canonical_json(value: dict[str, Any], data: st.DataObject) -> None:
    try:
        body = bytearray(canonical_json(value))
    except ValueError:
        return
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(body)))
        insert = data.draw(
            st.binary(min_size=1, max_size=3)
            | st.sampled_from(
                [b" ", b"\\u0041", b"\\/", b"\\u000A", b"\\u001B", b"-0", b"0", b'"a":"",', b"\\ud800"]
            )
        )
        if data.draw(st.booleans()):
            body[at:at] = insert
        else:
            del body[at : at + len(insert)]
    parsed = load_shaped_json(bytes(body), SHAPE)
    if parsed is not None:
        assert canonical_json(parsed) == bytes(body)
        assert load_canonical_json(bytes(body), "s", FormatError) == parsed


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (b"\\/", False), (b"/", True), (b"\\u0041", False), (b"\\u000a", False), (b"\\n", True),
        (b"\\u0008", False), (b"\\b", True), (b"\\u001B", False), (b"\\u001b", True), (b"\\u007f", False),
        (b"\x7f", True), (b"\\u00e9", False), ("é".encode(), True), (b"\\ud800", False),
        (b"\\uD834\\uDD1E", False), ("𝄞".encode(), True), (b'\\"', True), (b"\\\\", True), (b"\t", False),
        (b"\\x41", False), (b"\\", False),
    ],
)  # fmt: skip
def test_a_text_matches_only_as_json_dumps_writes_it(text: bytes, canonical: bool) -> None:
    body = b'{"a":"' + text + b'","b":null,"c":[],"d":"one"}'
    assert (load_shaped_json(body, SHAPE) is not None) == canonical
    try:
        assert (canonical_json(json.loads(body)) == body) == canonical
    except ValueError:  # not even JSON (or a lone surrogate)
        assert not canonical


@settings(max_examples=1000)
@given(TIMES | st.text(max_size=30))
def test_the_time_pattern_accepts_exactly_the_times_the_detailed_check_does(value: str) -> None:
    try:
        b._time(FieldReader("s", BundleError), {"t": value}, "t", "")
        expected = True
    except BundleError:
        expected = False
    try:
        token = canonical_json(value)
    except UnicodeEncodeError:
        token = b""
    matched = re.fullmatch(b._TIME, token) is not None
    assert (matched and b._quick_date(value, set())) == expected


# ---- problems that used to crash the verifier --------------------------------------------------------------


def test_a_lone_surrogate_is_refused_as_not_canonical() -> None:
    with pytest.raises(FormatError, match="not in canonical form"):
        load_canonical_json(b'{"a":"\\ud800"}', "s", FormatError)


def test_a_score_like_minus_minus_five_is_not_a_value_of_the_scale() -> None:
    assert not b._in_scale("--5", -10, 10)
    assert b._in_scale("-5", -10, 10) and not b._in_scale("-05", -10, 10) and not b._in_scale("٣", 1, 5)
