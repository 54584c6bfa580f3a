"""Opening a file the desktop handed us (`gm100 FILE`, a double-click): event package, bundle or session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from gm100_desktop.ui.workspaces import ASSESSOR, CHAIR, Workspaces

OPENABLE = (".gm100event", ".gm100bundle", ".gm100merge")


def open_document(path: Path, workspaces: Workspaces) -> None:
    """An event package is imported on the assessor side (on the chair's laptop, where the chair workspace is
    open, it starts a merge); a bundle or a merge session opens the merge window."""
    if path.suffix == ".gm100event" and workspaces.current != CHAIR:
        workspaces.show(ASSESSOR)
        window = workspaces.window(ASSESSOR)
        window.files.import_event(path)  # type: ignore[attr-defined]
        return
    from gm100_desktop.ui.merge_window import show_merge_window  # loaded when first used

    workspaces.show(CHAIR)
    chair = workspaces.window(CHAIR)
    merge = show_merge_window(chair, chair.regions.model.language)  # type: ignore[attr-defined]
    if path.suffix == ".gm100merge":
        merge.open_session(path)
    elif path.suffix == ".gm100event":
        merge.new_from_package(path)
    elif merge.model.session is None:
        QMessageBox.information(
            merge,
            merge.windowTitle(),
            QCoreApplication.translate(
                "MergeWindow",
                "To merge {file}, first open the event package it was scored for (or a merge session), "
                "then add the bundle.",
            ).format(file=path.name),
        )
    else:
        merge.add_paths([path])
