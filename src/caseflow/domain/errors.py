"""Errors that carry a user-facing message.

Front ends catch ``CaseflowError`` and show ``error.text`` in the user's
language. ``str(error)`` is the rendered message too, so that a ValueError
raised by a domain rule reads well wherever it surfaces. Messages never hold
secrets; whether they may hold personal data is the raiser's decision, and
the log never records them (see ``caseflow.logsetup``).
"""

from __future__ import annotations

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text


class CaseflowError(Exception):
    """Base of every error that a user is meant to read."""

    default_text: Text = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")

    def __init__(self, text: Text | None = None) -> None:
        self.text = text or self.default_text
        super().__init__(self.text.source)

    def __str__(self) -> str:
        return self.text.render()


class WrongCredentials(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "The user name or the passphrase is wrong. Nothing was changed."
    )


class WrongRecoveryKey(WrongCredentials):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "The recovery key is wrong. Check it against the printout. Nothing was changed."
    )


class TooManyAttempts(WrongCredentials):
    """Unlocking was refused without trying: too many wrong passphrases in a row."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Too many wrong passphrases in a row. Wait {seconds} seconds and try again.",
            ).format(seconds=seconds)
        )
        self.seconds = seconds


class DatabaseDamaged(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is damaged and cannot be read safely. Nothing was changed. "
        "Restore it from a backup.",
    )


class KeyFileMissing(DatabaseDamaged):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file that belongs to the database is missing or damaged, so the "
        "database cannot be opened. Restore both files from a backup.",
    )


class DatabaseNotFound(CaseflowError):
    default_text = QT_TRANSLATE_NOOP("Errors", "There is no database at that place.")


class DatabaseExists(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "A database already exists at that place. Choose another file name."
    )


class DatabaseInUse(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is already open in another Caseflow window or program. "
        "Close it there first; nothing was changed.",
    )


class DatabaseTooNew(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The database was made by a newer version of Caseflow. Update Caseflow to open it.",
    )


class StorageUnavailable(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The file could not be read or written. Check that the folder exists, that you "
        "may use it and that the disk is not full.",
    )


class WorkspaceLocked(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "The database is locked. Unlock it again to go on; nothing was lost."
    )


class InvalidInput(CaseflowError):
    """A value a user typed breaks a rule; the text says which."""


class PermissionDenied(CaseflowError):
    default_text = QT_TRANSLATE_NOOP("Errors", "You do not have permission to do that.")


class Cancelled(CaseflowError):
    """The user stopped a long task; whatever it was writing was removed."""

    default_text = QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was saved.")
