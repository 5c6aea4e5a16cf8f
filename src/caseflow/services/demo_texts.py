"""Invented Swedish texts for the demo data: referrals, journal entries, plans.

Everything here is made up. Texts are templates filled with ``str.format``
from a small set of names (``{first}``, ``{han}``, ``{parent}``, ...); a
template may use any subset of them. Places, schools and agencies belong to
an invented town, Exempelstad. Phone numbers come from the series that the
Swedish Post and Telecom Authority (PTS) keeps for fiction, 070-174 06 05 to
070-174 06 99, and e-mail addresses use the reserved domain example.com.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import NamedTuple

from caseflow.domain.assessment import LifeDomain
from caseflow.domain.cases import Agency, ClosingReason, JournalEntryType, ReferralSource
from caseflow.domain.programmes import Programme

TOWN = "Exempelstad"
FICTION_PHONE_FIRST, FICTION_PHONE_LAST = 5, 99  # 070-174 06 05 ... 070-174 06 99


def fiction_phone(number: int) -> str:
    """A mobile number from PTS's series for fiction (``number`` 5-99)."""
    return f"070-174 06 {number:02d}"


STREETS = (
    "Storgatan", "Skolgatan", "Kyrkogatan", "Björkvägen", "Granvägen", "Lärkstigen",
    "Ängsvägen", "Furuvägen", "Parkgatan", "Järnvägsgatan", "Vallgatan", "Solrosvägen",
    "Hantverkargatan", "Bäckvägen", "Tallvägen", "Backstigen",
)  # fmt: skip

PLACES = (
    "centrum", "busstationen", "köpcentret", "Ängsparken", "fotbollsplanen vid Björkskolan",
    "torget i Norrby", "tunnelbaneuppgången", "badhuset", "pizzerian på Storgatan",
)  # fmt: skip

PRIMARY_SCHOOLS = ("Björkskolan", "Västerskolan", "Norrbyskolan", "Ängsskolan", "Centrumskolan")
UPPER_SECONDARY_SCHOOLS = ("Exempelstads gymnasium", "Norra gymnasiet", "Yrkesgymnasiet")
UPPER_SECONDARY_PROGRAMMES = ("BA", "EE", "EK", "ES", "FT", "HA", "IMV", "NA", "SA", "TE", "VO")
YOUTH_CENTRES = ("Fritidsgården Norrby", "Ungdomens hus", "Fritidsgården Ängen")

AGENCY_NAMES: dict[Agency, tuple[str, ...]] = {
    Agency.SOCIAL_SERVICES: ("Socialtjänsten, barn och unga", "Socialtjänsten, vuxenenheten"),
    Agency.SCHOOL: PRIMARY_SCHOOLS + UPPER_SECONDARY_SCHOOLS,
    Agency.POLICE: (f"Polisen, lokalpolisområde {TOWN}",),
    Agency.LEISURE: YOUTH_CENTRES,
    Agency.CHILD_PSYCHIATRY: (f"BUP {TOWN}",),
    Agency.HEALTHCARE: ("Beroendemottagningen", "Vårdcentralen Centrum", "Ungdomsmottagningen"),
    Agency.EMPLOYMENT_SERVICE: (f"Arbetsförmedlingen {TOWN}",),
    Agency.PROBATION: (f"Frivården {TOWN}",),
    Agency.HOUSING: (f"{TOWN}s Bostäder",),
    Agency.OTHER: ("Budget- och skuldrådgivningen", "Idrottsföreningen IK Exempel"),
}

AGENCY_ROLES: dict[Agency, tuple[str, ...]] = {
    Agency.SOCIAL_SERVICES: ("socialsekreterare", "fältassistent", "familjebehandlare"),
    Agency.SCHOOL: ("mentor", "kurator", "rektor", "specialpedagog"),
    Agency.POLICE: ("kommunpolis", "ungdomsutredare", "områdespolis"),
    Agency.LEISURE: ("fritidsledare", "föreningsledare"),
    Agency.CHILD_PSYCHIATRY: ("psykolog", "behandlare"),
    Agency.HEALTHCARE: ("sjuksköterska", "behandlare", "läkare"),
    Agency.EMPLOYMENT_SERVICE: ("arbetsförmedlare", "handläggare"),
    Agency.PROBATION: ("frivårdsinspektör",),
    Agency.HOUSING: ("bovärd", "uthyrare"),
    Agency.OTHER: ("rådgivare", "tränare"),
}

