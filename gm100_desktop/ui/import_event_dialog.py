"""Importing the chair's event package: verified, then shown so the assessor can confirm the chair's key.

A tampered or hostile file never reaches this dialog: `ImportEventDialog.load` raises the verifier's reason,
which names the file. A newer version of the installed event replaces it in place, keeping every score.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.event import RosterEntry
from gm100_desktop.domain.event_package import EventPackage
from gm100_desktop.domain.minisign import PublicKey
from gm100_desktop.errors import AssessorChoiceError, GM100Error
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.identity import local_identity
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.criterion_row import error_color
from gm100_desktop.ui.dialog_helpers import busy_cursor, grow_to_fit
from gm100_desktop.ui.errors import error_text, show_error
from gm100_desktop.ui.fingerprint_view import KeyLabels
from gm100_desktop.ui.language import number_locale

log = logging.getLogger(__name__)


def choose_event_file(parent: QWidget) -> Path | None:
    """Ask for a .gm100event file to import; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportEventDialog", "Import event package"),
        str(Path.home()),
        QCoreApplication.translate("ImportEventDialog", "GM100 event package (*.gm100event);;All files (*)"),
    )
    return Path(name) if name else None


class ImportEventDialog(QDialog):
    """What the package holds, who signed it, and which roster assessor this laptop will score as."""

    imported = Signal(object)  # the ImportPlan applied

    def __init__(
        self,
        controller: ScoringController,
        path: Path,
        package: EventPackage,
        local_key: PublicKey | None,
        plan: ep.ImportPlan | None,
        choice_reason: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.package = package
        self.local_key = local_key
        self.plan = plan
        self.language = language
        d = package.definition
        self.setWindowTitle(self.tr("Import event package"))

        heading = QLabel(d.name, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        heading.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts: dict[str, QLabel] = {}
        for key, caption, value in (
            ("file", self.tr("File:"), path.name),
            (
                "event",
                self.tr("Event:"),
                self.tr("{event_id}, version {version}").format(event_id=d.event_id, version=d.version),
            ),
            ("dates", self.tr("Dates:"), self._dates()),
            ("venue", self.tr("Venue:"), d.venue or "–"),
            (
                "contents",
                self.tr("Contents:"),
                self.tr("{regions} regions, {panels} panels, {assessors} assessors").format(
                    regions=len(d.regions), panels=len(d.panels), assessors=len(d.roster)
                ),
            ),
            ("chair", self.tr("Signed by:"), package.chair_name or self.tr("the panel chair")),
        ):
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
            self.facts[key] = label
        self.facts["file"].setToolTip(str(path))
        self.key = KeyLabels(self)
        self.key.add_to(form, self.tr("Chair's key id:"), self.tr("Fingerprint:"))
        self.key.set_key(package.chair_key)

        compare = QLabel(
            self.tr(
                "Compare the chair's key id and fingerprint with the ones the chair reads out or hands out "
                "on paper. Import only if they are the same: otherwise the file did not come from the chair."
            ),
            self,
        )
        compare.setWordWrap(True)
        self.compared = QCheckBox(
            self.tr("I have &compared the key id and fingerprint with the chair's"), self
        )
        self.compared.toggled.connect(self._update_button)

        self.assessor_label = QLabel(self)
        self.assessor_label.setWordWrap(True)
        self.assessor_choice = QComboBox(self)
        self.assessor_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice_label = QLabel(self.tr("&You are:"), self)
        self.choice_label.setBuddy(self.assessor_choice)
        self.choice_problem = QLabel(self)
        self.choice_problem.setWordWrap(True)
        palette = self.choice_problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.choice_problem.setPalette(palette)
        self.choice_problem.hide()

        self.action_label = QLabel(self)
        self.action_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # a width through the layout, so that the dialog's minimum height still follows its wrapped texts
        layout.addStrut(656)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(compare)
        layout.addWidget(self.compared)
        layout.addSpacing(6)
        layout.addWidget(self.assessor_label)
        self.choice_form = QFormLayout()
        self.choice_form.addRow(self.choice_label, self.assessor_choice)
        layout.addLayout(self.choice_form)
        layout.addWidget(self.choice_problem)
        layout.addSpacing(4)
        layout.addWidget(self.action_label)
        layout.addWidget(self.buttons)

        if plan is None:
            self._offer_choice(choice_reason)
        else:
            self.choice_form.setRowVisible(0, False)
            self.assessor_label.setText(self._assessor_text(plan))
        self._show_action()
        self._update_button()
        self.compared.setFocus()

    @classmethod
    def load(
        cls, controller: ScoringController, path: Path, language: str, parent: QWidget | None = None
    ) -> ImportEventDialog:
        """Verify `path` and plan its import; a `GM100Error` (naming the file) when it cannot be imported."""
        with busy_cursor():
            package = ep.load_event_package(path)
        identity = local_identity("assessor")
        local_key = identity.public_key if identity is not None else None
        plan: ep.ImportPlan | None = None
        reason = ""
        try:
            with controller.store.transaction() as session:
                plan = ep.plan_event_import(session, package, source=str(path), local_key=local_key)
        except AssessorChoiceError:
            reason = "none" if local_key is None else "unknown"
        return cls(controller, path, package, local_key, plan, reason, language, parent)

    # ---- what is shown ---------------------------------------------------------------------------------

    def _dates(self) -> str:
        d = self.package.definition
        locale = number_locale(self.language)
        first = d.start_date
        last = first + timedelta(days=d.days - 1)

        def day(value: date) -> str:
            return locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

        if d.days == 1:
            return day(first)
        return self.tr("{first} – {last} ({days} days)").format(first=day(first), last=day(last), days=d.days)

    def _entry(self, assessor_id: str) -> RosterEntry | None:
        return next((a for a in self.package.definition.roster if a.assessor_id == assessor_id), None)

    def _entry_text(self, entry: RosterEntry) -> str:
        panels = {p.id: p.name for p in self.package.definition.panels}
        parts = [entry.assessor_id, entry.name]
        if entry.institution:
            parts.append(entry.institution)
        text = " · ".join(parts)
        return f"{text} ({panels.get(entry.panel_id, entry.panel_id)})"

    def _assessor_text(self, plan: ep.ImportPlan) -> str:
        entry = self._entry(plan.assessor_id)
        who = self._entry_text(entry) if entry is not None else plan.assessor_id
        if plan.bound_by_key:
            return self.tr("You will score as {assessor}: the roster holds your signing key.").format(
                assessor=who
            )
        return self.tr("You will score as {assessor}, as on this laptop before.").format(assessor=who)

    def _offer_choice(self, reason: str) -> None:
        if reason == "none":
            why = self.tr(
                "There is no signing identity on this laptop yet, so the roster cannot tell who you are. "
                "Choose your name; create your identity afterwards (File menu) to sign your scores."
            )
        else:
            why = self.tr(
                "Your signing key ({key_id}) is not in the roster of this event. Choose your name; the chair "
                "will have to confirm your key when merging the scores."
            ).format(key_id=self.local_key.key_id_hex if self.local_key else "–")
        self.assessor_label.setText(why)
        self.assessor_choice.addItem(self.tr("Choose who you are…"), "")
        for entry in self.package.definition.roster:
            self.assessor_choice.addItem(self._entry_text(entry), entry.assessor_id)
        self.assessor_choice.currentIndexChanged.connect(self._choose)

    def _choose(self) -> None:
        chosen = self.assessor_choice.currentData() or ""
        self.plan = None
        self.choice_problem.hide()
        if chosen:
            try:
                with self.controller.store.transaction() as session:
                    self.plan = ep.plan_event_import(
                        session,
                        self.package,
                        source=str(self.path),
                        local_key=self.local_key,
                        as_assessor=chosen,
                    )
            except GM100Error as exc:
                self.choice_problem.setText(error_text(exc))
                self.choice_problem.show()
        self._show_action()
        self._update_button()
        grow_to_fit(self)

    def _show_action(self) -> None:
        plan = self.plan
        d = self.package.definition
        if plan is not None and plan.action == ep.UPGRADE:
            self.action_label.setText(
                self.tr(
                    "<b>This replaces version {installed} of this event with version {version}.</b> "
                    "Every score, note and history entry is kept ({scores} scores given so far)."
                ).format(installed=plan.installed_version, version=d.version, scores=plan.scores_kept)
            )
            self.import_button.setText(
                self.tr("Replace version {installed}").format(installed=plan.installed_version)
            )
        elif plan is not None and plan.action == ep.SAME:
            self.action_label.setText(
                self.tr("This exact version is already installed. Importing it again changes nothing.")
            )
            self.import_button.setText(self.tr("Open this event"))
        else:
            self.action_label.setText(
                self.tr("The event will be installed on this laptop and opened for scoring.")
            )
            self.import_button.setText(self.tr("Import"))

    def _update_button(self) -> None:
        self.import_button.setEnabled(self.plan is not None and self.compared.isChecked())

    # ---- importing ----------------------------------------------------------------------------------

    def chosen_assessor(self) -> str | None:
        """The roster assessor picked in the chooser; None when the service chose (no chooser shown)."""
        return (self.assessor_choice.currentData() or None) if self.assessor_choice.count() else None

    def accept(self) -> None:
        """Install (or upgrade) in one transaction, then reload the window on the new event."""
        if not self.import_button.isEnabled():
            return
        try:
            with busy_cursor():
                with self.controller.store.transaction() as session:
                    plan = ep.plan_event_import(
                        session,
                        self.package,
                        source=str(self.path),
                        local_key=self.local_key,
                        as_assessor=self.chosen_assessor(),
                    )
                    ep.import_event_package(session, plan)
                self.controller.reload()
        except GM100Error as exc:
            show_error(self, exc)
            return
        d = self.package.definition
        log.info(
            "imported %s version %s (%s) from %s as %s",
            d.event_id,
            d.version,
            plan.action,
            self.path,
            plan.assessor_id,
        )
        self.plan = plan
        self.imported.emit(plan)
        super().accept()
