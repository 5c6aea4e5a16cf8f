"""Files of the Samtycke tab: choosing them, reading a scanned form, saving the printed one.

The file dialogs open window-modal and return at once (``open()``), so the
GUI thread never waits and tests can answer them. Reading and writing run on
a worker thread. The printed form is written to a temporary file in the
chosen folder, flushed to disk, then renamed over the name the user chose:
a crash or a full disk leaves the old file or none, never half a form.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from caseflow import i18n
from caseflow.domain.errors import InvalidInput, StorageUnavailable
from caseflow.domain.text import QT_TRANSLATE_NOOP, Translate
from caseflow.services.consent import MAX_ATTACHMENT

# The printed form is for families in Sweden: Swedish, whatever the screen speaks.
FORM_LANGUAGE = "sv"

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
NOT_A_FORM = QT_TRANSLATE_NOOP(
    "ConsentTab", "Choose a scanned form saved as PDF, PNG, JPEG or TIFF."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "ConsentTab", "The file is larger than 20 MB. Scan the form again at a lower resolution."
)


def open_form_dialog(parent: QWidget) -> QFileDialog:
    """A dialog to choose a scanned form; connect ``fileSelected``, then it is opened."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("ConsentTab", "Attach a scanned consent form"),
        _documents(),
        QCoreApplication.translate(
            "ConsentTab", "Scanned forms (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"
        ),
    )
    dialog.setObjectName("attachFormFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return dialog


def save_form_dialog(parent: QWidget, file_name: str) -> QFileDialog:
    """A dialog to choose where the printable form goes."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("ConsentTab", "Save the consent form"),
        str(Path(_documents()) / file_name),
        QCoreApplication.translate("ConsentTab", "PDF documents (*.pdf)"),
    )
    dialog.setObjectName("saveFormFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    return dialog


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def read_scanned_form(path: Path) -> tuple[str, bytes, str]:
    """File name, bytes and media type of a scanned form (on a worker thread).

    The size is checked before reading, so that a wrong choice of a large
    file is refused at once instead of being read into memory.
    """
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise InvalidInput(NOT_A_FORM)
    try:
        if path.stat().st_size > MAX_ATTACHMENT:
            raise InvalidInput(TOO_LARGE)
        data = path.read_bytes()
    except OSError:
        raise StorageUnavailable() from None
    return path.name, data, media_type


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, then rename."""
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        raise StorageUnavailable() from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise StorageUnavailable() from None
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows has no folder handles.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def form_translator() -> Translate:
    """Renders the form's words in ``FORM_LANGUAGE`` (English where a word is untranslated)."""
    translator = i18n.load_translator(FORM_LANGUAGE)

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    # The closure keeps the translator alive as long as the function is used.
    return translate


def form_file_name(case_number: str, names: bool) -> str:
    if names:
        return QCoreApplication.translate("ConsentTab", "Consent form {case}.pdf").format(
            case=case_number
        )
    return QCoreApplication.translate("ConsentTab", "Consent form {case} without names.pdf").format(
        case=case_number
    )