# Which agencies take part, by programme (the first ones nearly always).
PROGRAMME_AGENCIES: dict[Programme, tuple[Agency, ...]] = {
    Programme.SSPF: (Agency.SCHOOL, Agency.POLICE, Agency.LEISURE, Agency.CHILD_PSYCHIATRY),
    Programme.SIG: (
        Agency.POLICE,
        Agency.SCHOOL,
        Agency.EMPLOYMENT_SERVICE,
        Agency.HEALTHCARE,
        Agency.PROBATION,
    ),
    Programme.EXIT: (
        Agency.POLICE,
        Agency.HOUSING,
        Agency.EMPLOYMENT_SERVICE,
        Agency.PROBATION,
        Agency.OTHER,
    ),
    Programme.GVI: (Agency.POLICE, Agency.EMPLOYMENT_SERVICE, Agency.LEISURE, Agency.HEALTHCARE),
}

AGENCY_WORDS: dict[Agency, str] = {
    Agency.SOCIAL_SERVICES: "socialtjänsten",
    Agency.SCHOOL: "skolan",
    Agency.POLICE: "polisen",
    Agency.LEISURE: "fritidsgården",
    Agency.CHILD_PSYCHIATRY: "BUP",
    Agency.HEALTHCARE: "vården",
    Agency.EMPLOYMENT_SERVICE: "Arbetsförmedlingen",
    Agency.PROBATION: "frivården",
    Agency.HOUSING: "bostadsbolaget",
    Agency.OTHER: "skuldrådgivningen",
}

PROGRAMME_NAMES: dict[Programme, str] = {
    Programme.SSPF: "SSPF",
    Programme.SIG: "Social insatsgrupp",
    Programme.EXIT: "avhopparverksamheten",
    Programme.GVI: "GVI",
}

SOURCE_TEXTS: dict[ReferralSource, str] = {
    ReferralSource.SCHOOL: "skolan",
    ReferralSource.POLICE: "polisen",
    ReferralSource.SOCIAL_SERVICES: "socialtjänstens mottagning",
    ReferralSource.LEISURE: "fritidsgården",
    ReferralSource.FAMILY: "familjen",
    ReferralSource.SELF: "personen själv",
    ReferralSource.OTHER: "Kriminalvården",
}

# Who refers, by programme: (source, weight).
REFERRAL_SOURCES: dict[Programme, tuple[tuple[ReferralSource, int], ...]] = {
    Programme.SSPF: (
        (ReferralSource.SCHOOL, 35),
        (ReferralSource.POLICE, 30),
        (ReferralSource.SOCIAL_SERVICES, 14),
        (ReferralSource.LEISURE, 8),
        (ReferralSource.FAMILY, 9),
        (ReferralSource.SELF, 1),
        (ReferralSource.OTHER, 3),
    ),
    Programme.SIG: (
        (ReferralSource.POLICE, 50),
        (ReferralSource.SOCIAL_SERVICES, 30),
        (ReferralSource.OTHER, 9),
        (ReferralSource.SCHOOL, 5),
        (ReferralSource.FAMILY, 4),
        (ReferralSource.SELF, 2),
    ),
    Programme.EXIT: (
        (ReferralSource.SELF, 35),
        (ReferralSource.POLICE, 25),
        (ReferralSource.OTHER, 20),
        (ReferralSource.SOCIAL_SERVICES, 15),
        (ReferralSource.FAMILY, 5),
    ),
    Programme.GVI: (
        (ReferralSource.POLICE, 60),
        (ReferralSource.SELF, 25),
        (ReferralSource.SOCIAL_SERVICES, 10),
        (ReferralSource.OTHER, 5),
    ),
}

