"""Invented Swedish texts for the demo's meetings: headings, minutes, actions, places.

Every text is about one young person (``{first}``, ``{han}``, ...) and is
filled from that case's own values, so that nothing written under one case's
items of a shared sitting names another young person. Fields are those of
``demo_case._values`` plus ``{date}``.
"""

from __future__ import annotations

import random
from enum import Enum

from caseflow.domain.cases import Agency
from caseflow.services.demo_rows import fill
from caseflow.services.demo_texts import PRIMARY_SCHOOLS, TOWN, YOUTH_CENTRES


class Topic(Enum):
    """What an agenda heading is about: which texts fill its item."""

    HAPPENED = "happened"
    FACTORS = "factors"
    ACTIONS_REVIEW = "actions_review"
    NEW_ACTIONS = "new_actions"
    NEXT = "next"
    GOALS = "goals"
    SAFETY = "safety"
    AGENCIES = "agencies"
    VIEW = "view"
    NETWORK = "network"
    SUMMARY = "summary"


# The built-in agenda headings (their English source text) as the Swedish
# minutes keep them, and what their items say.
HEADINGS: dict[str, tuple[str, Topic]] = {
    "Since the last meeting: what has happened": (
        "Sedan förra mötet: vad har hänt",
        Topic.HAPPENED,
    ),
    "Risk and protective factors": ("Risk- och skyddsfaktorer", Topic.FACTORS),
    "Risk and protective factors now": ("Risk- och skyddsfaktorer nu", Topic.FACTORS),
    "Follow-up of agreed actions": ("Uppföljning av överenskomna åtgärder", Topic.ACTIONS_REVIEW),
    "New actions: what, who and by when": (
        "Nya åtgärder: vad, vem och till när",
        Topic.NEW_ACTIONS,
    ),
    "Next meeting or follow-up": ("Nästa möte eller uppföljning", Topic.NEXT),
    "Status of each goal": ("Status för varje mål", Topic.GOALS),
    "Safety and risk": ("Säkerhet och risk", Topic.SAFETY),
    "Each agency's actions since the last meeting": (
        "Varje aktörs insatser sedan förra mötet",
        Topic.AGENCIES,
    ),
    "The young person's and the family's view": ("Den unges och familjens syn", Topic.VIEW),
    "The network: who does what": ("Nätverket: vem gör vad", Topic.NETWORK),
    "Summary of the follow-up": ("Sammanfattning av uppföljningen", Topic.SUMMARY),
}

# How often a heading gets an item at all (approved minutes keep no empty items).
WRITTEN_SHARE: dict[Topic, float] = {
    Topic.HAPPENED: 0.85,
    Topic.FACTORS: 0.4,
    Topic.ACTIONS_REVIEW: 0.6,
    Topic.NEW_ACTIONS: 0.7,
    Topic.NEXT: 1.0,
    Topic.GOALS: 0.7,
    Topic.SAFETY: 0.6,
    Topic.AGENCIES: 0.5,
    Topic.VIEW: 0.7,
    Topic.NETWORK: 0.6,
    Topic.SUMMARY: 0.9,
}

