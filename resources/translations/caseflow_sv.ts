<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>Add activity</source>
      <translation>Lägg till aktivitet</translation>
    </message>
    <message>
      <source>Name, or role such as mentor</source>
      <translation>Namn eller roll, till exempel mentor</translation>
    </message>
    <message>
      <source>Set a due date</source>
      <translation>Ange när det ska vara klart</translation>
    </message>
    <message>
      <source>For the goal:</source>
      <translation>För målet:</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;Vad:</translation>
    </message>
    <message>
      <source>&amp;Agency:</source>
      <translation>&amp;Aktör:</translation>
    </message>
    <message>
      <source>&amp;Responsible person:</source>
      <translation>Ansvarig &amp;person:</translation>
    </message>
    <message>
      <source>&amp;Due date:</source>
      <translation>&amp;Klart senast:</translation>
    </message>
    <message>
      <source>Say what is to be done.</source>
      <translation>Skriv vad som ska göras.</translation>
    </message>
  </context>
  <context>
    <name>ActivityStatusDialog</name>
    <message>
      <source>Set activity status</source>
      <translation>Ange aktivitetens status</translation>
    </message>
    <message>
      <source>Activity:</source>
      <translation>Aktivitet:</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
  </context>
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>Security</source>
      <translation>Säkerhet</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Spara</translation>
    </message>
    <message>
      <source>Make a new &amp;recovery key…</source>
      <translation>Skapa en ny å&amp;terställningsnyckel…</translation>
    </message>
    <message>
      <source>&amp;Lock after inactivity:</source>
      <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Language of the &amp;interface:</source>
      <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Accounts, roles, the audit log and retention will be managed here.</source>
      <translation>Här hanteras konton, roller, loggen och gallring.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Sparat.</translation>
    </message>
    <message>
      <source>The new language is used from the next start.</source>
      <translation>Det nya språket används från nästa start.</translation>
    </message>
    <message>
      <source>New recovery key</source>
      <translation>Ny återställningsnyckel</translation>
    </message>
  </context>
  <context>
    <name>AdministratorPage</name>
    <message>
      <source>The first administrator</source>
      <translation>Den första administratören</translation>
    </message>
    <message>
      <source>The administrator creates the other accounts. You can be one yourself.</source>
      <translation>Administratören skapar de andra kontona. Du kan själv vara administratör.</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
      <source>Full &amp;name:</source>
      <translation>Fullständigt &amp;namn:</translation>
    </message>
    <message>
      <source>Write your full name.</source>
      <translation>Skriv ditt fullständiga namn.</translation>
    </message>
  </context>
  <context>
    <name>Alerts</name>
    <message>
      <source>Consent from {who} for {parties} is valid until {date}</source>
      <translation>Samtycket från {who} för {parties} gäller till och med {date}</translation>
    </message>
    <message>
      <source>Turns 18 on {date}: their own consent will be needed</source>
      <translation>Fyller 18 år {date}: eget samtycke kommer att krävas</translation>
    </message>
    <message>
      <source>{party} is not covered: {reasons}</source>
      <translation>{party} omfattas inte: {reasons}</translation>
    </message>
    <message>
      <source>{first}; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>New mapping of risk and protective factors</source>
      <translation>Ny kartläggning av risk- och skyddsfaktorer</translation>
    </message>
    <message>
      <source>&amp;Date of the mapping:</source>
      <translation>&amp;Datum för kartläggningen:</translation>
    </message>
    <message>
      <source>&amp;Copy answers from {date}</source>
      <translation>&amp;Kopiera svaren från {date}</translation>
    </message>
    <message>
      <source>What stands out, and what the action plan should address.</source>
      <translation>Vad som sticker ut och vad handlingsplanen bör ta upp.</translation>
    </message>
    <message>
      <source>&amp;Summary:</source>
      <translation>&amp;Sammanfattning:</translation>
    </message>
    <message>
      <source>Save the &amp;mapping</source>
      <translation>Spara kart&amp;läggningen</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Faktor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Bedömning</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <source>Comment (optional)</source>
      <translation>Kommentar (frivillig)</translation>
    </message>
    <message>
      <source>A mapping cannot be dated in the future.</source>
      <translation>En kartläggning kan inte ha ett datum i framtiden.</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailsPage</name>
    <message>
      <source>The referral</source>
      <translation>Anmälan</translation>
    </message>
    <message>
      <source>What came in, from whom, and who is responsible for the case.</source>
      <translation>Vad som kom in, från vem och vem som är ansvarig för ärendet.</translation>
    </message>
    <message>
      <source>What the referral says: what has happened and what worries the referrer.</source>
      <translation>Vad anmälan säger: vad som har hänt och vad anmälaren är orolig för.</translation>
    </message>
    <message>
      <source>&amp;Programme:</source>
      <translation>&amp;Program:</translation>
    </message>
    <message>
      <source>Referral &amp;date:</source>
      <translation>Anmälnings&amp;datum:</translation>
    </message>
    <message>
      <source>Referral &amp;source:</source>
      <translation>Anmälan &amp;från:</translation>
    </message>
    <message>
      <source>R&amp;eason for the referral:</source>
      <translation>&amp;Skäl till anmälan:</translation>
    </message>
    <message>
      <source>&amp;Responsible worker:</source>
      <translation>&amp;Ansvarig handläggare:</translation>
    </message>
    <message>
      <source>The referral date cannot be in the future.</source>
      <translation>Anmälningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>The referral date is before the person was born.</source>
      <translation>Anmälningsdatumet är före personens födelse.</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Observera: %1</translation>
    </message>
    <message>
      <source>%1 already has an open case in this programme: %2.</source>
      <translation>%1 har redan ett öppet ärende i det här programmet: %2.</translation>
    </message>
  </context>
  <context>
    <name>CaseFilterBar</name>
    <message>
      <source>Name, personnummer or case number</source>
      <translation>Namn, personnummer eller ärendenummer</translation>
    </message>
    <message>
      <source>Case number, e.g. SSPF-2026-0042</source>
      <translation>Ärendenummer, t.ex. SSPF-2026-0042</translation>
    </message>
    <message>
      <source>All programmes</source>
      <translation>Alla program</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <source>Open cases</source>
      <translation>Öppna ärenden</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Alla</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Sök:</translation>
    </message>
    <message>
      <source>&amp;Programme:</source>
      <translation>&amp;Program:</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <source>Responsi&amp;ble:</source>
      <translation>Ans&amp;varig:</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Referral date</source>
      <translation>Anmälningsdatum</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Nästa uppföljning</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ansvarig</translation>
    </message>
    <message>
      <source>This column cannot be sorted.</source>
      <translation>Den här kolumnen kan inte sorteras.</translation>
    </message>
    <message>
      <source>Click to sort by this column; click again to reverse the order.</source>
      <translation>Klicka för att sortera efter kolumnen; klicka igen för omvänd ordning.</translation>
    </message>
    <message>
      <source>Protected: %1</source>
      <translation>Skyddad: %1</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (försenad)</translation>
    </message>
    <message>
      <source>This person has a protected identity. Address and contact details are hidden, and must never be passed on.</source>
      <translation>Personen har skyddade personuppgifter. Adress och kontaktuppgifter är dolda och får aldrig lämnas ut.</translation>
    </message>
    <message>
      <source>Your role does not show who the case is about.</source>
      <translation>Med din roll visas inte vem ärendet gäller.</translation>
    </message>
  </context>
  <context>
    <name>CaseListPanel</name>
    <message>
      <source>&amp;New case…</source>
      <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
      <source>Open a new case (Ctrl+N)</source>
      <translation>Öppna ett nytt ärende (Ctrl+N)</translation>
    </message>
    <message>
      <source>Your role does not open new cases.</source>
      <translation>Med din roll kan du inte öppna nya ärenden.</translation>
    </message>
    <message>
      <source>R&amp;efresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <source>Load the list again (F5)</source>
      <translation>Läs in listan igen (F5)</translation>
    </message>
    <message>
      <source>Your role does not include work with cases.</source>
      <translation>Din roll omfattar inte arbete med ärenden.</translation>
    </message>
    <message>
      <source>Your role lets you search by case number only, for example SSPF-2026-0042.</source>
      <translation>Med din roll kan du bara söka på ärendenummer, till exempel SSPF-2026-0042.</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Söker…</translation>
    </message>
    <message>
      <source>No cases match.</source>
      <translation>Inga ärenden stämmer med urvalet.</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>Inga ärenden ännu.</translation>
    </message>
    <message numerus="yes">
      <source>%n+ cases shown; scroll down for more.</source>
      <translation>
        <numerusform>%n+ ärende visas; rulla nedåt för fler.</numerusform>
        <numerusform>%n+ ärenden visas; rulla nedåt för fler.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n ärende</numerusform>
        <numerusform>%n ärenden</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseWorkspace</name>
    <message>
      <source>Loading the case…</source>
      <translation>Läser in ärendet…</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;Översikt</translation>
    </message>
    <message>
      <source>&amp;Person and guardians</source>
      <translation>&amp;Person och vårdnadshavare</translation>
    </message>
    <message>
      <source>&amp;Mapping</source>
      <translation>&amp;Kartläggning</translation>
    </message>
    <message>
      <source>Action p&amp;lan</source>
      <translation>&amp;Handlingsplan</translation>
    </message>
    <message>
      <source>&amp;Journal</source>
      <translation>&amp;Journal</translation>
    </message>
    <message>
      <source>Co&amp;nsent</source>
      <translation>Sa&amp;mtycke</translation>
    </message>
    <message>
      <source>&lt;b&gt;{number}&lt;/b&gt; · {name} · {programme}</source>
      <translation>&lt;b&gt;{number}&lt;/b&gt; · {name} · {programme}</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <source>PROTECTED IDENTITY (skyddade personuppgifter): address and contact details are hidden. Never disclose where this person lives or how to reach them.</source>
      <translation>SKYDDADE PERSONUPPGIFTER: adress och kontaktuppgifter är dolda. Lämna aldrig ut var personen bor eller hur man når personen.</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Case list</source>
      <translation>Ärendelista</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <source>%1 has changes that are not saved. Unsigned journal text is kept as a draft that you can finish later; other unsaved changes are lost.</source>
      <translation>%1 har ändringar som inte är sparade. Osignerad journaltext sparas som ett utkast som du kan slutföra senare; andra osparade ändringar går förlorade.</translation>
    </message>
    <message>
      <source>&amp;Save drafts and close</source>
      <translation>&amp;Spara utkast och stäng</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change passphrase</source>
      <translation>Byt lösenfras</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
      <source>Your passphrase was set by an administrator: choose your own now.</source>
      <translation>Din lösenfras sattes av en administratör: välj en egen nu.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Cannot read the passphrase file {path}.</source>
      <translation>Kan inte läsa lösenfrasfilen {path}.</translation>
    </message>
    <message>
      <source>No passphrase given: use --passphrase-file, CASEFLOW_PASSPHRASE or run the command in a terminal.</source>
      <translation>Ingen lösenfras angavs: använd --passphrase-file, CASEFLOW_PASSPHRASE eller kör kommandot i en terminal.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Lösenfras:</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>Ny lösenfras:</translation>
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation>Samma lösenfras igen:</translation>
    </message>
    <message>
      <source>Name the user with --user or CASEFLOW_USER.</source>
      <translation>Ange användaren med --user eller CASEFLOW_USER.</translation>
    </message>
    <message>
      <source>Recovery key (shown only now; print it or write it down and keep it locked away):</source>
      <translation>Återställningsnyckel (visas bara nu; skriv ut den eller skriv ner den och förvara den inlåst):</translation>
    </message>
    <message>
      <source>Created the database {path}.</source>
      <translation>Databasen {path} är skapad.</translation>
    </message>
    <message>
      <source>Recovery key:</source>
      <translation>Återställningsnyckel:</translation>
    </message>
    <message>
      <source>The passphrase of {user} was changed.</source>
      <translation>Lösenfrasen för {user} är bytt.</translation>
    </message>
    <message>
      <source>Demo data: {done} of {total} cases written.</source>
      <translation>Demodata: {done} av {total} ärenden skrivna.</translation>
    </message>
    <message>
      <source>Demo database: {path}</source>
      <translation>Demodatabas: {path}</translation>
    </message>
    <message>
      <source>Added {cases} cases ({people} new people, {entries} journal entries); the database now holds {total} cases.</source>
      <translation>Lade till {cases} ärenden ({people} nya personer, {entries} journalanteckningar); databasen innehåller nu {total} ärenden.</translation>
    </message>
    <message>
      <source>Usage error: {detail}</source>
      <translation>Fel i kommandot: {detail}</translation>
    </message>
    <message>
      <source>Caseflow met an unexpected error. Details (without personal data) are in {log}.</source>
      <translation>Caseflow råkade ut för ett oväntat fel. Detaljer (utan personuppgifter) finns i {log}.</translation>
    </message>
  </context>
  <context>
    <name>CloseCaseDialog</name>
    <message>
      <source>Close case {case}</source>
      <translation>Avsluta ärende {case}</translation>
    </message>
    <message>
      <source>A closed case cannot be reopened; if the person needs support again, open a new case.</source>
      <translation>Ett avslutat ärende kan inte öppnas igen; om personen behöver stöd igen öppnar du ett nytt ärende.</translation>
    </message>
    <message>
      <source>What was done, what was reached, and what happens next.</source>
      <translation>Vad som har gjorts, vad som har uppnåtts och vad som händer härnäst.</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>S&amp;käl:</translation>
    </message>
    <message>
      <source>Closing &amp;date:</source>
      <translation>Avslutnings&amp;datum:</translation>
    </message>
    <message>
      <source>Closing &amp;summary:</source>
      <translation>&amp;Sammanfattning vid avslut:</translation>
    </message>
    <message>
      <source>Close &amp;case</source>
      <translation>Avsluta &amp;ärendet</translation>
    </message>
    <message>
      <source>A case cannot close before its referral date.</source>
      <translation>Ett ärende kan inte avslutas före anmälningsdatumet.</translation>
    </message>
  </context>
  <context>
    <name>ConsentForm</name>
    <message>
      <source>Social services</source>
      <translation>Socialtjänst</translation>
    </message>
    <message>
      <source>Consent to exchange information</source>
      <translation>Samtycke till informationsutbyte</translation>
    </message>
    <message>
      <source>Consent to exchange information – {case}</source>
      <translation>Samtycke till informationsutbyte – {case}</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <source>About the young person</source>
      <translation>Uppgifter om den unge</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Personal identity number</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <source>Born {date} (no personal identity number)</source>
      <translation>Född {date} (saknar personnummer)</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>By signing this form, I agree that the parties ticked below may exchange information about the young person named above with each other, limited to the information and the purpose written on this form. The consent is voluntary.</source>
      <translation>Genom att skriva under denna blankett samtycker jag till att de aktörer som är markerade nedan får utbyta information med varandra om den unge som nämns ovan, begränsat till de uppgifter och det syfte som anges på blanketten. Samtycket är frivilligt.</translation>
    </message>
    <message>
      <source>Parties that may exchange information</source>
      <translation>Aktörer som får utbyta information</translation>
    </message>
    <message>
      <source>{kind}: {name}</source>
      <translation>{kind}: {name}</translation>
    </message>
    <message>
      <source>Other party:</source>
      <translation>Annan aktör:</translation>
    </message>
    <message>
      <source>Which information may be exchanged</source>
      <translation>Vilka uppgifter som får utbytas</translation>
    </message>
    <message>
      <source>For what purpose, and what kind of cooperation</source>
      <translation>I vilket syfte och vilken form av samverkan</translation>
    </message>
    <message>
      <source>How long the consent is valid</source>
      <translation>Hur länge samtycket gäller</translation>
    </message>
    <message>
      <source>The consent is valid from the day it is signed up to and including:</source>
      <translation>Samtycket gäller från den dag det skrivs under till och med:</translation>
    </message>
    <message>
      <source>In {programme} a consent usually runs for {days} days: signed on {today}, up to and including {until}.</source>
      <translation>Inom {programme} gäller ett samtycke vanligen i {days} dagar: undertecknat {today} till och med {until}.</translation>
    </message>
    <message>
      <source>You can withdraw your consent at any time, wholly or for some of the parties, by telling social services (contact person: {contact}). From then on nothing may be shared on the basis of this consent; what was shared before stays recorded.</source>
      <translation>Du kan när som helst återkalla ditt samtycke, helt eller för vissa aktörer, genom att meddela socialtjänsten (kontaktperson: {contact}). Därefter får ingenting lämnas ut med stöd av detta samtycke; det som redan har lämnats ut finns kvar dokumenterat.</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Underskrifter</translation>
    </message>
    <message>
      <source>The young person: {name}</source>
      <translation>Den unge: {name}</translation>
    </message>
    <message>
      <source>Guardian: {name}</source>
      <translation>Vårdnadshavare: {name}</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Vårdnadshavare</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Namnteckning</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Name in block letters</source>
      <translation>Namnförtydligande</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>The young person signs from the age of {age}; until then the guardians sign, and the young person's own view is asked for and given weight according to age and maturity.</source>
      <translation>Den unge skriver själv under från {age} års ålder; dessförinnan skriver vårdnadshavarna under, och den unges egen inställning efterfrågas och får betydelse utifrån ålder och mognad.</translation>
    </message>
    <message>
      <source>The young person is 18 or older: only their own consent is needed.</source>
      <translation>Den unge har fyllt 18 år: endast hens eget samtycke behövs.</translation>
    </message>
    <message>
      <source>No guardian with custody is registered. Each guardian with custody signs on a line of their own.</source>
      <translation>Ingen vårdnadshavare med vårdnad är registrerad. Varje vårdnadshavare skriver under på en egen rad.</translation>
    </message>
    <message>
      <source>For social services: received by ____________________  on ____________</source>
      <translation>Socialtjänstens anteckning: mottaget av ____________________  datum ____________</translation>
    </message>
    <message>
      <source>{case} · Printed {date} · Page {page}</source>
      <translation>{case} · Utskrivet {date} · Sida {page}</translation>
    </message>
    <message>
      <source>PROTECTED IDENTITY (skyddade personuppgifter): never write the address or contacts here.</source>
      <translation>SKYDDADE PERSONUPPGIFTER: skriv aldrig adress eller kontaktuppgifter här.</translation>
    </message>
  </context>
  <context>
    <name>ConsentMatrixView</name>
    <message>
      <source>Party</source>
      <translation>Aktör</translation>
    </message>
    <message>
      <source>{title}
