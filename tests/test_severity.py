"""Rater severity ("fair average"): the additive assessor effect against closed forms and brute force."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from test_aggregate import EVEN, make_rubric, row

from gm100_desktop.domain.aggregate import AssessorScores, aggregate, aggregation_to_dict, sensitivity
from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.severity import (
    SeverityNotEstimable,
    estimate_severity,
    fit_additive,
)

Observation = tuple[str, str, str, float]  # assessor, region, criterion, value


def rotation_design(seed: int, *, drop: float) -> list[tuple[str, str, str]]:
    """6 assessors, 9 regions × 3 criteria; region r is scored by three assessors who rotate, so the
    design is connected; a share `drop` of the (assessor, region, criterion) cells is missing."""
    rng = random.Random(seed)
    cells = []
    for r in range(9):
        for a in sorted({r % 6, (r + 1) % 6, (r + 3) % 6}):
            for c in ("C1", "C2", "C3"):
                if rng.random() >= drop:
                    cells.append((f"A{a}", f"R{r}", c))
    return cells


def test_noise_free_additive_scores_give_back_the_severities_exactly() -> None:
    rng = random.Random(11)
    design = rotation_design(11, drop=0.15)
    raw = {f"A{a}": rng.uniform(-1.0, 1.0) for a in range(6)}
    centre = math.fsum(raw.values()) / len(raw)
    truth = {a: s - centre for a, s in raw.items()}
    quality = {(r, c): rng.uniform(1.5, 4.5) for _, r, c in design}
    observations = [(a, r, c, quality[r, c] + truth[a]) for a, r, c in design]

    fit = fit_additive(observations)
    assert fit.assessors == tuple(sorted(truth))
    for a, s in zip(fit.assessors, fit.severity, strict=True):
        assert s == pytest.approx(truth[a], abs=1e-9)
    assert abs(math.fsum(fit.severity)) < 1e-12
    assert fit.rss is not None and fit.rss < 1e-18
    assert fit.scores == len(design)
    assert fit.dof == len(design) - len(quality) - 5


def test_a_balanced_crossed_design_matches_two_way_anova() -> None:
    """Fully crossed, one score per cell: the randomized complete block design (two-way ANOVA without
    replication; Montgomery, Design and Analysis of Experiments, ch. 4). With assessors as treatments and
    units as blocks: s[a] = ȳ_a· − ȳ··; MS_E = SS_E / ((A−1)(U−1)) with
    SS_E = Σ (y_au − ȳ_a· − ȳ_·u + ȳ··)²; Var(s[a]) = MS_E (A−1) / (A·U) (the variance of a treatment
    mean's deviation from the grand mean)."""
    rng = random.Random(5)
    assessors = ["A1", "A2", "A3", "A4"]
    units = [(f"R{r}", c) for r in range(6) for c in ("C1", "C2")]
    y = {(a, u): rng.randint(1, 5) for a in assessors for u in units}
    n_a, n_u = len(assessors), len(units)
    grand = sum(y.values()) / (n_a * n_u)
    by_assessor = {a: sum(y[a, u] for u in units) / n_u for a in assessors}
    by_unit = {u: sum(y[a, u] for a in assessors) / n_a for u in units}
    ss_e = sum((y[a, u] - by_assessor[a] - by_unit[u] + grand) ** 2 for a in assessors for u in units)
    ms_e = ss_e / ((n_a - 1) * (n_u - 1))

    fit = fit_additive((a, r, c, y[a, (r, c)]) for a in assessors for r, c in units)
    assert fit.dof == (n_a - 1) * (n_u - 1)
    assert fit.sigma2 == pytest.approx(ms_e, rel=1e-12)
    for a, s, se in zip(fit.assessors, fit.severity, fit.se, strict=True):
        assert s == pytest.approx(by_assessor[a] - grand, abs=1e-12)
        assert se == pytest.approx(math.sqrt(ms_e * (n_a - 1) / (n_a * n_u)), rel=1e-12)


def brute_force(observations: list[Observation]) -> tuple[dict[str, Fraction], dict[str, Fraction], Fraction]:
    """Severities, their variances / sigma², and sigma², by ordinary least squares on the full design matrix:
    one dummy column per unit and, with Σ s = 0, columns d_a − d_last for all but the last assessor; the
    normal equations solved exactly in fractions; sigma² = RSS / (N − p)."""
    assessors = sorted({o[0] for o in observations})
    units = sorted({(o[1], o[2]) for o in observations})
    p = len(units) + len(assessors) - 1
    rows = []
    for a, r, c, _ in observations:
        x = [Fraction(0)] * p
        x[units.index((r, c))] = Fraction(1)
        if a == assessors[-1]:
            for k in range(len(assessors) - 1):
                x[len(units) + k] = Fraction(-1)
        else:
            x[len(units) + assessors.index(a)] = Fraction(1)
        rows.append(x)
    ys = [Fraction(o[3]) for o in observations]
    xtx = [[sum(rw[i] * rw[j] for rw in rows) for j in range(p)] for i in range(p)]
    xty = [sum(rw[i] * y for rw, y in zip(rows, ys, strict=True)) for i in range(p)]
    # Gauss–Jordan on [XᵀX | I | Xᵀy]
    aug = [xtx[i] + [Fraction(int(i == j)) for j in range(p)] + [xty[i]] for i in range(p)]
    for col in range(p):
        pivot = next(i for i in range(col, p) if aug[i][col] != 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        lead = aug[col][col]
        aug[col] = [v / lead for v in aug[col]]
        for i in range(p):
            if i != col and aug[i][col] != 0:
                factor = aug[i][col]
                aug[i] = [v - factor * w for v, w in zip(aug[i], aug[col], strict=True)]
    beta = [aug[i][-1] for i in range(p)]
    inverse = [aug[i][p : 2 * p] for i in range(p)]
    first = len(units)
    contrasts = range(first, p)
    severity = {a: beta[first + k] for k, a in enumerate(assessors[:-1])}
    severity[assessors[-1]] = -sum(beta[k] for k in contrasts)
    variance = {a: inverse[first + k][first + k] for k, a in enumerate(assessors[:-1])}
    variance[assessors[-1]] = sum(inverse[i][j] for i in contrasts for j in contrasts)
    fitted = [sum(x * b for x, b in zip(rw, beta, strict=True)) for rw in rows]
    rss = sum((y - f) ** 2 for y, f in zip(ys, fitted, strict=True))
    return severity, variance, rss / (len(observations) - p)


def test_an_unbalanced_design_matches_brute_force_least_squares() -> None:
    rng = random.Random(3)
    design = rotation_design(3, drop=0.25)
    observations = [(a, r, c, float(rng.randint(1, 5))) for a, r, c in design]
    severity, variance, sigma2 = brute_force(observations)
    dof = len(observations) - len({(r, c) for _, r, c, _ in observations}) - (len(severity) - 1)

    fit = fit_additive(observations)
    assert fit.dof == dof
    assert fit.sigma2 == pytest.approx(float(sigma2), rel=1e-10)
    for a, s, se in zip(fit.assessors, fit.severity, fit.se, strict=True):
        assert s == pytest.approx(float(severity[a]), abs=1e-9)
        assert se == pytest.approx(math.sqrt(float(sigma2 * variance[a])), abs=1e-9)


def test_without_residual_degrees_of_freedom_there_is_no_standard_error() -> None:
    # Two assessors on two units: 4 scores − 2 units − 1 = 1 dof; with one unit: 2 − 1 − 1 = 0.
    fit = fit_additive([("A", "R", "C", 4.0), ("B", "R", "C", 2.0)])
    assert fit.severity == (1.0, -1.0)
    assert fit.dof == 0 and fit.sigma2 is None and fit.se == (None, None)
    assert (
        fit.se_reason is not None and "2 scores − 1 criterion cells − (2 assessors − 1) = 0" in fit.se_reason
    )


# ---- on the rubric scale: published numbers, sign, clamping --------------------------------------

PANEL = ["A1", "A2", "A3"]


def lenient_rows() -> list[AssessorScores]:
    """Three assessors on three regions; A1 always scores one above A2, A3 always one below A2."""
    rows = []
    for region, base in (("X", 2), ("Y", 3), ("Z", 4)):
        for shift, assessor in ((1, "A1"), (0, "A2"), (-1, "A3")):
            rows.append(even(assessor, region, base + shift))
    return rows


def even(assessor: str, region: str, value: int) -> AssessorScores:
    return row(assessor, region, {"I": value, "S": value, "L": value, "G": value})


def test_a_lenient_assessor_has_a_positive_severity_and_their_regions_go_down() -> None:
    estimate = estimate_severity(EVEN, lenient_rows())
    assert estimate.estimable and estimate.refused is None
    assert [(a.assessor_id, a.severity, a.scores_used, a.regions) for a in estimate.assessors] == [
        ("A1", 1.0, 12, 3),
        ("A2", 0.0, 12, 3),
        ("A3", -1.0, 12, 3),
    ]
    assert estimate.sigma == 0.0 and estimate.dof == 36 - 12 - 2
    assert estimate.clamped == 0

    # Region W is scored by the lenient A1 and the neutral A2 only: its mean is 3.5, adjusted (3 + 3)/2 = 3.
    rows = [*lenient_rows(), even("A1", "W", 4), even("A2", "W", 3)]
    mean = aggregate(EVEN, rows).region("W")
    fair = aggregate(EVEN, rows, method="adjusted")
    region = fair.region("W")
    assert mean is not None and region is not None
    assert mean.total == 62.5 and region.total == 50.0
    assert {c.applied for c in region.criteria} == {"adjusted"}
    assert fair.severity is not None and fair.severity.severities()["A1"] == 1.0
    assert "severity" in fair.rule.sentence
    canonical_json(aggregation_to_dict(fair))  # plain data


def test_adjusted_scores_are_kept_within_the_scale() -> None:
    # A1 is lenient by 1: their 1s would become 0 on a 1–5 scale and stay 1; A3 is severe by 1: their 5s
    # would become 6 and stay 5.
    rows = [
        *lenient_rows(),
        even("A1", "LOW", 1),
        even("A2", "LOW", 1),
        even("A3", "HIGH", 5),
        even("A2", "HIGH", 5),
    ]
    estimate = estimate_severity(EVEN, rows)
    severities = estimate.severities()
    assert severities["A1"] > 0.5 and severities["A3"] < -0.5
    assert estimate.clamped == 8  # four criteria in LOW from A1, four in HIGH from A3
    result = aggregate(EVEN, rows, method="adjusted")
    low, high = result.region("LOW"), result.region("HIGH")
    assert low is not None and high is not None
    assert all(c.value is not None and c.value >= 1.0 for c in low.criteria)
    assert all(c.value is not None and c.value <= 5.0 for c in high.criteria)
    assert low.criteria[0].value == round((1.0 + max(1.0, 1.0 - severities["A2"])) / 2, 4)


# ---- designs that cannot be estimated ---------------------------------------------------------------


def two_panels() -> tuple[list[AssessorScores], dict[str, str]]:
    rows = [
        even("A1", "R1", 3),
        even("A2", "R1", 4),
        even("A1", "R2", 2),
        even("A2", "R2", 2),
        even("B1", "R3", 5),
        even("B2", "R3", 4),
        even("C1", "R4", 1),
        even("C2", "R4", 3),
    ]
    return rows, {"R1": "P1", "R2": "P1", "R3": "P2", "R4": "P3"}


def test_panels_that_share_no_assessor_are_refused_with_the_groups_named() -> None:
    rows, panels = two_panels()
    estimate = estimate_severity(EVEN, rows, region_panels=panels)
    assert not estimate.estimable and estimate.assessors == ()
    assert estimate.refused is not None
    assert "3 groups that share no assessor (panel P1; panel P2; panel P3)" in estimate.refused
    assert [(g.panels, g.assessors, g.regions) for g in estimate.groups] == [
        (("P1",), ("A1", "A2"), ("R1", "R2")),
        (("P2",), ("B1", "B2"), ("R3",)),
        (("P3",), ("C1", "C2"), ("R4",)),
    ]
    summary = estimate.refusal()
    assert summary is not None and summary.text == estimate.refused  # the UI translates the template
    assert "{count} groups" in summary.template and summary.params["count"] == 3
    unnamed = estimate_severity(EVEN, rows)
    assert (
        unnamed.refused is not None
        and "(assessors A1, A2; assessors B1, B2; assessors C1, C2)" in unnamed.refused
    )

    with pytest.raises(SeverityNotEstimable, match="panel P2") as raised:
        aggregate(EVEN, rows, method="adjusted", region_panels=panels)
    assert [g.assessors for g in raised.value.groups] == [("A1", "A2"), ("B1", "B2"), ("C1", "C2")]
    assert isinstance(raised.value, ValueError)

    spread = sensitivity(EVEN, rows, region_panels=panels)
    assert [s.subject for s in spread.methods] == ["mean", "median", "trimmed"]
    assert [m for m, _ in spread.refused_methods] == ["adjusted"]
    assert "panel P3" in spread.refused_methods[0][1]
    with pytest.raises(SeverityNotEstimable):
        sensitivity(EVEN, rows, method="adjusted")


def test_an_assessor_alone_on_their_regions_cannot_be_told_from_those_regions() -> None:
    rows = [*lenient_rows(), even("SOLO", "S", 5)]  # nobody else scored S
    estimate = estimate_severity(EVEN, rows)
    assert estimate.refused is not None and "assessor SOLO" in estimate.refused
    assert estimate.refused.endswith("so a strict group cannot be told apart from weak regions.")


def test_leaving_out_the_only_bridge_between_panels_is_listed_not_computed() -> None:
    rows = [
        even("A1", "R1", 3),
        even("A2", "R1", 4),
        even("X", "R1", 4),
        even("B1", "R2", 2),
        even("B2", "R2", 3),
        even("X", "R2", 3),
    ]
    spread = sensitivity(EVEN, rows, method="adjusted", top_n=1, region_panels={"R1": "P1", "R2": "P2"})
    assert [(a, "share no assessor" in why) for a, why in spread.refused_without_assessor] == [("X", True)]
    assert "(panel P1; panel P2)" in spread.refused_without_assessor[0][1]
    assert [s.subject for s in spread.without_assessor] == ["A1", "A2", "B1", "B2"]
    assert [s.subject for s in spread.methods] == ["mean", "median", "trimmed", "adjusted"]
    assert spread.severity is not None and spread.severity.estimable


# ---- the fast merge equals a naive recomputation -----------------------------------------------------

READINESS_LIKE = make_rubric(
    1,
    5,
    [
        ("infrastructure", 30, {"INF1": 2, "INF2": 1}),
        ("suprastructure", 30, {"SUP1": 1, "SUP2": 1}),
        ("leadership", 40, {"VIS1": 1}),
    ],
)


def random_connected_rows(seed: int) -> list[AssessorScores]:
    """14 regions, 8 assessors; each region scored by 2–6 of them, a few scores missing."""
    rng = random.Random(seed)
    crits = [c.id for c in READINESS_LIKE.criteria()]
    rows = []
    for region in range(14):
        panel = rng.sample(range(8), rng.randint(2, 6))
        for a in sorted(panel):
            scores: dict[str, int | None] = {
                c: None if rng.random() < 0.05 else rng.randint(1, 5) for c in crits
            }
            rows.append(row(f"A{a}", f"R{region:02d}", scores))
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("method", ["mean", "median", "trimmed", "adjusted"])
def test_leave_one_out_and_methods_equal_a_naive_recomputation(seed: int, method: str) -> None:
    rows = random_connected_rows(seed)
    codes = sorted({r.region_code for r in rows})
    try:
        base = aggregate(READINESS_LIKE, rows, method=method, include_incomplete=codes)
    except SeverityNotEstimable:
        pytest.skip("this random design is not connected")
    for top_n in (1, 3, 5, 8, 13):
        spread = sensitivity(READINESS_LIKE, rows, method=method, include_incomplete=codes, top_n=top_n)
        assert (
            spread.baseline.selected
            == aggregate(READINESS_LIKE, rows, method=method, include_incomplete=codes, top_n=top_n).selected
        )
        scenarios = {s.subject: s for s in spread.without_assessor}
        refused = dict(spread.refused_without_assessor)
        for assessor in sorted({r.assessor_id for r in rows}):
            rest = [r for r in rows if r.assessor_id != assessor]
            try:
                naive = aggregate(READINESS_LIKE, rest, method=method, include_incomplete=codes, top_n=top_n)
            except SeverityNotEstimable as exc:
                assert refused[assessor] == exc.reason
                continue
            assert (scenarios[assessor].selected, scenarios[assessor].cut_tie) == (
                naive.selected,
                naive.cut_tie,
            )
        for scenario in spread.methods:
            naive = aggregate(
                READINESS_LIKE, rows, method=scenario.subject, include_incomplete=codes, top_n=top_n
            )
            assert (scenario.selected, scenario.cut_tie) == (naive.selected, naive.cut_tie)
    assert [s.subject for s in spread.methods] == ["mean", "median", "trimmed", "adjusted"]
    assert base.ranking  # something was ranked


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("method", ["mean", "median", "trimmed"])
def test_leave_one_out_numbers_equal_the_naive_ones(seed: int, method: str) -> None:
    """The fast path's totals and tie-break keys, not only the selection, equal a full recomputation."""
    from gm100_desktop.domain.aggregate import _Data

    rows = random_connected_rows(seed)
    codes = sorted({r.region_code for r in rows})
    data = _Data.of(READINESS_LIKE, rows, method, None, None, 25)
    base = data.baseline(method, None, codes)
    for assessor in sorted({r.assessor_id for r in rows}):
        fast = data.keys_without(assessor, method, base.merged, codes)
        naive = aggregate(READINESS_LIKE, [r for r in rows if r.assessor_id != assessor], method=method)
        for code, keys in fast.items():
            region = naive.region(code)
            assert region is not None
            expected = (region.total, *(region.dimension(d) for d in base.aggregation.rule.tie_break))
            assert keys == expected


def test_adjusted_results_do_not_depend_on_input_order() -> None:
    rows = random_connected_rows(2)
    first = canonical_json(aggregation_to_dict(aggregate(READINESS_LIKE, rows, method="adjusted")))
    rng = random.Random(9)
    for _ in range(3):
        shuffled = [
            AssessorScores(r.assessor_id, r.region_code, dict(reversed(r.scores.items())), True) for r in rows
        ]
        rng.shuffle(shuffled)
        again = aggregate(READINESS_LIKE, shuffled, method="adjusted")
        assert canonical_json(aggregation_to_dict(again)) == first