# (notes, decisions) per topic; an empty string leaves that field empty.
_ANY: dict[Topic, tuple[tuple[str, str], ...]] = {
    Topic.HAPPENED: (
        ("Sedan förra mötet har {first} haft regelbunden kontakt med {contact}. Inga nya "
         "polisanmälningar.", ""),
        ("Det har varit en orolig period: {first} har setts i {place} sent på kvällarna flera "
         "gånger.", "Fältassistenterna är extra uppmärksamma på {place} kvällstid."),
        ("{first} berättar att det går bättre och att {han} har börjat träna igen.", ""),
        ("Kontakten med {first} har varit ojämn; två inbokade samtal uteblev.",
         "Socialsekreteraren tar ny kontakt och erbjuder tider efter skolan."),
        ("Lugnt sedan förra mötet. {first} har kommit till alla inbokade samtal.", ""),
    ),
    Topic.FACTORS: (
        ("Riskfaktorer som kvarstår: umgänge med äldre kamrater och sena kvällar i {place}. "
         "Skyddsfaktor: god kontakt med {contact}.", ""),
        ("Kamratrelationerna är fortfarande en risk. {first} har fått en mer strukturerad "
         "fritid.", ""),
        ("Parterna bedömer risken som oförändrad sedan förra mötet.", ""),
        ("Ingen ny information om missbruk. Sysselsättningen har blivit en skyddsfaktor.", ""),
    ),
    Topic.ACTIONS_REVIEW: (
        ("De flesta överenskomna åtgärderna är genomförda; en återstår.",
         "Den åtgärd som återstår flyttas fram till nästa uppföljning."),
        ("Åtgärderna har genomförts enligt plan.", ""),
        ("Enligt {contact} är det som bestämdes gjort. {first} har inte kommit till alla "
         "tider.", ""),
        ("En åtgärd har inte kommit igång på grund av sjukdom.",
         "Ansvarig återkommer med ny tid före nästa möte."),
    ),
    Topic.NEW_ACTIONS: (
        ("", "Parterna kom överens om åtgärderna nedan."),
        ("", "Planen kompletteras med åtgärderna nedan."),
        ("Diskussion om vad som behövs den närmaste tiden.", "Nya åtgärder enligt nedan."),
    ),
    Topic.GOALS: (
        ("Alla mål pågår. {first} tycker själv att det går bättre.", ""),
        ("Ett mål är nästan uppnått; övriga pågår enligt planen.", ""),
        ("Målen står i stort sett still sedan förra gången.", "Planen ses över till nästa möte."),
    ),
    Topic.SAFETY: (
        ("Polisen har ingen ny information om hot mot {first}. Läget bedöms som stabilt.", ""),
        ("Oro för att {first} fortfarande har kontakt med personer i en kriminell grupp.",
         "Polisen följer läget och återkopplar till samordnaren."),
        ("{first} uppger att {han} inte känner sig hotad.", "Säkerhetsplanen gäller oförändrad."),
    ),
    Topic.AGENCIES: (
        ("Socialtjänsten har haft två samtal med {first}. Polisen har genomfört ett orosamtal.",
         ""),
        ("Varje part redogjorde för sina insatser; inget avviker från planen.", ""),
        ("Vid mötet berättade {contact} om sina kontakter med {first} sedan förra mötet.", ""),
    ),
    Topic.VIEW: (
        ("{first} tycker att planen är rimlig och vill att kontakten med socialtjänsten "
         "fortsätter.", ""),
        ("{first} vill ha hjälp att hitta en sysselsättning och färre möten.", ""),
        ("{first} säger att {han} vill bort från de gamla kamraterna.", ""),
    ),
    Topic.NETWORK: (
        ("Genomgång av vem som gör vad: {agencies} deltar. Socialtjänsten samordnar.", ""),
        ("", "Nätverket är överens om att {contact} i första hand håller kontakten med {first}."),
    ),
    Topic.SUMMARY: (
        ("Uppföljningen visar att arbetet går framåt.", "Planen fortsätter i stort sett som nu."),
        ("Läget är oförändrat.", "Parterna fortsätter enligt planen."),
        ("Flera av målen är på väg att nås.", "Insatserna trappas ned något."),
    ),
}  # fmt: skip

# For a young person under 18: the family and the school come in.
_MINOR: dict[Topic, tuple[tuple[str, str], ...]] = {
    Topic.HAPPENED: (
        ("{first} har gått till skolan de flesta dagar sedan förra mötet. Skolan rapporterar "
         "färre konflikter på rasterna.", ""),
        ("Enligt {parent} kommer {first} hem på överenskomna tider de flesta kvällar.", ""),
    ),
    Topic.VIEW: (
        ("{first} vill ha mer stöd i skolan men inte fler möten. Vårdnadshavarna är positiva "
         "till planen.", ""),
        ("Vårdnadshavarna är oroliga för {firsts} kamrater men tycker att samarbetet med "
         "skolan fungerar.", ""),
    ),
    Topic.FACTORS: (
        ("Skolnärvaron har blivit en skyddsfaktor igen. Kamratrelationerna är fortfarande en "
         "risk.", ""),
    ),
}  # fmt: skip

NEXT_AGREED = ("Nästa uppföljning {date}.", "Nästa möte {date}; socialtjänsten kallar.")
NEXT_CLOSING = "Ingen ny uppföljning bokas; ärendet föreslås avslutas."
CORRECTION = (
    "Rättelse: {first} deltog inte själv i mötet; uppgiften i punkten ovan var fel.",
    "Rättelse: datumet för senaste samtalet var fel i punkten ovan.",
)

