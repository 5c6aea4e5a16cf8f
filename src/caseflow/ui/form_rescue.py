"""Nothing typed is lost when the app locks: the safety net under every form.

Editors that know how to restore themselves (the journal editor) register
with the DraftKeeper. Everything else a user has typed into a field of the
main window or one of its dialogs (a closing summary, a guardian's details,
a person's changed school) is gathered here when the app locks or quits and
kept as an encrypted draft, readable and copyable from "Unsaved drafts"
after the next unlock. Passphrase fields are never gathered.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from caseflow.ui.drafts import DraftSnapshot

# Set on a widget (and so its children) that needs no rescue: a search box, or
# an editor that is itself a DraftSource and restores its own text.
NO_RESCUE = "caseflowNoRescue"


def _excluded(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(NO_RESCUE):
            return True
        current = current.parentWidget()
    return False


def _typed_text(widget: QWidget) -> str | None:
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or widget.isReadOnly():
            return None
        return widget.text() if widget.isModified() else None
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly() or not widget.document().isModified():
            return None
        return widget.toPlainText()
    return None


def _label(widget: QWidget) -> str:
    current: QWidget | None = widget
    for _ in range(3):
        if current is None:
            break
        parent = current.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(current)
            if isinstance(label, QLabel) and label.text():
                return label.text().replace("&", "").rstrip(":")
        current = parent
    return widget.accessibleName() or widget.objectName() or "…"


def rescue_typed_text(root: QWidget) -> list[DraftSnapshot]:
    """One draft per window (the main window, each open dialog) holding typed text."""
    by_window: dict[QWidget, list[str]] = {}
    for widget in root.findChildren(QWidget):
        text = _typed_text(widget)
        if text is None or not text.strip() or _excluded(widget):
            continue
        by_window.setdefault(widget.window(), []).append(f"{_label(widget)}: {text}")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return [
        DraftSnapshot(
            key=f"rescued:{stamp}:{index}",
            title=window.windowTitle() or root.windowTitle(),
            text="\n".join(lines),
        )
        for index, (window, lines) in enumerate(by_window.items())
    ]
