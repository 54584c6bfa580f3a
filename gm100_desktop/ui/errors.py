"""Showing errors: core errors translated for the user, and a hook so the app never just vanishes."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gm100_desktop import errors, paths
from gm100_desktop.i18n import Message, fill

log = logging.getLogger(__name__)


def message_text(template: str, params: Mapping[str, object]) -> str:
    """A core message (English `template` marked in "GM100Error", and its params) in the interface language.

    Messages nested in the params are translated too; a broken translation falls back to the English.
    """
    try:
        return fill(QCoreApplication.translate(errors.CONTEXT, template), params, translated)
    except (KeyError, IndexError, ValueError):
        return fill(template, params, translated)  # a broken translation must never hide the message


def translated(message: Message) -> str:
    return message_text(message.template, message.params)


def error_text(exc: BaseException) -> str:
    """The user's message for `exc`, in the interface language."""
    if isinstance(exc, errors.GM100Error):
        return message_text(exc.template, exc.params)
    return str(exc) or type(exc).__name__


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """One way to tell the user something failed."""
    log.warning("shown to user: %s", exc)
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Errors", "GM100 Assessor"), error_text(exc)
    )


def install_excepthook() -> None:
    """Log unexpected exceptions and show them instead of letting the process die."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        message = QCoreApplication.translate(
            "Errors",
            "An unexpected error occurred. Your saved scores are safe.\n\n{error}\n\nDetails are in {folder}",
        ).format(error=f"{kind.__name__}: {value}", folder=paths.log_dir())
        try:
            QMessageBox.critical(None, QCoreApplication.translate("Errors", "GM100 Assessor"), message)
        except Exception:  # the dialog itself failed: at least keep the message on stderr
            print(message, file=sys.stderr)

    sys.excepthook = hook
