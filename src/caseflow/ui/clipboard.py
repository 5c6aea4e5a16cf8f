"""Text about people copied to the clipboard leaves it when the app locks."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_copied: str | None = None


def copy_sensitive(text: str) -> None:
    global _copied
    QGuiApplication.clipboard().setText(text)
    _copied = text


def clear_sensitive() -> None:
    """Clear the clipboard if it still holds what Caseflow put there (not the user's own)."""
    global _copied
    clipboard = QGuiApplication.clipboard()
    if _copied is not None and clipboard.text() == _copied:
        clipboard.clear()
    _copied = None
