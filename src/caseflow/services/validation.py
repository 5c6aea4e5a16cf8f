"""Field-level input errors, so an editor can say what is wrong next to the field."""

from __future__ import annotations

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text


class FieldError(InvalidInput):
    """A value in one named field breaks a rule."""

    def __init__(self, field: str, text: Text) -> None:
        super().__init__(text)
        self.field = field


class NotFound(InvalidInput):
    default_text = QT_TRANSLATE_NOOP("Errors", "That record does not exist (any more).")


class ChangedMeanwhile(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this record after you opened it. Your text is kept as a "
        "draft; open the record again to see the change.",
    )


def required_text(field: str, value: str, maximum: int = 10_000) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise FieldError(field, QT_TRANSLATE_NOOP("Errors", "This field must be filled in."))
    if len(cleaned) > maximum:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=maximum),
        )
    return cleaned


def optional_text(field: str, value: str | None, maximum: int = 10_000) -> str | None:
    if value is None or not value.strip():
        return None
    return required_text(field, value, maximum)