# Actions agreed at meetings, beside the action plan's own (what, agency, role).
MEETING_ACTIONS: dict[Agency, tuple[tuple[str, str], ...]] = {
    Agency.SOCIAL_SERVICES: (
        ("Boka hembesök", "socialsekreterare"),
        ("Samtal med {first} varannan vecka", "fältassistent"),
        ("Kalla till nästa möte och påminna parterna", "socialsekreterare"),
    ),
    Agency.SCHOOL: (
        ("Ringa vårdnadshavare vid ogiltig frånvaro samma dag", "mentor"),
        ("Ta fram en anpassad studieplan", "specialpedagog"),
    ),
    Agency.POLICE: (
        ("Orosamtal med {first}", "kommunpolis"),
        ("Återkoppla om händelser i {place} till nästa möte", "kommunpolis"),
    ),
    Agency.LEISURE: (("Bjuda in {first} till kvällsverksamheten", "fritidsledare"),),
    Agency.CHILD_PSYCHIATRY: (("Erbjuda tid för bedömningssamtal", "psykolog"),),
    Agency.HEALTHCARE: (("Erbjuda tid på mottagningen", "sjuksköterska"),),
    Agency.EMPLOYMENT_SERVICE: (
        ("Boka inskrivningsmöte", "arbetsförmedlare"),
        ("Undersöka möjlighet till praktik", "handläggare"),
    ),
    Agency.PROBATION: (("Stämma av villkoren i frivården", "frivårdsinspektör"),),
    Agency.HOUSING: (("Undersöka möjlighet till träningslägenhet", "bovärd"),),
    Agency.OTHER: (("Boka första tid hos rådgivningen", "rådgivare"),),
}

FOLLOW_UP_SUMMARIES = {
    "better": (
        "Uppföljning av handlingsplanen. Flera riskfaktorer har minskat och {first} tar del av "
        "insatserna. Planen fortsätter.",
        "Uppföljning: det går åt rätt håll för {first}. Målen ligger fast.",
    ),
    "same": (
        "Uppföljning: i stort sett oförändrat sedan förra gången. Insatserna fortsätter enligt "
        "planen.",
    ),
    "worse": (
        "Uppföljning: läget har försämrats, särskilt när det gäller kamrater och fritid. "
        "Planen ses över.",
    ),
}

PREPARATION_NOTES = (
    "Påminna skolan om att ta med närvarosammanställningen.",
    "Kontrollera att samtycket för alla parter gäller på mötesdagen.",
    "Ta med senaste kartläggningen och handlingsplanen.",
)

# Places: rooms where the local SSPF groups sit (at schools and youth centres
# the demo already names), and rooms for other meetings.
SITTING_PLACES = (
    "Socialkontoret, rum 3",
    "Socialkontoret, rum 5",
    "Polishuset, konferensrum Norr",
    f"{PRIMARY_SCHOOLS[0]}, elevhälsans rum",
    f"{PRIMARY_SCHOOLS[2]}, konferensrummet",
    f"{YOUTH_CENTRES[0]}, samlingsrummet",
)
OVERFLOW_ROOMS = ("Socialkontoret, rum 6", "Socialkontoret, rum 7", "Socialkontoret, rum 8")
OFFICE_ROOMS = (
    "Socialkontoret, rum 2",
    "Socialkontoret, rum 3",
    "Socialkontoret, rum 4",
    "Socialkontoret, stora mötesrummet",
)
SIG_ROOMS = ("Polishuset, samverkansrummet", "Socialkontoret, rum 4")
ADULT_ROOMS = ("Socialkontoret, vuxenenheten, rum 12", f"Frivården {TOWN}, mötesrum 1")


def heading(source: str) -> tuple[str, Topic | None]:
    """The Swedish heading for a built-in agenda heading and its topic (None: unknown)."""
    found = HEADINGS.get(source)
    return found if found is not None else (source, None)


def item_text(
    topic: Topic, rng: random.Random, values: dict[str, str], *, minor: bool
) -> tuple[str, str]:
    """Notes and decisions for an item about ``topic``, filled with one case's values."""
    options = _ANY.get(topic, ())
    if minor and topic in _MINOR:
        options = options + _MINOR[topic]
    if not options:
        return "", ""
    notes, decisions = rng.choice(options)
    return fill(notes, values), fill(decisions, values)


def follow_up_summary(rng: random.Random, trend: str, values: dict[str, str]) -> str:
    """A follow-up's summary for a trend ("better", "same" or "worse")."""
    return fill(rng.choice(FOLLOW_UP_SUMMARIES[trend]), values)