REFERRAL_REASONS: dict[ReferralSource, tuple[str, ...]] = {
    ReferralSource.SCHOOL: (
        "Hög frånvaro sedan höstterminen och flera konflikter med andra elever.",
        "Skolan är orolig för att {first} umgås med äldre ungdomar som misstänks sälja narkotika.",
        "Upprepade hot mot personal och elever; {first} har stängts av från undervisningen.",
        "{first} har setts med stora summor kontanter och nya dyra kläder.",
        "Ogiltig frånvaro nästan varje fredag och sjunkande resultat i flera ämnen.",
    ),
    ReferralSource.POLICE: (
        "Anträffad av polis vid {place} sent på kvällen tillsammans med äldre ungdomar.",
        "Misstänkt för snatteri i köpcentret tillsammans med två kamrater.",
        "Misstänkt för skadegörelse och klotter vid {place}.",
        "Omhändertagen av polis, påverkad av alkohol, en fredagskväll i centrum.",
        "Förekommer i polisens underrättelser i samband med en grupp som säljer narkotika.",
        "Misstänkt för rån av en jämnårig vid {place}.",
    ),
    ReferralSource.SOCIAL_SERVICES: (
        "Orosanmälan från mottagningsgruppen om kriminalitet och missbruk.",
        "Framkom i en pågående utredning att {first} har kontakter i en kriminell miljö.",
        "Signal från fältassistenterna som har sett {first} i riskmiljöer flera kvällar.",
    ),
    ReferralSource.LEISURE: (
        "Fritidsgården har sett {first} i en grupp som hotar andra besökare.",
        "Fritidsledare är oroliga för att {first} har börjat röka cannabis.",
    ),
    ReferralSource.FAMILY: (
        "Vårdnadshavare hör av sig med oro för att {first} är ute sent och har nya kamrater.",
        "Vårdnadshavare har hittat narkotika i {firsts} rum och ber om hjälp.",
        "Familjen upplever att de inte längre når fram till {first} och ber om stöd.",
    ),
    ReferralSource.SELF: (
        "{first} söker själv kontakt och vill ha stöd att bryta med kriminella vänner.",
        "{first} hör av sig efter att ha blivit hotad och vill lämna gruppen.",
    ),
    ReferralSource.OTHER: (
        "Frivården förmedlar kontakt; {first} vill ha stöd att lämna en kriminell livsstil.",
        "Signal från ungdomsmottagningen om oro för kriminalitet och droger.",
    ),
}

EXIT_REASONS = (
    "{first} vill lämna ett kriminellt nätverk efter att ha blivit hotad.",
    "{first} vill lämna gänget och behöver stöd med boende och skulder.",
    "Frigiven från anstalt i våras och vill inte gå tillbaka till den gamla miljön.",
    "{first} har avtjänat sitt straff och vill ha hjälp att bygga upp ett nytt liv.",
)

GVI_REASONS = (
    "Deltog i call-in och tackade ja till erbjudandet om stöd.",
    "Identifierad som del av en grupp med våldsbrottslighet; tackade ja till stöd efter samtal.",
    "Kontakt efter call-in; {first} vill ha hjälp med arbete och att flytta från området.",
)

NO_NUMBER_REASONS = (
    "Nyanländ; personnummer är inte tilldelat ännu.",
    "Personnummer okänt; uppgiften kontrolleras med Skatteverket.",
    "Har inte velat uppge personnummer vid första kontakten.",
)

# --------------------------------------------------------------------- journal


class Situation(NamedTuple):
    """Openings and middles that belong together (a call with the school, a home visit ...).

    ``minor``: True for under 18 only, False for adults only, None for anyone;
    ``school``: only for someone who goes to school.
    """

    openings: tuple[str, ...]
    middles: tuple[str, ...]
    minor: bool | None = None
    school: bool = False
    closings: tuple[str, ...] = ("",)


# How a talk with the young person ends.
_NEXT_TIME = (
    "Nästa samtal är bokat om två veckor.",
    "Ny tid bokas via sms.",
    "{first} lovar att höra av sig om något händer innan dess.",
    "",
    "",
)
# How a call about the young person ends.
_CALL_BACK = ("Återkommer när jag har pratat med {first}.", "Tar upp det på nästa möte.", "", "")

