"""The top of the scoring form: the region's name, its code, province and slot, its state and any banner."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gm100_desktop.domain.event import Slot
from gm100_desktop.services.scoring import FINALISED, IN_PROGRESS, NOT_STARTED, RegionInfo
from gm100_desktop.ui.criterion_row import local_time, muted_color
from gm100_desktop.ui.language import number_locale

# The texts below were written in the scoring form and keep its translation context "ScoringForm".

STATE_COLORS = {NOT_STARTED: "#5f6368", IN_PROGRESS: "#9a5b00", FINALISED: "#1e7b34"}  # white text on each


def _qdate(moment: datetime) -> QDate:
    """The calendar day of a local date-time, as the QDate that QLocale formats."""
    return QDate(moment.year, moment.month, moment.day)


class RegionHeader(QWidget):
    """Names the region shown (or says none is), badges its state, explains a conflict or a finalised lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.meta_label = QLabel(self)
        self.meta_label.setWordWrap(True)
        self.badge = QLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.hide()

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.meta_label)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)

    def show_region(
        self,
        info: RegionInfo | None,
        state: str,
        finalised_at: datetime | None,
        slot: Slot | None,
        language: str,
    ) -> None:
        """Show `info` in `state` (its presentation `slot` when it has one), or that no region is open."""
        if info is None:
            self.name_label.setText(QCoreApplication.translate("ScoringForm", "No region selected"))
            self.meta_label.setText(
                QCoreApplication.translate(
                    "ScoringForm", "Choose a region from the schedule to start scoring."
                )
            )
            self.badge.hide()
            self._show_banner(None, state, finalised_at)
            return
        parts = [info.code, info.province, info.kind]
        if slot is not None:
            parts.append(
                QCoreApplication.translate("ScoringForm", "slot {day} {start}–{end}").format(
                    day=number_locale(language).toString(_qdate(slot.start), QLocale.FormatType.ShortFormat),
                    start=slot.start.strftime("%H:%M"),
                    end=slot.end.strftime("%H:%M"),
                )
            )
        self.name_label.setText(info.name)
        self.meta_label.setText(" · ".join(p for p in parts if p))
        pal = self.meta_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, muted_color(self.palette()))
        self.meta_label.setPalette(pal)
        state_text = {
            NOT_STARTED: QCoreApplication.translate("ScoringForm", "Not started"),
            IN_PROGRESS: QCoreApplication.translate("ScoringForm", "In progress"),
            FINALISED: QCoreApplication.translate("ScoringForm", "Finalised"),
        }
        self.badge.setText(state_text.get(state, state))
        self.badge.setStyleSheet(
            f"QLabel {{ background: {STATE_COLORS.get(state, '#5f6368')}; color: white; "
            "font-weight: bold; padding: 4px 12px; border-radius: 10px; }"
        )
        self.badge.setVisible(info.conflict is None)
        self._show_banner(info, state, finalised_at)

    def _show_banner(self, info: RegionInfo | None, state: str, finalised_at: datetime | None) -> None:
        if info is not None and info.conflict is not None:
            text = QCoreApplication.translate(
                "ScoringForm",
                "<b>Conflict of interest.</b> You cannot score {region}: {reason}. "
                "The other assessors of the panel score it.",
            ).format(region=html.escape(info.name), reason=html.escape(info.conflict))
            background, foreground = "#8c1d18", "#ffffff"
        elif info is not None and state == FINALISED:
            when = ""
            if finalised_at is not None:
                local = finalised_at.replace(tzinfo=UTC).astimezone()
                when = f"{local:%Y-%m-%d} {local_time(finalised_at)}"
            text = QCoreApplication.translate(
                "ScoringForm",
                "<b>Finalised</b> {time}. The scores are locked; "
                "choose Reopen… and give a reason to change them.",
            ).format(time=when)
            background, foreground = "#1e5b2e", "#ffffff"
        else:
            self.banner.hide()
            return
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; "
            "padding: 8px 12px; border-radius: 4px; }"
        )
        self.banner.show()
