"""The pre-filled consent form (samtyckesblankett) to print and have signed.

Plain data in (``ConsentFormData``, gathered by
``caseflow.services.consent_form``), PDF bytes out: no database here. The
form follows what municipalities' own forms ask for: which parties, which
information, what purpose, for how long, the signatures of the young person
(from the programme's own-consent age) and of each guardian with custody,
and that consent can always be withdrawn.

The form's words are translatable ``Text`` (context "ConsentForm") rendered
with the ``translate`` function the caller passes: the app prints the form
in Swedish, for the families it is for, whatever language the worker's
screen speaks. Names and numbers are data and printed as they are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports.document import table_style
from caseflow.reports.fonts import REGULAR, register_fonts

# --- the form's words ------------------------------------------------------------------

UNIT_PLACEHOLDER = QT_TRANSLATE_NOOP("ConsentForm", "Social services")
TITLE = QT_TRANSLATE_NOOP("ConsentForm", "Consent to exchange information")
PDF_TITLE = QT_TRANSLATE_NOOP("ConsentForm", "Consent to exchange information – {case}")
CASE_NUMBER = QT_TRANSLATE_NOOP("ConsentForm", "Case number")
SECTION_PERSON = QT_TRANSLATE_NOOP("ConsentForm", "About the young person")
NAME = QT_TRANSLATE_NOOP("ConsentForm", "Name")
PERSONNUMMER = QT_TRANSLATE_NOOP("ConsentForm", "Personal identity number")
BORN = QT_TRANSLATE_NOOP("ConsentForm", "Born {date} (no personal identity number)")
PROGRAMME = QT_TRANSLATE_NOOP("ConsentForm", "Programme")
INTRO = QT_TRANSLATE_NOOP(
    "ConsentForm",
    "By signing this form, I agree that the parties ticked below may exchange information "
    "about the young person named above with each other, limited to the information and "
    "the purpose written on this form. The consent is voluntary.",
)
SECTION_PARTIES = QT_TRANSLATE_NOOP("ConsentForm", "Parties that may exchange information")
PARTY_NAMED = QT_TRANSLATE_NOOP("ConsentForm", "{kind}: {name}")
PARTY_OTHER = QT_TRANSLATE_NOOP("ConsentForm", "Other party:")
SECTION_INFORMATION = QT_TRANSLATE_NOOP("ConsentForm", "Which information may be exchanged")
SECTION_PURPOSE = QT_TRANSLATE_NOOP("ConsentForm", "For what purpose, and what kind of cooperation")
SECTION_VALIDITY = QT_TRANSLATE_NOOP("ConsentForm", "How long the consent is valid")
VALIDITY = QT_TRANSLATE_NOOP(
    "ConsentForm", "The consent is valid from the day it is signed up to and including:"
)
VALIDITY_HINT = QT_TRANSLATE_NOOP(
    "ConsentForm",
    "In {programme} a consent usually runs for {days} days: signed on {today}, "
    "up to and including {until}.",
)
WITHDRAWAL = QT_TRANSLATE_NOOP(
    "ConsentForm",
    "You can withdraw your consent at any time, wholly or for some of the parties, by "
    "telling social services (contact person: {contact}). From then on nothing may be "
    "shared on the basis of this consent; what was shared before stays recorded.",
)
SECTION_SIGNATURES = QT_TRANSLATE_NOOP("ConsentForm", "Signatures")
SIGNER_YOUNG_PERSON = QT_TRANSLATE_NOOP("ConsentForm", "The young person: {name}")
SIGNER_GUARDIAN = QT_TRANSLATE_NOOP("ConsentForm", "Guardian: {name}")
SIGNER_BLANK_GUARDIAN = QT_TRANSLATE_NOOP("ConsentForm", "Guardian")
SIGNATURE = QT_TRANSLATE_NOOP("ConsentForm", "Signature")
DATE = QT_TRANSLATE_NOOP("ConsentForm", "Date")
NAME_IN_CAPITALS = QT_TRANSLATE_NOOP("ConsentForm", "Name in block letters")
TELEPHONE = QT_TRANSLATE_NOOP("ConsentForm", "Telephone")
YOUNG_PERSON_TOO_YOUNG = QT_TRANSLATE_NOOP(
    "ConsentForm",
    "The young person signs from the age of {age}; until then the guardians sign, and the "
    "young person's own view is asked for and given weight according to age and maturity.",
)
ADULT = QT_TRANSLATE_NOOP(
    "ConsentForm", "The young person is 18 or older: only their own consent is needed."
)
NO_GUARDIAN = QT_TRANSLATE_NOOP(
    "ConsentForm",
    "No guardian with custody is registered. Each guardian with custody signs on a line "
    "of their own.",
)
FOR_OFFICE = QT_TRANSLATE_NOOP(
    "ConsentForm", "For social services: received by ____________________  on ____________"
)
FOOTER = QT_TRANSLATE_NOOP("ConsentForm", "{case} · Printed {date} · Page {page}")
PROTECTED_MARKING = QT_TRANSLATE_NOOP(
    "ConsentForm",
    "PROTECTED IDENTITY (skyddade personuppgifter): never write the address or contacts here.",
)


# --- the data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FormParty:
    """A party on the form: its kind, its name when known, ticked or not."""

    kind: Text
    name: str = ""
    checked: bool = False


@dataclass(frozen=True)
class FormSigner:
    """One signature block. ``contact`` is printed only when it may be (never for a
    guardian who must not receive information); otherwise the line is left blank."""

    name: str
    is_young_person: bool = False
    contact: str | None = None


@dataclass(frozen=True)
class ConsentFormData:
    unit: Text | str
    case_number: str
    person_name: str
    personnummer: str | None
    birth_date: date
    programme: Text
    parties: tuple[FormParty, ...]
    signers: tuple[FormSigner, ...]
    young_person_signs: bool
    own_consent_from_age: int
    adult: bool
    guardians_sign: bool
    validity_days: int
    suggested_valid_until: date
    contact_person: str
    printed_on: date
    # Skyddade personuppgifter: marked on every page of every printout.
    protected_identity: bool = False


# --- building ----------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
# The frame reportlab lays the story out in pads 6 points on each side.
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12
LINE_COLOUR = colors.HexColor("#444444")
BOX_COLOUR = colors.HexColor("#f2f2f2")
CHECKED, UNCHECKED = "\u2612", "\u2610"  # ☒ ☐, in DejaVu Sans


class _Styles:
    def __init__(self, regular: str, bold: str) -> None:
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5)
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=8.5, leading=11, textColor=LINE_COLOUR
        )
        self.label = ParagraphStyle("label", parent=self.small, fontName=regular)
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=bold, fontSize=17, leading=21
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=bold,
            fontSize=10.5,
            leading=13,
            spaceBefore=5,
            keepWithNext=1,
        )
        self.signer = ParagraphStyle("signer", parent=self.body, fontName=bold, fontSize=10)
        self.unit = ParagraphStyle("unit", parent=self.body, fontName=bold, fontSize=11)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.box = ParagraphStyle("box", parent=self.body, fontSize=9.5, leading=12.5)
        self.checkbox = ParagraphStyle("checkbox", parent=self.body, fontSize=10.5, leading=15)


class _Form:
    """Renders one ``ConsentFormData``; ``t`` turns the form's Text into words."""

    def __init__(self, data: ConsentFormData, translate: Translate | None) -> None:
        self.data = data
        self._translate = translate
        regular, bold = register_fonts()
        self.fonts = (regular, bold)
        self.s = _Styles(regular, bold)

    def t(self, text: Text | str, **args: object) -> str:
        if isinstance(text, str):
            return text
        return (text.format(**args) if args else text).render(self._translate)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text (escaped: names may hold < or &)."""
        return Paragraph(escape(text), style or self.s.body)

    # --- parts ---------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        data = self.data
        top = Table(
            [
                [
                    self.p(self.t(data.unit), self.s.unit),
                    self.p(f"{self.t(CASE_NUMBER)}: {data.case_number}", self.s.right),
                ]
            ],
            colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45],
        )
        top.setStyle(_plain_table())
        return [top, Spacer(1, 4 * mm), self.p(self.t(TITLE), self.s.title)]

    def person(self) -> list[Flowable]:
        data = self.data
        number = data.personnummer or self.t(BORN, date=data.birth_date.isoformat())
        label = self.s.label
        rows = [
            [
                self.p(self.t(NAME), label),
                self.p(data.person_name),
                self.p(self.t(PERSONNUMMER), label),
                self.p(number),
            ],
            [self.p(self.t(PROGRAMME), label), self.p(self.t(data.programme)), "", ""],
        ]
        widths = [0.13, 0.37, 0.24, 0.26]
        table = Table(rows, colWidths=[CONTENT_WIDTH * w for w in widths])
        table.setStyle(
            table_style(
                REGULAR,
                [
                    ("SPAN", (1, 1), (3, 1)),
                    ("BOX", (0, 0), (-1, -1), 0.6, LINE_COLOUR),
                    ("BACKGROUND", (0, 0), (0, -1), BOX_COLOUR),
                    ("BACKGROUND", (2, 0), (2, 0), BOX_COLOUR),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.lightgrey),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ],
            )
        )
        return [
            self.p(self.t(SECTION_PERSON), self.s.heading),
            Spacer(1, 1 * mm),
            table,
            Spacer(1, 2.5 * mm),
            self.p(self.t(INTRO)),
        ]

    def parties(self) -> list[Flowable]:
        labels = []
        for party in self.data.parties:
            kind = self.t(party.kind)
            text = self.t(PARTY_NAMED, kind=kind, name=party.name) if party.name else kind
            labels.append(f"{CHECKED if party.checked else UNCHECKED}  {text}")
        # Two blank lines for parties the family and the worker agree on there and then.
        labels += [f"{UNCHECKED}  {self.t(PARTY_OTHER)} ____________________"] * 2
        half = (len(labels) + 1) // 2
        left, right = labels[:half], labels[half:]
        right += [""] * (len(left) - len(right))
        rows = [
            [self.p(a, self.s.checkbox), self.p(b, self.s.checkbox)]
            for a, b in zip(left, right, strict=True)
        ]
        table = Table(rows, colWidths=[CONTENT_WIDTH / 2] * 2)
        table.setStyle(_plain_table())
        return [self.p(self.t(SECTION_PARTIES), self.s.heading), Spacer(1, 1 * mm), table]

    def write_in(self, heading: Text, lines: int = 3) -> list[Flowable]:
        return [self.p(self.t(heading), self.s.heading), _RuledLines(lines)]

    def validity(self) -> list[Flowable]:
        data = self.data
        hint = self.t(
            VALIDITY_HINT,
            programme=data.programme,
            days=data.validity_days,
            today=data.printed_on.isoformat(),
            until=data.suggested_valid_until.isoformat(),
        )
        row = self.p(f"{self.t(VALIDITY)} ______________________")
        note = Table(
            [[self.p(self.t(WITHDRAWAL, contact=data.contact_person), self.s.box)]],
            colWidths=[CONTENT_WIDTH],
        )
        note.setStyle(
            table_style(
                REGULAR,
                [
                    ("BACKGROUND", (0, 0), (-1, -1), BOX_COLOUR),
                    ("BOX", (0, 0), (-1, -1), 0.6, LINE_COLOUR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ],
            )
        )
        return [
            self.p(self.t(SECTION_VALIDITY), self.s.heading),
            row,
            self.p(hint, self.s.small),
            Spacer(1, 3 * mm),
            note,
        ]

    def signatures(self) -> list[Flowable]:
        data = self.data
        parts: list[Flowable] = [self.p(self.t(SECTION_SIGNATURES), self.s.heading)]
        if data.adult:
            parts.append(self.p(self.t(ADULT), self.s.small))
        elif not data.young_person_signs:
            parts.append(
                self.p(self.t(YOUNG_PERSON_TOO_YOUNG, age=data.own_consent_from_age), self.s.small)
            )
        signers = list(data.signers)
        if data.guardians_sign and not any(not s.is_young_person for s in signers):
            parts.append(self.p(self.t(NO_GUARDIAN), self.s.small))
            signers += [FormSigner(""), FormSigner("")]
        for signer in signers:
            parts.append(KeepTogether(self._signature_block(signer)))
        return parts

    def _signature_block(self, signer: FormSigner) -> list[Flowable]:
        if signer.is_young_person:
            title = self.t(SIGNER_YOUNG_PERSON, name=signer.name)
        elif signer.name:
            title = self.t(SIGNER_GUARDIAN, name=signer.name)
        else:
            title = self.t(SIGNER_BLANK_GUARDIAN)
        label = self.s.label
        gap = ""
        rows = [
            ["", gap, self.p(signer.name.upper()), gap, "", gap, self.p(signer.contact or "")],
            [
                self.p(self.t(SIGNATURE), label),
                gap,
                self.p(self.t(NAME_IN_CAPITALS), label),
                gap,
                self.p(self.t(DATE), label),
                gap,
                self.p(self.t(TELEPHONE), label),
            ],
        ]
        space = 4 * mm
        field_width = CONTENT_WIDTH - 3 * space
        widths = [field_width * w for w in (0.36, 0.30, 0.14, 0.20)]
        table = Table(
            rows,
            colWidths=[widths[0], space, widths[1], space, widths[2], space, widths[3]],
            rowHeights=[10 * mm, None],
        )
        table.setStyle(
            table_style(
                REGULAR,
                [
                    *(("LINEBELOW", (c, 0), (c, 0), 0.6, LINE_COLOUR) for c in (0, 2, 4, 6)),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ],
            )
        )
        return [Spacer(1, 3 * mm), self.p(title, self.s.signer), table]

    def story(self) -> list[Flowable]:
        return [
            *self.header(),
            *self.person(),
            *self.parties(),
            *self.write_in(SECTION_INFORMATION),
            *self.write_in(SECTION_PURPOSE),
            *self.validity(),
            *self.signatures(),
        ]

    def footer(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(self.fonts[0], 8)
        canvas.setFillColor(LINE_COLOUR)
        text = self.t(
            FOOTER,
            case=self.data.case_number,
            date=self.data.printed_on.isoformat(),
            page=doc.page,
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN - 6, 7 * mm, text)
        if doc.page == 1:  # where the signed form comes back to; a line of its own
            canvas.drawString(MARGIN + 6, 11.5 * mm, self.t(FOR_OFFICE))
        if self.data.protected_identity:
            canvas.setFont(self.fonts[1], 8.5)
            canvas.setFillColor(colors.HexColor("#a40000"))
            canvas.drawString(MARGIN + 6, PAGE_HEIGHT - 10 * mm, self.t(PROTECTED_MARKING))
        canvas.restoreState()


class _RuledLines(Flowable):  # type: ignore[misc]  # reportlab has no types
    """Empty ruled lines to write on by hand."""

    def __init__(self, count: int, spacing: float = 7 * mm) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(LINE_COLOUR)
        canvas.setLineWidth(0.5)
        for index in range(self.count):
            y = (self.count - 1 - index) * self.spacing + 1
            canvas.line(0, y, self.width, y)


def _plain_table() -> TableStyle:
    return table_style(
        REGULAR,
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ],
    )


def consent_form_pdf(data: ConsentFormData, translate: Translate | None = None) -> bytes:
    """The filled-in form as PDF bytes (A4, DejaVu Sans embedded).

    ``translate`` renders the form's words (``Text.render``); without it they
    follow the translator installed for the app.
    """
    form = _Form(data, translate)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=form.t(PDF_TITLE, case=data.case_number),
        author=form.t(data.unit),
        subject=form.t(TITLE),
        creator="Caseflow",
        # Otherwise the canvas starts in Helvetica, a font it neither uses nor embeds.
        initialFontName=form.fonts[0],
    )
    doc.build(form.story(), onFirstPage=form.footer, onLaterPages=form.footer)
    return buffer.getvalue()