_PERSON_TALKS = (
    "{first} berättar att det går bättre och att {han} har hållit sig borta från {place}.",
    "Vi pratade om vad som hände i helgen och hur {han} kan undvika liknande lägen.",
    "{first} är mer öppen än förra gången och tar själv upp oron för kamrater som säljer.",
    "Vi gick igenom handlingsplanen och vad som har hänt sedan sist.",
    "{first} vill börja träna igen; vi pratade om vilka föreningar som finns i närheten.",
    "{first} är orolig för en skuld till en äldre kamrat. Vi pratade om vem som kan hjälpa.",
    "{first} verkar trött och säger att {han} sover dåligt.",
)

JOURNAL: dict[JournalEntryType, tuple[Situation, ...]] = {
    JournalEntryType.CONTACT: (
        Situation(
            (
                "Samtal med {first} på kontoret.",
                "Träffade {first} vid {place}.",
                "Promenadsamtal med {first} i centrum.",
                "Planerat samtal med {first}, som kom i tid.",
            ),
            _PERSON_TALKS,
            closings=_NEXT_TIME,
        ),
        Situation(
            ("Enskilt samtal med {first} på {school}.", "Träffade {first} på rasten."),
            (
                "{first} berättar att närvaron har ökat och att det går bättre på lektionerna.",
                "{first} har hamnat i bråk med en klasskamrat men säger att det är löst nu.",
                "{first} vill byta klass och vi pratade om hur det kan tas upp med mentor.",
            ),
            minor=True,
            school=True,
            closings=_NEXT_TIME,
        ),
        Situation(
            ("{first} kom förbi fritidsgården och vi pratade en stund.",),
            (
                "{first} har börjat på fotbollsträningen och tycker att det är roligt.",
                "{first} var där med nya kamrater som inte tillhör gruppen från {place}.",
            ),
            minor=True,
        ),
        Situation(
            ("Samtal med {first} på kontoret.", "Träffade {first} på ett café i centrum."),
            (
                "{first} har fått ett andrahandskontrakt och flyttar nästa månad.",
                "{first} har betalat av en del av skulderna enligt planen.",
                "{first} har blivit kontaktad av personer från det gamla umgänget och var "
                "orolig. Vi gick igenom säkerhetsplanen.",
                "{first} har börjat på praktikplatsen och trivs bra.",
            ),
            minor=False,
            closings=_NEXT_TIME,
        ),
    ),
    JournalEntryType.PHONE_CALL: (
        Situation(
            ("Telefonsamtal med {parent}.", "{parent} ringde."),
            (
                "{parent} berättar att {first} har varit hemma på kvällarna den senaste veckan.",
                "{parent} är orolig för att {first} har pengar som {han} inte kan förklara.",
                "{parent} vill ha ett gemensamt möte med skolan och socialtjänsten.",
                "{parent} tycker att det har blivit lugnare hemma.",
            ),
            minor=True,
            closings=_CALL_BACK,
        ),
        Situation(
            ("Telefonsamtal med mentor på {school}.", "Kurator på {school} ringde."),
            (
                "Frånvaron har minskat, men {first} kommer ofta sent.",
                "Skolan har inte haft några incidenter sedan förra mötet.",
                "{first} har inte varit i skolan på en vecka; skolan har inte nått hemmet.",
            ),
            minor=True,
            school=True,
            closings=_CALL_BACK,
        ),
        Situation(
            ("Telefonkontakt med kommunpolisen.", "Kommunpolisen ringde."),
            (
                "Polisen meddelar att {first} har setts med personer kända för narkotikabrott.",
                "Polisen har inga nya händelser att rapportera om {first}.",
                "Polisen informerar om oro i området kring {place} den senaste veckan.",
            ),
            closings=_CALL_BACK,
        ),
        Situation(
            ("Ringde {first}.", "{first} ringde."),
            (
                "{first} har fått en arbetsintervju och vill flytta vår tid.",
                "{first} säger att det är lugnt just nu och att {han} kommer på nästa möte.",
                "{first} var stressad och ville prata om en konflikt med en kamrat.",
            ),
            closings=_NEXT_TIME,
        ),
        Situation(
            ("Telefonsamtal med {contact}.",),
            (
                "Vi stämde av inför nästa uppföljningsmöte.",
                "Vi gick igenom hur aktiviteterna i planen fungerar.",
            ),
        ),
    ),
    JournalEntryType.HOME_VISIT: (
        Situation(
            (
                "Hembesök hos familjen.",
                "Hembesök tillsammans med fältassistent.",
                "Hembesök; {parent} och {first} var hemma.",
            ),
            (
                "Vi pratade om regler hemma och om vilka tider som gäller på kvällarna.",
                "{parent} berättar att det är lugnare hemma sedan förra mötet.",
                "Stämningen var spänd och {first} gick till sitt rum efter en stund.",
                "Syskonen var hemma; vi pratade med {parent} i köket.",
            ),
            minor=True,
        ),
    ),
    JournalEntryType.MEETING: (
        Situation(
            ("Ärendet togs upp på samverkansgruppens möte.", "Möte med {first} och {contact}."),
            (
                "Parterna är överens om att fortsätta enligt planen.",
                "{first} berättar själv hur det har gått och vad {han} vill arbeta vidare med.",
                "Polisen har inga nya händelser att rapportera sedan förra mötet.",
            ),
        ),
        Situation(
            ("Nätverksmöte med {first}, {parent} och {contact}.",),
            (
                "Skolan rapporterar bättre närvaro och färre konflikter.",
                "Vi gick igenom aktiviteterna i planen; två är genomförda och en har skjutits upp.",
            ),
            minor=True,
            school=True,
        ),
    ),
    JournalEntryType.DECISION: (
        Situation(
            (
                "Beslut att erbjuda {first} en kontaktperson.",
                "Beslut om stödsamtal på ungdomsmottagningen.",
                "Beslut att erbjuda vårdnadshavarna föräldrastöd i grupp.",
            ),
            (
                "{first} och {parent} har informerats om beslutet och är positiva.",
                "Insatsen följs upp vid nästa uppföljningsmöte.",
            ),
            minor=True,
        ),
        Situation(
            (
                "Beslut att bevilja ekonomiskt bistånd till depositionen för en lägenhet.",
                "Beslut om insats i form av kontaktperson.",
                "Beslut att bevilja plats i öppenvårdsbehandling.",
            ),
            (
                "{first} har informerats om beslutet.",
                "Beslutet gäller i sex månader och omprövas därefter.",
            ),
            minor=False,
        ),
    ),
    JournalEntryType.OTHER: (
        Situation(
            (
                "Skickade kallelse till nästa möte.",
                "Sms till {first} med påminnelse om tiden i morgon.",
                "Genomgång av ärendet inför uppföljningen.",
                "Kontakt med {contact} via e-post.",
            ),
            (
                "Inget nytt att tillägga.",
                "{contact} återkommer med besked nästa vecka.",
                "Handlingar från samverkansparterna har kommit in och lagts i akten.",
            ),
        ),
    ),
}

