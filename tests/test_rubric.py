"""Rubric files: the built-ins parse and round-trip; a malformed file is refused naming file and field."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gm100_desktop import cli, paths
from gm100_desktop.domain.rubric import parse_rubric, rubric_to_dict
from gm100_desktop.errors import RubricError
from gm100_desktop.services.rubrics import builtin_rubric, builtin_rubric_names, load_rubric_file

BUILTINS = ("gm100_readiness", "smart_city_pillars")


def readiness() -> dict[str, Any]:
    """The built-in readiness rubric as parsed JSON, to be spoiled by the tests below."""
    path = paths.resources_dir() / "rubrics" / "gm100_readiness.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write_json(folder: Path, data: Any, name: str = "my_rubric.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_both_builtin_rubrics_are_listed_and_parse() -> None:
    assert builtin_rubric_names() == sorted(BUILTINS)
    readiness_rubric = builtin_rubric("gm100_readiness")
    assert (readiness_rubric.id, readiness_rubric.scale_min, readiness_rubric.scale_max) == (
        "gm100-readiness",
        1,
        5,
    )
    assert [d.id for d in readiness_rubric.dimensions] == ["infrastructure", "suprastructure", "leadership"]
    assert [c.id for c in readiness_rubric.criteria()] == [
        f"{prefix}{i}" for prefix in ("INF", "SUP", "VIS") for i in range(1, 6)
    ]
    pillars = builtin_rubric("smart_city_pillars")
    assert (pillars.id, pillars.scale_min, pillars.scale_max) == ("gm100-masterplan", 0, 4)
    assert len(pillars.dimensions) == 6
    assert sum(1 for _ in pillars.criteria()) == 18
    for rubric in (readiness_rubric, pillars):
        for criterion in rubric.criteria():
            assert sorted(criterion.levels) == list(rubric.scale), criterion.id


def test_unknown_builtin_is_refused_with_the_known_names() -> None:
    with pytest.raises(RubricError) as err:
        builtin_rubric("nope")
    assert err.value.params["file"] == "builtin:nope"
    assert "gm100_readiness" in err.value.message


@pytest.mark.parametrize("name", BUILTINS)
def test_round_trip_gives_an_equal_rubric(name: str) -> None:
    rubric = builtin_rubric(name)
    again = parse_rubric(rubric_to_dict(rubric), "again.json")
    assert again == rubric
    assert rubric_to_dict(again) == rubric_to_dict(rubric)


@pytest.mark.parametrize("name", BUILTINS)
def test_digest_is_stable_and_changes_with_content(name: str, tmp_path: Path) -> None:
    rubric = builtin_rubric(name)
    digest = rubric.digest()
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert parse_rubric(rubric_to_dict(rubric), "x").digest() == digest

    # Re-indenting the file or reordering its keys does not change the identity...
    source = json.loads((paths.resources_dir() / "rubrics" / f"{name}.json").read_text(encoding="utf-8"))
    reordered = dict(reversed(list(source.items())))
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps(reordered, separators=(",", ":")), encoding="utf-8")
    assert load_rubric_file(path).digest() == digest

    # ...but any change of a weight or a text does.
    heavier = copy.deepcopy(source)
    heavier["dimensions"][0]["weight"] += 1
    assert parse_rubric(heavier, "x").digest() != digest
    renamed = copy.deepcopy(source)
    renamed["dimensions"][0]["criteria"][0]["levels"][str(rubric.scale_min)]["en"] += "."
    assert parse_rubric(renamed, "x").digest() != digest


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation setting a dotted path (list indexes as numbers) to `value`."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[int(last) if isinstance(target, list) else last] = value

    return mutate


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]

    return mutate


def _add_level(key: str) -> Callable[[dict[str, Any]], None]:
    return _set(f"dimensions/0/criteria/0/levels/{key}", {"id": "Tambahan", "en": "Extra"})


MALFORMED = [
    # (case id, mutation, exact field named, words of the reason)
    (
        "missing level descriptor",
        _delete("dimensions/1/criteria/2/levels/3"),
        "dimensions[1].criteria[2].levels",
        "no descriptor for level 3",
    ),
    (
        "levels left out",
        _delete("dimensions/0/criteria/3/levels"),
        "dimensions[0].criteria[3].levels",
        "is missing",
    ),
    (
        "empty Indonesian descriptor",
        _set("dimensions/0/criteria/3/levels/2/id", "  "),
        "dimensions[0].criteria[3].levels.2.id",
        "must not be empty",
    ),
    (
        "duplicate criterion id",
        _set("dimensions/2/criteria/1/id", "VIS1"),
        "dimensions[2].criteria[1].id",
        "used twice",
    ),
    (
        "criterion id reused in another dimension",
        _set("dimensions/1/criteria/0/id", "INF1"),
        "dimensions[1].criteria[0].id",
        '"INF1" is used twice',
    ),
    ("duplicate dimension id", _set("dimensions/2/id", "infrastructure"), "dimensions[2].id", "used twice"),
    ("scale max equal to min", _set("scale/max", 1), "scale.max", "greater than scale.min"),
    ("scale max below min", _set("scale/max", 0), "scale.max", "greater than scale.min"),
    ("scale max not whole", _set("scale/max", 4.5), "scale.max", "must be a whole number"),
    ("scale max as text", _set("scale/max", "5"), "scale.max", "must be a whole number"),
    ("scale too wide", _set("scale/max", 200), "scale", "at most 101 levels"),
    ("non-integer level key", _add_level("2.5"), "dimensions[0].criteria[0].levels.2.5", "whole numbers"),
    ("level key with leading zero", _add_level("03"), "dimensions[0].criteria[0].levels.03", "not a value"),
    ("level key with plus sign", _add_level("+3"), "dimensions[0].criteria[0].levels.+3", "not a value"),
    ("level above the scale", _add_level("6"), "dimensions[0].criteria[0].levels.6", "scale 1–5"),
    ("level below the scale", _add_level("0"), "dimensions[0].criteria[0].levels.0", "scale 1–5"),
    ("scale label outside the scale", _set("scale/labels/7", {"id": "x"}), "scale.labels.7", "scale 1–5"),
    (
        "criterion weight zero",
        _set("dimensions/0/criteria/1/weight", 0),
        "dimensions[0].criteria[1].weight",
        "zero",
    ),
    (
        "criterion weight negative",
        _set("dimensions/0/criteria/1/weight", -1.5),
        "dimensions[0].criteria[1].weight",
        "greater than zero",
    ),
    (
        "criterion weight true",
        _set("dimensions/0/criteria/1/weight", True),
        "dimensions[0].criteria[1].weight",
        "must be a number",
    ),
    (
        "criterion weight as text",
        _set("dimensions/0/criteria/3/weight", "2"),
        "dimensions[0].criteria[3].weight",
        "must be a number",
    ),
    ("dimension weight zero", _set("dimensions/0/weight", 0), "dimensions[0].weight", "greater than zero"),
    (
        "dimension weight negative",
        _set("dimensions/2/weight", -40),
        "dimensions[2].weight",
        "greater than zero",
    ),
    (
        "dimension weight false",
        _set("dimensions/1/weight", False),
        "dimensions[1].weight",
        "must be a number",
    ),
    ("dimension weight missing", _delete("dimensions/0/weight"), "dimensions[0].weight", "is missing"),
    (
        "dimension without criteria",
        _set("dimensions/0/criteria", []),
        "dimensions[0].criteria",
        "must not be empty",
    ),
    ("no dimensions", _set("dimensions", []), "dimensions", "must not be empty"),
    (
        "missing Indonesian criterion name",
        _set("dimensions/0/criteria/3/name", {"en": "Data centre"}),
        "dimensions[0].criteria[3].name.id",
        "must not be empty",
    ),
    (
        "missing Indonesian rubric name",
        _set("name", {"id": "", "en": "Readiness"}),
        "name.id",
        "must not be empty",
    ),
    (
        "name as a bare string",
        _set("dimensions/0/criteria/3/name", "Pusat data"),
        "dimensions[0].criteria[3].name",
        "must be an object",
    ),
    (
        "a third language",
        _set("dimensions/0/criteria/3/name/fr", "Centre de données"),
        "dimensions[0].criteria[3].name.fr",
        "unknown language",
    ),
    ("wrong format", _set("format", "x"), "format", 'must be "gm100-rubric", found "x"'),
    ("newer format_version", _set("format_version", 2), "format_version", "version 2 is not supported"),
    ("format_version as text", _set("format_version", "1"), "format_version", "must be a whole number"),
    ("version as a number", _set("version", 2019), "version", "must be text"),
    ("id missing", _delete("id"), "id", "is missing"),
    (
        "criterion not an object",
        _set("dimensions/0/criteria/2", "INF3"),
        "dimensions[0].criteria[2]",
        "object",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "field", "reason"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_rubric_file_is_refused_naming_file_and_field(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], field: str, reason: str
) -> None:
    data = readiness()
    mutate(data)
    path = write_json(tmp_path, data)
    with pytest.raises(RubricError) as err:
        load_rubric_file(path)
    assert err.value.params["file"] == "my_rubric.json"
    assert err.value.params["field"] == field
    assert reason in str(err.value.params["reason"])
    assert err.value.message.startswith(f"my_rubric.json: {field}: ")


def test_nan_weight_in_parsed_data_is_refused() -> None:
    data = readiness()
    data["dimensions"][0]["criteria"][1]["weight"] = float("nan")
    with pytest.raises(RubricError) as err:
        parse_rubric(data, "given.json")
    assert (err.value.params["file"], err.value.params["field"]) == (
        "given.json",
        "dimensions[0].criteria[1].weight",
    )


BAD_FILES = [
    # (case id, file bytes, field, words of the reason)
    ("not an object", b"[1, 2, 3]", "(top level)", "must be an object"),
    ("a bare string", b'"gm100-rubric"', "(top level)", "must be an object"),
    (
        "invalid JSON",
        b'{\n  "format": "gm100-rubric",\n  "id": ,\n}',
        "line 3 column 9",
        "Expecting value",
    ),
    ("trailing comma", b'{"format": "gm100-rubric",}', "line 1 column 27", "Expecting property name"),
    ("empty file", b"", "line 1 column 1", "Expecting value"),
    (
        "not UTF-8 (Latin-1)",
        '{"id": "Kab. Bandung é"}'.encode("latin-1"),
        "(file)",
        "not UTF-8 text (byte 21)",
    ),
    ("not UTF-8 (UTF-16)", '{"id": "x"}'.encode("utf-16"), "(file)", "not UTF-8"),
    (
        "NaN constant",
        b'{"format": "gm100-rubric", "weight": NaN}',
        "(file)",
        "NaN is not a number JSON allows",
    ),
    ("Infinity constant", b'{"weight": -Infinity}', "(file)", "-Infinity is not a number JSON allows"),
]


@pytest.mark.parametrize(
    ("content", "field", "reason"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_unreadable_rubric_file_is_refused_naming_file_and_place(
    tmp_path: Path, content: bytes, field: str, reason: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(RubricError) as err:
        load_rubric_file(path)
    assert err.value.params["file"] == "broken.json"
    assert err.value.params["field"] == field
    assert reason in str(err.value.params["reason"])


def test_weight_too_large_for_a_float_is_refused(tmp_path: Path) -> None:
    data = readiness()
    data["dimensions"][0]["criteria"][1]["weight"] = 12345
    path = tmp_path / "huge_weight.json"
    path.write_text(json.dumps(data).replace("12345", "1e999"), encoding="utf-8")  # parses as infinity
    with pytest.raises(RubricError) as err:
        load_rubric_file(path)
    assert err.value.params["field"] == "dimensions[0].criteria[1].weight"
    assert err.value.params["reason"] == "must be a number"


def test_missing_and_oversized_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RubricError) as err:
        load_rubric_file(tmp_path / "absent.json")
    assert (err.value.params["file"], err.value.params["field"]) == ("absent.json", "(file)")

    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 2_000_001)
    with pytest.raises(RubricError) as err:
        load_rubric_file(huge)
    assert (err.value.params["file"], err.value.params["field"]) == ("huge.json", "(file)")
    assert "2 MB" in err.value.message


def test_optional_parts_may_be_left_out(tmp_path: Path) -> None:
    data = readiness()
    del data["scale"]["labels"]
    criterion = data["dimensions"][0]["criteria"][0]
    del criterion["weight"], criterion["description"]
    for level in criterion["levels"].values():
        level.pop("en")
    rubric = load_rubric_file(write_json(tmp_path, data))
    first = rubric.dimensions[0].criteria[0]
    assert first.weight == 1.0
    assert rubric.scale_labels == {}
    assert first.descriptor(3, "en") == data["dimensions"][0]["criteria"][0]["levels"]["3"]["id"]


# ---- gm100 rubric check ------------------------------------------------------------------------------------


def test_cli_rubric_check_accepts_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path, readiness(), "good.json")
    assert cli.main(["rubric", "check", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "good.json: ok (gm100-readiness 2019.1, scale 1–5)" in out
    assert err == ""


def test_cli_rubric_check_refuses_a_bad_file_naming_file_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = readiness()
    del data["dimensions"][1]["criteria"][2]["levels"]["3"]
    bad = write_json(tmp_path, data, "bad.json")
    good = write_json(tmp_path, readiness(), "good.json")
    assert cli.main(["rubric", "check", str(good), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert "good.json: ok" in out
    assert err.strip() == "bad.json: dimensions[1].criteria[2].levels: no descriptor for level 3"


def test_cli_rubric_check_reports_invalid_json_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "typo.json"
    path.write_text('{\n  "format": "gm100-rubric",\n  "id": ,\n}', encoding="utf-8")
    assert cli.main(["rubric", "check", str(path)]) == 1
    assert "typo.json: line 3 column 9: Expecting value" in capsys.readouterr().err


def test_cli_rubric_list_names_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rubric", "list"]) == 0
    out = capsys.readouterr().out
    assert "builtin:gm100_readiness\tgm100-readiness 2019.1\t15 criteria" in out
    assert "builtin:smart_city_pillars\tgm100-masterplan 2018.1\t18 criteria" in out
