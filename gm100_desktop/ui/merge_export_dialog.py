"""Exporting the ranking: the chair-signed RANKING.json and, as ticked, CSV and XLSX from the same report."""

from __future__ import annotations

import html
import importlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gm100_desktop.domain.canonical import sha256_hex
from gm100_desktop.errors import GM100Error
from gm100_desktop.services import merge_files
from gm100_desktop.services.files import write_atomic
from gm100_desktop.services.identity import Identity, UnlockedIdentity, local_identity
from gm100_desktop.services.merge import MergeSession
from gm100_desktop.ui.dialog_helpers import busy_cursor, grow_to_fit
from gm100_desktop.ui.errors import show_error
from gm100_desktop.ui.language import LANGUAGE_NAMES
from gm100_desktop.ui.passphrase_dialog import ask_unlock

log = logging.getLogger(__name__)
Unlock = Callable[[QWidget, Identity, str], UnlockedIdentity | None]
DEFAULT_NAME = "RANKING"


def ranking_writers() -> Any | None:
    """services.ranking_outputs (write_ranking_csv, write_ranking_xlsx), or None while it is not installed."""
    try:
        return importlib.import_module("gm100_desktop.services.ranking_outputs")
    except ImportError:
        return None


def choose_folder(parent: QWidget, start: str) -> str:
    title = QCoreApplication.translate("ExportRankingDialog", "Choose the folder for the ranking")
    return QFileDialog.getExistingDirectory(parent, title, start)


class ExportRankingDialog(QDialog):
    """Choose folder, name and formats; the JSON is signed with the chair identity that signed the event."""

    def __init__(
        self, session: MergeSession, report: Mapping[str, Any], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.report = session, report
        # How the folder, the chair identity and its passphrase are asked for: tests replace these.
        self.choose_folder: Callable[[QWidget, str], str] = choose_folder
        self.chair_identity: Callable[[], Identity | None] = lambda: local_identity("chair")
        self.unlock: Unlock = ask_unlock
        self.confirm_overwrite: Callable[[list[Path]], bool] = self._ask_overwrite
        self.written: list[Path] = []
        self.json_sha256 = ""
        writers = ranking_writers()

        self.folder = QLineEdit(str(Path.home()), self)
        self.browse = QPushButton(self.tr("C&hoose…"), self)
        self.name = QLineEdit(DEFAULT_NAME, self)
        self.json_box = QCheckBox(self.tr("Signed ranking (&JSON, with its signature and chair.pub)"), self)
        self.csv_box = QCheckBox(self.tr("&CSV table"), self)
        self.xlsx_box = QCheckBox(self.tr("&XLSX workbook"), self)
        for box in (self.json_box, self.csv_box, self.xlsx_box):
            box.setChecked(True)
        for box, name in ((self.csv_box, "write_ranking_csv"), (self.xlsx_box, "write_ranking_xlsx")):
            if writers is None or not hasattr(writers, name):
                box.setChecked(False)
                box.setEnabled(False)
                box.setToolTip(self.tr("Not available in this version"))
        self.out_language = QComboBox(self)
        for code in ("id", "en"):
            self.out_language.addItem(LANGUAGE_NAMES[code], code)
        self.out_language.setCurrentIndex(max(0, self.out_language.findData(language)))
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        labels = (self.tr("&Folder:"), self.tr("File &name:"), self.tr("&Language of CSV and XLSX:"))
        for text, field in zip(labels, (self.folder, self.name, self.out_language), strict=True):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, folder_row if field is self.folder else field)
        intro = QLabel(
            self.tr(
                "The JSON file is the ranking of record: it is signed with the chair's key, so anyone can "
                "check it with minisign and recompute it from the bundles. CSV and XLSX are made from the "
                "same report."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStrut(560)
        layout.addWidget(intro)
        layout.addLayout(form)
        for box in (self.json_box, self.csv_box, self.xlsx_box):
            layout.addWidget(box)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Export the ranking"))
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(lambda: self.export())
        self.buttons.rejected.connect(self.reject)
        for box in (self.json_box, self.csv_box, self.xlsx_box):
            box.toggled.connect(self._update)
        self._update()
        grow_to_fit(self)

    def _update(self) -> None:
        self.export_button.setEnabled(
            any(b.isChecked() for b in (self.json_box, self.csv_box, self.xlsx_box))
        )

    def _browse(self) -> None:
        chosen = self.choose_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _ask_overwrite(self, existing: list[Path]) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("These files exist already and will be replaced:\n{files}").format(
                files="\n".join(p.name for p in existing)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def targets(self) -> dict[str, Path]:
        folder = Path(self.folder.text().strip() or ".")
        base = self.name.text().strip() or DEFAULT_NAME
        out: dict[str, Path] = {}
        if self.json_box.isChecked():
            out["json"] = folder / f"{base}.json"
        if self.csv_box.isChecked():
            out["csv"] = folder / f"{base}.csv"
        if self.xlsx_box.isChecked():
            out["xlsx"] = folder / f"{base}.xlsx"
        return out

    def export(self) -> list[Path]:
        """Write the ticked files; the list of files written (empty when nothing was)."""
        targets = self.targets()
        if not targets:
            return []
        existing = [p for p in targets.values() if p.exists()]
        if existing and not self.confirm_overwrite(existing):
            return []
        chair: UnlockedIdentity | None = None
        if "json" in targets:
            chair = self._unlock_chair()
            if chair is None:
                return []
        writers = ranking_writers()
        language = str(self.out_language.currentData())
        written: list[Path] = []
        try:
            with busy_cursor():
                for target in targets.values():
                    target.parent.mkdir(parents=True, exist_ok=True)
                if chair is not None:
                    path = targets["json"]
                    body = merge_files.write_signed_ranking(
                        path, self.report, chair.secret, self.session.event
                    )
                    pub = path.with_name("chair.pub")
                    write_atomic(pub, self.session.event.chair_key.to_file().encode("ascii"))
                    written += [path, Path(f"{path}.minisig"), pub]
                    self.json_sha256 = sha256_hex(body)
                if "csv" in targets and writers is not None:
                    writers.write_ranking_csv(targets["csv"], self.report, language)
                    written.append(targets["csv"])
                if "xlsx" in targets and writers is not None:
                    writers.write_ranking_xlsx(targets["xlsx"], self.report, language)
                    written.append(targets["xlsx"])
        except (GM100Error, OSError) as exc:
            show_error(self, exc)
        self.written = written
        self._show_result(written)
        log.info("ranking written: %s", ", ".join(map(str, written)))
        return written

    def _unlock_chair(self) -> UnlockedIdentity | None:
        try:
            identity = self.chair_identity()
        except GM100Error as exc:
            show_error(self, exc)
            return None
        if identity is None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "There is no chair identity on this computer. The ranking must be signed with the key "
                    "that signed the event (key id {key_id})."
                ).format(key_id=self.session.event.chair_key.key_id_hex),
            )
            return None
        return self.unlock(
            self, identity, self.tr("Type the passphrase of the chair identity to sign the ranking.")
        )

    def _show_result(self, written: list[Path]) -> None:
        if not written:
            self.result_label.setText("")
            return
        lines = [self.tr("<b>Written:</b>")]
        lines += [f"<code>{html.escape(str(p))}</code>" for p in written]
        if self.json_sha256 and any(p.suffix == ".json" for p in written):
            lines.append(
                self.tr("SHA-256 of the JSON: <code>{sha256}</code>").format(sha256=self.json_sha256)
            )
        self.result_label.setText("<br>".join(lines))
        grow_to_fit(self)