REFERRAL_ENTRY = "Anmälan inkom från {source}: {reason} Ärendet registrerat inom {programme}."
MAPPING_DECISION = (
    "Beslut att inleda kartläggning inom {programme} efter samtycke från {consenters}.",
    "Beslut att ta upp ärendet i {programme}; kartläggning påbörjas.",
)
PLAN_MEETING = (
    "Möte om handlingsplan med {first}{family} och {agencies}. Vi kom överens om mål och "
    "aktiviteter; planen följs upp om {interval} dagar.",
    "Handlingsplanen upprättades tillsammans med {first}{family}. Ansvariga från "
    "{agencies} deltog.",
)
FOLLOW_UP_MEETING = (
    "Uppföljningsmöte med {first}{family} och {agencies}.",
    "Uppföljning av handlingsplanen tillsammans med {first}{family}.",
    "Uppföljningsmöte; {contact} deltog.",
)
FOLLOW_UP_PHASE = (
    "Ärendet går över i uppföljningsfas. Aktiviteterna är i stort sett genomförda.",
    "Parterna är överens om att trappa ned insatserna och följa upp hur det går.",
)
BACK_TO_ACTIVE = (
    "Ny oro: {first} har åter setts i riskmiljöer. Planen revideras och arbetet intensifieras.",
    "Nya händelser gör att ärendet åter blir pågående; nya aktiviteter läggs till i planen.",
)
CLOSING_DECISION = "Beslut att avsluta ärendet. {summary}"

