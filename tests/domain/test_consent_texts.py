"""The consent texts read well in Swedish: every source has a proposed translation here.

``SWEDISH`` is the translation proposed for the .ts file (it can be fed to
``tools/update_translations.py --apply sv``); the tests render the reasons
through it, so a sentence that cannot be translated whole shows up here.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from caseflow.domain import consent as consent_module
from caseflow.domain.consent import HistoryItem, coverage
from caseflow.domain.text import Text
from tests.domain.test_consent_helpers import (
    POLICE,
    SCHOOL,
    TURNS_18,
    YP,
    A,
    E,
    case,
    consent,
    everyone,
    withdrawal,
)

SWEDISH = {
    # consent_records
    "A party of the kind Other must have a name.": "En aktör av slaget Annan måste ha ett namn.",
    "Enter the guardian's name.": "Ange vårdnadshavarens namn.",
    "In writing": "Skriftligt",
    "Orally": "Muntligt",
    "Say who received the oral consent or withdrawal: it must be documented.": (
        "Ange vem som tog emot det muntliga samtycket eller återkallelsen: det måste dokumenteras."
    ),
    "A consent must name at least one party.": "Ett samtycke måste ange minst en aktör.",
    "A consent must say which information and for what purpose: it must not be general.": (
        "Ett samtycke måste ange vilka uppgifter det gäller och i vilket syfte: "
        "det får inte vara allmänt."
    ),
    "A consent cannot end before the day it was given.": (
        "Ett samtycke kan inte upphöra före dagen det lämnades."
    ),
    # consent_grounds
    "A legal ground needs a key, the provision it rests on and a title.": (
        "En rättslig grund behöver en nyckel, den bestämmelse den vilar på och en rubrik."
    ),
    "The age limit of a legal ground must be 1 to 130.": (
        "Åldersgränsen för en rättslig grund måste vara 1 till 130."
    ),
    "Social services may tell the police about someone under 21 when special circumstances "
    "show a risk of crime and the information can help prevent it": (
        "Socialtjänsten får lämna uppgifter till polisen om någon under 21 år när särskilda "
        "omständigheter tyder på risk för brott och uppgiften kan bidra till att förhindra det"
    ),
    "The duty to report concern about a child to social services": (
        "Skyldigheten att anmäla oro för ett barn till socialtjänsten"
    ),
    "A duty to provide information set out in a law or an ordinance": (
        "En uppgiftsskyldighet som följer av lag eller förordning"
    ),
    "Sharing is necessary for the authority to carry out its own work": (
        "Uppgiften behövs för att myndigheten ska kunna fullgöra sin egen verksamhet"
    ),
    "Write why the legal ground applies.": "Skriv varför den rättsliga grunden är tillämplig.",
    "A legal ground cannot end before the day it was recorded.": (
        "En rättslig grund kan inte upphöra före dagen den registrerades."
    ),
    "Unknown legal ground setting: {key}.": "Okänd inställning för rättslig grund: {key}.",
    "Unknown kind of party in a legal ground: {value}.": (
        "Okänt slag av aktör i en rättslig grund: {value}."
    ),
    # consent_texts
    "the young person": "den unge",
    "guardian {name}": "vårdnadshavare {name}",
    "Young person": "Den unge",
    "{name} (guardian)": "{name} (vårdnadshavare)",
    "{first} and {second}": "{first} och {second}",
    "{first}, {second}": "{first}, {second}",
    "Covered by consent given on {date} by {names}": (
        "Omfattas av samtycke lämnat {date} av {names}"
    ),
    "Covered by the legal ground {ground}, recorded on {date}": (
        "Omfattas av den rättsliga grunden {ground}, registrerad {date}"
    ),
    "The young person has not consented": "Den unge har inte samtyckt",
    "Guardian {name} has not consented": "Vårdnadshavare {name} har inte samtyckt",
    "Consent from the young person ended {date}": "Samtycket från den unge upphörde {date}",
    "Consent from guardian {name} ended {date}": (
        "Samtycket från vårdnadshavare {name} upphörde {date}"
    ),
    "Withdrawn by the young person {date}": "Återkallat av den unge {date}",
    "Withdrawn by guardian {name} {date}": "Återkallat av vårdnadshavare {name} {date}",
    "Turned 18 on {date}: their own consent is needed": "Fyllde 18 år {date}: eget samtycke krävs",
    "No consent has been given for {party}": "Inget samtycke har lämnats för {party}",
    "No guardian with custody is registered: their consent is needed": (
        "Ingen vårdnadshavare är registrerad: vårdnadshavarnas samtycke krävs"
    ),
    "The programme asks nobody for consent at age {age}: record a legal ground": (
        "Programmet begär inte samtycke av någon vid {age} års ålder: registrera en rättslig grund"
    ),
    "The legal ground {ground} recorded on {date} does not apply here": (
        "Den rättsliga grunden {ground}, registrerad {date}, är inte tillämplig här"
    ),
    "Consented on {date}, valid until {until}": "Samtyckte {date}, gäller till och med {until}",
    "Has not consented": "Har inte samtyckt",
    "Ended {date}": "Upphörde {date}",
    "Withdrawn {date}": "Återkallat {date}",
    "Not required before age {age}": "Krävs inte före {age} års ålder",
    "Turned 18 on {date}: guardians no longer consent": (
        "Fyllde 18 år {date}: vårdnadshavarna samtycker inte längre"
    ),
    "The programme does not ask guardians for consent": (
        "Programmet begär inte vårdnadshavarnas samtycke"
    ),
    "No custody: consent not required": "Har inte vårdnaden: samtycke krävs inte",
    # consent_rules
    "Consented": "Har samtyckt",
    "No valid consent": "Inget giltigt samtycke",
    "Not required": "Krävs inte",
    "Covered": "Omfattas",
    "Not covered": "Omfattas inte",
    # Already translated elsewhere, used here as arguments.
    "Police": "Polisen",
}

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MODULES = ("consent", "consent_records", "consent_grounds", "consent_rules", "consent_texts")


def _sources() -> set[str]:
    folder = Path(consent_module.__file__).parent
    found = set()
    for name in MODULES:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, source = node.args
                assert isinstance(context, ast.Constant) and context.value == "Domain"
                assert isinstance(source, ast.Constant) and isinstance(source.value, str)
                found.add(source.value)
    return found


def _sv(context: str, source: str) -> str:
    return SWEDISH.get(source, source)


def sv(text: Text) -> str:
    return text.render(_sv)


def test_every_consent_text_has_a_swedish_proposal_with_the_same_placeholders() -> None:
    sources = _sources()
    assert len(sources) > 40
    assert sources - set(SWEDISH) == set()
    for source in sources:
        assert sorted(PLACEHOLDER.findall(SWEDISH[source])) == sorted(
            PLACEHOLDER.findall(source)
        ), source


def test_the_reasons_in_the_issue_read_as_written_in_swedish() -> None:
    missing = coverage(case(consent(YP), consent(A)), SCHOOL, date(2026, 1, 15))
    assert [sv(r) for r in missing.reasons] == ["Vårdnadshavare Erik Berg har inte samtyckt"]

    ended = coverage(case(*everyone(until=date(2026, 2, 28))), SCHOOL, date(2026, 3, 1))
    assert [sv(cell.reason) for cell in ended.consenters] == ["Upphörde 2026-03-01"] * 3
    assert sv(ended.reasons[0]) == "Samtycket från den unge upphörde 2026-03-01"

    withdrawn = coverage(
        case(*everyone(), withdrawal(YP, date(2026, 5, 10))), POLICE, date(2026, 5, 10)
    )
    assert [sv(r) for r in withdrawn.reasons] == ["Återkallat av den unge 2026-05-10"]

    adult = coverage(case(*everyone(date(2027, 10, 1))), SCHOOL, TURNS_18)
    assert [sv(r) for r in adult.reasons] == ["Fyllde 18 år 2028-04-02: eget samtycke krävs"]


def test_covered_reasons_in_swedish() -> None:
    result = coverage(case(*everyone()), SCHOOL, date(2026, 1, 15))
    assert [sv(r) for r in result.reasons] == [
        "Omfattas av samtycke lämnat 2025-09-01 av den unge, vårdnadshavare Anna Berg "
        "och vårdnadshavare Erik Berg"
    ]
    assert sv(result.cell(E).reason) == "Samtyckte 2025-09-01, gäller till och med 2026-08-31"
    assert sv(result.label) == "Omfattas"


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ((), ["Inget samtycke har lämnats för Polisen"]),
        (
            (consent(YP), consent(A), withdrawal(A, date(2026, 1, 1), (POLICE,))),
            [
                "Återkallat av vårdnadshavare Anna Berg 2026-01-01",
                "Vårdnadshavare Erik Berg har inte samtyckt",
            ],
        ),
    ],
)
def test_missing_reasons_in_swedish(history: tuple[HistoryItem, ...], expected: list[str]) -> None:
    result = coverage(case(*history), POLICE, date(2026, 1, 15))
    assert [sv(r) for r in result.reasons] == expected
