"""The chair's merge: verify the bundles, decide what counts, aggregate, rank and report (CLI and window).

One function per step so the window can show progress between them and cancel: `collect_bundle_files`,
`read_inputs` (the slow part: every signature and history chain), then `merge` (pure computation on what
was read). `ranking_bytes` gives the canonical JSON that the chair signs; `verify_ranking` recomputes a
signed ranking from the bundles and names the first difference.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from gm100_desktop import __version__
from gm100_desktop.domain.aggregate import Sensitivity, sensitivity
from gm100_desktop.domain.agreement import AgreementReport, agreement_report, agreement_to_dict
from gm100_desktop.domain.archive import MAX_ARCHIVE_BYTES
from gm100_desktop.domain.bundle import read_bundle
from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.event_package import EventPackage, read_event_package
from gm100_desktop.domain.merge import MarksPlan, MergeOptions, options_from, plan_marks
from gm100_desktop.domain.merge_intake import (
    Decision,
    InputFile,
    Intake,
    SheetScores,
    bundle_record,
    classify_inputs,
)
from gm100_desktop.domain.merge_report import build_report
from gm100_desktop.domain.paper import PaperEntry, check_entries, check_to_dict, entry_to_dict
from gm100_desktop.domain.severity import SeverityEstimate, SeverityNotEstimable, estimate_severity
from gm100_desktop.errors import CancelledError, GM100Error, MergeOptionsError
from gm100_desktop.i18n import Message
from gm100_desktop.services.files import read_capped

BUNDLE_SUFFIX = ".gm100bundle"
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel
ReportPath = tuple[str | int, ...]  # keys and list indices into the report, e.g. ("inputs", 3, "reason")


@dataclass
class MergeSession:
    """Everything one merge needs; the window edits it, the session archive saves it."""

    event: EventPackage
    package_bytes: bytes  # the event package file, for the session archive
    inputs: list[InputFile] = field(default_factory=list)
    paper: list[PaperEntry] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    blobs: dict[str, Path | bytes] = field(default_factory=dict)  # input SHA-256 -> its file or bytes

    def add_inputs(self, files: Iterable[tuple[InputFile, Path | bytes]]) -> None:
        """Add verified inputs (the same file added twice is kept once; a copy elsewhere is a duplicate)."""
        known = {(f.name, f.sha256) for f in self.inputs}
        for item, blob in files:
            if (item.name, item.sha256) not in known:
                known.add((item.name, item.sha256))
                self.inputs.append(item)
                if item.sha256:
                    self.blobs.setdefault(item.sha256, blob)

    def blob(self, sha256: str) -> bytes:
        value = self.blobs[sha256]
        return value if isinstance(value, bytes) else read_capped(value, MAX_ARCHIVE_BYTES)


def open_event(path: Path) -> MergeSession:
    """A new merge session for the event package at `path` (verified: signature, schema, roster keys)."""
    data = read_capped(path, MAX_ARCHIVE_BYTES)
    return MergeSession(read_event_package(data, str(path)), data)


@dataclass(frozen=True)
class MergeOutcome:
    options: MergeOptions
    intake: Intake
    plan: MarksPlan
    report: dict[str, Any]  # build_report's dictionary: the JSON ranking before signing
    # The report's English reasons and explanations as messages the window translates, each under the path
    # of its text in the report (see `report_messages`); never part of the report.
    messages: Mapping[ReportPath, Message] = field(default_factory=dict)


def collect_bundle_files(items: Sequence[Path]) -> list[Path]:
    """The bundle files among `items`; a folder (a USB stick) gives every bundle inside it, at any depth."""
    found: list[Path] = []
    for item in items:
        if item.is_dir():
            found.extend(sorted(p for p in item.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file()))
        else:
            found.append(item)
    return found


def read_inputs(
    files: Sequence[Path], event: EventPackage, progress: Progress | None = None
) -> list[tuple[InputFile, Path | bytes]]:
    """Verify every file; a file that fails is kept as an input with its reason (it is listed, refused)."""
    criteria = tuple(c.id for c in event.definition.rubric.criteria())
    out: list[tuple[InputFile, Path | bytes]] = []
    for i, path in enumerate(files):
        out.append((read_input(path.name, path, criteria), path))
        if progress is not None and not progress(i + 1, len(files)):
            raise CancelledError()
    return out


def read_input(name: str, path: Path, criteria: Sequence[str]) -> InputFile:
    try:
        data = read_capped(path, MAX_ARCHIVE_BYTES)
    except GM100Error as exc:
        return InputFile(name, "", None, exc.message, Message(exc.template, exc.params))
    return input_from_bytes(name, data, criteria)


def input_from_bytes(name: str, data: bytes, criteria: Sequence[str]) -> InputFile:
    sha = hashlib.sha256(data).hexdigest()
    try:
        bundle = read_bundle(data, name)
    except GM100Error as exc:
        return InputFile(name, sha, None, exc.message, Message(exc.template, exc.params))
    return InputFile(name, sha, bundle_record(bundle, name, sha, criteria))


def merge(session: MergeSession) -> MergeOutcome:
    """Classify the inputs, choose the marks, aggregate, rank and report (see docs/merge.md)."""
    event = session.event
    d = event.definition
    options = options_from(session.decisions)
    intake = classify_inputs(d, event.sha256, session.inputs, session.decisions, revoked_keys=d.revoked_keys)
    paper = check_entries(d, session.paper)
    criteria = [c.id for c in d.rubric.criteria()]
    sheets = {
        (p.assessor_id, p.region_code): SheetScores(
            p.region_code,
            "finalised",
            tuple(p.scores.get(c) for c in criteria),
            tuple(p.notes.get(c, "") for c in criteria),
            "",
        )
        for p in paper.complete_sheets
    }
    plan = plan_marks(d, intake.accepted, sheets)
    common: dict[str, Any] = {
        "panel_sizes": plan.panel_sizes,
        "include_incomplete": options.include_incomplete,
        "tie_break": options.tie_break,
        "top_n": options.top_n,
        "region_panels": plan.region_panels,
    }
    try:
        spread = sensitivity(d.rubric, plan.rows, method=options.method, **common)
    except SeverityNotEstimable as exc:
        raise MergeOptionsError(f"the adjusted method cannot be used: {exc.reason}") from exc
    except ValueError as exc:  # a method, tie-break dimension or top N the rubric cannot take
        raise MergeOptionsError(str(exc)) from exc
    result = spread.baseline
    estimate = spread.severity
    if estimate is None:
        estimate = estimate_severity(d.rubric, plan.rows, region_panels=plan.region_panels)
    severity = asdict(estimate)
    agreement = agreement_report(d.rubric, plan.rows, plan.region_panels)
    report = build_report(
        generator=f"GM100 Assessor {__version__}",
        definition=d,
        package_sha256=event.sha256,
        chair_key_id=event.chair_key.key_id_hex,
        verdicts=intake.verdicts,
        decisions=session.decisions,
        paper={"entries": [entry_to_dict(e) for e in session.paper], "check": check_to_dict(paper)},
        plan=plan,
        aggregation=result,
        sensitivity=spread,
        reliability=agreement_to_dict(agreement),
        severity=severity,
    )
    messages = report_messages(intake, plan, agreement, estimate, spread)
    return MergeOutcome(options, intake, plan, report, messages)


def report_messages(
    intake: Intake,
    plan: MarksPlan,
    agreement: AgreementReport,
    severity: SeverityEstimate,
    spread: Sensitivity,
) -> dict[ReportPath, Message]:
    """Report path -> the message whose English text the report holds there, for the window to translate.

    The paths follow `build_report` ("inputs" in verdict order, "refused_marks" in `plan.refused` order…).
    ("reliability", "spread", i, "explanation") is the one path the report does not hold: its explanation.
    """
    out: dict[ReportPath, Message] = {}
    for i, v in enumerate(intake.verdicts):
        if v.message is not None:
            out["inputs", i, "reason"] = v.message
        for j, flag in enumerate(v.flag_messages):
            out["inputs", i, "flags", j] = flag
    for section, marks in (("refused_marks", plan.refused), ("paper_unused", plan.paper_unused)):
        for i, r in enumerate(marks):
            if r.message is not None:
                out[section, i, "reason"] = r.message
    out["reliability", "rules"] = agreement.rules()
    for level, figure in (("interval", agreement.alpha_interval), ("ordinal", agreement.alpha_ordinal)):
        if figure.reason is not None:
            out["reliability", "alpha", level, "reason"] = figure.reason
    for i, p in enumerate(agreement.panels):
        if p.icc_reason is not None:
            out["reliability", "panels", i, "icc_reason"] = p.icc_reason
        if p.kendall_reason is not None:
            out["reliability", "panels", i, "kendall_reason"] = p.kendall_reason
    for i, c in enumerate(agreement.corridor_checks):
        out["reliability", "corridor_checks", i, "explanation"] = c.explanation()
    for i, f in enumerate(agreement.spread):
        out["reliability", "spread", i, "explanation"] = f.explanation()
    refusal = severity.refusal()
    if refusal is not None:
        out["severity", "refused"] = refusal
        for i, (_method, reason) in enumerate(spread.refused_methods):
            if reason == severity.refused:  # the adjusted method, refused for the reason the estimate gives
                out["sensitivity", "refused_methods", i, "reason"] = refusal
    return out


def ranking_bytes(report: Mapping[str, Any]) -> bytes:
    """The ranking JSON: canonical, so the same inputs give the same bytes."""
    return canonical_json(report)