CORRECTIONS = (
    "Rättelse av anteckningen den {date}: en uppgift i anteckningen gällde en annan "
    "händelse och ska bortses från.",
    "Rättelse av anteckningen den {date}: datumet för nästa möte var fel; mötet äger rum en "
    "vecka senare.",
    "Rättelse av anteckningen den {date}: kontaktpersonens namn var felstavat.",
    "Rättelse av anteckningen den {date}: anteckningen ska kompletteras med att {parent} "
    "var informerad i förväg.",
)

GOAL_FINAL_NOTES = {
    "achieved": ("Målet är uppnått.", "Uppnått enligt alla parter."),
    "partly_achieved": ("Delvis uppnått; en del återstår.",),
    "not_achieved": ("Målet har inte uppnåtts.",),
    "cancelled": ("Målet avbryts när ärendet avslutas.",),
}

GOAL_NOTES = (
    "Delvis på väg; fortsätter enligt planen.",
    "Enligt skolan går det åt rätt håll.",
    "{first} tycker själv att det går bättre.",
    "Har stått still sedan förra uppföljningen.",
    "",
)

STATUS_NOTES = (
    "Samtycke till informationsutbyte finns.",
    "Enligt beslut på samverkansmötet.",
    "",
    "",
)


def journal_text(
    kind: JournalEntryType,
    rng: random.Random,
    values: Mapping[str, str],
    *,
    minor: bool,
    school: bool,
    longer: bool = False,
) -> str:
    """A journal entry of ``kind``: an opening, one or two middles, sometimes a closing."""
    situations = [
        s
        for s in JOURNAL[kind]
        if (s.minor is None or s.minor == minor) and (school or not s.school)
    ]
    situation = rng.choice(situations or JOURNAL[JournalEntryType.OTHER])
    count = 2 if longer and len(situation.middles) > 1 else 1
    parts = [rng.choice(situation.openings), *rng.sample(situation.middles, count)]
    parts.append(rng.choice(situation.closings))
    filled = (part.format_map(values) for part in parts if part)
    # A part may start with a relative ("mamma berättar ..."): capitalise it.
    return " ".join(part[0].upper() + part[1:] for part in filled)


# --------------------------------------------------------------------- closing

# Closing summaries: (text, minor) where minor is True for under 18 only,
# False for adults only and None for anyone.
CLOSING_SUMMARIES: dict[ClosingReason, tuple[tuple[str, bool | None], ...]] = {
    ClosingReason.GOALS_REACHED: (
        (
            "{first} går i skolan regelbundet, har en fritidsaktivitet och förekommer inte i "
            "nya polisanmälningar. Målen i handlingsplanen är uppnådda.",
            True,
        ),
        (
            "Målen är uppnådda. {first} har arbete och eget boende och har inte längre kontakt "
            "med den kriminella miljön.",
            False,
        ),
        ("Situationen är stabil sedan flera månader; parterna är överens om att avsluta.", None),
    ),
    ClosingReason.DECLINED: (
        (
            "{first} tackar nej till fortsatt stöd. Information om hur {han} kan ta kontakt "
            "igen har lämnats.",
            None,
        ),
        ("Familjen vill inte fortsätta samarbetet. Erbjudandet om stöd står kvar.", True),
    ),
    ClosingReason.CONSENT_WITHDRAWN: (
        ("Samtycket till informationsutbyte har återkallats; samverkan kan inte fortsätta.", None),
    ),
    ClosingReason.MOVED: (
        (
            "{first} har flyttat från kommunen. Kontaktuppgifter till mottagande kommun är "
            "lämnade.",
            None,
        ),
    ),
    ClosingReason.TRANSFERRED: (
        ("Ärendet förs över till socialtjänstens öppenvård för fortsatt behandling.", None),
        ("Ärendet förs över till Kriminalvården, som ansvarar för fortsatta insatser.", False),
    ),
    ClosingReason.AGE_OUT_OF_RANGE: (
        (
            "{first} har fyllt {age_limit} år och ingår inte längre i programmets målgrupp. "
            "Fortsatt stöd är erbjudet via socialtjänstens vuxenenhet.",
            None,
        ),
    ),
    ClosingReason.OTHER: (
        (
            "Avslutas efter att {first} har placerats utanför kommunen; den placerande enheten "
            "följer upp.",
            None,
        ),
    ),
}