MUST NOT receive information</source>
      <translation>{title}
FÅR INTE ta del av information</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Sammantaget</translation>
    </message>
    <message>
      <source>No parties yet. Add the agencies involved on the Overview tab, or register a consent that names a party.</source>
      <translation>Inga aktörer ännu. Lägg till de inblandade aktörerna på fliken Översikt, eller registrera ett samtycke som namnger en aktör.</translation>
    </message>
    <message>
      <source>On {date} the young person is {age}. {covered} of {total} parties covered.</source>
      <translation>Den {date} är den unge {age} år. {covered} av {total} aktörer omfattas.</translation>
    </message>
    <message>
      <source>{party} on {date}: {status}</source>
      <translation>{party} den {date}: {status}</translation>
    </message>
    <message>
      <source>{person} for {party}: {status}</source>
      <translation>{person} för {party}: {status}</translation>
    </message>
    <message>
      <source>Overall: {status}</source>
      <translation>Sammantaget: {status}</translation>
    </message>
    <message>
      <source>{manner}, documented by {name}</source>
      <translation>{manner}, dokumenterat av {name}</translation>
    </message>
    <message>
      <source>Consent given on {given}, valid until {until} ({how}).</source>
      <translation>Samtycke lämnat {given}, gäller till och med {until} ({how}).</translation>
    </message>
    <message>
      <source>Information: {text}</source>
      <translation>Uppgifter: {text}</translation>
    </message>
    <message>
      <source>Purpose: {text}</source>
      <translation>Syfte: {text}</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <source>Choose a scanned form saved as PDF, PNG, JPEG or TIFF.</source>
      <translation>Välj en inskannad blankett sparad som PDF, PNG, JPEG eller TIFF.</translation>
    </message>
    <message>
      <source>The file is larger than 20 MB. Scan the form again at a lower resolution.</source>
      <translation>Filen är större än 20 MB. Skanna blanketten igen med lägre upplösning.</translation>
    </message>
    <message>
      <source>Attach a scanned consent form</source>
      <translation>Bifoga en inskannad samtyckesblankett</translation>
    </message>
    <message>
      <source>Scanned forms (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Inskannade blanketter (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <source>Save the consent form</source>
      <translation>Spara samtyckesblanketten</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
      <source>Consent form {case}.pdf</source>
      <translation>Samtyckesblankett {case}.pdf</translation>
    </message>
    <message>
      <source>Consent form {case} without names.pdf</source>
      <translation>Samtyckesblankett {case} utan namn.pdf</translation>
    </message>
    <message>
      <source>{name} ({kind})</source>
      <translation>{name} ({kind})</translation>
    </message>
    <message>
      <source>{name} (guardian)</source>
      <translation>{name} (vårdnadshavare)</translation>
    </message>
    <message>
      <source>{name} (guardian) – MUST NOT receive information</source>
      <translation>{name} (vårdnadshavare) – FÅR INTE ta del av information</translation>
    </message>
    <message>
      <source>{name} must not be told anything about the case. Ask for their consent without telling them about the case, and never send them information.</source>
      <translation>{name} får inte få veta något om ärendet. Be om hens samtycke utan att berätta om ärendet, och skicka aldrig information till hen.</translation>
    </message>
    <message>
      <source>{name} has no custody: their consent is not required.</source>
      <translation>{name} har inte vårdnaden: hens samtycke krävs inte.</translation>
    </message>
    <message>
      <source>Show &amp;for date:</source>
      <translation>Visa &amp;för datum:</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;I dag</translation>
    </message>
    <message>
      <source>&amp;Register consent…</source>
      <translation>&amp;Registrera samtycke…</translation>
    </message>
    <message>
      <source>&amp;Withdraw consent…</source>
      <translation>Åter&amp;kalla samtycke…</translation>
    </message>
    <message>
      <source>Other legal &amp;ground…</source>
      <translation>Annan rättslig &amp;grund…</translation>
    </message>
    <message>
      <source>&amp;Print consent form…</source>
      <translation>Skriv &amp;ut samtyckesblankett…</translation>
    </message>
    <message>
      <source>A pre-filled form, in Swedish, to print and have signed</source>
      <translation>En ifylld blankett på svenska att skriva ut och låta skriva under</translation>
    </message>
    <message>
      <source>Who may be told: parties and the people who must consent</source>
      <translation>Vem som får få veta: aktörer och de som måste samtycka</translation>
    </message>
    <message>
      <source>History, newest first</source>
      <translation>Historik, senaste först</translation>
    </message>
    <message>
      <source>&amp;Attach scanned form…</source>
      <translation>&amp;Bifoga inskannad blankett…</translation>
    </message>
    <message>
      <source>Read the &amp;form</source>
      <translation>Läs &amp;blanketten</translation>
    </message>
    <message>
      <source>Your role may read consents, not record them.</source>
      <translation>Din roll får läsa samtycken men inte registrera dem.</translation>
    </message>
    <message>
      <source>Nobody has consented yet.</source>
      <translation>Ingen har samtyckt ännu.</translation>
    </message>
    <message>
      <source>Choose a consent in the history first, then attach its signed form.</source>
      <translation>Välj först ett samtycke i historiken och bifoga sedan den underskrivna blanketten.</translation>
    </message>
    <message>
      <source>The consent was registered. Select it in the history to attach the signed form.</source>
      <translation>Samtycket registrerades. Markera det i historiken för att bifoga den underskrivna blanketten.</translation>
    </message>
    <message>
      <source>The withdrawal was recorded.</source>
      <translation>Återkallelsen registrerades.</translation>
    </message>
    <message>
      <source>The legal ground and its reason were recorded.</source>
      <translation>Den rättsliga grunden och skälet registrerades.</translation>
    </message>
    <message>
      <source>The scanned form {name} was attached; it is kept encrypted.</source>
      <translation>Den inskannade blanketten {name} bifogades; den förvaras krypterad.</translation>
    </message>
    <message>
      <source>Print consent form</source>
      <translation>Skriv ut samtyckesblankett</translation>
    </message>
    <message>
      <source>{names} must not be told anything about the case, not even which school or which parties take part. Give them the form without the parties' names.</source>
      <translation>{names} får inte få veta något om ärendet, inte ens vilken skola eller vilka aktörer som deltar. Ge hen blanketten utan aktörernas namn.</translation>
    </message>
    <message>
      <source>Form with the parties' names</source>
      <translation>Blankett med aktörernas namn</translation>
    </message>
    <message>
      <source>Form without names, for {names}</source>
      <translation>Blankett utan namn, till {names}</translation>
    </message>
    <message>
      <source>The consent form was saved as {path}.</source>
      <translation>Samtyckesblanketten sparades som {path}.</translation>
    </message>
    <message>
      <source>Consent form saved</source>
      <translation>Samtyckesblanketten sparad</translation>
    </message>
    <message>
      <source>The form was saved as {path}. Read it here before printing?</source>
      <translation>Blanketten sparades som {path}. Vill du läsa den här innan du skriver ut?</translation>
    </message>
    <message>
      <source>&amp;Read it here</source>
      <translation>&amp;Läs den här</translation>
    </message>
  </context>
  <context>
    <name>ConsentTimeline</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <source>No consent has been recorded for this case yet.</source>
      <translation>Inget samtycke har registrerats i ärendet ännu.</translation>
    </message>
    <message>
      <source>{manner}, documented by {name}</source>
      <translation>{manner}, dokumenterat av {name}</translation>
    </message>
    <message>
      <source>For {parties} · valid until {until} · {how}</source>
      <translation>För {parties} · gäller till och med {until} · {how}</translation>
    </message>
    <message>
      <source>Consent given by {who}</source>
      <translation>Samtycke lämnat av {who}</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Syfte</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Hur</translation>
    </message>
    <message>
      <source>Scanned form</source>
      <translation>Inskannad blankett</translation>
    </message>
    <message>
      <source>None attached yet</source>
      <translation>Ingen bifogad ännu</translation>
    </message>
    <message>
      <source>{name} ({size}) – press Enter to read it</source>
      <translation>{name} ({size}) – tryck Enter för att läsa den</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Registrerat</translation>
    </message>
    <message>
      <source>Everything consented to so far</source>
      <translation>Allt som samtyckts till hittills</translation>
    </message>
    <message>
      <source>For {parties}</source>
      <translation>För {parties}</translation>
    </message>
    <message>
      <source>Consent withdrawn by {who}</source>
      <translation>Samtycke återkallat av {who}</translation>
    </message>
    <message>
      <source>{scope} · {how}</source>
      <translation>{scope} · {how}</translation>
    </message>
    <message>
      <source>valid until {date}</source>
      <translation>gäller till och med {date}</translation>
    </message>
    <message>
      <source>for that day only</source>
      <translation>endast den dagen</translation>
    </message>
    <message>
      <source>Legal ground for {party}</source>
      <translation>Rättslig grund för {party}</translation>
    </message>
    <message>
      <source>{citation} · {until} · {reason}</source>
      <translation>{citation} · {until} · {reason}</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Rättslig grund</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <source>Information given to {party}</source>
      <translation>Uppgifter lämnade till {party}</translation>
    </message>
    <message>
      <source>{what} · on the basis of: {basis}</source>
      <translation>{what} · med stöd av: {basis}</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n sida</numerusform>
        <numerusform>%n sidor</numerusform>
      </translation>
    </message>
    <message>
      <source>This PDF cannot be shown: it is damaged or protected by a password.</source>
      <translation>PDF-filen kan inte visas: den är skadad eller skyddad med lösenord.</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} bildpunkter</translation>
    </message>
    <message>
      <source>This image cannot be shown: the file is damaged or of an unknown kind.</source>
      <translation>Bilden kan inte visas: filen är skadad eller av okänt slag.</translation>
    </message>
  </context>
  <context>
    <name>Domain</name>
    <message>
      <source>Administrator</source>
      <translation>Administratör</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Chef</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Socialsekreterare</translation>
    </message>
    <message>
      <source>Field assistant</source>
      <translation>Fältassistent</translation>
    </message>
    <message>
      <source>Too weak</source>
      <translation>För svag</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation>Svag</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Godtagbar</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation>Stark</translation>
    </message>
    <message>
      <source>The personnummer is not valid.</source>
      <translation>Personnumret är inte giltigt.</translation>
    </message>
    <message>
      <source>The date is before the person was born.</source>
      <translation>Datumet är före personens födelse.</translation>
    </message>
    <message>
      <source>The date {date} is before the person was born.</source>
      <translation>Datumet {date} är före personens födelse.</translation>
    </message>
    <message>
      <source>The serial number must have three digits.</source>
      <translation>Födelsenumret måste ha tre siffror.</translation>
    </message>
    <message>
      <source>The serial number 000 is not used.</source>
      <translation>Födelsenumret 000 används inte.</translation>
    </message>
    <message>
      <source>The check digit is wrong: check the number for a typo.</source>
      <translation>Kontrollsiffran stämmer inte: kontrollera numret så att det inte är felskrivet.</translation>
    </message>
    <message>
      <source>The birth year {year} is too early to be right: check the century.</source>
      <translation>Födelseåret {year} är för tidigt för att stämma: kontrollera århundradet.</translation>
    </message>
    <message>
      <source>Enter a personnummer.</source>
      <translation>Skriv ett personnummer.</translation>
    </message>
    <message>
      <source>The personnummer contains characters other than digits, - and +.</source>
      <translation>Personnumret innehåller andra tecken än siffror, - och +.</translation>
    </message>
    <message>
      <source>The + sign is only used with 10 digits (YYMMDD+NNNN).</source>
      <translation>Tecknet + används bara med 10 siffror (ÅÅMMDD+NNNN).</translation>
    </message>
    <message>
      <source>The birth date in the personnummer ({date}) is in the future.</source>
      <translation>Födelsedatumet i personnumret ({date}) ligger i framtiden.</translation>
    </message>
    <message>
      <source>The personnummer must have 10 or 12 digits.</source>
      <translation>Personnumret måste ha 10 eller 12 siffror.</translation>
    </message>
    <message>
      <source>The - or + must come just before the last four digits.</source>
      <translation>Tecknet - eller + ska stå just före de fyra sista siffrorna.</translation>
    </message>
    <message>
      <source>The date in the personnummer does not exist ({date}).</source>
      <translation>Datumet i personnumret finns inte ({date}).</translation>
    </message>
    <message>
      <source>The programme setting {key} must be an age from 0 to 130.</source>
      <translation>Programinställningen {key} måste vara en ålder från 0 till 130.</translation>
    </message>
    <message>
      <source>The lowest typical age must not be above the highest.</source>
      <translation>Den lägsta typiska åldern får inte vara högre än den högsta.</translation>
    </message>
    <message>
      <source>The programme setting {key} must be at least one day.</source>
      <translation>Programinställningen {key} måste vara minst en dag.</translation>
    </message>
    <message>
      <source>SSPF (social services, school, police, leisure)</source>
      <translation>SSPF (socialtjänst, skola, polis, fritid)</translation>
    </message>
    <message>
      <source>SIG (social intervention group)</source>
      <translation>SIG (social insatsgrupp)</translation>
    </message>
    <message>
      <source>Exit support</source>
      <translation>Avhopparverksamhet</translation>
    </message>
    <message>
      <source>GVI (group violence intervention)</source>
      <translation>GVI (Group Violence Intervention)</translation>
    </message>
    <message>
      <source>{programme} usually works with people aged {min_age} to {max_age}; this person is {age}.</source>
      <translation>{programme} arbetar vanligen med personer mellan {min_age} och {max_age} år; den här personen är {age}.</translation>
    </message>
    <message>
      <source>Unknown programme setting: {key}.</source>
      <translation>Okänd programinställning: {key}.</translation>
    </message>
    <message>
      <source>The programme setting {key} is missing.</source>
      <translation>Programinställningen {key} saknas.</translation>
    </message>
    <message>
      <source>The programme name must not be empty.</source>
      <translation>Programmets namn får inte vara tomt.</translation>
    </message>
    <message>
      <source>The programme setting {key} must be a whole number.</source>
      <translation>Programinställningen {key} måste vara ett heltal.</translation>
    </message>
    <message>
      <source>The programme setting {key} must be yes or no.</source>
      <translation>Programinställningen {key} måste vara ja eller nej.</translation>
    </message>
    <message>
      <source>Unknown programme: {code}.</source>
      <translation>Okänt program: {code}.</translation>
    </message>
    <message>
      <source>Individual</source>
      <translation>Individ</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Familj</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Skola</translation>
    </message>
    <message>
      <source>Friends and peers</source>
      <translation>Kamrater</translation>
    </message>
    <message>
      <source>Leisure and local community</source>
      <translation>Fritid och närsamhälle</translation>
    </message>
    <message>
      <source>Risk factor</source>
      <translation>Riskfaktor</translation>
    </message>
    <message>
      <source>Protective factor</source>
      <translation>Skyddsfaktor</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Finns</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Finns inte</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Okänt</translation>
    </message>
    <message>
      <source>Early antisocial behaviour</source>
      <translation>Tidigt normbrytande beteende</translation>
    </message>
    <message>
      <source>Alcohol or drug use</source>
      <translation>Alkohol- eller droganvändning</translation>
    </message>
    <message>
      <source>Impulsivity, acting without thinking</source>
      <translation>Impulsivitet, handlar utan att tänka</translation>
    </message>
    <message>
      <source>Attitudes that accept crime or violence</source>
      <translation>Attityder som accepterar brott eller våld</translation>
    </message>
    <message>
      <source>Good social skills</source>
      <translation>Goda sociala färdigheter</translation>
    </message>
    <message>
      <source>Positive attitude to school</source>
      <translation>Positiv inställning till skolan</translation>
    </message>
    <message>
      <source>Serious conflicts in the family</source>
      <translation>Allvarliga konflikter i familjen</translation>
    </message>
    <message>
      <source>Parent with crime or substance abuse</source>
      <translation>Förälder med kriminalitet eller missbruk</translation>
    </message>
    <message>
      <source>Harsh or inconsistent parenting</source>
      <translation>Hårt eller inkonsekvent föräldraskap</translation>
    </message>
    <message>
      <source>Parents know where and with whom the young person is</source>
      <translation>Föräldrarna vet var och med vem den unge är</translation>
    </message>
    <message>
      <source>Close relationship with a parent</source>
      <translation>Nära relation till en förälder</translation>
    </message>
    <message>
      <source>Truancy</source>
      <translation>Skolfrånvaro</translation>
    </message>
    <message>
      <source>Low attainment at school</source>
      <translation>Låga skolresultat</translation>
    </message>
    <message>
      <source>Behaviour problems at school</source>
      <translation>Beteendeproblem i skolan</translation>
    </message>
    <message>
      <source>Attachment to school</source>
      <translation>Anknytning till skolan</translation>
    </message>
    <message>
      <source>A trusted adult at school</source>
      <translation>En betrodd vuxen i skolan</translation>
    </message>
    <message>
      <source>Friends who commit crimes</source>
      <translation>Kamrater som begår brott</translation>
    </message>
    <message>
      <source>Contacts with a criminal network or gang</source>
      <translation>Kontakter med kriminellt nätverk eller gäng</translation>
    </message>
    <message>
      <source>Bullied or left out by peers</source>
      <translation>Mobbad eller utanför bland jämnåriga</translation>
    </message>
    <message>
      <source>Friends who do not commit crimes</source>
      <translation>Kamrater som inte begår brott</translation>
    </message>
    <message>
      <source>Belongs to a group with positive activities</source>
      <translation>Tillhör en grupp med positiva aktiviteter</translation>
    </message>
    <message>
      <source>Much unsupervised time where crime occurs</source>
      <translation>Mycket tid utan tillsyn där brott förekommer</translation>
    </message>
    <message>
      <source>Drugs, weapons or crime common in the neighbourhood</source>
      <translation>Droger, vapen eller brott vanliga i närområdet</translation>
    </message>
    <message>
      <source>Regular structured leisure activity</source>
      <translation>Regelbunden strukturerad fritidsaktivitet</translation>
    </message>
    <message>
      <source>A trusted adult outside the family and school</source>
      <translation>En betrodd vuxen utanför familj och skola</translation>
    </message>
    <message>
      <source>Improved</source>
      <translation>Förbättrad</translation>
    </message>
    <message>
      <source>Worsened</source>
      <translation>Försämrad</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Oförändrad</translation>
    </message>
    <message>
      <source>Newly assessed</source>
      <translation>Nyligen bedömd</translation>
    </message>
    <message>
      <source>No longer known</source>
      <translation>Inte längre känd</translation>
    </message>
    <message>
      <source>The assessment names an unknown factor: {key}.</source>
      <translation>Bedömningen nämner en okänd faktor: {key}.</translation>
    </message>
    <message>
      <source>A case number looks like SSPF-2026-0042: programme, year and number.</source>
      <translation>Ett ärendenummer ser ut som SSPF-2026-0042: program, år och nummer.</translation>
    </message>
    <message>
      <source>There is no programme {code}. Use SSPF, SIG, EXIT or GVI.</source>
      <translation>Det finns inget program {code}. Använd SSPF, SIG, EXIT eller GVI.</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Inkommen</translation>
    </message>
    <message>
      <source>Mapping</source>
      <translation>Kartläggning</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Pågående</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Uppföljning</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Avslutad</translation>
    </message>
    <message>
      <source>A closed case cannot be reopened. Open a new case instead.</source>
      <translation>Ett avslutat ärende kan inte öppnas igen. Öppna ett nytt ärende i stället.</translation>
    </message>
    <message>
      <source>The case already has the status {status}.</source>
      <translation>Ärendet har redan status {status}.</translation>
    </message>
    <message>
      <source>A case cannot go from {old} to {new}.</source>
      <translation>Ett ärende kan inte gå från {old} till {new}.</translation>
    </message>
    <message>
      <source>The follow-up interval must be at least one day.</source>
      <translation>Uppföljningsintervallet måste vara minst en dag.</translation>
    </message>
    <message>
      <source>Goals reached</source>
      <translation>Målen uppnådda</translation>
    </message>
    <message>
      <source>Declined further support</source>
      <translation>Tackade nej till fortsatt stöd</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>Samtycket återkallat</translation>
    </message>
    <message>
      <source>Moved from the municipality</source>
      <translation>Flyttat från kommunen</translation>
    </message>
    <message>
      <source>Transferred to another service</source>
      <translation>Överlämnat till annan verksamhet</translation>
    </message>
    <message>
      <source>Outside the programme's ages</source>
      <translation>Utanför programmets åldrar</translation>
    </message>
    <message>
      <source>Other reason</source>
      <translation>Annat skäl</translation>
    </message>
    <message>
      <source>Write a short summary of why the case is closed.</source>
      <translation>Skriv en kort sammanfattning av varför ärendet avslutas.</translation>
    </message>
    <message>
      <source>When the reason is Other, the summary must say what the reason was (at least {length} characters).</source>
      <translation>När skälet är Annat måste sammanfattningen säga vilket skälet var (minst {length} tecken).</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Polisen</translation>
    </message>
    <message>
      <source>Social services</source>
      <translation>Socialtjänst</translation>
    </message>
    <message>
      <source>Leisure services</source>
      <translation>Fritid</translation>
    </message>
    <message>
      <source>Parent or family</source>
      <translation>Förälder eller familj</translation>
    </message>
    <message>
      <source>The young person</source>
      <translation>Den unge själv</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Telefonsamtal</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>Hembesök</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Möte</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Ej påbörjat</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Pågår</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Uppnått</translation>
    </message>
    <message>
      <source>Partly achieved</source>
      <translation>Delvis uppnått</translation>
    </message>
    <message>
      <source>Not achieved</source>
      <translation>Ej uppnått</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Avbrutet</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planerad</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klar</translation>
    </message>
    <message>
      <source>Child and adolescent psychiatry</source>
      <translation>Barn- och ungdomspsykiatrin (BUP)</translation>
    </message>
    <message>
      <source>Healthcare</source>
      <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
      <source>Employment service</source>
      <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
      <source>Probation service</source>
      <translation>Frivården</translation>
    </message>
    <message>
      <source>Housing company</source>
      <translation>Bostadsbolag</translation>
    </message>
    <message>
      <source>A legal ground needs a key, the provision it rests on and a title.</source>
      <translation>En rättslig grund behöver en nyckel, den bestämmelse den vilar på och en rubrik.</translation>
    </message>
    <message>
      <source>The age limit of a legal ground must be 1 to 130.</source>
      <translation>Åldersgränsen för en rättslig grund måste vara 1 till 130.</translation>
    </message>
    <message>
      <source>Social services may tell the police about someone under 21 when special circumstances show a risk of crime and the information can help prevent it</source>
      <translation>Socialtjänsten får lämna uppgifter till polisen om någon under 21 år när särskilda omständigheter tyder på risk för brott och uppgiften kan bidra till att förhindra det</translation>
    </message>
    <message>
      <source>The duty to report concern about a child to social services</source>
      <translation>Skyldigheten att anmäla oro för ett barn till socialtjänsten</translation>
    </message>
    <message>
      <source>A duty to provide information set out in a law or an ordinance</source>
      <translation>En uppgiftsskyldighet som följer av lag eller förordning</translation>
    </message>
    <message>
      <source>Sharing is necessary for the authority to carry out its own work</source>
      <translation>Uppgiften behövs för att myndigheten ska kunna fullgöra sin egen verksamhet</translation>
    </message>
    <message>
      <source>Write why the legal ground applies.</source>
      <translation>Skriv varför den rättsliga grunden är tillämplig.</translation>
    </message>
    <message>
      <source>A legal ground cannot end before the day it was recorded.</source>
      <translation>En rättslig grund kan inte upphöra före dagen den registrerades.</translation>
    </message>
    <message>
      <source>Unknown legal ground setting: {key}.</source>
      <translation>Okänd inställning för rättslig grund: {key}.</translation>
    </message>
    <message>
      <source>Unknown kind of party in a legal ground: {value}.</source>
      <translation>Okänt slag av aktör i en rättslig grund: {value}.</translation>
    </message>
    <message>
      <source>A party of the kind Other must have a name.</source>
      <translation>En aktör av slaget Annan måste ha ett namn.</translation>
    </message>
    <message>
      <source>Enter the guardian's name.</source>
      <translation>Ange vårdnadshavarens namn.</translation>
    </message>
    <message>
      <source>In writing</source>
      <translation>Skriftligt</translation>
    </message>
    <message>
      <source>Orally</source>
      <translation>Muntligt</translation>
    </message>
    <message>
      <source>Say who received the oral consent or withdrawal: it must be documented.</source>
      <translation>Ange vem som tog emot det muntliga samtycket eller återkallelsen: det måste dokumenteras.</translation>
    </message>
    <message>
      <source>A consent must name at least one party.</source>
      <translation>Ett samtycke måste ange minst en aktör.</translation>
    </message>
    <message>
      <source>A consent must say which information and for what purpose: it must not be general.</source>
      <translation>Ett samtycke måste ange vilka uppgifter det gäller och i vilket syfte: det får inte vara allmänt.</translation>
    </message>
    <message>
      <source>A consent cannot end before the day it was given.</source>
      <translation>Ett samtycke kan inte upphöra före dagen det lämnades.</translation>
    </message>
    <message>
      <source>Consented</source>
      <translation>Har samtyckt</translation>
    </message>
    <message>
      <source>No valid consent</source>
      <translation>Inget giltigt samtycke</translation>
    </message>
    <message>
      <source>Not required</source>
      <translation>Krävs inte</translation>
    </message>
    <message>
      <source>Covered</source>
      <translation>Omfattas</translation>
    </message>
    <message>
      <source>Not covered</source>
      <translation>Omfattas inte</translation>
    </message>
    <message>
      <source>the young person</source>
      <translation>den unge</translation>
    </message>
    <message>
      <source>guardian {name}</source>
      <translation>vårdnadshavare {name}</translation>
    </message>
    <message>
      <source>Young person</source>
      <translation>Den unge</translation>
    </message>
    <message>
      <source>{name} (guardian)</source>
      <translation>{name} (vårdnadshavare)</translation>
    </message>
    <message>
      <source>{first} and {second}</source>
      <translation>{first} och {second}</translation>
    </message>
    <message>
      <source>{first}, {second}</source>
      <translation>{first}, {second}</translation>
    </message>
    <message>
      <source>Covered by consent given on {date} by {names}</source>
      <translation>Omfattas av samtycke lämnat {date} av {names}</translation>
    </message>
    <message>
      <source>Covered by the legal ground {ground}, recorded on {date}</source>
      <translation>Omfattas av den rättsliga grunden {ground}, registrerad {date}</translation>
    </message>
    <message>
      <source>The young person has not consented</source>
      <translation>Den unge har inte samtyckt</translation>
    </message>
    <message>
      <source>Guardian {name} has not consented</source>
      <translation>Vårdnadshavare {name} har inte samtyckt</translation>
    </message>
    <message>
      <source>Consent from the young person ended {date}</source>
      <translation>Samtycket från den unge upphörde {date}</translation>
    </message>
    <message>
      <source>Consent from guardian {name} ended {date}</source>
      <translation>Samtycket från vårdnadshavare {name} upphörde {date}</translation>
    </message>
    <message>
      <source>Withdrawn by the young person {date}</source>
      <translation>Återkallat av den unge {date}</translation>
    </message>
    <message>
      <source>Withdrawn by guardian {name} {date}</source>
      <translation>Återkallat av vårdnadshavare {name} {date}</translation>
    </message>
    <message>
      <source>Turned 18 on {date}: their own consent is needed</source>
      <translation>Fyllde 18 år {date}: eget samtycke krävs</translation>
    </message>
    <message>
      <source>No consent has been given for {party}</source>
      <translation>Inget samtycke har lämnats för {party}</translation>
    </message>
    <message>
      <source>No guardian with custody is registered: their consent is needed</source>
      <translation>Ingen vårdnadshavare är registrerad: vårdnadshavarnas samtycke krävs</translation>
    </message>
    <message>
      <source>The programme asks nobody for consent at age {age}: record a legal ground</source>
      <translation>Programmet begär inte samtycke av någon vid {age} års ålder: registrera en rättslig grund</translation>
    </message>
    <message>
      <source>The legal ground {ground} recorded on {date} does not apply here</source>
      <translation>Den rättsliga grunden {ground}, registrerad {date}, är inte tillämplig här</translation>
    </message>
    <message>
      <source>Consented on {date}, valid until {until}</source>
      <translation>Samtyckte {date}, gäller till och med {until}</translation>
    </message>
    <message>
      <source>Has not consented</source>
      <translation>Har inte samtyckt</translation>
    </message>
    <message>
      <source>Ended {date}</source>
      <translation>Upphörde {date}</translation>
    </message>
    <message>
      <source>Withdrawn {date}</source>
      <translation>Återkallat {date}</translation>
    </message>
    <message>
      <source>Not required before age {age}</source>
      <translation>Krävs inte före {age} års ålder</translation>
    </message>
    <message>
      <source>Turned 18 on {date}: guardians no longer consent</source>
      <translation>Fyllde 18 år {date}: vårdnadshavarna samtycker inte längre</translation>
    </message>
    <message>
      <source>The programme does not ask guardians for consent</source>
      <translation>Programmet begär inte vårdnadshavarnas samtycke</translation>
    </message>
    <message>
      <source>No custody: consent not required</source>
      <translation>Har inte vårdnaden: samtycke krävs inte</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Samtycke</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Rättslig grund</translation>
    </message>
    <message>
      <source>{type}: {cases}</source>
      <translation>{type}: {cases}</translation>
    </message>
    <message>
      <source>Cases: {cases}. The agenda, the participants and the minutes are in Caseflow.</source>
      <translation>Ärenden: {cases}. Dagordning, deltagare och protokoll finns i Caseflow.</translation>
    </message>
    <message>
      <source>{party} runs the case and needs no consent to take part</source>
      <translation>{party} driver ärendet och behöver inget samtycke för att delta</translation>
    </message>
    <message>
      <source>{name} ({party}) cannot be recorded as taking part: on {date} {party} is covered neither by consent nor by a recorded legal ground. {reasons}.</source>
      <translation>{name} ({party}) kan inte registreras som deltagare: {date} omfattas {party} varken av samtycke eller av en registrerad rättslig grund. {reasons}.</translation>
    </message>
    <message>
      <source>{name} ({party}) cannot be recorded as taking part in the discussion of {case}: on {date} {party} is covered neither by consent nor by a recorded legal ground. {reasons}.</source>
      <translation>{name} ({party}) kan inte registreras som deltagare när {case} togs upp: {date} omfattas {party} varken av samtycke eller av en registrerad rättslig grund. {reasons}.</translation>
    </message>
    <message>
      <source>{first}; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <source>{first} {second}</source>
      <translation>{first} {second}</translation>
    </message>
    <message>
      <source>Enter the participant's name.</source>
      <translation>Ange deltagarens namn.</translation>
    </message>
    <message>
      <source>{name} is from {agency} but is to speak for {party}: choose a party of their own agency.</source>
      <translation>{name} kommer från {agency} men ska företräda {party}: välj en aktör från den egna verksamheten.</translation>
    </message>
    <message>
      <source>That case is not on the meeting's agenda: add it to the meeting first.</source>
      <translation>Ärendet finns inte på mötets dagordning: lägg först till det i mötet.</translation>
    </message>
    <message>
      <source>Choose the type of meeting.</source>
      <translation>Välj typ av möte.</translation>
    </message>
    <message>
      <source>A meeting needs at least one case on its agenda.</source>
      <translation>Ett möte behöver minst ett ärende på dagordningen.</translation>
    </message>
    <message>
      <source>Enter where the meeting is held.</source>
      <translation>Ange var mötet hålls.</translation>
    </message>
    <message>
      <source>A meeting must end after it starts.</source>
      <translation>Ett möte måste sluta efter att det börjar.</translation>
    </message>
    <message>
      <source>A meeting must end on the day it starts.</source>
      <translation>Ett möte måste sluta samma dag som det börjar.</translation>
    </message>
    <message>
      <source>Say which of the meeting's cases the participant was present for.</source>
      <translation>Ange vilka av mötets ärenden deltagaren var med på.</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Genomförd</translation>
    </message>
    <message>
      <source>Write a summary of the follow-up.</source>
      <translation>Skriv en sammanfattning av uppföljningen.</translation>
    </message>
    <message>
      <source>Each goal gets one status in a follow-up.</source>
      <translation>Varje mål får en status i en uppföljning.</translation>
    </message>
    <message>
      <source>The follow-up reviews a goal that is not in the plan.</source>
      <translation>Uppföljningen bedömer ett mål som inte finns i planen.</translation>
    </message>
    <message>
      <source>Record a status for every open goal ({count} missing).</source>
      <translation>Ange status för varje öppet mål ({count} saknas).</translation>
    </message>
    <message>
      <source>Say what the agreed action is.</source>
      <translation>Ange vad den överenskomna åtgärden är.</translation>
    </message>
    <message>
      <source>Name the person responsible for the action at {agency}.</source>
      <translation>Ange vem som är ansvarig för åtgärden hos {agency}.</translation>
    </message>
    <message>
      <source>The action “{what}” is due {due}, before the meeting on {date} that agreed it.</source>
      <translation>Åtgärden ”{what}” ska vara klar {due}, före mötet {date} där den beslutades.</translation>
    </message>
    <message>
      <source>Every item of the minutes needs a heading.</source>
      <translation>Varje punkt i protokollet behöver en rubrik.</translation>
    </message>
    <message>
      <source>The next meeting or follow-up must be after this meeting ({date}).</source>
      <translation>Nästa möte eller uppföljning måste vara efter det här mötet ({date}).</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Justerat</translation>
    </message>
    <message>
      <source>The minutes are approved and locked. Add a correction instead: the original stays readable.</source>
      <translation>Protokollet är justerat och låst. Lägg till en rättelse i stället: originalet förblir läsbart.</translation>
    </message>
    <message>
      <source>The minutes are already approved.</source>
      <translation>Protokollet är redan justerat.</translation>
    </message>
    <message>
      <source>The minutes are already a draft.</source>
      <translation>Protokollet är redan ett utkast.</translation>
    </message>
    <message>
      <source>The minutes have no item {number}.</source>
      <translation>Protokollet har ingen punkt {number}.</translation>
    </message>
    <message>
      <source>Corrections are added to approved minutes; change the draft directly instead.</source>
      <translation>Rättelser läggs till i justerade protokoll; ändra utkastet direkt i stället.</translation>
    </message>
    <message>
      <source>An item cannot be moved to another case. Remove it and write a new item for the other case.</source>
      <translation>En punkt kan inte flyttas till ett annat ärende. Ta bort den och skriv en ny punkt för det andra ärendet.</translation>
    </message>
    <message>
      <source>Say who approves the minutes.</source>
      <translation>Ange vem som justerar protokollet.</translation>
    </message>
    <message>
      <source>Minutes can be approved on the day of the meeting ({date}) or later.</source>
      <translation>Protokollet kan justeras på mötesdagen ({date}) eller senare.</translation>
    </message>
    <message>
      <source>Write something in the minutes before approving them.</source>
      <translation>Skriv något i protokollet innan det justeras.</translation>
    </message>
    <message>
      <source>Write what the correction says.</source>
      <translation>Skriv vad rättelsen säger.</translation>
    </message>
    <message>
      <source>A correction cannot be dated before the approval ({date}).</source>
      <translation>En rättelse kan inte dateras före justeringen ({date}).</translation>
    </message>
    <message>
      <source>A correction belongs to the same case as the item it corrects.</source>
      <translation>En rättelse hör till samma ärende som punkten den rättar.</translation>
    </message>
    <message>
      <source>Say who writes the correction and when.</source>
      <translation>Ange vem som skriver rättelsen och när.</translation>
    </message>
    <message>
      <source>This item about {case} seems to mention the young person of {other}. What is said about one young person belongs in that person's file alone.</source>
      <translation>Den här punkten om {case} verkar nämna den unge i {other}. Det som sägs om en ung person hör bara hemma i den personens akt.</translation>
    </message>
    <message>
      <source>{name} ({party}) is not covered by consent or a recorded legal ground on {date}: {reasons}. Do not share information about the young person with them.</source>
      <translation>{name} ({party}) omfattas inte av samtycke eller av en registrerad rättslig grund {date}: {reasons}. Lämna inte ut uppgifter om den unge till hen.</translation>
    </message>
    <message>
      <source>The follow-up was due {due}; the last one was held {last}.</source>
      <translation>Uppföljningen skulle ha gjorts {due}; den senaste gjordes {last}.</translation>
    </message>
    <message>
      <source>No follow-up has been held yet.</source>
      <translation>Ingen uppföljning har gjorts än.</translation>
    </message>
    <message>
      <source>Agreed actions overdue by the meeting date: {count}.</source>
      <translation>Överenskomna åtgärder som är försenade på mötesdagen: {count}.</translation>
    </message>
    <message>
      <source>SSPF meeting</source>
      <translation>SSPF-möte</translation>
    </message>
    <message>
      <source>SIG coordination meeting</source>
      <translation>SIG-samordningsmöte</translation>
    </message>
    <message>
      <source>Network meeting</source>
      <translation>Nätverksmöte</translation>
    </message>
    <message>
      <source>Follow-up meeting</source>
      <translation>Uppföljningsmöte</translation>
    </message>
    <message>
      <source>A meeting type needs a key of lower-case letters, digits, - and _ (at most 40 characters), and a name.</source>
      <translation>En mötestyp behöver en nyckel av gemena bokstäver, siffror, - och _ (högst 40 tecken) och ett namn.</translation>
    </message>
    <message>
      <source>An agenda item or checklist item of a meeting type must not be empty.</source>
      <translation>En dagordningspunkt eller checklistpunkt i en mötestyp får inte vara tom.</translation>
    </message>
    <message>
      <source>A meeting type needs at least one agenda item.</source>
      <translation>En mötestyp behöver minst en dagordningspunkt.</translation>
    </message>
    <message>
      <source>Since the last meeting: what has happened</source>
      <translation>Sedan förra mötet: vad har hänt</translation>
    </message>
    <message>
      <source>Risk and protective factors</source>
      <translation>Risk- och skyddsfaktorer</translation>
    </message>
    <message>
      <source>Follow-up of agreed actions</source>
      <translation>Uppföljning av överenskomna åtgärder</translation>
    </message>
    <message>
      <source>New actions: what, who and by when</source>
      <translation>Nya åtgärder: vad, vem och till när</translation>
    </message>
    <message>
      <source>Next meeting or follow-up</source>
      <translation>Nästa möte eller uppföljning</translation>
    </message>
    <message>
      <source>Status of each goal</source>
      <translation>Status för varje mål</translation>
    </message>
    <message>
      <source>Check that every invited party is covered by consent on the meeting date</source>
      <translation>Kontrollera att varje inbjuden aktör omfattas av samtycke på mötesdagen</translation>
    </message>
    <message>
      <source>Invite the parties, the young person and the guardians; book a room</source>
      <translation>Bjud in aktörerna, den unge och vårdnadshavarna; boka lokal</translation>
    </message>
    <message>
      <source>Gather open actions, goals and the last follow-up</source>
      <translation>Ta fram öppna åtgärder, mål och senaste uppföljningen</translation>
    </message>
    <message>
      <source>In a shared sitting, keep each young person's papers apart</source>
      <translation>Vid ett gemensamt möte: håll varje ung persons handlingar åtskilda</translation>
    </message>
    <message>
      <source>Safety and risk</source>
      <translation>Säkerhet och risk</translation>
    </message>
    <message>
      <source>Each agency's actions since the last meeting</source>
      <translation>Varje aktörs insatser sedan förra mötet</translation>
    </message>
    <message>
      <source>The young person's and the family's view</source>
      <translation>Den unges och familjens syn</translation>
    </message>
    <message>
      <source>The network: who does what</source>
      <translation>Nätverket: vem gör vad</translation>
    </message>
    <message>
      <source>Risk and protective factors now</source>
      <translation>Risk- och skyddsfaktorer nu</translation>
    </message>
    <message>
      <source>Summary of the follow-up</source>
      <translation>Sammanfattning av uppföljningen</translation>
    </message>
    <message>
      <source>Unknown meeting type setting: {key}.</source>
      <translation>Okänd inställning för mötestyp: {key}.</translation>
    </message>
    <message>
      <source>The meeting type {key} is configured twice.</source>
      <translation>Mötestypen {key} är inställd två gånger.</translation>
    </message>
  </context>
  <context>
    <name>DraftsDialog</name>
    <message>
      <source>Unsaved drafts</source>
      <translation>Osparade utkast</translation>
    </message>
    <message>
      <source>&amp;Copy text</source>
      <translation>&amp;Kopiera texten</translation>
    </message>
    <message>
      <source>&amp;Discard draft</source>
      <translation>&amp;Kasta utkastet</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A user name has 2 to 40 characters: letters a-z, digits, dot, dash or underscore, starting with a letter or digit.</source>
      <translation>Ett användarnamn har 2 till 40 tecken: bokstäverna a–z, siffror, punkt, bindestreck eller understreck, och börjar med en bokstav eller siffra.</translation>
    </message>
    <message>
      <source>Something went wrong.</source>
      <translation>Något gick fel.</translation>
    </message>
    <message>
      <source>The user name or the passphrase is wrong. Nothing was changed.</source>
      <translation>Användarnamnet eller lösenfrasen är fel. Ingenting har ändrats.</translation>
    </message>
    <message>
      <source>The recovery key is wrong. Check it against the printout. Nothing was changed.</source>
      <translation>Återställningsnyckeln är fel. Jämför med utskriften. Ingenting har ändrats.</translation>
    </message>
    <message>
      <source>The database is damaged and cannot be read safely. Nothing was changed. Restore it from a backup.</source>
      <translation>Databasen är skadad och kan inte läsas säkert. Ingenting har ändrats. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
      <source>The key file that belongs to the database is missing or damaged, so the database cannot be opened. Restore both files from a backup.</source>
      <translation>Nyckelfilen som hör till databasen saknas eller är skadad, så databasen kan inte öppnas. Återställ båda filerna från en säkerhetskopia.</translation>
    </message>
    <message>
      <source>There is no database at that place.</source>
      <translation>Det finns ingen databas på den platsen.</translation>
    </message>
    <message>
      <source>A database already exists at that place. Choose another file name.</source>
      <translation>Det finns redan en databas på den platsen. Välj ett annat filnamn.</translation>
    </message>
    <message>
      <source>The database is already open in another Caseflow window or program. Close it there first; nothing was changed.</source>
      <translation>Databasen är redan öppen i ett annat Caseflow-fönster eller program. Stäng den där först; ingenting har ändrats.</translation>
    </message>
    <message>
      <source>The database was made by a newer version of Caseflow. Update Caseflow to open it.</source>
      <translation>Databasen är skapad av en nyare version av Caseflow. Uppdatera Caseflow för att öppna den.</translation>
    </message>
    <message>
      <source>The file could not be read or written. Check that the folder exists, that you may use it and that the disk is not full.</source>
      <translation>Filen kunde inte läsas eller skrivas. Kontrollera att mappen finns, att du har behörighet till den och att disken inte är full.</translation>
    </message>
    <message>
      <source>The database is locked. Unlock it again to go on; nothing was lost.</source>
      <translation>Databasen är låst. Lås upp den igen för att fortsätta; ingenting har gått förlorat.</translation>
    </message>
    <message>
      <source>You do not have permission to do that.</source>
      <translation>Du har inte behörighet att göra det.</translation>
    </message>
    <message>
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>Lösenfrasen måste ha minst {minimum} tecken.</translation>
    </message>
    <message>
      <source>The passphrase is too easy to guess. Use several unrelated words or mix letters, digits and signs.</source>
      <translation>Lösenfrasen är för lätt att gissa. Använd flera orelaterade ord eller blanda bokstäver, siffror och tecken.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>De två lösenfraserna är inte likadana.</translation>
    </message>
    <message>
      <source>A recovery key has eight groups of five letters and digits, for example ABCDE-12345-…</source>
      <translation>En återställningsnyckel har åtta grupper med fem bokstäver och siffror, till exempel ABCDE-12345-…</translation>
    </message>
    <message>
      <source>Write the person's name (at most 200 characters).</source>
      <translation>Skriv personens namn (högst 200 tecken).</translation>
    </message>
    <message>
      <source>The new passphrase must differ from the current one.</source>
      <translation>Den nya lösenfrasen måste skilja sig från den nuvarande.</translation>
    </message>
    <message>
      <source>There is no active user with that user name.</source>
      <translation>Det finns ingen aktiv användare med det användarnamnet.</translation>
    </message>
    <message>
      <source>Auto-lock must be between {low} and {high} minutes.</source>
      <translation>Automatisk låsning måste vara mellan {low} och {high} minuter.</translation>
    </message>
    <message>
      <source>Caseflow met an unexpected error. Nothing you saved was lost. Details without personal data are in the log file.</source>
      <translation>Caseflow råkade ut för ett oväntat fel. Inget du har sparat har gått förlorat. Detaljer utan personuppgifter finns i loggfilen.</translation>
    </message>
    <message>
      <source>Unknown factor: {key}.</source>
      <translation>Okänd faktor: {key}.</translation>
    </message>
    <message>
      <source>An assessment cannot be dated in the future.</source>
      <translation>En kartläggning kan inte ha ett datum i framtiden.</translation>
    </message>
    <message>
      <source>The referral date is in the future.</source>
      <translation>Anmälningsdatumet ligger i framtiden.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>Datumet ligger i framtiden.</translation>
    </message>
    <message>
      <source>Close a case with a reason and a summary.</source>
      <translation>Ange skäl och en sammanfattning när du avslutar ett ärende.</translation>
    </message>
    <message>
      <source>The date is before the case's referral date.</source>
      <translation>Datumet är före ärendets anmälningsdatum.</translation>
    </message>
    <message>
      <source>A case cannot close before its referral date.</source>
      <translation>Ett ärende kan inte avslutas före anmälningsdatumet.</translation>
    </message>
    <message>
      <source>{party} may not be told about this case: {reasons}. Record consent, or another legal ground with a reason, first.</source>
      <translation>{party} får inte ta del av uppgifter om det här ärendet: {reasons}. Registrera först ett samtycke, eller en annan rättslig grund med motivering.</translation>
    </message>
    <message>
      <source>Choose who gave the consent.</source>
      <translation>Välj vem som lämnade samtycket.</translation>
    </message>
    <message>
      <source>Attach the scanned form as PDF, PNG, JPEG or TIFF.</source>
      <translation>Bifoga den skannade blanketten som PDF, PNG, JPEG eller TIFF.</translation>
    </message>
    <message>
      <source>The file is larger than 20 MB.</source>
      <translation>Filen är större än 20 MB.</translation>
    </message>
    <message>
      <source>Choose a legal ground.</source>
      <translation>Välj en rättslig grund.</translation>
    </message>
    <message>
      <source>That legal ground does not allow sharing with this party.</source>
      <translation>Den rättsliga grunden tillåter inte att uppgifter lämnas till den här aktören.</translation>
    </message>
    <message>
      <source>This is not a demo database: its administrator does not use the demo passphrase. Demo data is only added to databases made by the demo command.</source>
      <translation>Det här är ingen demodatabas: administratören använder inte demolösenfrasen. Demodata läggs bara till i databaser som har skapats med demokommandot.</translation>
    </message>
    <message>
      <source>The number of demo cases must be between 0 and 1 000 000.</source>
      <translation>Antalet demoärenden måste vara mellan 0 och 1 000 000.</translation>
    </message>
    <message>
      <source>A signed journal entry cannot be changed or removed. Write a correction instead.</source>
      <translation>En signerad journalanteckning kan inte ändras eller tas bort. Skriv en rättelse i stället.</translation>
    </message>
    <message>
      <source>Only the author can change, sign or remove an unsigned entry.</source>
      <translation>Bara den som har skrivit en osignerad anteckning kan ändra, signera eller ta bort den.</translation>
    </message>
    <message>
      <source>A journal entry cannot be dated in the future.</source>
      <translation>En journalanteckning kan inte ha ett datum i framtiden.</translation>
    </message>
    <message>
      <source>Only signed entries are corrected; edit the unsigned one.</source>
      <translation>Bara signerade anteckningar rättas; ändra i den osignerade anteckningen i stället.</translation>
    </message>
    <message>
      <source>Without a personnummer, give the birth date and say why there is no number.</source>
      <translation>Utan personnummer: ange födelsedatum och varför nummer saknas.</translation>
    </message>
    <message>
      <source>Say why the person has no personnummer.</source>
      <translation>Ange varför personen saknar personnummer.</translation>
    </message>
    <message>
      <source>Choose a value from the list.</source>
      <translation>Välj ett värde i listan.</translation>
    </message>
    <message>
      <source>An e-mail address must contain @.</source>
      <translation>En e-postadress måste innehålla @.</translation>
    </message>
    <message>
      <source>Another person already has that personnummer.</source>
      <translation>En annan person har redan det personnumret.</translation>
    </message>
    <message>
      <source>That record does not exist (any more).</source>
      <translation>Uppgifterna finns inte (längre).</translation>
    </message>
    <message>
      <source>Someone else changed this record after you opened it. Your text is kept as a draft; open the record again to see the change.</source>
      <translation>Någon annan har ändrat uppgifterna efter att du öppnade dem. Din text sparas som ett utkast; öppna uppgifterna igen för att se ändringen.</translation>
    </message>
    <message>
      <source>This field must be filled in.</source>
      <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
      <source>At most {maximum} characters.</source>
      <translation>Högst {maximum} tecken.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>New Caseflow database</source>
      <translation>Ny Caseflow-databas</translation>
    </message>
  </context>
  <context>
    <name>GoalDialog</name>
    <message>
      <source>Add goal</source>
      <translation>Lägg till mål</translation>
    </message>
    <message>
      <source>What should be reached, in words the person uses.</source>
      <translation>Vad som ska uppnås, med personens egna ord.</translation>
    </message>
    <message>
      <source>Set a target date</source>
      <translation>Ange ett måldatum</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>&amp;Mål:</translation>
    </message>
    <message>
      <source>&amp;Life domain:</source>
      <translation>&amp;Livsområde:</translation>
    </message>
    <message>
      <source>&amp;Target date:</source>
      <translation>Mål&amp;datum:</translation>
    </message>
    <message>
      <source>Write the goal.</source>
      <translation>Skriv målet.</translation>
    </message>
  </context>
  <context>
    <name>GoalStatusDialog</name>
    <message>
      <source>Record goal status</source>
      <translation>Registrera målets status</translation>
    </message>
    <message>
      <source>What the follow-up found</source>
      <translation>Vad uppföljningen visade</translation>
    </message>
    <message>
      <source>Goal:</source>
      <translation>Mål:</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>&amp;Follow-up date:</source>
      <translation>&amp;Uppföljningsdatum:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>A&amp;nteckning:</translation>
    </message>
  </context>
  <context>
    <name>GuardianDialog</name>
    <message>
      <source>Change guardian</source>
      <translation>Ändra vårdnadshavare</translation>
    </message>
    <message>
      <source>Add guardian</source>
      <translation>Lägg till vårdnadshavare</translation>
    </message>
    <message>
      <source>Has &amp;custody (vårdnad)</source>
      <translation>Har &amp;vårdnaden</translation>
    </message>
    <message>
      <source>Must n&amp;ot receive information about the young person</source>
      <translation>Får &amp;inte ta del av uppgifter om den unge</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <source>Personn&amp;ummer:</source>
      <translation>Personn&amp;ummer:</translation>
    </message>
    <message>
      <source>P&amp;hone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-post:</translation>
    </message>
    <message>
      <source>Add&amp;ress:</source>
      <translation>Ad&amp;ress:</translation>
    </message>
    <message>
      <source>Write the guardian's name.</source>
      <translation>Skriv vårdnadshavarens namn.</translation>
    </message>
    <message>
      <source>An e-mail address must contain @.</source>
      <translation>En e-postadress måste innehålla @.</translation>
    </message>
  </context>
  <context>
    <name>JournalEditor</name>
    <message>
      <source>What happened, what was said, what was agreed. Ctrl+S saves.</source>
      <translation>Vad som hände, vad som sades, vad som bestämdes. Ctrl+S sparar.</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation>T&amp;yp:</translation>
    </message>
    <message>
      <source>&amp;Text:</source>
      <translation>&amp;Text:</translation>
    </message>
    <message>
      <source>&amp;Save entry</source>
      <translation>&amp;Spara anteckningen</translation>
    </message>
    <message>
      <source>Save the entry unsigned (Ctrl+S or Ctrl+Enter)</source>
      <translation>Spara anteckningen osignerad (Ctrl+S eller Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Disc&amp;ard text</source>
      <translation>Kasta te&amp;xten</translation>
    </message>
    <message>
      <source>Journal entry (changed), {case}</source>
      <translation>Journalanteckning (ändrad), {case}</translation>
    </message>
    <message>
      <source>Journal correction, {case}</source>
      <translation>Rättelse i journalen, {case}</translation>
    </message>
    <message>
      <source>Journal entry, {case}</source>
      <translation>Journalanteckning, {case}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Changing your unsigned entry of {date}&lt;/b&gt;</source>
      <translation>&lt;b&gt;Du ändrar din osignerade anteckning från {date}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Correction of the signed entry of {date}&lt;/b&gt; – the entry stays as it is; the correction is shown with it.</source>
      <translation>&lt;b&gt;Rättelse av den signerade anteckningen från {date}&lt;/b&gt; – anteckningen står kvar som den är; rättelsen visas tillsammans med den.</translation>
    </message>
    <message>
      <source>&lt;b&gt;New entry&lt;/b&gt; – saved unsigned; sign it when done.</source>
      <translation>&lt;b&gt;Ny anteckning&lt;/b&gt; – sparas osignerad; signera den när du är klar.</translation>
    </message>
    <message>
      <source>Unsaved text restored from a draft.</source>
      <translation>Osparad text har återställts från ett utkast.</translation>
    </message>
    <message>
      <source>Write the entry's text.</source>
      <translation>Skriv anteckningens text.</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Skriven av</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signerad</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>&amp;New entry</source>
      <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Ändra</translation>
    </message>
    <message>
      <source>Si&amp;gn…</source>
      <translation>Si&amp;gnera…</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>Ta &amp;bort…</translation>
    </message>
    <message>
      <source>Write &amp;correction…</source>
      <translation>Skriv &amp;rättelse…</translation>
    </message>
    <message>
      <source>No entries yet.</source>
      <translation>Inga anteckningar ännu.</translation>
    </message>
    <message>
      <source>Correction ({type})</source>
      <translation>Rättelse ({type})</translation>
    </message>
    <message>
      <source>Unsigned</source>
      <translation>Osignerad</translation>
    </message>
    <message>
      <source>Select an entry to read it in full.</source>
      <translation>Välj en anteckning för att läsa hela texten.</translation>
    </message>
    <message>
      <source>Corrected entry</source>
      <translation>Rättad anteckning</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>Rättelse</translation>
    </message>
    <message>
      <source>Signed {time} by {author}</source>
      <translation>Signerad {time} av {author}</translation>
    </message>
    <message>
      <source>Unsigned – written by {author}</source>
      <translation>Osignerad – skriven av {author}</translation>
    </message>
    <message>
      <source>Unsaved text</source>
      <translation>Osparad text</translation>
    </message>
    <message>
      <source>The editor holds text that is not saved. Drop it?</source>
      <translation>Det finns text som inte är sparad. Vill du kasta den?</translation>
    </message>
    <message>
      <source>Drop the text</source>
      <translation>Kasta texten</translation>
    </message>
    <message>
      <source>Save your changes to this entry (or drop them) before signing it.</source>
      <translation>Spara ändringarna i anteckningen (eller kasta dem) innan du signerar den.</translation>
    </message>
    <message>
      <source>The entry is signed.</source>
      <translation>Anteckningen är signerad.</translation>
    </message>
    <message>
      <source>Sign the entry</source>
      <translation>Signera anteckningen</translation>
    </message>
    <message>
      <source>After signing, the text cannot be changed. A mistake can then only be put right with a correction, and both stay readable. Sign the entry of {date}?</source>
      <translation>När anteckningen är signerad kan texten inte ändras. Ett fel kan då bara rättas med en rättelse, och båda går fortfarande att läsa. Vill du signera anteckningen från {date}?</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Signera</translation>
    </message>
    <message>
      <source>The unsigned entry was removed.</source>
      <translation>Den osignerade anteckningen är borttagen.</translation>
    </message>
    <message>
      <source>Remove the entry</source>
      <translation>Ta bort anteckningen</translation>
    </message>
    <message>
      <source>Remove your unsigned entry of {date}? Its text is deleted.</source>
      <translation>Vill du ta bort din osignerade anteckning från {date}? Texten raderas.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>The entry was saved, unsigned. Sign it when it is final.</source>
      <translation>Anteckningen är sparad men inte signerad. Signera den när den är färdig.</translation>
    </message>
  </context>
  <context>
    <name>LegalGroundDialog</name>
    <message>
      <source>Record another legal ground</source>
      <translation>Registrera annan rättslig grund</translation>
    </message>
    <message>
      <source>Without consent, information may leave the case only on another legal ground. Choose it, and write why it applies: the choice is recorded.</source>
      <translation>Utan samtycke får uppgifter lämna ärendet bara med stöd av en annan rättslig grund. Välj den och skriv varför den är tillämplig: valet registreras.</translation>
    </message>
    <message>
      <source>{citation} – {title}</source>
      <translation>{citation} – {title}</translation>
    </message>
    <message>
      <source>Another party…</source>
      <translation>Annan aktör…</translation>
    </message>
    <message>
      <source>Name (required for Other)</source>
      <translation>Namn (krävs för Annat)</translation>
    </message>
    <message>
      <source>Why this ground applies now: the circumstances, in your own words</source>
      <translation>Varför grunden är tillämplig nu: omständigheterna, med egna ord</translation>
    </message>
    <message>
      <source>Covers more days, up to</source>
      <translation>Gäller fler dagar, till och med</translation>
    </message>
    <message>
      <source>&amp;Legal ground:</source>
      <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
      <source>&amp;Party:</source>
      <translation>&amp;Aktör:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>S&amp;käl:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>&amp;Gäller till och med:</translation>
    </message>
    <message>
      <source>&amp;Record legal ground</source>
      <translation>&amp;Registrera rättslig grund</translation>
    </message>
    <message>
      <source>Choose a legal ground.</source>
      <translation>Välj en rättslig grund.</translation>
    </message>
    <message>
      <source>{citation} does not allow telling {party} about a person aged {age}.</source>
      <translation>{citation} medger inte att {party} får veta något om en person som är {age} år.</translation>
    </message>
    <message>
      <source>Write why the legal ground applies.</source>
      <translation>Skriv varför den rättsliga grunden är tillämplig.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>Datumet ligger i framtiden.</translation>
    </message>
    <message>
      <source>A legal ground cannot end before the day it was recorded.</source>
      <translation>En rättslig grund kan inte upphöra före dagen den registrerades.</translation>
    </message>
  </context>
  <context>
    <name>LocationPage</name>
    <message>
      <source>Where to keep the database</source>
      <translation>Var databasen ska ligga</translation>
    </message>
    <message>
      <source>Caseflow keeps everything in one encrypted file and a key file beside it. Choose a folder that is backed up and that only you can read.</source>
      <translation>Caseflow sparar allt i en krypterad fil med en nyckelfil bredvid. Välj en mapp som säkerhetskopieras och som bara du kan läsa.</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Bläddra…</translation>
    </message>
    <message>
      <source>&amp;Database file:</source>
      <translation>&amp;Databasfil:</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>Ny databas</translation>
    </message>
    <message>
      <source>Caseflow database (*.db)</source>
      <translation>Caseflow-databas (*.db)</translation>
    </message>
    <message>
      <source>A database already exists there. Choose another file name.</source>
      <translation>Det finns redan en databas där. Välj ett annat filnamn.</translation>
    </message>
    <message>
      <source>That folder cannot be created. Choose another one.</source>
      <translation>Mappen kan inte skapas. Välj en annan.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Caseflow – %1</source>
      <translation>Caseflow – %1</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Översikt</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Ärenden</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Möten</translation>
    </message>
    <message>
      <source>Cross-agency meetings: preparation, minutes and agreed actions.</source>
      <translation>Samverkansmöten: förberedelser, protokoll och överenskomna åtgärder.</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapporter</translation>
    </message>
    <message>
      <source>Follow-up reports, meeting documents and statistics as PDF.</source>
      <translation>Uppföljningsrapporter, mötesdokument och statistik som PDF.</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>Byt &amp;lösenfras…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <source>Unsaved &amp;drafts…</source>
      <translation>Osparade &amp;utkast…</translation>
    </message>
  </context>
  <context>
    <name>MappingTab</name>
    <message>
      <source>New &amp;assessment…</source>
      <translation>&amp;Ny kartläggning…</translation>
    </message>
    <message>
      <source>No mapping yet. A mapping records, for each risk and protective factor, whether it is present; repeated mappings show the change over time.</source>
      <translation>Ingen kartläggning ännu. En kartläggning visar för varje risk- och skyddsfaktor om den finns; upprepade kartläggningar visar förändringen över tid.</translation>
    </message>
    <message>
      <source>One mapping. The next one will show what changed since.</source>
      <translation>En kartläggning. Nästa kartläggning visar vad som har ändrats sedan dess.</translation>
    </message>
    <message>
      <source>{count} mappings, oldest first. The last column compares the two latest.</source>
      <translation>{count} kartläggningar, äldst först. Den sista kolumnen jämför de två senaste.</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Faktor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Change {older} → {newer}</source>
      <translation>Förändring {older} → {newer}</translation>
    </message>
    <message>
      <source>Mapped by {author}</source>
      <translation>Kartlagt av {author}</translation>
    </message>
    <message>
      <source>{presence}: {comment}</source>
      <translation>{presence}: {comment}</translation>
    </message>
    <message>
      <source>Move to a date's column to read that mapping's comment and summary.</source>
      <translation>Gå till kolumnen för ett datum för att läsa kommentaren och sammanfattningen från den kartläggningen.</translation>
    </message>
    <message>
      <source>{factor} on {date}: {presence}</source>
      <translation>{factor}, {date}: {presence}</translation>
    </message>
    <message>
      <source>Comment: {comment}</source>
      <translation>Kommentar: {comment}</translation>
    </message>
    <message>
      <source>Summary by {author}: {summary}</source>
      <translation>Sammanfattning av {author}: {summary}</translation>
    </message>
    <message>
      <source>The mapping was saved.</source>
      <translation>Kartläggningen är sparad.</translation>
    </message>
  </context>
  <context>
    <name>NewCaseWizard</name>
    <message>
      <source>New case</source>
      <translation>Nytt ärende</translation>
    </message>
    <message>
      <source>&amp;Open case</source>
      <translation>&amp;Öppna ärendet</translation>
    </message>
    <message>
      <source>Opening the case…</source>
      <translation>Öppnar ärendet…</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation>Ärendet har öppnats</translation>
    </message>
    <message>
      <source>Case %1 is opened. Please note:</source>
      <translation>Ärende %1 har öppnats. Observera:</translation>
    </message>
    <message>
      <source>Discard the new case?</source>
      <translation>Vill du kasta det nya ärendet?</translation>
    </message>
    <message>
      <source>What you typed for the new case will be lost.</source>
      <translation>Det du har skrivit för det nya ärendet går förlorat.</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Kasta</translation>
    </message>
    <message>
      <source>&amp;Keep editing</source>
      <translation>&amp;Fortsätt skriva</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseFields</name>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Ny lösenfras:</translation>
    </message>
    <message>
      <source>&amp;Repeat it:</source>
      <translation>&amp;Upprepa den:</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Styrka:</translation>
    </message>
    <message>
      <source>Strength: %1</source>
      <translation>Styrka: %1</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Welcome, %1</source>
      <translation>Välkommen, %1</translation>
    </message>
    <message>
      <source>You are logged in as %1.</source>
      <translation>Du är inloggad som %1.</translation>
    </message>
    <message>
      <source>Show &amp;drafts…</source>
      <translation>Visa &amp;utkast…</translation>
    </message>
    <message>
      <source>Needs attention in your cases</source>
      <translation>Behöver uppmärksamhet i dina ärenden</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Läser in…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <source>Press Enter or double-click to open the case.</source>
      <translation>Tryck Enter eller dubbelklicka för att öppna ärendet.</translation>
    </message>
    <message>
      <source>The alerts could not be read.</source>
      <translation>Påminnelserna kunde inte läsas in.</translation>
    </message>
    <message>
      <source>Alerts about consents and birthdays are shown to those who work on cases.</source>
      <translation>Påminnelser om samtycken och födelsedagar visas för dem som arbetar med ärenden.</translation>
    </message>
    <message>
      <source>Nothing needs attention in your open cases.</source>
      <translation>Inget i dina öppna ärenden behöver uppmärksamhet.</translation>
    </message>
    <message numerus="yes">
      <source>%n alert(s) in your open cases.</source>
      <translation>
        <numerusform>%n påminnelse i dina öppna ärenden.</numerusform>
        <numerusform>%n påminnelser i dina öppna ärenden.</numerusform>
      </translation>
    </message>
    <message>
      <source>Consents that end within 30 days (%1)</source>
      <translation>Samtycken som upphör inom 30 dagar (%1)</translation>
    </message>
    <message>
      <source>Turning 18 within 60 days: their own consent will be needed (%1)</source>
      <translation>Fyller 18 inom 60 dagar: eget samtycke kommer att krävas (%1)</translation>
    </message>
    <message>
      <source>Active cases where a party is not covered today (%1)</source>
      <translation>Pågående ärenden där en aktör inte omfattas i dag (%1)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Inga</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more, not listed here.</source>
      <translation>
        <numerusform>… och %n till, som inte visas här.</numerusform>
        <numerusform>… och %n till, som inte visas här.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You have %n unsaved draft(s) from earlier.</source>
      <translation>
        <numerusform>Du har %n osparat utkast från tidigare.</numerusform>
        <numerusform>Du har %n osparade utkast från tidigare.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Case number:</source>
      <translation>Ärendenummer:</translation>
    </message>
    <message>
      <source>Programme:</source>
      <translation>Program:</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <source>Responsible:</source>
      <translation>Ansvarig:</translation>
    </message>
    <message>
      <source>Other staff:</source>
      <translation>Övrig personal:</translation>
    </message>
    <message>
      <source>Agencies involved:</source>
      <translation>Medverkande aktörer:</translation>
    </message>
    <message>
      <source>Next follow-up:</source>
      <translation>Nästa uppföljning:</translation>
    </message>
    <message>
      <source>Change responsible, staff and &amp;agencies…</source>
      <translation>Ändra ansvarig, personal och &amp;aktörer…</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Anmälan</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Datum:</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Från:</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Skäl:</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Avslutad</translation>
    </message>
    <message>
      <source>Closed on:</source>
      <translation>Avslutades:</translation>
    </message>
    <message>
      <source>Summary:</source>
      <translation>Sammanfattning:</translation>
    </message>
    <message>
      <source>Status history</source>
      <translation>Statushistorik</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Till</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Ändra status</translation>
    </message>
    <message>
      <source>Optional: why, or what was decided</source>
      <translation>Frivilligt: varför, eller vad som beslutades</translation>
    </message>
    <message>
      <source>&amp;Date of change:</source>
      <translation>&amp;Datum för ändringen:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>A&amp;nteckning:</translation>
    </message>
    <message>
      <source>Close &amp;case…</source>
      <translation>Av&amp;sluta ärendet…</translation>
    </message>
    <message>
      <source>no personnummer, born {date}</source>
      <translation>inget personnummer, född {date}</translation>
    </message>
    <message>
      <source>{name} ({number}) – PROTECTED IDENTITY</source>
      <translation>{name} ({number}) – SKYDDADE PERSONUPPGIFTER</translation>
    </message>
    <message>
      <source>{name} ({number})</source>
      <translation>{name} ({number})</translation>
    </message>
    <message>
      <source>{agency} ({name})</source>
      <translation>{agency} ({name})</translation>
    </message>
    <message>
      <source>Move to {status}</source>
      <translation>Flytta till {status}</translation>
    </message>
    <message>
      <source>The case is closed. A closed case is not reopened: open a new case.</source>
      <translation>Ärendet är avslutat. Ett avslutat ärende öppnas inte igen: öppna ett nytt ärende.</translation>
    </message>
    <message>
      <source>Your role may read this case but not change it.</source>
      <translation>Med din roll kan du läsa ärendet men inte ändra det.</translation>
    </message>
    <message>
      <source>The case is now {status}. Record the next step on the day it happened.</source>
      <translation>Ärendet har nu status {status}. Registrera nästa steg med det datum då det skedde.</translation>
    </message>
    <message>
      <source>The status is now {status}.</source>
      <translation>Ärendet har nu status {status}.</translation>
    </message>
    <message>
      <source>The case is closed.</source>
      <translation>Ärendet är avslutat.</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <source>Your passphrase</source>
      <translation>Din lösenfras</translation>
    </message>
    <message>
      <source>The passphrase unlocks the database. Use several words that belong to no known phrase. Nobody can recover it for you: the recovery key is the only way back.</source>
      <translation>Lösenfrasen låser upp databasen. Använd flera ord som inte hör till något känt uttryck. Ingen kan ta fram den åt dig: återställningsnyckeln är den enda vägen tillbaka.</translation>
    </message>
    <message>
      <source>Creating the encrypted database…</source>
      <translation>Skapar den krypterade databasen…</translation>
    </message>
  </context>
  <context>
    <name>PersonEditor</name>
    <message>
      <source>Sho&amp;w protected details…</source>
      <translation>&amp;Visa skyddade uppgifter…</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN, or empty</source>
      <translation>ÅÅÅÅMMDD-NNNN eller tomt</translation>
    </message>
    <message>
      <source>Only when there is no personnummer</source>
      <translation>Bara när personnummer saknas</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Inte registrerat</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Kvinna</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Protected identit&amp;y (skyddade personuppgifter)</source>
      <translation>Sk&amp;yddade personuppgifter</translation>
    </message>
    <message>
      <source>F&amp;irst name:</source>
      <translation>&amp;Förnamn:</translation>
    </message>
    <message>
      <source>Las&amp;t name:</source>
      <translation>Efterna&amp;mn:</translation>
    </message>
    <message>
      <source>Personn&amp;ummer:</source>
      <translation>Personn&amp;ummer:</translation>
    </message>
    <message>
      <source>&amp;Birth date:</source>
      <translation>Födelse&amp;datum:</translation>
    </message>
    <message>
      <source>Why &amp;no number:</source>
      <translation>Varför &amp;inget nummer:</translation>
    </message>
    <message>
      <source>Se&amp;x (as registered):</source>
      <translation>Kö&amp;n (enligt folkbokföringen):</translation>
    </message>
    <message>
      <source>P&amp;hone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-post:</translation>
    </message>
    <message>
      <source>Add&amp;ress:</source>
      <translation>Ad&amp;ress:</translation>
    </message>
    <message>
      <source>S&amp;chool:</source>
      <translation>Sk&amp;ola:</translation>
    </message>
    <message>
      <source>Cl&amp;ass:</source>
      <translation>K&amp;lass:</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Spara</translation>
    </message>
    <message>
      <source>Save the person's details (Ctrl+S)</source>
      <translation>Spara personens uppgifter (Ctrl+S)</translation>
    </message>
    <message>
      <source>Un&amp;do changes</source>
      <translation>&amp;Ångra ändringar</translation>
    </message>
    <message>
      <source>Load the saved version (drops your changes)</source>
      <translation>Hämta den sparade versionen (dina ändringar försvinner)</translation>
    </message>
    <message>
      <source>Hidden: protected identity</source>
      <translation>Dolt: skyddade personuppgifter</translation>
    </message>
    <message>
      <source>Address and contacts are hidden because the person has a protected identity. Show them only when your work needs it; to change this record, show them first.</source>
      <translation>Adress och kontaktuppgifter är dolda eftersom personen har skyddade personuppgifter. Visa dem bara när ditt arbete kräver det; om du vill ändra uppgifterna måste du visa dem först.</translation>
    </message>
    <message>
      <source>Protected details are shown. Make sure nobody else can see the screen.</source>
      <translation>De skyddade uppgifterna visas. Se till att ingen annan kan se skärmen.</translation>
    </message>
    <message>
      <source>Hide protected details</source>
      <translation>Dölj skyddade uppgifter</translation>
    </message>
    <message>
      <source>This field must be filled in.</source>
      <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
      <source>Without a personnummer, say why there is none (and check the birth date).</source>
      <translation>Utan personnummer: ange varför det saknas (och kontrollera födelsedatumet).</translation>
    </message>
    <message>
      <source>An e-mail address must contain @.</source>
      <translation>En e-postadress måste innehålla @.</translation>
    </message>
    <message>
      <source>Correct the fields marked below first.</source>
      <translation>Rätta först de markerade fälten nedan.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Sparat.</translation>
    </message>
    <message>
      <source>Not saved: correct the field marked below.</source>
      <translation>Inte sparat: rätta det markerade fältet nedan.</translation>
    </message>
    <message>
      <source>Not saved: someone else changed this person after you opened the case. Your changes are still in the fields. Note them, then load the saved version and make your changes again.</source>
      <translation>Inte sparat: någon annan har ändrat personens uppgifter efter att du öppnade ärendet. Dina ändringar finns kvar i fälten. Anteckna dem, hämta sedan den sparade versionen och gör ändringarna igen.</translation>
    </message>
  </context>
  <context>
    <name>PersonPage</name>
    <message>
      <source>Who is the case about?</source>
      <translation>Vem gäller ärendet?</translation>
    </message>
    <message>
      <source>Start with the personnummer. If the person is already registered, the new case is opened on the same record, next to their earlier cases.</source>
      <translation>Börja med personnumret. Om personen redan är registrerad öppnas det nya ärendet på samma person, bredvid personens tidigare ärenden.</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN or YYMMDD-NNNN</source>
      <translation>ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <source>&amp;Without personnummer (give the birth date instead)</source>
      <translation>&amp;Utan personnummer (ange födelsedatum i stället)</translation>
    </message>
    <message>
      <source>&amp;Personnummer:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Ny person</translation>
    </message>
    <message>
      <source>Choose a date</source>
      <translation>Välj ett datum</translation>
    </message>
    <message>
      <source>For example: newly arrived, number not yet given</source>
      <translation>Till exempel: nyanländ, har ännu inte fått nummer</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation>Inte angivet</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Kvinna</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Protected &amp;identity: hide address and contact details</source>
      <translation>&amp;Skyddade personuppgifter: dölj adress och kontaktuppgifter</translation>
    </message>
    <message>
      <source>Birth &amp;date:</source>
      <translation>Födelse&amp;datum:</translation>
    </message>
    <message>
      <source>&amp;Reason there is no number:</source>
      <translation>&amp;Varför nummer saknas:</translation>
    </message>
    <message>
      <source>&amp;First name:</source>
      <translation>&amp;Förnamn:</translation>
    </message>
    <message>
      <source>&amp;Last name:</source>
      <translation>&amp;Efternamn:</translation>
    </message>
    <message>
      <source>&amp;Sex (as registered):</source>
      <translation>&amp;Kön (enligt folkbokföringen):</translation>
    </message>
    <message>
      <source>Sc&amp;hool:</source>
      <translation>Sk&amp;ola:</translation>
    </message>
    <message>
      <source>&amp;Class:</source>
      <translation>K&amp;lass:</translation>
    </message>
    <message>
      <source>Choose the birth date.</source>
      <translation>Välj födelsedatum.</translation>
    </message>
    <message>
      <source>Looking for the person…</source>
      <translation>Söker efter personen…</translation>
    </message>
    <message>
      <source>Nobody with this personnummer is registered yet. Fill in the details below to register the person.</source>
      <translation>Ingen med det här personnumret är registrerad ännu. Fyll i uppgifterna nedan för att registrera personen.</translation>
    </message>
    <message>
      <source>Already registered: %1, %2. The new case is opened on this record.</source>
      <translation>Redan registrerad: %1, %2. Det nya ärendet öppnas på den här personen.</translation>
    </message>
    <message>
      <source>Protected identity: address and contact details are hidden.</source>
      <translation>Skyddade personuppgifter: adress och kontaktuppgifter är dolda.</translation>
    </message>
    <message>
      <source>Earlier cases:</source>
      <translation>Tidigare ärenden:</translation>
    </message>
    <message>
      <source>• %1 – %2, referred %3</source>
      <translation>• %1 – %2, inkom %3</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more.</source>
      <translation>
        <numerusform>… och %n till.</numerusform>
        <numerusform>… och %n till.</numerusform>
      </translation>
    </message>
    <message>
      <source>No earlier cases.</source>
      <translation>Inga tidigare ärenden.</translation>
    </message>
  </context>
  <context>
    <name>PersonTab</name>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Guardians (vårdnadshavare)</source>
      <translation>Vårdnadshavare</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Vårdnad</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Add &amp;guardian…</source>
      <translation>Lä&amp;gg till vårdnadshavare…</translation>
    </message>
    <message>
      <source>Change guardian…</source>
      <translation>Ändra vårdnadshavare…</translation>
    </message>
    <message>
      <source>Remo&amp;ve guardian…</source>
      <translation>Ta &amp;bort vårdnadshavare…</translation>
    </message>
    <message>
      <source>The person's cases</source>
      <translation>Personens ärenden</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Anmälan</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Avslutad</translation>
    </message>
    <message>
      <source>Press Enter to open the selected case.</source>
      <translation>Tryck på Enter för att öppna det valda ärendet.</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Dolt</translation>
    </message>
    <message>
      <source>MUST NOT receive</source>
      <translation>FÅR INTE ta del</translation>
    </message>
    <message>
      <source>May receive</source>
      <translation>Får ta del</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <source>Must not receive information about the young person: {names}</source>
      <translation>Får inte ta del av uppgifter om den unge: {names}</translation>
    </message>
    <message>
      <source>{number} (this case)</source>
      <translation>{number} (det här ärendet)</translation>
    </message>
    <message>
      <source>Show protected details</source>
      <translation>Visa skyddade uppgifter</translation>
    </message>
    <message>
      <source>This person has a protected identity. Show the address and contact details only when your work needs them, and make sure nobody else can see the screen.</source>
      <translation>Personen har skyddade personuppgifter. Visa adress och kontaktuppgifter bara när ditt arbete kräver det, och se till att ingen annan kan se skärmen.</translation>
    </message>
    <message>
      <source>Show details</source>
      <translation>Visa uppgifterna</translation>
    </message>
    <message>
      <source>Save or undo your changes before hiding the protected details.</source>
      <translation>Spara eller ångra dina ändringar innan du döljer de skyddade uppgifterna.</translation>
    </message>
    <message>
      <source>Show the protected details first to change a guardian.</source>
      <translation>Visa de skyddade uppgifterna först för att kunna ändra en vårdnadshavare.</translation>
    </message>
    <message>
      <source>Remove guardian</source>
      <translation>Ta bort vårdnadshavare</translation>
    </message>
    <message>
      <source>Remove {name} as a guardian of this person?</source>
      <translation>Vill du ta bort {name} som vårdnadshavare för personen?</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>Goal / activity</source>
      <translation>Mål / aktivitet</translation>
    </message>
    <message>
      <source>Life domain / agency</source>
      <translation>Livsområde / aktör</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ansvarig</translation>
    </message>
    <message>
      <source>Target / due date</source>
      <translation>Måldatum / klart senast</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Add &amp;goal…</source>
      <translation>Lägg till &amp;mål…</translation>
    </message>
    <message>
      <source>Add a&amp;ctivity…</source>
      <translation>Lägg till ak&amp;tivitet…</translation>
    </message>
    <message>
      <source>&amp;Record goal status…</source>
      <translation>&amp;Registrera målets status…</translation>
    </message>
    <message>
      <source>Set activity &amp;status…</source>
      <translation>Ange aktivitetens &amp;status…</translation>
    </message>
    <message>
      <source>Status history of the selected goal</source>
      <translation>Statushistorik för det valda målet</translation>
    </message>
    <message>
      <source>Select a goal to see its history.</source>
      <translation>Välj ett mål för att se dess historik.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Registrerad av</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <source>No goals yet. Add the goals agreed with the person and the agencies.</source>
      <translation>Inga mål ännu. Lägg till de mål som ni har kommit överens om med personen och aktörerna.</translation>
    </message>
    <message>
      <source>The goal was added.</source>
      <translation>Målet är tillagt.</translation>
    </message>
    <message>
      <source>The activity was added.</source>
      <translation>Aktiviteten är tillagd.</translation>
    </message>
    <message>
      <source>The goal's status was recorded.</source>
      <translation>Målets status är registrerad.</translation>
    </message>
    <message>
      <source>The activity's status was changed.</source>
      <translation>Aktivitetens status är ändrad.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>Use the recovery key</source>
      <translation>Använd återställningsnyckeln</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>Databas:</translation>
    </message>
    <message>
      <source>&amp;Recovery key:</source>
      <translation>&amp;Återställningsnyckel:</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Användarnamn:</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyView</name>
    <message>
      <source>Caseflow recovery key</source>
      <translation>Återställningsnyckel för Caseflow</translation>
    </message>
    <message>
      <source>This key opens the database if every passphrase is forgotten. Keep this page locked away, apart from the computer. Anyone who has it and a copy of the database can read everything in it.</source>
      <translation>Den här nyckeln öppnar databasen om alla lösenfraser är glömda. Förvara sidan inlåst, åtskild från datorn. Den som har den och en kopia av databasen kan läsa allt i den.</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>Databas:</translation>
    </message>
    <message>
      <source>This is the recovery key. It is shown only now. It opens the database if every passphrase is forgotten: print it or save it, and keep it locked away.</source>
      <translation>Det här är återställningsnyckeln. Den visas bara nu. Den öppnar databasen om alla lösenfraser är glömda: skriv ut den eller spara den, och förvara den inlåst.</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
      <source>Save recovery key</source>
      <translation>Spara återställningsnyckeln</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <source>Recovery key</source>
      <translation>Återställningsnyckel</translation>
    </message>
    <message>
      <source>I have &amp;printed or saved the recovery key</source>
      <translation>Jag har &amp;skrivit ut eller sparat återställningsnyckeln</translation>
    </message>
  </context>
  <context>
    <name>RegisterConsentDialog</name>
    <message>
      <source>Register consent</source>
      <translation>Registrera samtycke</translation>
    </message>
    <message>
      <source>Name, such as the school's</source>
      <translation>Namn, till exempel skolans</translation>
    </message>
    <message>
      <source>&amp;Add party</source>
      <translation>&amp;Lägg till aktör</translation>
    </message>
    <message>
      <source>Which information may be shared, e.g. school attendance</source>
      <translation>Vilka uppgifter som får lämnas, t.ex. närvaro i skolan</translation>
    </message>
    <message>
      <source>For what purpose, e.g. a joint SSPF plan</source>
      <translation>I vilket syfte, t.ex. en gemensam SSPF-plan</translation>
    </message>
    <message>
      <source>&amp;Who consented:</source>
      <translation>&amp;Vem samtyckte:</translation>
    </message>
    <message>
      <source>&amp;Parties:</source>
      <translation>&amp;Aktörer:</translation>
    </message>
    <message>
      <source>&amp;Information:</source>
      <translation>&amp;Uppgifter:</translation>
    </message>
    <message>
      <source>Pu&amp;rpose:</source>
      <translation>S&amp;yfte:</translation>
    </message>
    <message>
      <source>&amp;How:</source>
      <translation>&amp;Hur:</translation>
    </message>
    <message>
      <source>&amp;Documented by:</source>
      <translation>&amp;Dokumenterat av:</translation>
    </message>
    <message>
      <source>&amp;Given on:</source>
      <translation>&amp;Lämnat den:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>&amp;Gäller till och med:</translation>
    </message>
    <message>
      <source>&amp;Register consent</source>
      <translation>&amp;Registrera samtycke</translation>
    </message>
    <message>
      <source>Required: who received the oral consent</source>
      <translation>Krävs: vem som tog emot det muntliga samtycket</translation>
    </message>
    <message>
      <source>Optional for a written consent</source>
      <translation>Frivilligt för ett skriftligt samtycke</translation>
    </message>
    <message>
      <source>The programme's default is {days} days: up to and including {date}.</source>
      <translation>Programmets standard är {days} dagar: till och med {date}.</translation>
    </message>
    <message>
      <source>Tick at least one party: a consent must say whom it is for.</source>
      <translation>Kryssa för minst en aktör: ett samtycke måste ange vem det gäller.</translation>
    </message>
    <message>
      <source>Say which information may be shared.</source>
      <translation>Ange vilka uppgifter som får lämnas.</translation>
    </message>
    <message>
      <source>Say for what purpose.</source>
      <translation>Ange i vilket syfte.</translation>
    </message>
    <message>
      <source>An oral consent must be documented: say who received it.</source>
      <translation>Ett muntligt samtycke måste dokumenteras: ange vem som tog emot det.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>Datumet ligger i framtiden.</translation>
    </message>
    <message>
      <source>A consent cannot end before the day it was given.</source>
      <translation>Ett samtycke kan inte upphöra före dagen det lämnades.</translation>
    </message>
  </context>
  <context>
    <name>TeamDialog</name>
    <message>
      <source>People working with case {case}</source>
      <translation>Personer som arbetar med ärende {case}</translation>
    </message>
    <message>
      <source>Loading staff…</source>
      <translation>Hämtar personal…</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Aktör</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>A&amp;dd agency</source>
      <translation>&amp;Lägg till aktör</translation>
    </message>
    <message>
      <source>&amp;Remove agency</source>
      <translation>&amp;Ta bort aktör</translation>
    </message>
    <message>
      <source>Press F2 or type to edit a cell; Delete removes the selected agency.</source>
      <translation>Tryck F2 eller börja skriva för att ändra en cell; Delete tar bort den valda aktören.</translation>
    </message>
    <message>
      <source>R&amp;esponsible worker:</source>
      <translation>A&amp;nsvarig handläggare:</translation>
    </message>
    <message>
      <source>Other &amp;staff:</source>
      <translation>Övrig &amp;personal:</translation>
    </message>
    <message>
      <source>A&amp;gencies involved:</source>
      <translation>Inblandade a&amp;ktörer:</translation>
    </message>
    <message>
      <source>Choose who is responsible</source>
      <translation>Välj vem som är ansvarig</translation>
    </message>
    <message>
      <source>Staff could not be read</source>
      <translation>Personalen kunde inte läsas</translation>
    </message>
    <message>
      <source>Choose who is responsible for the case.</source>
      <translation>Välj vem som är ansvarig för ärendet.</translation>
    </message>
    <message>
      <source>Write the name of an agency of the kind Other (row {rows}).</source>
      <translation>Skriv namnet på en aktör av typen Annat (rad {rows}).</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Caseflow – unlock</source>
      <translation>Caseflow – lås upp</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Bläddra…</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>&amp;Databas:</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>Lås &amp;upp</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>&amp;Ny databas…</translation>
    </message>
    <message>
      <source>Forgot passphrase? Use the &amp;recovery key…</source>
      <translation>Glömt lösenfrasen? Använd å&amp;terställningsnyckeln…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <source>The database is locked. Unlock it with your user name and passphrase.</source>
      <translation>Databasen är låst. Lås upp den med ditt användarnamn och din lösenfras.</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Öppna databas</translation>
    </message>
    <message>
      <source>Caseflow database (*.db);;All files (*)</source>
      <translation>Caseflow-databas (*.db);;Alla filer (*)</translation>
    </message>
    <message>
      <source>Choose a database and write your user name.</source>
      <translation>Välj en databas och skriv ditt användarnamn.</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Låser upp…</translation>
    </message>
  </context>
  <context>
    <name>WithdrawConsentDialog</name>
    <message>
      <source>Withdraw consent</source>
      <translation>Återkalla samtycke</translation>
    </message>
    <message>
      <source>Everything this person has consented to</source>
      <translation>Allt som personen har samtyckt till</translation>
    </message>
    <message>
      <source>Only the parties ticked below</source>
      <translation>Endast de aktörer som är markerade nedan</translation>
    </message>
    <message>
      <source>From the date of withdrawal nothing may be shared on the basis of the withdrawn consent. What was shared before stays recorded.</source>
      <translation>Från datumet för återkallelsen får ingenting lämnas ut med stöd av det återkallade samtycket. Det som redan har lämnats ut finns kvar dokumenterat.</translation>
    </message>
    <message>
      <source>&amp;Who withdrew:</source>
      <translation>&amp;Vem återkallade:</translation>
    </message>
    <message>
      <source>&amp;Withdrawn:</source>
      <translation>Åter&amp;kallat:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;How it was received:</source>
      <translation>&amp;Hur det togs emot:</translation>
    </message>
    <message>
      <source>&amp;Received by:</source>
      <translation>&amp;Mottaget av:</translation>
    </message>
    <message>
      <source>&amp;Record withdrawal</source>
      <translation>&amp;Registrera återkallelse</translation>
    </message>
    <message>
      <source>Required: who received the oral withdrawal</source>
      <translation>Krävs: vem som tog emot den muntliga återkallelsen</translation>
    </message>
    <message>
      <source>Optional for a written withdrawal</source>
      <translation>Frivilligt för en skriftlig återkallelse</translation>
    </message>
    <message>
      <source>Nobody has consented yet: there is nothing to withdraw.</source>
      <translation>Ingen har samtyckt ännu: det finns inget att återkalla.</translation>
    </message>
    <message>
      <source>Tick the parties the consent is withdrawn for.</source>
      <translation>Kryssa för de aktörer som samtycket återkallas för.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>Datumet ligger i framtiden.</translation>
    </message>
    <message>
      <source>An oral withdrawal must be documented: say who received it.</source>
      <translation>En muntlig återkallelse måste dokumenteras: ange vem som tog emot den.</translation>
    </message>
  </context>
</TS>