def closing_summary(reason: ClosingReason, rng: random.Random, minor: bool) -> str:
    """A closing summary template that suits the reason and the person's age."""
    fitting = [text for text, only in CLOSING_SUMMARIES[reason] if only is None or only == minor]
    return rng.choice(fitting)


# ---------------------------------------------------------------- action plans

# What an activity is, which agency does it and the responsible person's role.
Activity = tuple[str, Agency, str]


class GoalTemplate(NamedTuple):
    """A goal's text, the activities that may serve it, and the ages it suits."""

    text: str
    activities: tuple[Activity, ...]
    min_age: int = 0
    max_age: int = 130


GOALS: dict[LifeDomain, tuple[GoalTemplate, ...]] = {
    LifeDomain.SCHOOL: (
        GoalTemplate(
            "{first} går i skolan varje dag och kommer i tid.",
            (
                ("Närvarouppföljning varje vecka med mentor", Agency.SCHOOL, "mentor"),
                ("Möte med elevhälsan om stöd i undervisningen", Agency.SCHOOL, "kurator"),
                ("Väckning och skjuts till skolan första månaden", Agency.SOCIAL_SERVICES,
                 "fältassistent"),
            ),
            max_age=19,
        ),
        GoalTemplate(
            "{first} klarar godkända betyg i kärnämnena.",
            (
                ("Läxhjälp två gånger i veckan", Agency.SCHOOL, "specialpedagog"),
                ("Anpassad studieplan", Agency.SCHOOL, "rektor"),
            ),
            max_age=19,
        ),
        GoalTemplate(
            "{first} läser in gymnasiebehörighet på komvux.",
            (("Studievägledning på komvux", Agency.OTHER, "studievägledare"),),
            min_age=19,
        ),
    ),
    LifeDomain.LEISURE_COMMUNITY: (
        GoalTemplate(
            "{first} har en regelbunden fritidsaktivitet.",
            (
                ("Prova på boxning i föreningen", Agency.LEISURE, "föreningsledare"),
                ("Följa med fältassistent till fritidsgården", Agency.SOCIAL_SERVICES,
                 "fältassistent"),
                ("Ansökan om bidrag till medlemsavgift", Agency.SOCIAL_SERVICES,
                 "socialsekreterare"),
            ),
            max_age=25,
        ),
        GoalTemplate(
            "{first} har ett arbete eller en praktikplats.",
            (
                ("Inskrivning och planering hos Arbetsförmedlingen", Agency.EMPLOYMENT_SERVICE,
                 "arbetsförmedlare"),
                ("Praktik via kommunens arbetsmarknadsenhet", Agency.OTHER, "handledare"),
            ),
            min_age=16,
        ),
    ),
    LifeDomain.PEERS: (
        GoalTemplate(
            "{first} umgås med vänner som inte begår brott.",
            (
                ("Samtal om kamratrelationer varannan vecka", Agency.SOCIAL_SERVICES,
                 "socialsekreterare"),
                ("Orossamtal från polisen med {first} och vårdnadshavare", Agency.POLICE,
                 "kommunpolis"),
            ),
            max_age=19,
        ),
        GoalTemplate(
            "{first} har brutit kontakten med det kriminella nätverket.",
            (
                ("Säkerhetsplan tillsammans med polisen", Agency.POLICE, "områdespolis"),
                ("Byte av telefonnummer och sociala medier", Agency.SOCIAL_SERVICES,
                 "socialsekreterare"),
            ),
            min_age=15,
        ),
    ),
    LifeDomain.FAMILY: (
        GoalTemplate(
            "Familjen har tydliga regler och pratar lugnt med varandra.",
            (
                ("Föräldrastödsprogram för vårdnadshavarna", Agency.SOCIAL_SERVICES,
                 "familjebehandlare"),
                ("Familjesamtal varannan vecka", Agency.SOCIAL_SERVICES, "familjebehandlare"),
            ),
            max_age=18,
        ),
        GoalTemplate(
            "Vårdnadshavarna vet var och med vem {first} är på kvällarna.",
            (("Överenskommelse om tider och kontakt på kvällarna", Agency.SOCIAL_SERVICES,
              "socialsekreterare"),),
            max_age=17,
        ),
        GoalTemplate(
            "{first} har en god kontakt med sin familj.",
            (("Nätverksmöte med familjen", Agency.SOCIAL_SERVICES, "socialsekreterare"),),
            min_age=18,
        ),
    ),
    LifeDomain.INDIVIDUAL: (
        GoalTemplate(
            "{first} använder inte alkohol eller narkotika.",
            (
                ("Samtal på ungdomsmottagningen", Agency.HEALTHCARE, "behandlare"),
                ("Drogtester enligt överenskommelse", Agency.HEALTHCARE, "sjuksköterska"),
                ("Bedömning på BUP", Agency.CHILD_PSYCHIATRY, "psykolog"),
            ),
            max_age=17,
        ),
        GoalTemplate(
            "{first} är fri från narkotika.",
            (
                ("Behandling på beroendemottagningen", Agency.HEALTHCARE, "behandlare"),
                ("Drogtester enligt överenskommelse", Agency.HEALTHCARE, "sjuksköterska"),
            ),
            min_age=18,
        ),
        GoalTemplate(
            "{first} har ett eget boende utan koppling till den kriminella miljön.",
            (
                ("Ansökan om lägenhet via bostadsbolaget", Agency.HOUSING, "uthyrare"),
                ("Tillfälligt skyddat boende", Agency.SOCIAL_SERVICES, "socialsekreterare"),
            ),
            min_age=18,
        ),
        GoalTemplate(
            "{first} har en plan för sin ekonomi och sina skulder.",
            (
                ("Budget- och skuldrådgivning", Agency.OTHER, "rådgivare"),
                ("Kontakt med Kronofogden om avbetalningsplan", Agency.SOCIAL_SERVICES,
                 "socialsekreterare"),
            ),
            min_age=18,
        ),
    ),
}  # fmt: skip

# Life domains to draw goals from, by programme (weights follow the order).
PROGRAMME_GOAL_DOMAINS: dict[Programme, tuple[LifeDomain, ...]] = {
    Programme.SSPF: (
        LifeDomain.SCHOOL,
        LifeDomain.LEISURE_COMMUNITY,
        LifeDomain.PEERS,
        LifeDomain.FAMILY,
        LifeDomain.INDIVIDUAL,
    ),
    Programme.SIG: (
        LifeDomain.PEERS,
        LifeDomain.LEISURE_COMMUNITY,
        LifeDomain.INDIVIDUAL,
        LifeDomain.SCHOOL,
        LifeDomain.FAMILY,
    ),
    Programme.EXIT: (LifeDomain.INDIVIDUAL, LifeDomain.PEERS, LifeDomain.LEISURE_COMMUNITY),
    Programme.GVI: (LifeDomain.LEISURE_COMMUNITY, LifeDomain.PEERS, LifeDomain.INDIVIDUAL),
}

# ------------------------------------------------------------------ assessment

DOMAIN_WORDS: dict[LifeDomain, str] = {
    LifeDomain.INDIVIDUAL: "individ",
    LifeDomain.FAMILY: "familj",
    LifeDomain.SCHOOL: "skola",
    LifeDomain.PEERS: "kamrater",
    LifeDomain.LEISURE_COMMUNITY: "fritid och närsamhälle",
}

FACTOR_COMMENTS_PRESENT = (
    "Framkom i samtal med skolan.",
    "Enligt polisens uppgifter.",
    "{first} bekräftar själv.",
    "Vårdnadshavare beskriver detta.",
    "Har setts av fältassistenterna.",
)
FACTOR_COMMENTS_ABSENT = ("Inget som tyder på det.", "Bekräftat i samtal.")
FACTOR_COMMENTS_UNKNOWN = ("Behöver undersökas vidare.", "Inte känt ännu.")

ASSESSMENT_FIRST = (
    "Första kartläggningen. Riskfaktorer främst inom {risks}; skyddsfaktorer inom {protective}."
)
ASSESSMENT_LATER = (
    "Uppföljande kartläggning. {change}",
    "Ny bedömning inför uppföljningsmötet. {change}",
)
ASSESSMENT_CHANGES = {
    "better": "Flera riskfaktorer har minskat sedan förra bedömningen.",
    "same": "I stort sett oförändrat sedan förra bedömningen.",
    "worse": "Läget har försämrats, särskilt när det gäller kamrater och fritid.",
}
