<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this program</source>
        <translation>det här programmet</translation>
    </message>
    <message>
        <source>windows, printing and PDF preview</source>
        <translation>fönster, utskrift och förhandsgranskning av PDF</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Qt for Python</translation>
    </message>
    <message>
        <source>the encrypted database (with SQLite)</source>
        <translation>den krypterade databasen (med SQLite)</translation>
    </message>
    <message>
        <source>the ciphers of SQLCipher and cryptography</source>
        <translation>krypteringen i SQLCipher och cryptography</translation>
    </message>
    <message>
        <source>Python&apos;s driver for SQLCipher</source>
        <translation>Pythons drivrutin för SQLCipher</translation>
    </message>
    <message>
        <source>key derivation and key wrapping</source>
        <translation>nyckelhärledning och nyckelinpackning</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>databasåtkomst</translation>
    </message>
    <message>
        <source>database upgrades</source>
        <translation>databasuppgraderingar</translation>
    </message>
    <message>
        <source>used by Alembic</source>
        <translation>används av Alembic</translation>
    </message>
    <message>
        <source>used by Mako</source>
        <translation>används av Mako</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>PDF-rapporter</translation>
    </message>
    <message>
        <source>used by reportlab, with the image libraries it carries</source>
        <translation>används av reportlab, med de bildbibliotek som följer med det</translation>
    </message>
    <message>
        <source>the font of the PDF reports</source>
        <translation>typsnittet i PDF-rapporterna</translation>
    </message>
    <message>
        <source>the programming language Caseflow runs on</source>
        <translation>programspråket som Caseflow körs i</translation>
    </message>
    <message>
        <source>used by SQLAlchemy</source>
        <translation>används av SQLAlchemy</translation>
    </message>
    <message>
        <source>used by cryptography</source>
        <translation>används av cryptography</translation>
    </message>
    <message>
        <source>used by reportlab</source>
        <translation>används av reportlab</translation>
    </message>
    <message>
        <source>the list, and how to replace Qt</source>
        <translation>listan, och hur du byter ut Qt</translation>
    </message>
    <message>
        <source>About Caseflow</source>
        <translation>Om Caseflow</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licenser</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Kopiera versioner</translation>
    </message>
    <message>
        <source>Case management for municipal social services&apos; work with young people (SSPF, SIG and exit support). Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Ärendehantering för kommunala socialtjänstens arbete med unga (SSPF, SIG och avhopparverksamhet). Fri programvara under GNU General Public License, version 3 eller senare.</translation>
    </message>
    <message>
        <source>Caseflow uses Qt and PySide6 under the GNU Lesser General Public License, version 3. This build keeps Qt&apos;s libraries as separate files in the folder _internal/PySide6 beside the program, so you may replace them with your own build of the same Qt version; the Licences tab (All components) says how.</source>
        <translation>Caseflow använder Qt och PySide6 under GNU Lesser General Public License, version 3. I det här bygget ligger Qt:s bibliotek som separata filer i mappen _internal/PySide6 bredvid programmet, så att du kan byta ut dem mot ett eget bygge av samma Qt-version. Hur du gör står på fliken Licenser (Alla komponenter).</translation>
    </message>
    <message>
        <source>Every component of this build, with versions and licences: %1</source>
        <translation>Alla komponenter i det här bygget, med versioner och licenser: %1</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Alla komponenter</translation>
    </message>
    <message>
        <source>Co&amp;mponent:</source>
        <translation>&amp;Komponent:</translation>
    </message>
    <message>
        <source>%1 (%2), licence: %3</source>
        <translation>%1 (%2), licens: %3</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation.</source>
        <translation>Licenstexten saknas i den här installationen.</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate…</source>
        <translation>Åte&amp;raktivera…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>Återställ &amp;lösenfras…</translation>
    </message>
    <message>
        <source>Everyone who uses Caseflow has an account of their own. A deactivated account can no longer unlock; its name stays in the records and the log.</source>
        <translation>Alla som använder Caseflow har ett eget konto. Ett inaktiverat konto kan inte längre låsa upp Caseflow; namnet finns kvar i dokumentationen och i loggen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Must change passphrase</source>
        <translation>Måste byta lösenfras</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>Nej, inaktiverat</translation>
    </message>
    <message>
        <source>This account cannot unlock.</source>
        <translation>Det här kontot kan inte låsa upp Caseflow.</translation>
    </message>
    <message>
        <source>Change your own passphrase from the File menu.</source>
        <translation>Byt din egen lösenfras via menyn Arkiv.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Inaktivera konto</translation>
    </message>
    <message>
        <source>Deactivate the account of %1 (%2)? They can no longer unlock Caseflow, from now on. Their name stays in the records and the log. You can reactivate the account later with a new one-time passphrase.</source>
        <translation>Vill du inaktivera kontot för %1 (%2)? Från och med nu kan personen inte längre låsa upp Caseflow. Namnet finns kvar i dokumentationen och i loggen. Du kan återaktivera kontot senare med en ny engångslösenfras.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>%1 can no longer unlock Caseflow.</source>
        <translation>%1 kan inte längre låsa upp Caseflow.</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Återaktivera konto</translation>
    </message>
    <message>
        <source>Reactivate the account of %1 (%2)? They get a one-time passphrase, shown next, that they must change at first unlock.</source>
        <translation>Vill du återaktivera kontot för %1 (%2)? Personen får en engångslösenfras, som visas i nästa steg, och måste byta den första gången Caseflow låses upp.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Åte&amp;raktivera</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Återställ lösenfras</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new one-time passphrase? Their current passphrase stops working at once.</source>
        <translation>Vill du ge %1 (%2) en ny engångslösenfras? Den nuvarande lösenfrasen slutar gälla direkt.</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase</source>
        <translation>Återställ &amp;lösenfras</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Överenskommen åtgärd</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Ansvarig aktör</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this agreed action</source>
        <translation>Ta bort den här överenskomna åtgärden</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>My actions</source>
        <translation>Mina åtgärder</translation>
    </message>
    <message>
        <source>The actions tracker lists what is to be done in the cases you work on. Your role does not work on cases, so there is nothing to list here.</source>
        <translation>Åtgärdslistan visar vad som ska göras i de ärenden du arbetar med. Med din roll arbetar du inte med ärenden, så det finns inget att visa här.</translation>
    </message>
    <message>
        <source>Actions from the action plans and those agreed at meetings, by due date. Mine are those you are responsible for and those in your open cases.</source>
        <translation>Åtgärder från handlingsplanerna och åtgärder som man kommit överens om på möten, ordnade efter när de ska vara klara. Till Mina åtgärder hör de som du är ansvarig för och de som finns i dina öppna ärenden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>O&amp;pen only</source>
        <translation>&amp;Endast öppna</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Endast &amp;försenade</translation>
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
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the case.</source>
        <translation>Tryck på Enter eller dubbelklicka för att öppna ärendet.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <source>&amp;In progress</source>
        <translation>&amp;Pågår</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Avbrutet</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Öppna ärendet</translation>
    </message>
    <message>
        <source>Set the selected action to:</source>
        <translation>Ändra status för den valda åtgärden till:</translation>
    </message>
    <message>
        <source>The actions could not be read.</source>
        <translation>Åtgärderna kunde inte läsas in.</translation>
    </message>
    <message>
        <source>The first %1 actions are shown. Narrow the list with the filters.</source>
        <translation>De första %1 åtgärderna visas. Begränsa listan med filtren.</translation>
    </message>
    <message>
        <source>No actions match the filters.</source>
        <translation>Inga åtgärder stämmer med filtren.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s).</source>
        <translation>
            <numerusform>%n åtgärd.</numerusform>
            <numerusform>%n åtgärder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>%n av dem är försenad.</numerusform>
            <numerusform>%n av dem är försenade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Försenad med %n dag</numerusform>
            <numerusform>Försenad med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}
Agreed at the meeting of {date}</source>
        <translation>{what}
Överenskommen på mötet den {date}</translation>
    </message>
    <message>
        <source>“{what}” is now: {status}.</source>
        <translation>”{what}” har nu status: {status}.</translation>
    </message>
</context>
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
    <name>AddItemDialog</name>
    <message>
        <source>Add an item</source>
        <translation>Lägg till en punkt</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Ärende:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Give the item a heading.</source>
        <translation>Ge punkten en rubrik.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;mänt</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>K&amp;onton</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Säkerhets&amp;kopior</translation>
    </message>
    <message>
        <source>This database is on your team&apos;s server (%1). The server decides what each person may see and keeps the log. Accounts and passwords are managed by IT with “caseflow server user”, and the server is backed up with its own tools.</source>
        <translation>Den här databasen finns på ert teams server (%1). Servern avgör vad var och en får se och för loggen. Konton och lösenord sköts av IT med ”caseflow server user”, och servern säkerhetskopieras med sina egna verktyg.</translation>
    </message>
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
    <name>AppController</name>
    <message>
        <source>Central settings</source>
        <translation>Centrala inställningar</translation>
    </message>
    <message>
        <source>Caseflow starts, but your IT department&apos;s settings need attention:</source>
        <translation>Caseflow startar, men IT-avdelningens inställningar behöver åtgärdas:</translation>
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
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Tick who took part in the meeting on %1. In a shared sitting, tick only the cases a participant was present for. Anyone outside social services must be covered by consent or a recorded legal ground for each of those cases on the meeting date; otherwise they are not recorded, and the reason is shown.</source>
        <translation>Markera vilka som deltog i mötet den %1. Vid ett gemensamt möte om flera ärenden markerar du bara de ärenden som deltagaren var närvarande vid. Den som inte tillhör socialtjänsten måste omfattas av samtycke eller en registrerad rättslig grund för vart och ett av de ärendena på mötesdagen. Annars registreras personen inte, och skälet visas.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>&amp;Record attendance</source>
        <translation>&amp;Registrera närvaro</translation>
    </message>
    <message>
        <source>The minutes are approved: attendance can no longer change.</source>
        <translation>Protokollet är justerat: närvaron kan inte längre ändras.</translation>
    </message>
    <message>
        <source>%1 – not recorded</source>
        <translation>%1 – inte registrerad</translation>
    </message>
    <message>
        <source>Not recorded as taking part:</source>
        <translation>Inte registrerade som deltagare:</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Logged in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ärendet har öppnats</translation>
    </message>
    <message>
        <source>Case list shown</source>
        <translation>Ärendelistan har visats</translation>
    </message>
    <message>
        <source>Search shown</source>
        <translation>Sökresultat har visats</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>Uppgifter har sparats</translation>
    </message>
    <message>
        <source>Report produced</source>
        <translation>Rapport har skapats</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Konto har ändrats</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Inställningar har ändrats</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Deleted by retention</source>
        <translation>Gallrat</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Loggpost %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The automatic backup failed: %1 Caseflow tries again later.</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1 Caseflow försöker igen senare.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>No folder chosen: automatic backups are off</source>
        <translation>Ingen mapp vald: automatisk säkerhetskopiering är avstängd</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Med %n timmes mellanrum</numerusform>
            <numerusform>Med %n timmars mellanrum</numerusform>
        </translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Avbryt säkerhetskopieringen</translation>
    </message>
    <message>
        <source>Looking for the last backup…</source>
        <translation>Letar efter den senaste säkerhetskopian…</translation>
    </message>
    <message>
        <source>Backup f&amp;older:</source>
        <translation>Ma&amp;pp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>Hur o&amp;fta:</translation>
    </message>
    <message>
        <source>Copies to &amp;keep:</source>
        <translation>Antal kopior att &amp;behålla:</translation>
    </message>
    <message>
        <source>Backups are encrypted like the database and checked before they are kept. These settings belong to this computer. Choose a folder on another disk or the municipality&apos;s network, not beside the database.</source>
        <translation>Säkerhetskopiorna krypteras på samma sätt som databasen och kontrolleras innan de sparas. Inställningarna gäller den här datorn. Välj en mapp på en annan disk eller i kommunens nätverk, inte bredvid databasen.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Välj mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>No backup folder is chosen on this computer: automatic backups are off.</source>
        <translation>Ingen mapp för säkerhetskopior är vald på den här datorn: automatisk säkerhetskopiering är avstängd.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Ingen säkerhetskopia ännu.</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>Senaste lyckade säkerhetskopia: %1</translation>
    </message>
    <message>
        <source>That is longer ago than the chosen interval.</source>
        <translation>Det är längre sedan än det valda intervallet.</translation>
    </message>
    <message>
        <source>Backup saved and checked: %1 (%2 MB).</source>
        <translation>Säkerhetskopian är sparad och kontrollerad: %1 (%2 MB).</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made; older ones are kept.</source>
        <translation>Säkerhetskopieringen avbröts. Ingen kopia gjordes; de äldre finns kvar.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a meeting</source>
        <translation>Boka möte</translation>
    </message>
    <message>
        <source>Change booking: %1 on %2</source>
        <translation>Ändra bokning: %1 den %2</translation>
    </message>
    <message>
        <source>&amp;Save booking</source>
        <translation>&amp;Spara bokningen</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Boka</translation>
    </message>
    <message>
        <source>Load the saved &amp;version</source>
        <translation>Hämta den sparade &amp;versionen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>e.g. Vasaskolan, room 12</source>
        <translation>t.ex. Vasaskolan, rum 12</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Cases on the agenda:</source>
        <translation>&amp;Ärenden på dagordningen:</translation>
    </message>
    <message>
        <source>&amp;Invitees:</source>
        <translation>&amp;Inbjudna:</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Välj typ av möte.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>Mötet måste sluta efter att det börjar.</translation>
    </message>
    <message>
        <source>Enter where the meeting is held.</source>
        <translation>Ange var mötet hålls.</translation>
    </message>
    <message>
        <source>Add at least one case: type its number or a name.</source>
        <translation>Lägg till minst ett ärende: skriv ärendenumret eller ett namn.</translation>
    </message>
    <message>
        <source>The saved version is shown. What you typed is kept under File → Unsaved drafts: make your change again where it still applies.</source>
        <translation>Den sparade versionen visas. Det du skrev finns kvar under Arkiv → Osparade utkast: gör din ändring igen där den fortfarande gäller.</translation>
    </message>
    <message>
        <source>Discard the booking?</source>
        <translation>Vill du kasta bokningen?</translation>
    </message>
    <message>
        <source>What you typed in this booking is not saved. Throw it away?</source>
        <translation>Det du har skrivit i bokningen är inte sparat. Vill du kasta det?</translation>
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
        <source>Protected identity</source>
        <translation>Skyddade personuppgifter</translation>
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
    <name>CasePicker</name>
    <message>
        <source>Case number or name, then Enter</source>
        <translation>Ärendenummer eller namn, tryck sedan Enter</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Hittade ärenden</translation>
    </message>
    <message>
        <source>A&amp;dd case</source>
        <translation>&amp;Lägg till ärende</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>Ärenden på dagordningen</translation>
    </message>
    <message>
        <source>Re&amp;move case</source>
        <translation>&amp;Ta bort ärende</translation>
    </message>
    <message>
        <source>On the agenda:</source>
        <translation>På dagordningen:</translation>
    </message>
    <message>
        <source>%1 is already on the agenda.</source>
        <translation>%1 finns redan på dagordningen.</translation>
    </message>
    <message>
        <source>%1 is on the agenda.</source>
        <translation>%1 finns nu på dagordningen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No open case matches.</source>
        <translation>Inget öppet ärende stämmer med sökningen.</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>consent given on {date} by {names}</source>
        <translation>samtycke lämnat den {date} av {names}</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first}, och {second}</translation>
    </message>
    <message>
        <source>Prepared for {recipient} under {consents}, valid until {until}.</source>
        <translation>Upprättad för {recipient} med stöd av {consents}, giltig till och med {until}.</translation>
    </message>
    <message>
        <source>Prepared for {recipient} on the legal ground {ground}, recorded on {date}, valid until {until}.</source>
        <translation>Upprättad för {recipient} med stöd av den rättsliga grunden {ground}, registrerad {date}, giltig till och med {until}.</translation>
    </message>
    <message>
        <source>Free text written in the case: the referral reason, assessment summaries and comments, follow-up summaries, notes on goals, and the notes and decisions of minutes.</source>
        <translation>Fritext som har skrivits i ärendet: skälet till anmälan, sammanfattningar av och kommentarer till kartläggningar, sammanfattningar av uppföljningar, anteckningar om mål samt anteckningar och beslut i protokoll.</translation>
    </message>
    <message>
        <source>The journal.</source>
        <translation>Journalen.</translation>
    </message>
    <message>
        <source>The family factors: they describe the guardians and the home.</source>
        <translation>Faktorerna om familjen: de beskriver vårdnadshavarna och hemmet.</translation>
    </message>
    <message>
        <source>Actions of other agencies and the people responsible there.</source>
        <translation>Andra aktörers åtgärder och de personer som är ansvariga där.</translation>
    </message>
    <message>
        <source>Contact details, the other parties of the case, and consents or legal grounds that concern other parties.</source>
        <translation>Kontaktuppgifter, ärendets övriga aktörer samt samtycken eller rättsliga grunder som gäller andra aktörer.</translation>
    </message>
    <message>
        <source>Minutes that are not approved yet.</source>
        <translation>Protokoll som ännu inte är justerade.</translation>
    </message>
    <message>
        <source>“{text}” is not a recipient. Write the kind of party, optionally with a name after a colon, for example “school:Vasaskolan” or “police”. Kinds: {kinds}.</source>
        <translation>”{text}” är inte en mottagare. Skriv typ av aktör, om du vill följt av ett namn efter ett kolon, till exempel ”school:Vasaskolan” eller ”police”. Typer: {kinds}.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>In force for {parties}</source>
        <translation>Gäller för {parties}</translation>
    </message>
    <message>
        <source>No longer registered as a guardian</source>
        <translation>Inte längre registrerad som vårdnadshavare</translation>
    </message>
    <message>
        <source>Case follow-up report</source>
        <translation>Uppföljningsrapport för ärende</translation>
    </message>
    <message>
        <source>Case follow-up report – {case}</source>
        <translation>Uppföljningsrapport för ärende – {case}</translation>
    </message>
    <message>
        <source>Follow-up of {case}, copy for the case file</source>
        <translation>Uppföljning av {case}, exemplar för akten</translation>
    </message>
    <message>
        <source>Follow-up of {case}, copy for {recipient}</source>
        <translation>Uppföljning av {case}, exemplar för {recipient}</translation>
    </message>
    <message>
        <source>{programme} · {case} · as of {date}</source>
        <translation>{programme} · {case} · per {date}</translation>
    </message>
    <message>
        <source>Copy for the case file. It holds everything the follow-up covers: do not hand it to another party; print a copy for the recipient instead.</source>
        <translation>Exemplar för akten. Det innehåller allt som uppföljningen omfattar: lämna inte ut det till någon annan aktör, utan skriv ut ett exemplar för mottagaren i stället.</translation>
    </message>
    <message>
        <source>Information the consent covers</source>
        <translation>Uppgifter som samtycket omfattar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>This copy leaves out</source>
        <translation>Det här exemplaret innehåller inte</translation>
    </message>
    <message>
        <source>Protected identity (skyddade personuppgifter): no address, school or other contact details are printed. Handle this report with particular care.</source>
        <translation>Skyddade personuppgifter: ingen adress, skola eller andra kontaktuppgifter skrivs ut. Hantera rapporten med särskild försiktighet.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>Den unge</translation>
    </message>
    <message>
        <source>Parties in the case</source>
        <translation>Aktörer i ärendet</translation>
    </message>
    <message>
        <source>Consent on {date}</source>
        <translation>Samtycke per {date}</translation>
    </message>
    <message>
        <source>Basis for this copy</source>
        <translation>Grund för det här exemplaret</translation>
    </message>
    <message>
        <source>Risk and protective factors over time</source>
        <translation>Risk- och skyddsfaktorer över tid</translation>
    </message>
    <message>
        <source>The plan&apos;s goals at each follow-up</source>
        <translation>Handlingsplanens mål vid varje uppföljning</translation>
    </message>
    <message>
        <source>Activities of the plan</source>
        <translation>Handlingsplanens aktiviteter</translation>
    </message>
    <message>
        <source>Follow-up summaries</source>
        <translation>Sammanfattningar av uppföljningar</translation>
    </message>
    <message>
        <source>Meetings and agreed actions</source>
        <translation>Möten och överenskomna åtgärder</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
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
        <source>{date}, from {source}</source>
        <translation>{date}, från {source}</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Skäl till anmälan</translation>
    </message>
    <message>
        <source>Responsible social worker</source>
        <translation>Ansvarig socialsekreterare</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Sammanfattning vid avslut</translation>
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
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} år</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddade personuppgifter</translation>
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
        <source>Guardians</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>{name} (custody)</source>
        <translation>{name} (har vårdnaden)</translation>
    </message>
    <message>
        <source>{name} (no custody)</source>
        <translation>{name} (har inte vårdnaden)</translation>
    </message>
    <message>
        <source>{name}: must not be told about the case</source>
        <translation>{name}: får inte informeras om ärendet</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Omfattas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>Registrerade samtycken</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Information and purpose</source>
        <translation>Uppgifter och syfte</translation>
    </message>
    <message>
        <source>{information}
Purpose: {purpose}</source>
        <translation>{information}
Syfte: {purpose}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>{start} – {end}
{manner}</source>
        <translation>{start} – {end}
{manner}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>No consent has been recorded.</source>
        <translation>Inget samtycke har registrerats.</translation>
    </message>
    <message>
        <source>No other party is involved.</source>
        <translation>Ingen annan aktör är inblandad.</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Återkallelser</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Återkallat av</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Legal grounds recorded</source>
        <translation>Registrerade rättsliga grunder</translation>
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
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>{domain} · {kind}</source>
        <translation>{domain} · {kind}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>No assessment has been recorded.</source>
        <translation>Ingen kartläggning har registrerats.</translation>
    </message>
    <message>
        <source>Earlier assessments not shown in the table: {earlier}.</source>
        <translation>Tidigare kartläggningar som inte visas i tabellen: {earlier}.</translation>
    </message>
    <message>
        <source>Factors about the family left out of this copy: {count}.</source>
        <translation>Faktorer om familjen som inte finns med i det här exemplaret: {count}.</translation>
    </message>
    <message>
        <source>Assessment summaries</source>
        <translation>Sammanfattningar av kartläggningar</translation>
    </message>
    <message>
        <source>{date}, {author}</source>
        <translation>{date}, {author}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>{domain} · target date {date}</source>
        <translation>{domain} · måldatum {date}</translation>
    </message>
    <message>
        <source>The plan has no goals yet.</source>
        <translation>Handlingsplanen har inga mål ännu.</translation>
    </message>
    <message>
        <source>No follow-up has been held yet.</source>
        <translation>Ingen uppföljning har gjorts än.</translation>
    </message>
    <message>
        <source>Earlier follow-ups not shown in the table: {earlier}.</source>
        <translation>Tidigare uppföljningar som inte visas i tabellen: {earlier}.</translation>
    </message>
    <message>
        <source>Follow-up on {date}, {author}</source>
        <translation>Uppföljning {date}, {author}</translation>
    </message>
    <message>
        <source>{goal} ({status}): {note}</source>
        <translation>{goal} ({status}): {note}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, försenad</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <source>The case has not been on a meeting&apos;s agenda.</source>
        <translation>Ärendet har inte funnits på dagordningen för något möte.</translation>
    </message>
    <message>
        <source>{date} {time}, {kind} ({status})</source>
        <translation>{date} {time}, {kind} ({status})</translation>
    </message>
    <message>
        <source>§ {number} {heading}</source>
        <translation>§ {number} {heading}</translation>
    </message>
    <message>
        <source>§ {number} {heading} (correction of § {corrects})</source>
        <translation>§ {number} {heading} (rättelse av § {corrects})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Next meeting or follow-up</source>
        <translation>Nästa möte eller uppföljning</translation>
    </message>
    <message>
        <source>No minutes for this case.</source>
        <translation>Inget protokoll för det här ärendet.</translation>
    </message>
    <message>
        <source>Actions of other agencies left out of this copy: {count}.</source>
        <translation>Andra aktörers åtgärder som inte finns med i det här exemplaret: {count}.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
    <message>
        <source>Journal entries: {count}, the latest on {date}. The journal is not part of this report.</source>
        <translation>Journalanteckningar: {count}, den senaste {date}. Journalen ingår inte i den här rapporten.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Case follow-up report {case} printed on {date}: case facts, the plan&apos;s goals and follow-ups, risk and protective factors, meetings with approved minutes, actions of social services and of {recipient}, next steps.</source>
        <translation>Uppföljningsrapport för ärende {case} utskriven {date}: uppgifter om ärendet, handlingsplanens mål och uppföljningar, risk- och skyddsfaktorer, möten med justerade protokoll, åtgärder från socialtjänsten och från {recipient}, nästa steg.</translation>
    </message>
    <message>
        <source>There is no case {number}.</source>
        <translation>Det finns inget ärende med nummer {number}.</translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>Follow-up report %1</source>
        <translation>Uppföljningsrapport %1</translation>
    </message>
    <message>
        <source>Print the follow-up report of %1 for the case file, or a copy for one of the case&apos;s parties. A copy for a party holds only what consent or a recorded legal ground covers for it today.</source>
        <translation>Skriv ut uppföljningsrapporten för %1 till akten, eller en kopia till en av ärendets aktörer. En kopia till en aktör innehåller bara det som samtycke eller en registrerad rättslig grund omfattar för aktören i dag.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Reading the case&apos;s parties…</source>
        <translation>Läser in ärendets aktörer…</translation>
    </message>
</context>
<context>
    <name>CaseReportForm</name>
    <message>
        <source>Case follow-up report</source>
        <translation>Uppföljningsrapport för ärendet</translation>
    </message>
    <message>
        <source>The case&apos;s facts, consent, risk and protective factors over time, the plan&apos;s goals at each follow-up, meetings and agreed actions, and next steps. A copy for a recipient holds only what consent or a recorded legal ground covers.</source>
        <translation>Ärendets grunduppgifter, samtycke, risk- och skyddsfaktorer över tid, handlingsplanens mål vid varje uppföljning, möten och överenskomna åtgärder samt nästa steg. En kopia till en mottagare innehåller bara det som samtycke eller en registrerad rättslig grund omfattar.</translation>
    </message>
    <message>
        <source>For example SSPF-2026-0042</source>
        <translation>Till exempel SSPF-2026-0042</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Ärende&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Write the case number, for example SSPF-2026-0042.</source>
        <translation>Skriv ärendenumret, till exempel SSPF-2026-0042.</translation>
    </message>
    <message>
        <source>You are not assigned to %1. Make report first asks why you need it; the reason is kept in the audit log with your name.</source>
        <translation>Du är inte knuten till %1. Skapa rapport frågar först varför du behöver den. Skälet sparas i loggen med ditt namn.</translation>
    </message>
</context>
<context>
    <name>CaseReportPreview</name>
    <message>
        <source>Follow-up report {case}</source>
        <translation>Uppföljningsrapport {case}</translation>
    </message>
    <message>
        <source>Follow-up report {case} {date}.pdf</source>
        <translation>Uppföljningsrapport {case} {date}.pdf</translation>
    </message>
    <message>
        <source>Follow-up report {case} for {recipient}</source>
        <translation>Uppföljningsrapport {case} för {recipient}</translation>
    </message>
    <message>
        <source>Follow-up report {case} for {recipient} {date}.pdf</source>
        <translation>Uppföljningsrapport {case} för {recipient} {date}.pdf</translation>
    </message>
    <message>
        <source>The copy for {recipient} is entered in the case&apos;s disclosure register.</source>
        <translation>Kopian till {recipient} har förts in i ärendets register över utlämnanden.</translation>
    </message>
    <message>
        <source>The copy could not be entered in the disclosure register, so the saved file was removed again: {reason}</source>
        <translation>Kopian kunde inte föras in i registret över utlämnanden, så den sparade filen har tagits bort igen: {reason}</translation>
    </message>
    <message>
        <source>The printed copy could not be entered in the disclosure register: {reason} Do not hand it out.</source>
        <translation>Den utskrivna kopian kunde inte föras in i registret över utlämnanden: {reason} Lämna inte ut den.</translation>
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
        <source>Mee&amp;tings</source>
        <translation>Mö&amp;ten</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; · not your case</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · inte ditt ärende</translation>
    </message>
    <message>
        <source>&lt;b&gt;This case cannot be opened&lt;/b&gt;</source>
        <translation>&lt;b&gt;Det här ärendet kan inte öppnas&lt;/b&gt;</translation>
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
    <name>CentralConfig</name>
    <message>
        <source>The central settings file {path} has an error on line {line}, column {column}: {detail}. Caseflow uses none of its settings until your IT department corrects it.</source>
        <translation>Den centrala inställningsfilen {path} har ett fel på rad {line}, kolumn {column}: {detail}. Caseflow använder inga av filens inställningar förrän IT-avdelningen har rättat den.</translation>
    </message>
    <message>
        <source>The central settings file {path} cannot be read. Caseflow uses its own defaults until your IT department corrects it.</source>
        <translation>Den centrala inställningsfilen {path} kan inte läsas. Caseflow använder sina egna standardinställningar tills IT-avdelningen har rättat felet.</translation>
    </message>
    <message>
        <source>Line {line} of the central settings file {path}: “{key}” is not a Caseflow setting. It is ignored.</source>
        <translation>Rad {line} i den centrala inställningsfilen {path}: ”{key}” är inte en inställning i Caseflow. Den ignoreras.</translation>
    </message>
    <message>
        <source>Line {line} of the central settings file {path}: “{key}” must be {expected}. It is ignored and Caseflow&apos;s default is used.</source>
        <translation>Rad {line} i den centrala inställningsfilen {path}: ”{key}” måste vara {expected}. Värdet ignoreras och Caseflows standardvärde används.</translation>
    </message>
    <message>
        <source>Line {line} of the central settings file {path}: “{name}” in user_may_change is not the name of a setting. It is ignored.</source>
        <translation>Rad {line} i den centrala inställningsfilen {path}: ”{name}” i user_may_change är inte namnet på en inställning. Det ignoreras.</translation>
    </message>
    <message>
        <source>a text of 1 to {length} characters</source>
        <translation>en text på 1 till {length} tecken</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>ett heltal från {low} till {high}</translation>
    </message>
    <message>
        <source>a full folder path in quotes</source>
        <translation>en fullständig sökväg till en mapp, inom citattecken</translation>
    </message>
    <message>
        <source>a full file path in quotes</source>
        <translation>en fullständig sökväg till en fil, inom citattecken</translation>
    </message>
    <message>
        <source>a server name or IP address in quotes</source>
        <translation>ett servernamn eller en IP-adress, inom citattecken</translation>
    </message>
    <message>
        <source>a [team_server] section with at least a host</source>
        <translation>ett avsnitt [team_server] med minst inställningen host</translation>
    </message>
    <message>
        <source>a list of setting names in quotes</source>
        <translation>en lista med namn på inställningar, inom citattecken</translation>
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
        <source>No password given: use its file option, {variable} or a terminal.</source>
        <translation>Inget lösenord angavs: använd dess filflagga, {variable} eller en terminal.</translation>
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
        <source>Wrote the calendar to {path} (meetings: {count}).</source>
        <translation>Kalendern har sparats i {path} (möten: {count}).</translation>
    </message>
    <message>
        <source>Usage error: {detail}</source>
        <translation>Fel i kommandot: {detail}</translation>
    </message>
    <message>
        <source>Caseflow met an unexpected error. Details (without personal data) are in {log}.</source>
        <translation>Caseflow råkade ut för ett oväntat fel. Detaljer (utan personuppgifter) finns i {log}.</translation>
    </message>
    <message>
        <source>Wrote and verified the backup {path} ({size} bytes).</source>
        <translation>Säkerhetskopian {path} har skrivits och kontrollerats ({size} byte).</translation>
    </message>
    <message>
        <source>Restored {backup} to {path} (verified).</source>
        <translation>{backup} har återställts till {path} (kontrollerad).</translation>
    </message>
    <message>
        <source>Name either a database file or a server profile.</source>
        <translation>Ange antingen en databasfil eller en serverprofil.</translation>
    </message>
    <message>
        <source>The audit log has been changed: entry {id} and the ones after it cannot be trusted.</source>
        <translation>Loggen har ändrats: det går inte att lita på post {id} och posterna efter den.</translation>
    </message>
    <message>
        <source>Wrote the audit log to {path}.</source>
        <translation>Loggen har sparats i {path}.</translation>
    </message>
    <message>
        <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>{value} är inte ett datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>Perioden börjar ({start}) efter att den slutar ({end}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan inte skriva till {path}: {reason}</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>det är en mapp.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>mappen finns inte.</translation>
    </message>
    <message>
        <source>you may not write in its folder.</source>
        <translation>du har inte behörighet att skriva i mappen.</translation>
    </message>
    <message>
        <source>There is no meeting {id}.</source>
        <translation>Det finns inget möte {id}.</translation>
    </message>
    <message>
        <source>Meeting {id} took up several cases ({cases}): its minutes are printed one case at a time. Choose the case with --case.</source>
        <translation>Möte {id} behandlade flera ärenden ({cases}): protokollet skrivs ut för ett ärende i taget. Välj ärende med --case.</translation>
    </message>
    <message>
        <source>--case is for the minutes: the agenda covers every case of the meeting.</source>
        <translation>--case gäller protokollet: dagordningen omfattar alla ärenden på mötet.</translation>
    </message>
    <message>
        <source>Case {case} is not on the agenda of meeting {id} (it has {cases}).</source>
        <translation>Ärende {case} finns inte på dagordningen för möte {id} (där finns {cases}).</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} har sparats.</translation>
    </message>
    <message>
        <source>The copy for {recipient} is recorded in the case&apos;s disclosure register.</source>
        <translation>Kopian till {recipient} är registrerad i ärendets register över utlämnanden.</translation>
    </message>
    <message>
        <source>--csv must name another file than --out.</source>
        <translation>--csv måste ange en annan fil än --out.</translation>
    </message>
    <message>
        <source>{value} is not a personal identity number: {reason}</source>
        <translation>{value} är inte ett personnummer: {reason}</translation>
    </message>
    <message>
        <source>Server administrator&apos;s password:</source>
        <translation>Serveradministratörens lösenord:</translation>
    </message>
    <message>
        <source>Prepared {database} on {host}; {user} is its first administrator.</source>
        <translation>{database} på {host} är förberedd; {user} är dess första administratör.</translation>
    </message>
    <message>
        <source>Added the user {user}.</source>
        <translation>Användaren {user} är tillagd.</translation>
    </message>
    <message>
        <source>{user} can no longer log in; their open connections were ended.</source>
        <translation>{user} kan inte längre logga in; användarens öppna anslutningar avslutades.</translation>
    </message>
    <message>
        <source>Set a new password for {user}.</source>
        <translation>Nytt lösenord satt för {user}.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <source>Copied {rows} rows into {database} on {host}; the counts match and the audit log verifies on the server. Give each user a password with “caseflow server user passwd” before they log in.</source>
        <translation>Kopierade {rows} rader till {database} på {host}; antalen stämmer och loggen verifieras på servern. Ge varje användare ett lösenord med ”caseflow server user passwd” innan de loggar in.</translation>
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
    <name>Conflicts</name>
    <message>
        <source>this journal entry</source>
        <translation>den här journalanteckningen</translation>
    </message>
    <message>
        <source>this person&apos;s details</source>
        <translation>personens uppgifter</translation>
    </message>
    <message>
        <source>this guardian</source>
        <translation>den här vårdnadshavaren</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>det här ärendet</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>det här målet</translation>
    </message>
    <message>
        <source>this activity</source>
        <translation>den här aktiviteten</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>det här mötet</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signering</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>the people working with the case</source>
        <translation>de som arbetar med ärendet</translation>
    </message>
    <message>
        <source>responsible worker</source>
        <translation>ansvarig handläggare</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>aktörer</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <source>why there is no number</source>
        <translation>varför personnummer saknas</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>school</source>
        <translation>skola</translation>
    </message>
    <message>
        <source>class</source>
        <translation>klass</translation>
    </message>
    <message>
        <source>protected identity</source>
        <translation>skyddad identitet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>vårdnad</translation>
    </message>
    <message>
        <source>information to the guardian</source>
        <translation>information till vårdnadshavaren</translation>
    </message>
    <message>
        <source>meeting type</source>
        <translation>mötestyp</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <source>invitees</source>
        <translation>inbjudna</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>inställt möte</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>protokoll</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>justering</translation>
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
        <source>The young person signs from the age of {age}; until then the guardians sign, and the young person&apos;s own view is asked for and given weight according to age and maturity.</source>
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
        <source>{names} must not be told anything about the case, not even which school or which parties take part. Give them the form without the parties&apos; names.</source>
        <translation>{names} får inte få veta något om ärendet, inte ens vilken skola eller vilka aktörer som deltar. Ge hen blanketten utan aktörernas namn.</translation>
    </message>
    <message>
        <source>Form with the parties&apos; names</source>
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
        <source>Outside the programme&apos;s ages</source>
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
        <source>Enter the guardian&apos;s name.</source>
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
        <source>Enter the participant&apos;s name.</source>
        <translation>Ange deltagarens namn.</translation>
    </message>
    <message>
        <source>{name} is from {agency} but is to speak for {party}: choose a party of their own agency.</source>
        <translation>{name} kommer från {agency} men ska företräda {party}: välj en aktör från den egna verksamheten.</translation>
    </message>
    <message>
        <source>That case is not on the meeting&apos;s agenda: add it to the meeting first.</source>
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
        <source>Say which of the meeting&apos;s cases the participant was present for.</source>
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
        <source>This item about {case} seems to mention the young person of {other}. What is said about one young person belongs in that person&apos;s file alone.</source>
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
        <source>In a shared sitting, keep each young person&apos;s papers apart</source>
        <translation>Vid ett gemensamt möte: håll varje ung persons handlingar åtskilda</translation>
    </message>
    <message>
        <source>Safety and risk</source>
        <translation>Säkerhet och risk</translation>
    </message>
    <message>
        <source>Each agency&apos;s actions since the last meeting</source>
        <translation>Varje aktörs insatser sedan förra mötet</translation>
    </message>
    <message>
        <source>The young person&apos;s and the family&apos;s view</source>
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
    <message>
        <source>The retention period after the last entry has ended</source>
        <translation>Gallringsfristen efter den senaste anteckningen har löpt ut</translation>
    </message>
    <message>
        <source>Consent was withdrawn and no other legal ground remains</source>
        <translation>Samtycket har återkallats och ingen annan rättslig grund finns kvar</translation>
    </message>
    <message>
        <source>A retention period is 1 to 100 years.</source>
        <translation>En gallringsfrist ska vara 1 till 100 år.</translation>
    </message>
    <message>
        <source>Days after closing must be 0 to 3650.</source>
        <translation>Antalet dagar efter avslut ska vara 0 till 3650.</translation>
    </message>
    <message>
        <source>A retention setting is not a number.</source>
        <translation>En gallringsinställning är inte ett tal.</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journalanteckning</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Note on the status change of {date}</source>
        <translation>Anteckning om statusändringen {date}</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Avslutande sammanfattning</translation>
    </message>
    <message>
        <source>Agencies of the case</source>
        <translation>Ärendets aktörer</translation>
    </message>
    <message>
        <source>{what}, {case} (not saved: changed meanwhile)</source>
        <translation>{what}, {case} (inte sparat: ändrat under tiden)</translation>
    </message>
    <message>
        <source>{what} (not saved: changed meanwhile)</source>
        <translation>{what} (inte sparat: ändrat under tiden)</translation>
    </message>
    <message>
        <source>Journal entry of {date}</source>
        <translation>Journalanteckning {date}</translation>
    </message>
    <message>
        <source>Meeting booking</source>
        <translation>Mötesbokning</translation>
    </message>
    <message>
        <source>Minutes item: {heading}</source>
        <translation>Protokollspunkt: {heading}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Uppgifter om {name}</translation>
    </message>
    <message>
        <source>Guardian {name}</source>
        <translation>Vårdnadshavare {name}</translation>
    </message>
    <message>
        <source>Goal status note of {date}</source>
        <translation>Anteckning om målets status {date}</translation>
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
        <source>Too many wrong passphrases in a row. Wait {seconds} seconds and try again.</source>
        <translation>För många felaktiga lösenfraser i rad. Vänta {seconds} sekunder och försök igen.</translation>
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
        <source>Cancelled. Nothing was saved.</source>
        <translation>Avbrutet. Inget sparades.</translation>
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
        <source>Write the person&apos;s name (at most 200 characters).</source>
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
        <source>The date is before the case&apos;s referral date.</source>
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
        <source>{change} {outcome}</source>
        <translation>{change} {outcome}</translation>
    </message>
    <message>
        <source>Your text is kept as a draft (File → Unsaved drafts). Load the saved version to see the change, then make yours again.</source>
        <translation>Din text är sparad som utkast (Arkiv → Osparade utkast). Hämta den sparade versionen för att se ändringen och gör sedan din ändring igen.</translation>
    </message>
    <message>
        <source>Your change was not saved. Load the saved version to see the other change, then make yours again.</source>
        <translation>Din ändring sparades inte. Hämta den sparade versionen för att se den andra ändringen och gör sedan din igen.</translation>
    </message>
    <message>
        <source>Someone else changed {record} after you opened it.</source>
        <translation>Någon annan ändrade {record} efter att du började redigera.</translation>
    </message>
    <message>
        <source>You changed {record} yourself at {time} on {date} ({fields}), in another window or on another computer.</source>
        <translation>Du ändrade själv {record} kl. {time} den {date} ({fields}), i ett annat fönster eller på en annan dator.</translation>
    </message>
    <message>
        <source>You changed {record} yourself at {time} on {date}, in another window or on another computer.</source>
        <translation>Du ändrade själv {record} kl. {time} den {date}, i ett annat fönster eller på en annan dator.</translation>
    </message>
    <message>
        <source>{who} changed {record} at {time} on {date} ({fields}) after you opened it.</source>
        <translation>{who} ändrade {record} kl. {time} den {date} ({fields}) efter att du började redigera.</translation>
    </message>
    <message>
        <source>{who} changed {record} at {time} on {date} after you opened it.</source>
        <translation>{who} ändrade {record} kl. {time} den {date} efter att du började redigera.</translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated in the future.</source>
        <translation>En uppföljning kan inte ha ett datum i framtiden.</translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation>Högst {maximum} tecken.</translation>
    </message>
    <message>
        <source>The case is closed: nothing can be followed up.</source>
        <translation>Ärendet är avslutat: inget kan följas upp.</translation>
    </message>
    <message>
        <source>The case was not on that meeting&apos;s agenda.</source>
        <translation>Ärendet fanns inte på mötets dagordning.</translation>
    </message>
    <message>
        <source>The meeting is cancelled: reinstate it first.</source>
        <translation>Mötet är inställt: återställ det först.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Användarnamnet är redan upptaget.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan inte inaktivera ditt eget konto.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>Den sista aktiva administratören kan inte inaktiveras.</translation>
    </message>
    <message>
        <source>The backup folder does not exist: choose another.</source>
        <translation>Mappen för säkerhetskopior finns inte: välj en annan.</translation>
    </message>
    <message>
        <source>You are not assigned to this case. Say why you need to open it; the reason is logged.</source>
        <translation>Du är inte kopplad till det här ärendet. Ange varför du behöver öppna det; skälet loggas.</translation>
    </message>
    <message>
        <source>This case is not yours: only the staff assigned to it can open it. Ask the responsible social worker to add you to the case if you need to work in it.</source>
        <translation>Det här ärendet är inte ditt: bara personal som är kopplad till ärendet kan öppna det. Be den ansvariga socialsekreteraren att lägga till dig i ärendet om du behöver arbeta i det.</translation>
    </message>
    <message>
        <source>The person in this case has a protected identity: only the staff assigned to the case can open it, whatever the reason.</source>
        <translation>Personen i det här ärendet har skyddad identitet: bara personal som är kopplad till ärendet kan öppna det, oavsett skäl.</translation>
    </message>
    <message>
        <source>The search text is too long. Search for a few words at a time.</source>
        <translation>Söktexten är för lång. Sök på några få ord i taget.</translation>
    </message>
    <message>
        <source>The meeting took up several young people: print the minutes for one case at a time, so that each case&apos;s part is printed alone.</source>
        <translation>Mötet tog upp flera unga: skriv ut protokollet för ett ärende i taget, så att varje ärendes del skrivs ut för sig.</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Välj typ av möte.</translation>
    </message>
    <message>
        <source>A closed case cannot be put on a meeting&apos;s agenda.</source>
        <translation>Ett avslutat ärende kan inte tas upp på ett mötes dagordning.</translation>
    </message>
    <message>
        <source>Minutes are already written for a case you took off the agenda: remove its items first.</source>
        <translation>Det finns redan protokoll skrivet för ett ärende som du tog bort från dagordningen: ta bort ärendets punkter först.</translation>
    </message>
    <message>
        <source>The minutes already agree actions or a next date before the new meeting date: change them first.</source>
        <translation>Protokollet innehåller redan överenskomna åtgärder eller ett nästa datum som ligger före det nya mötesdatumet: ändra dem först.</translation>
    </message>
    <message>
        <source>Write the decision the deletion follows.</source>
        <translation>Skriv vilket beslut gallringen grundar sig på.</translation>
    </message>
    <message>
        <source>Some of the chosen cases are not due for deletion (any more). Nothing was deleted.</source>
        <translation>Några av de valda ärendena ska inte (längre) gallras. Inget har gallrats.</translation>
    </message>
    <message>
        <source>A backup is being made right now. Wait for it to finish.</source>
        <translation>En säkerhetskopia görs just nu. Vänta tills den är klar.</translation>
    </message>
    <message>
        <source>The server could not prove that it is the server in the profile (its TLS certificate does not match the certificate authority or the host name). Nothing was sent to it. Ask IT to check the profile.</source>
        <translation>Servern kunde inte visa att den är servern i profilen (dess TLS-certifikat stämmer inte med certifikatutfärdaren eller värdnamnet). Ingenting skickades till den. Be IT kontrollera profilen.</translation>
    </message>
    <message>
        <source>The Caseflow server cannot be reached. Check the network connection, or ask IT whether the server is running.</source>
        <translation>Det går inte att nå Caseflow-servern. Kontrollera nätverksanslutningen eller fråga IT om servern är igång.</translation>
    </message>
    <message>
        <source>The server name is not valid.</source>
        <translation>Servernamnet är inte giltigt.</translation>
    </message>
    <message>
        <source>The port must be 1–65535.</source>
        <translation>Porten måste vara 1–65535.</translation>
    </message>
    <message>
        <source>The database name may hold lower-case letters a–z, digits and _ only.</source>
        <translation>Databasnamnet får bara innehålla små bokstäver a–z, siffror och _.</translation>
    </message>
    <message>
        <source>The server profile cannot be read. It is a small text file with host, port, database and root_cert (the certificate authority&apos;s file); ask IT for it.</source>
        <translation>Serverprofilen går inte att läsa. Den är en liten textfil med host, port, database och root_cert (certifikatutfärdarens fil); be IT om den.</translation>
    </message>
    <message>
        <source>The server database is not empty. Caseflow copies a database only into an empty one; nothing was written.</source>
        <translation>Serverdatabasen är inte tom. Caseflow kopierar en databas bara till en tom databas; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The local database and the server database are at different versions of Caseflow&apos;s schema. Open the local database with this version of Caseflow first (it upgrades it), and prepare the server with the same version.</source>
        <translation>Den lokala databasen och serverdatabasen har olika versioner av Caseflows databasschema. Öppna först den lokala databasen med den här versionen av Caseflow (då uppgraderas den) och förbered servern med samma version.</translation>
    </message>
    <message>
        <source>The copy on the server does not match the local database, so it was not kept. The local database is unchanged.</source>
        <translation>Kopian på servern stämmer inte med den lokala databasen och sparades därför inte. Den lokala databasen är oförändrad.</translation>
    </message>
    <message>
        <source>The server database already holds tables. Caseflow prepares only an empty database; nothing was changed.</source>
        <translation>Serverdatabasen innehåller redan tabeller. Caseflow förbereder bara en tom databas; ingenting ändrades.</translation>
    </message>
    <message>
        <source>There is no active Caseflow user by that name in this database.</source>
        <translation>Det finns ingen aktiv Caseflow-användare med det namnet i den här databasen.</translation>
    </message>
    <message>
        <source>On a Caseflow server, IT does this with the server&apos;s own tools and “caseflow server”; it is not done from here.</source>
        <translation>På en Caseflow-server gör IT detta med serverns egna verktyg och ”caseflow server”; det görs inte härifrån.</translation>
    </message>
    <message>
        <source>The server database is at another version of Caseflow&apos;s schema than this program. Ask IT to bring the server and the program to the same version.</source>
        <translation>Serverdatabasen har en annan version av Caseflows databasschema än det här programmet. Be IT se till att servern och programmet har samma version.</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>Registrera uppföljning</translation>
    </message>
    <message>
        <source>Not held at a meeting</source>
        <translation>Inte vid något möte</translation>
    </message>
    <message>
        <source>At m&amp;eeting:</source>
        <translation>Vid &amp;möte:</translation>
    </message>
    <message>
        <source>Save the &amp;follow-up</source>
        <translation>Spara &amp;uppföljningen</translation>
    </message>
    <message>
        <source>&amp;Date of the follow-up:</source>
        <translation>&amp;Datum för uppföljningen:</translation>
    </message>
    <message>
        <source>How the work has gone since the last follow-up, and what happens next.</source>
        <translation>Hur arbetet har gått sedan den senaste uppföljningen och vad som händer härnäst.</translation>
    </message>
    <message>
        <source>Risk and protective factors, looked at afresh:</source>
        <translation>Risk- och skyddsfaktorer, bedömda på nytt:</translation>
    </message>
    <message>
        <source>Risk and protective factors, looked at afresh (filled in from the mapping of {date}; change what is different now):</source>
        <translation>Risk- och skyddsfaktorer, bedömda på nytt (ifyllda från kartläggningen {date}; ändra det som är annorlunda nu):</translation>
    </message>
    <message>
        <source>Goals of the action plan</source>
        <translation>Handlingsplanens mål</translation>
    </message>
    <message>
        <source>The action plan has no open goals to follow up.</source>
        <translation>Handlingsplanen har inga öppna mål att följa upp.</translation>
    </message>
    <message>
        <source>Goal (status until now)</source>
        <translation>Mål (status hittills)</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status nu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>{goal} ({status})</source>
        <translation>{goal} ({status})</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Välj en status…</translation>
    </message>
    <message>
        <source>What the follow-up found (optional)</source>
        <translation>Vad uppföljningen visade (frivilligt)</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated in the future.</source>
        <translation>En uppföljning kan inte ha ett datum i framtiden.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a status for every open goal (%n without one).</source>
        <translation>
            <numerusform>Välj en status för varje öppet mål (%n saknar status).</numerusform>
            <numerusform>Välj en status för varje öppet mål (%n saknar status).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a summary of the follow-up.</source>
        <translation>Skriv en sammanfattning av uppföljningen.</translation>
    </message>
    <message>
        <source>Follow-up, {case}</source>
        <translation>Uppföljning, {case}</translation>
    </message>
    <message>
        <source>Unsaved text restored from a draft.</source>
        <translation>Osparad text har återställts från ett utkast.</translation>
    </message>
    <message>
        <source>Discard the follow-up</source>
        <translation>Kasta uppföljningen</translation>
    </message>
    <message>
        <source>What you entered in this follow-up is not saved. Discard it?</source>
        <translation>Det du har skrivit i den här uppföljningen är inte sparat. Vill du kasta det?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
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
        <source>Write the guardian&apos;s name.</source>
        <translation>Skriv vårdnadshavarens namn.</translation>
    </message>
    <message>
        <source>An e-mail address must contain @.</source>
        <translation>En e-postadress måste innehålla @.</translation>
    </message>
</context>
<context>
    <name>InviteeTable</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Aktörens namn</translation>
    </message>
    <message>
        <source>The school, unit or team they speak for</source>
        <translation>Skolan, enheten eller teamet som personen företräder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add in&amp;vitee</source>
        <translation>Lägg till &amp;inbjuden</translation>
    </message>
    <message>
        <source>Invitee %1: name</source>
        <translation>Inbjuden %1: namn</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>Invitee %1: agency</source>
        <translation>Inbjuden %1: aktör</translation>
    </message>
    <message>
        <source>Invitee %1: role</source>
        <translation>Inbjuden %1: roll</translation>
    </message>
    <message>
        <source>e.g. mentor</source>
        <translation>t.ex. mentor</translation>
    </message>
    <message>
        <source>Invitee %1: party</source>
        <translation>Inbjuden %1: aktörens namn</translation>
    </message>
    <message>
        <source>e.g. Vasaskolan</source>
        <translation>t.ex. Vasaskolan</translation>
    </message>
    <message>
        <source>Remove invitee %1</source>
        <translation>Ta bort inbjuden %1</translation>
    </message>
    <message>
        <source>Enter a name for every invitee, or remove the row.</source>
        <translation>Ange ett namn för varje inbjuden, eller ta bort raden.</translation>
    </message>
</context>
<context>
    <name>ItDepartmentNote</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Inställt av IT-avdelningen</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>heading</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>agreed actions</source>
        <translation>överenskomna åtgärder</translation>
    </message>
    <message>
        <source>next meeting or follow-up</source>
        <translation>nästa möte eller uppföljning</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>What was said about the young person&apos;s situation</source>
        <translation>Vad som sades om den unges situation</translation>
    </message>
    <message>
        <source>What the meeting decided</source>
        <translation>Vad mötet beslutade</translation>
    </message>
    <message>
        <source>No agreed actions.</source>
        <translation>Inga överenskomna åtgärder.</translation>
    </message>
    <message>
        <source>Add acti&amp;on</source>
        <translation>Lägg till &amp;åtgärd</translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation>Överenskommet:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>Agreed actions:</source>
        <translation>Överenskomna åtgärder:</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting or follow-up:</source>
        <translation>&amp;Nästa möte eller uppföljning:</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Load the saved version</source>
        <translation>&amp;Hämta den sparade versionen</translation>
    </message>
    <message>
        <source>Show the item as saved; your text stays in your drafts</source>
        <translation>Visa punkten som den är sparad; din text finns kvar bland dina utkast</translation>
    </message>
    <message>
        <source>%1, correction</source>
        <translation>%1, rättelse</translation>
    </message>
    <message>
        <source>&amp;Save item</source>
        <translation>&amp;Spara punkten</translation>
    </message>
    <message>
        <source>Save this item (Ctrl+S)</source>
        <translation>Spara den här punkten (Ctrl+S)</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>&amp;Kasta ändringarna</translation>
    </message>
    <message>
        <source>&amp;Remove item…</source>
        <translation>Ta &amp;bort punkten…</translation>
    </message>
    <message>
        <source>Add co&amp;rrection…</source>
        <translation>Lägg till &amp;rättelse…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New correction&lt;/b&gt; – the item stays as approved; the correction is shown under it.</source>
        <translation>&lt;b&gt;Ny rättelse&lt;/b&gt; – punkten står kvar som den justerades; rättelsen visas under den.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Spara rättelsen</translation>
    </message>
    <message>
        <source>Canc&amp;el correction</source>
        <translation>&amp;Avbryt rättelsen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item %1&lt;/b&gt; · %2 · written by %3 on %4</source>
        <translation>&lt;b&gt;Punkt %1&lt;/b&gt; · %2 · skriven av %3 den %4</translation>
    </message>
    <message>
        <source>Correction (item %1), written by %2 on %3</source>
        <translation>Rättelse (punkt %1), skriven av %2 den %3</translation>
    </message>
    <message>
        <source>The saved version is shown. Your text is kept under File → Unsaved drafts.</source>
        <translation>Den sparade versionen visas. Din text finns kvar under Arkiv → Osparade utkast.</translation>
    </message>
    <message>
        <source>Unsaved text restored from a draft.</source>
        <translation>Osparad text har återställts från ett utkast.</translation>
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
        <source>Load the saved &amp;version</source>
        <translation>Hämta den sparade &amp;versionen</translation>
    </message>
    <message>
        <source>Show the entry as saved; your text stays beside it and in your drafts</source>
        <translation>Visa anteckningen som den är sparad; din text finns kvar bredvid och bland dina utkast</translation>
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
        <source>The saved version is shown. Your text is beside it and in your drafts.</source>
        <translation>Den sparade versionen visas. Din text finns bredvid och bland dina utkast.</translation>
    </message>
    <message>
        <source>Unsaved text restored from a draft.</source>
        <translation>Osparad text har återställts från ett utkast.</translation>
    </message>
    <message>
        <source>Write the entry&apos;s text.</source>
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
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>The audit log is read by managers and administrators.</source>
        <translation>Loggen läses av chefer och administratörer.</translation>
    </message>
    <message>
        <source>Who opened, wrote, printed or exported what, and when. Entries cannot be changed; Verify checks that none was changed, removed or moved since.</source>
        <translation>Vem som öppnade, skrev, skrev ut eller exporterade vad, och när. Posterna kan inte ändras. Kontrollera loggen visar om någon post har ändrats, tagits bort eller flyttats i efterhand.</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>e.g. SSPF-2026-0042</source>
        <translation>t.ex. SSPF-2026-0042</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the entries the filters find (Enter)</source>
        <translation>Visa posterna som filtren hittar (Enter)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>A&amp;nvändare:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Ärende:</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Kontrollera loggen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>The entries the filters find, oldest first</source>
        <translation>Posterna som filtren hittar, äldst först</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Inga poster stämmer med filtren.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; scroll down for more.</source>
        <translation>
            <numerusform>Den %n senaste posten visas. Rulla nedåt för fler.</numerusform>
            <numerusform>De %n senaste posterna visas. Rulla nedåt för fler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n post.</numerusform>
            <numerusform>%n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>Kontrollerar varje post i loggen…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Loggen är intakt: %n post kontrollerad.</numerusform>
            <numerusform>Loggen är intakt: %n poster kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log is BROKEN at entry %1 (%2): an entry was changed, removed or moved after it was written. Entries from there on cannot be trusted. Tell the information security officer and keep a copy of the database as it is.</source>
        <translation>Loggen är BRUTEN vid post %1 (%2): en post har ändrats, tagits bort eller flyttats efter att den skrevs. Poster från och med den går inte att lita på. Meddela informationssäkerhetssamordnaren och spara en kopia av databasen som den är nu.</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Exportera loggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>The log was exported to %1. Keep the file as safely as the log itself.</source>
        <translation>Loggen exporterades till %1. Förvara filen lika säkert som själva loggen.</translation>
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
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>Mina åtgärder</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
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
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Caseflow…</source>
        <translation>&amp;Om Caseflow…</translation>
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
        <source>Move to a date&apos;s column to read that mapping&apos;s comment and summary.</source>
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
    <name>MeetingDocumentsForm</name>
    <message>
        <source>Meeting agenda or minutes</source>
        <translation>Dagordning eller protokoll för möte</translation>
    </message>
    <message>
        <source>The agenda names the cases by number, with the invitees and the checklist. The minutes of a meeting about several young people are printed one case at a time: each printout holds that case&apos;s items alone.</source>
        <translation>Dagordningen anger ärendena med nummer, tillsammans med de inbjudna och checklistan. Protokollet från ett möte om flera unga skrivs ut ett ärende i taget: varje utskrift innehåller bara punkterna för det ärendet.</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagordning</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>M&amp;eeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Ärende:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>No meeting in this period.</source>
        <translation>Inga möten under perioden.</translation>
    </message>
    <message>
        <source>Only the %1 latest meetings of the period are listed: narrow it.</source>
        <translation>Bara de %1 senaste mötena under perioden visas: välj en kortare period.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) in this period.</source>
        <translation>
            <numerusform>%n möte under perioden.</numerusform>
            <numerusform>%n möten under perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4</source>
        <translation>%1 %2, %3 – %4</translation>
    </message>
    <message>
        <source>The meeting took up several young people: choose whose part to print.</source>
        <translation>Mötet gällde flera unga: välj vems del som ska skrivas ut.</translation>
    </message>
    <message>
        <source>The agenda lists every case of the meeting.</source>
        <translation>Dagordningen tar upp alla ärenden på mötet.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>Choose a meeting (none is listed for this period).</source>
        <translation>Välj ett möte (det finns inga möten under perioden).</translation>
    </message>
    <message>
        <source>Agenda %1 – %2</source>
        <translation>Dagordning %1 – %2</translation>
    </message>
    <message>
        <source>Agenda %1 %2.pdf</source>
        <translation>Dagordning %1 %2.pdf</translation>
    </message>
    <message>
        <source>Minutes %1 – %2</source>
        <translation>Protokoll %1 – %2</translation>
    </message>
    <message>
        <source>Minutes %1 %2.pdf</source>
        <translation>Protokoll %1 %2.pdf</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Loading the meeting…</source>
        <translation>Läser in mötet…</translation>
    </message>
    <message>
        <source>&amp;Preparation</source>
        <translation>&amp;Förberedelse</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Cases: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Ärenden: %4</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>CANCELLED · %1</source>
        <translation>INSTÄLLT · %1</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Osparad text</translation>
    </message>
    <message>
        <source>This meeting holds text that is not saved. Keep it as a draft (it is offered back when you open the meeting again) or discard it?</source>
        <translation>Det finns text i mötet som inte är sparad. Vill du spara den som utkast (du får den tillbaka när du öppnar mötet igen) eller kasta den?</translation>
    </message>
    <message>
        <source>&amp;Keep as draft and close</source>
        <translation>&amp;Spara som utkast och stäng</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Kasta och stäng</translation>
    </message>
</context>
<context>
    <name>MeetingFilterBar</name>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Kommande</translation>
    </message>
    <message>
        <source>Pa&amp;st</source>
        <translation>Ti&amp;digare</translation>
    </message>
    <message>
        <source>Meetings from today on, the soonest first</source>
        <translation>Möten från och med i dag, de närmaste först</translation>
    </message>
    <message>
        <source>Meetings before today, the latest first</source>
        <translation>Möten före i dag, de senaste först</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>e.g. SSPF-2026-0042</source>
        <translation>t.ex. SSPF-2026-0042</translation>
    </message>
    <message>
        <source>Show c&amp;ancelled</source>
        <translation>Visa &amp;inställda</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>Ä&amp;rendenummer:</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokat</translation>
    </message>
    <message>
        <source>The minutes are approved and locked.</source>
        <translation>Protokollet är justerat och låst.</translation>
    </message>
    <message>
        <source>The meeting is cancelled. Nothing is minuted for it.</source>
        <translation>Mötet är inställt. Inget protokollförs för det.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Your role does not include meetings. Social workers and field assistants book them, prepare them and write their minutes.</source>
        <translation>Möten ingår inte i din roll. Socialsekreterare och fältassistenter bokar mötena, förbereder dem och skriver protokollen.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <source>Book a meeting (Ctrl+N)</source>
        <translation>Boka ett möte (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Preparation and minutes (Enter)</source>
        <translation>Förberedelse och protokoll (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit booking…</source>
        <translation>&amp;Ändra bokningen…</translation>
    </message>
    <message>
        <source>Cance&amp;l meeting…</source>
        <translation>&amp;Ställ in mötet…</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xportera till kalender…</translation>
    </message>
    <message>
        <source>The &amp;selected meeting…</source>
        <translation>Det &amp;valda mötet…</translation>
    </message>
    <message>
        <source>&amp;Every meeting in the list…</source>
        <translation>&amp;Alla möten i listan…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Läs in listan igen (F5)</translation>
    </message>
    <message>
        <source>Your role does not book meetings.</source>
        <translation>Med din roll kan du inte boka möten.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the meeting.</source>
        <translation>Tryck på Enter eller dubbelklicka för att öppna mötet.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Det finns inget ärende %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>No meetings match.</source>
        <translation>Inga möten stämmer med urvalet.</translation>
    </message>
    <message>
        <source>No upcoming meetings.</source>
        <translation>Inga kommande möten.</translation>
    </message>
    <message>
        <source>No past meetings.</source>
        <translation>Inga tidigare möten.</translation>
    </message>
    <message numerus="yes">
        <source>%n+ meetings shown; scroll down for more.</source>
        <translation>
            <numerusform>%n+ möte visas; rulla nedåt för att se fler.</numerusform>
            <numerusform>%n+ möten visas; rulla nedåt för att se fler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reinstate meetin&amp;g…</source>
        <translation>Å&amp;terställ mötet…</translation>
    </message>
    <message>
        <source>The minutes are approved: the booking can no longer change.</source>
        <translation>Protokollet är justerat: bokningen kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The booking is saved.</source>
        <translation>Bokningen är sparad.</translation>
    </message>
    <message>
        <source>Reinstate meeting</source>
        <translation>Återställ mötet</translation>
    </message>
    <message>
        <source>Reinstate the %1 on %2? It is shown as booked again.</source>
        <translation>Vill du återställa %1 den %2? Mötet visas då som bokat igen.</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Ställ in mötet</translation>
    </message>
    <message>
        <source>Cancel the %1 on %2? It stays in the list marked as cancelled, and a new calendar export tells calendars that it is cancelled.</source>
        <translation>Vill du ställa in %1 den %2? Mötet finns kvar i listan, markerat som inställt, och vid nästa kalenderexport får kalendrarna veta att det är inställt.</translation>
    </message>
    <message>
        <source>Cancel &amp;meeting</source>
        <translation>Ställ in &amp;mötet</translation>
    </message>
    <message>
        <source>The meeting is cancelled.</source>
        <translation>Mötet är inställt.</translation>
    </message>
    <message>
        <source>The meeting is booked again.</source>
        <translation>Mötet är bokat igen.</translation>
    </message>
    <message>
        <source>meeting-%1.ics</source>
        <translation>möte-%1.ics</translation>
    </message>
    <message>
        <source>meetings-%1.ics</source>
        <translation>möten-%1.ics</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) saved to %1 for your calendar.</source>
        <translation>
            <numerusform>%n möte har sparats i %1 för din kalender.</numerusform>
            <numerusform>%n möten har sparats i %1 för din kalender.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is as many as one file holds: narrow the period.</source>
        <translation>Fler får inte plats i en fil: välj en kortare period.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Open meet&amp;ing</source>
        <translation>Öppna möt&amp;et</translation>
    </message>
    <message>
        <source>Open the meeting&apos;s preparation and minutes</source>
        <translation>Öppna mötets förberedelse och protokoll</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>Registrera &amp;uppföljning…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Other cases</source>
        <translation>Andra ärenden</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the meeting.</source>
        <translation>Tryck på Enter eller dubbelklicka för att öppna mötet.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>A follow-up you started earlier is not saved yet. Record follow-up… brings it back.</source>
        <translation>En uppföljning som du påbörjade tidigare är inte sparad ännu. Med Registrera uppföljning… får du tillbaka den.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message numerus="yes">
        <source>+%n other case(s)</source>
        <translation>
            <numerusform>+%n annat ärende</numerusform>
            <numerusform>+%n andra ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>The case has not been on a meeting&apos;s agenda yet.</source>
        <translation>Ärendet har inte stått på dagordningen för något möte ännu.</translation>
    </message>
    <message>
        <source>{goal}: {status}</source>
        <translation>{goal}: {status}</translation>
    </message>
    <message>
        <source>No follow-up recorded yet.</source>
        <translation>Ingen uppföljning är registrerad ännu.</translation>
    </message>
    <message>
        <source>{goal}: {status}. {note}</source>
        <translation>{goal}: {status}. {note}</translation>
    </message>
    <message>
        <source>Select a meeting to read the case&apos;s part of it.</source>
        <translation>Välj ett möte för att läsa den del som gäller ärendet.</translation>
    </message>
    <message>
        <source>Time: {start}–{end}</source>
        <translation>Tid: {start}–{end}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Plats: {place}</translation>
    </message>
    <message>
        <source>Minutes: {status}</source>
        <translation>Protokoll: {status}</translation>
    </message>
    <message>
        <source>The meeting was cancelled.</source>
        <translation>Mötet ställdes in.</translation>
    </message>
    <message numerus="yes">
        <source>The sitting also took up %n other case(s). Their part of the minutes belongs to them and is not shown here.</source>
        <translation>
            <numerusform>Vid mötet togs även %n annat ärende upp. Den delen av protokollet hör till det ärendet och visas inte här.</numerusform>
            <numerusform>Vid mötet togs även %n andra ärenden upp. Deras del av protokollet hör till dem och visas inte här.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft minutes: not approved, and may still change.</source>
        <translation>Protokollet är ett utkast: det är inte justerat och kan fortfarande ändras.</translation>
    </message>
    <message>
        <source>Nothing is minuted for this case yet.</source>
        <translation>Inget är protokollfört för det här ärendet ännu.</translation>
    </message>
    <message>
        <source>Correction of {date} by {author}</source>
        <translation>Rättelse {date} av {author}</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Agreed actions:</source>
        <translation>Överenskomna åtgärder:</translation>
    </message>
    <message>
        <source>Next meeting or follow-up: {date}</source>
        <translation>Nästa möte eller uppföljning: {date}</translation>
    </message>
    <message>
        <source>{what} – {agency}, {responsible}, due {due}: {status}</source>
        <translation>{what} – {agency}, {responsible}, senast {due}: {status}</translation>
    </message>
    <message>
        <source>The follow-up was recorded.</source>
        <translation>Uppföljningen är registrerad.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>&amp;Närvaro…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Lägg till &amp;punkt…</translation>
    </message>
    <message>
        <source>Appro&amp;ve minutes…</source>
        <translation>&amp;Justera protokollet…</translation>
    </message>
    <message>
        <source>Print min&amp;utes…</source>
        <translation>Skriv &amp;ut protokollet…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose an item on the left to write or read it.</source>
        <translation>Välj en punkt till vänster för att skriva eller läsa den.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 för %2</translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <translation>Deltog: %1</translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Ingen närvaro har registrerats ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be put back: the minutes were approved or the item removed meanwhile. Read and copy them under File → Unsaved drafts.</source>
        <translation>
            <numerusform>%n utkast kunde inte återställas: protokollet har justerats eller punkten tagits bort under tiden. Du kan läsa och kopiera utkastet under Arkiv → Osparade utkast.</numerusform>
            <numerusform>%n utkast kunde inte återställas: protokollet har justerats eller punkterna tagits bort under tiden. Du kan läsa och kopiera utkasten under Arkiv → Osparade utkast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved text restored from drafts.</source>
        <translation>Osparad text har återställts från utkast.</translation>
    </message>
    <message>
        <source>Minutes of %1, %2, item %3</source>
        <translation>Protokoll från %1, %2, punkt %3</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction %1 (%2)</source>
        <translation>Rättelse %1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; on %1 by %2 – the minutes are locked. Mistakes are put right with a correction under the item.</source>
        <translation>&lt;b&gt;Justerat&lt;/b&gt; den %1 av %2 – protokollet är låst. Fel rättas med en rättelse under punkten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The meeting is cancelled&lt;/b&gt;: no minutes are written for it.</source>
        <translation>&lt;b&gt;Mötet är inställt&lt;/b&gt;: inget protokoll skrivs för det.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; – save each item; approve the minutes when they are done.</source>
        <translation>&lt;b&gt;Utkast&lt;/b&gt; – spara varje punkt och justera protokollet när det är klart.</translation>
    </message>
    <message>
        <source>Minutes for %1…</source>
        <translation>Protokoll för %1…</translation>
    </message>
    <message>
        <source>The correction was added under the item.</source>
        <translation>Rättelsen har lagts till under punkten.</translation>
    </message>
    <message>
        <source>Item %1 was saved.</source>
        <translation>Punkt %1 har sparats.</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Ta bort punkten</translation>
    </message>
    <message>
        <source>Remove item %1 (%2) from the minutes? What is written under it, and the actions it agreed, are deleted.</source>
        <translation>Vill du ta bort punkt %1 (%2) från protokollet? Det som står under punkten och de åtgärder som överenskoms där raderas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>The item was removed.</source>
        <translation>Punkten har tagits bort.</translation>
    </message>
    <message>
        <source>Save or discard the changes in item(s) %1 before approving.</source>
        <translation>Spara eller kasta ändringarna i punkt %1 innan du justerar protokollet.</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Justera protokollet</translation>
    </message>
    <message>
        <source>Approve the minutes of the meeting on %1 as %2 today?

Approved minutes are locked: nothing in them can be changed or removed afterwards. A mistake can then only be put right with a correction, shown under the item it corrects. Empty items are left out.</source>
        <translation>Vill du justera protokollet från mötet den %1 som %2 i dag?

Ett justerat protokoll är låst: inget i det kan ändras eller tas bort efteråt. Ett fel kan då bara rättas med en rättelse, som visas under den punkt den rättar. Tomma punkter tas inte med.</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>Justera och lås</translation>
    </message>
    <message>
        <source>The minutes are approved and locked.</source>
        <translation>Protokollet är justerat och låst.</translation>
    </message>
    <message>
        <source>Minutes %1 – %2</source>
        <translation>Protokoll %1 – %2</translation>
    </message>
    <message>
        <source>Minutes %1 %2.pdf</source>
        <translation>Protokoll %1 %2.pdf</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>e.g. anna.berg</source>
        <translation>t.ex. anna.berg</translation>
    </message>
    <message>
        <source>e.g. Anna Berg</source>
        <translation>t.ex. Anna Berg</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>The user name is what they type to unlock: letters a-z, digits, dot, dash or underscore. Caseflow then shows a one-time passphrase for them.</source>
        <translation>Användarnamnet är det som personen skriver för att låsa upp: bokstäverna a-z, siffror, punkt, bindestreck eller understreck. Caseflow visar sedan en engångslösenfras för personen.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Skapa konto</translation>
    </message>
    <message>
        <source>Write a user name.</source>
        <translation>Skriv ett användarnamn.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
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
    <name>OneTimePassphraseDialog</name>
    <message>
        <source>One-time passphrase</source>
        <translation>Engångslösenfras</translation>
    </message>
    <message>
        <source>One-time passphrase for &lt;b&gt;%1&lt;/b&gt; (user name &lt;b&gt;%2&lt;/b&gt;):</source>
        <translation>Engångslösenfras för &lt;b&gt;%1&lt;/b&gt; (användarnamn &lt;b&gt;%2&lt;/b&gt;):</translation>
    </message>
    <message>
        <source>Give it to them in person or by phone, not by e-mail. They must change it the first time they unlock Caseflow. It will not be shown again: if it is lost, reset the passphrase.</source>
        <translation>Lämna den till personen direkt eller per telefon, inte via e-post. Lösenfrasen måste bytas första gången personen låser upp Caseflow. Den visas inte igen. Om den kommer bort får du återställa lösenfrasen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute.</source>
        <translation>Kopierad. Urklippet töms om en minut.</translation>
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
        <source>Follow-ups past their date (%1)</source>
        <translation>Uppföljningar som passerat datum (%1)</translation>
    </message>
    <message>
        <source>Actions past their due date (%1)</source>
        <translation>Åtgärder som passerat sista datum (%1)</translation>
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
    <message numerus="yes">
        <source>The follow-up was due on %1: %n day(s) overdue</source>
        <translation>
            <numerusform>Uppföljningen skulle ha gjorts senast %1: %n dag försenad</numerusform>
            <numerusform>Uppföljningen skulle ha gjorts senast %1: %n dagar försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3) was due on %4: %n day(s) overdue</source>
        <translation>
            <numerusform>%1 (%2, %3) skulle ha gjorts senast %4: %n dag försenad</numerusform>
            <numerusform>%1 (%2, %3) skulle ha gjorts senast %4: %n dagar försenad</numerusform>
        </translation>
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
        <source>Follow-up &amp;report…</source>
        <translation>Uppföljnings&amp;rapport…</translation>
    </message>
    <message>
        <source>Preview the follow-up report for the case file or for one of the parties</source>
        <translation>Förhandsgranska uppföljningsrapporten för akten eller för någon av aktörerna</translation>
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
    <name>PdfPreview</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Förbereder dokumentet…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Sidbredd</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hel sida</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print on paper (Ctrl+P)</source>
        <translation>Skriv ut på papper (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+Shift+S)</source>
        <translation>Spara dokumentet som en PDF-fil (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Dokumentet kunde inte skapas.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be shown: the PDF is damaged.</source>
        <translation>Dokumentet kan inte visas: PDF-filen är skadad.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparat som %1.</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and ready.</source>
        <translation>Skrivaren kunde inte användas. Kontrollera att den är ansluten och redo.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Skriver ut sida %1 av %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Skickat till skrivaren: %n sida.</numerusform>
            <numerusform>Skickat till skrivaren: %n sidor.</numerusform>
        </translation>
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
        <source>Save the person&apos;s details (Ctrl+S)</source>
        <translation>Spara personens uppgifter (Ctrl+S)</translation>
    </message>
    <message>
        <source>Un&amp;do changes</source>
        <translation>&amp;Ångra ändringar</translation>
    </message>
    <message>
        <source>Load the saved &amp;version</source>
        <translation>Hämta den sparade &amp;versionen</translation>
    </message>
    <message>
        <source>Show the person as saved; your changes stay in your drafts</source>
        <translation>Visa personen som den är sparad; dina ändringar finns kvar bland dina utkast</translation>
    </message>
    <message>
        <source>The saved version is shown. Your changes are kept under File → Unsaved drafts: make them again where they still apply.</source>
        <translation>Den sparade versionen visas. Dina ändringar finns kvar under Arkiv → Osparade utkast: gör dem igen där de fortfarande gäller.</translation>
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
        <source>The person&apos;s cases</source>
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
        <source>Agreed at meetings</source>
        <translation>Överenskomna på möten</translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Möte den {date}</translation>
    </message>
    <message>
        <source>{what}
Agreed at the meeting of {date}</source>
        <translation>{what}
Överenskommen på mötet den {date}</translation>
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
        <source>The goal&apos;s status was recorded.</source>
        <translation>Målets status är registrerad.</translation>
    </message>
    <message>
        <source>The activity&apos;s status was changed.</source>
        <translation>Aktivitetens status är ändrad.</translation>
    </message>
</context>
<context>
    <name>PreparationView</name>
    <message>
        <source>Your own preparation: what to raise, whom to call. Ctrl+S saves.</source>
        <translation>Din egen förberedelse: vad du vill ta upp, vem du ska ringa. Ctrl+S sparar.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Spara anteckningarna</translation>
    </message>
    <message>
        <source>Print a&amp;genda…</source>
        <translation>Skriv ut &amp;dagordningen…</translation>
    </message>
    <message>
        <source>Per case</source>
        <translation>Per ärende</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Preparation notes</source>
        <translation>Förberedelseanteckningar</translation>
    </message>
    <message>
        <source>Preparation notes, meeting %1</source>
        <translation>Förberedelseanteckningar, möte %1</translation>
    </message>
    <message>
        <source>Unsaved notes restored from a draft.</source>
        <translation>Osparade anteckningar har återställts från ett utkast.</translation>
    </message>
    <message>
        <source>This type of meeting has no checklist.</source>
        <translation>Den här mötestypen har ingen checklista.</translation>
    </message>
    <message>
        <source>The preparation notes were saved.</source>
        <translation>Förberedelseanteckningarna har sparats.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Agenda %1 – %2</source>
        <translation>Dagordning %1 – %2</translation>
    </message>
    <message>
        <source>Agenda %1 %2.pdf</source>
        <translation>Dagordning %1 %2.pdf</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Open a case that is not yours</source>
        <translation>Öppna ett ärende som inte är ditt</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>det här ärendet</translation>
    </message>
    <message>
        <source>You are not assigned to %1. You may open it when your work needs it: say why. Your reason is kept in the audit log with your name and the time.</source>
        <translation>Du är inte kopplad till %1. Du får öppna det när ditt arbete kräver det: ange varför. Ditt skäl sparas i loggen med ditt namn och tidpunkten.</translation>
    </message>
    <message>
        <source>For example: on duty tonight, the school called about him</source>
        <translation>Till exempel: jour i kväll, skolan ringde om honom</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Öppna ärendet</translation>
    </message>
    <message>
        <source>Say in a few words why you need to open the case.</source>
        <translation>Ange med några ord varför du behöver öppna ärendet.</translation>
    </message>
</context>
<context>
    <name>RecipientChooser</name>
    <message>
        <source>The case file (no recipient)</source>
        <translation>Akten (ingen mottagare)</translation>
    </message>
    <message>
        <source>%1 – not covered</source>
        <translation>%1 – omfattas inte</translation>
    </message>
    <message>
        <source>The whole follow-up, for the case file. It is not handed out, so nothing is entered in the disclosure register.</source>
        <translation>Hela uppföljningen, till akten. Den lämnas inte ut, så inget förs in i registret över utlämnanden.</translation>
    </message>
    <message>
        <source>%1 Only what the consent or legal ground covers is printed, and the copy is entered in the disclosure register when you print or save it.</source>
        <translation>%1 Bara det som samtycket eller den rättsliga grunden omfattar skrivs ut, och kopian förs in i registret över utlämnanden när du skriver ut eller sparar den.</translation>
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
    <name>RefusedText</name>
    <message>
        <source>&lt;b&gt;Your text, not saved.&lt;/b&gt; It is also kept under File → Unsaved drafts. Put it back to save it over the saved version, or copy what you need.</source>
        <translation>&lt;b&gt;Din text, inte sparad.&lt;/b&gt; Den finns också under Arkiv → Osparade utkast. Lägg tillbaka den för att spara den över den sparade versionen, eller kopiera det du behöver.</translation>
    </message>
    <message>
        <source>Put my text &amp;back</source>
        <translation>Lägg &amp;tillbaka min text</translation>
    </message>
    <message>
        <source>Copy my te&amp;xt</source>
        <translation>Kopiera min te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
</context>
<context>
    <name>RegisterConsentDialog</name>
    <message>
        <source>Register consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Name, such as the school&apos;s</source>
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
        <source>The programme&apos;s default is {days} days: up to and including {date}.</source>
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
    <name>RegisterExtract</name>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Register extract – {name}</source>
        <translation>Registerutdrag – {name}</translation>
    </message>
    <message>
        <source>Personal data stored about {name} (GDPR article 15)</source>
        <translation>Personuppgifter som finns lagrade om {name} (artikel 15 i GDPR)</translation>
    </message>
    <message>
        <source>{name} · {personnummer} · as of {date}</source>
        <translation>{name} · {personnummer} · per {date}</translation>
    </message>
    <message>
        <source>You have asked what personal data social services keep about you (the right of access, article 15 of the General Data Protection Regulation). This extract holds everything the case management system Caseflow stores about you on {date}: your personal details, each of your cases with its consents, disclosures, assessments, plan, meetings and journal, and the log of who has opened your records.</source>
        <translation>Du har begärt att få veta vilka personuppgifter socialtjänsten har om dig (rätten till tillgång enligt artikel 15 i dataskyddsförordningen, GDPR). Det här utdraget innehåller allt som ärendehanteringssystemet Caseflow har lagrat om dig den {date}: uppgifter om dig som person, vart och ett av dina ärenden med samtycken, utlämnanden, kartläggningar, handlingsplan, möten och journal, samt loggen över vem som har öppnat dina uppgifter.</translation>
    </message>
    <message>
        <source>Cases: {count} ({numbers}). Signed journal entries: {entries}. Entries in the access log: {accesses}.</source>
        <translation>Ärenden: {count} ({numbers}). Signerade journalanteckningar: {entries}. Poster i åtkomstloggen: {accesses}.</translation>
    </message>
    <message>
        <source>No case is registered for you.</source>
        <translation>Det finns inget ärende registrerat om dig.</translation>
    </message>
    <message>
        <source>For {name} personally. Check the recipient&apos;s identity when handing it over, and do not send it by ordinary e-mail.</source>
        <translation>Till {name} personligen. Kontrollera mottagarens identitet vid överlämnandet och skicka inte utdraget med vanlig e-post.</translation>
    </message>
    <message>
        <source>This extract contains protected personal data (skyddade personuppgifter): your address and other contact details are printed because the extract is for you alone. Keep it where nobody else can read it.</source>
        <translation>Det här utdraget innehåller skyddade personuppgifter: din adress och dina andra kontaktuppgifter skrivs ut eftersom utdraget bara är till dig. Förvara det så att ingen annan kan läsa det.</translation>
    </message>
    <message>
        <source>Protected personal data</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>Uppgifter om dig</translation>
    </message>
    <message>
        <source>Case {case}</source>
        <translation>Ärende {case}</translation>
    </message>
    <message>
        <source>Who has opened your records</source>
        <translation>Vem som har öppnat dina uppgifter</translation>
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
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Registered in Caseflow</source>
        <translation>Registrerad i Caseflow</translation>
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
        <source>Guardians</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Vårdnad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Is not to be told about the case</source>
        <translation>Får inte informeras om ärendet</translation>
    </message>
    <message>
        <source>No guardian is registered.</source>
        <translation>Ingen vårdnadshavare är registrerad.</translation>
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
        <source>{date}, from {source}</source>
        <translation>{date}, från {source}</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Skäl till anmälan</translation>
    </message>
    <message>
        <source>Responsible social worker</source>
        <translation>Ansvarig socialsekreterare</translation>
    </message>
    <message>
        <source>Other staff on the case</source>
        <translation>Övrig personal i ärendet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Sammanfattning vid avslut</translation>
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
        <source>Agencies involved</source>
        <translation>Medverkande aktörer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>May share with</source>
        <translation>Informationsutbyte med</translation>
    </message>
    <message>
        <source>Information and purpose</source>
        <translation>Uppgifter och syfte</translation>
    </message>
    <message>
        <source>{information}
Purpose: {purpose}</source>
        <translation>{information}
Syfte: {purpose}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>{start} – {end}
{manner}</source>
        <translation>{start} – {end}
{manner}</translation>
    </message>
    <message>
        <source>received by {name}</source>
        <translation>togs emot av {name}</translation>
    </message>
    <message>
        <source>Signed form kept: {names}</source>
        <translation>Underskriven blankett finns sparad: {names}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Withdrawals of consent</source>
        <translation>Återkallelser av samtycke</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Återkallat av</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Legal grounds used instead of consent</source>
        <translation>Rättsliga grunder som har använts i stället för samtycke</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Information given to others</source>
        <translation>Uppgifter som har lämnats ut till andra</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>On the basis of</source>
        <translation>Med stöd av</translation>
    </message>
    <message>
        <source>Assessments of risk and protective factors</source>
        <translation>Kartläggningar av risk- och skyddsfaktorer</translation>
    </message>
    <message>
        <source>Assessment on {date}, by {author}</source>
        <translation>Kartläggning {date}, gjord av {author}</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Assessed as</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation>Handlingsplanens mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>{domain} · target date {date}</source>
        <translation>{domain} · måldatum {date}</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>Status över tid</translation>
    </message>
    <message>
        <source>{date}: {status} ({by})</source>
        <translation>{date}: {status} ({by})</translation>
    </message>
    <message>
        <source>{date}: {status} ({by}) – {note}</source>
        <translation>{date}: {status} ({by}) – {note}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Activities and agreed actions</source>
        <translation>Aktiviteter och överenskomna åtgärder</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Meetings about the case</source>
        <translation>Möten om ärendet</translation>
    </message>
    <message>
        <source>{date} {time}, {kind} ({status})</source>
        <translation>{date} {time}, {kind} ({status})</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Present while the case was discussed</source>
        <translation>Närvarande när ärendet togs upp</translation>
    </message>
    <message>
        <source>§ {number} {heading}</source>
        <translation>§ {number} {heading}</translation>
    </message>
    <message>
        <source>§ {number} {heading} (correction of § {corrects})</source>
        <translation>§ {number} {heading} (rättelse av § {corrects})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Next meeting or follow-up</source>
        <translation>Nästa möte eller uppföljning</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>{date}, {name}</source>
        <translation>{date}, {name}</translation>
    </message>
    <message>
        <source>No minutes about you were written at this meeting.</source>
        <translation>Vid det här mötet skrevs inget protokoll om dig.</translation>
    </message>
    <message>
        <source>Meetings can take up several young people. Only what was minuted about you is printed.</source>
        <translation>Vid ett möte kan flera ungdomar tas upp. Här skrivs bara det ut som protokollfördes om dig.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Date, type</source>
        <translation>Datum, typ</translation>
    </message>
    <message>
        <source>Written and signed</source>
        <translation>Skriven och signerad</translation>
    </message>
    <message>
        <source>{author}
{date} {time}</source>
        <translation>{author}
{date} {time}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Correction of entry {number}:
{text}</source>
        <translation>Rättelse av anteckning {number}:
{text}</translation>
    </message>
    <message>
        <source>A signed entry is never changed: a correction is a new entry that names the entry it corrects, and both are printed.</source>
        <translation>En signerad anteckning ändras aldrig: en rättelse är en ny anteckning som anger vilken anteckning den rättar, och båda skrivs ut.</translation>
    </message>
    <message>
        <source>Entries being written and not yet signed: {count}. They become part of the journal, and of a new extract, when signed.</source>
        <translation>Anteckningar som håller på att skrivas och ännu inte är signerade: {count}. De blir en del av journalen, och av ett nytt registerutdrag, när de har signerats.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <source>Every time someone opens one of your cases, writes in it or prints from it, the system logs who did it and when, and the reason they gave when they do not work with your case. These are the log&apos;s entries about your cases, oldest first.</source>
        <translation>Varje gång någon öppnar något av dina ärenden, skriver i det eller skriver ut något från det loggar systemet vem som gjorde det och när, och vilket skäl personen angav om hen inte arbetar med ditt ärende. Här är loggens poster om dina ärenden, de äldsta först.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>The log holds no entry about your cases.</source>
        <translation>Loggen innehåller inga poster om dina ärenden.</translation>
    </message>
    <message>
        <source>The log of who has opened your records cannot be printed from this system yet; ask social services for it separately.</source>
        <translation>Loggen över vem som har öppnat dina uppgifter kan ännu inte skrivas ut från det här systemet; be socialtjänsten om den separat.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
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
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Agreed at the meeting on {date}, § {number}</source>
        <translation>Överenskommen vid mötet den {date}, § {number}</translation>
    </message>
    <message>
        <source>{domain} · {kind}</source>
        <translation>{domain} · {kind}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Legal ground {citation}</source>
        <translation>Rättslig grund {citation}</translation>
    </message>
    <message>
        <source>Register extract requested by the person (GDPR article 15)</source>
        <translation>Registerutdrag som personen har begärt (artikel 15 i GDPR)</translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation>{name} ({agency})</translation>
    </message>
    <message>
        <source>No person with that personal identity number is registered.</source>
        <translation>Det finns ingen person registrerad med det personnumret.</translation>
    </message>
    <message>
        <source>No person with personal identity number {number} is registered.</source>
        <translation>Det finns ingen person registrerad med personnummer {number}.</translation>
    </message>
</context>
<context>
    <name>RegisterExtractForm</name>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Everything stored about one person across their cases, and the log of who opened their records, for the person who asked for it (GDPR article 15). Opening a case you are not assigned to for the extract is logged.</source>
        <translation>Allt som finns lagrat om en person i personens ärenden, och loggen över vem som har öppnat personens uppgifter, till den som har begärt det (artikel 15 i GDPR). Om du öppnar ett ärende som du inte är tilldelad för att ta fram utdraget loggas det.</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>Write the person&apos;s personnummer or samordningsnummer.</source>
        <translation>Skriv personens personnummer eller samordningsnummer.</translation>
    </message>
    <message>
        <source>Register extract %1.pdf</source>
        <translation>Registerutdrag %1.pdf</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Make report…</source>
        <translation>&amp;Skapa rapport…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>CONFIDENTIAL – Public Access to Information and Secrecy Act, chapter 26 section 1</source>
        <translation>SEKRETESS enligt OSL 26 kap. 1 §</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Printed by {name}, {date} {time}</source>
        <translation>Utskriven av {name}, {date} {time}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Agenda – {type}, {date}</source>
        <translation>Dagordning – {type}, {date}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Minutes – {type}, {date} – {case}</source>
        <translation>Protokoll – {type}, {date} – {case}</translation>
    </message>
    <message>
        <source>{type}, {date} {start}–{end}</source>
        <translation>{type}, {date} {start}–{end}</translation>
    </message>
    <message>
        <source>Meeting {id}</source>
        <translation>Möte {id}</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Typ av möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Case {case}</source>
        <translation>Ärende {case}</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>INSTÄLLT</translation>
    </message>
    <message>
        <source>The meeting is cancelled.</source>
        <translation>Mötet är inställt.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Nobody is invited yet.</source>
        <translation>Ingen är inbjuden ännu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>{agency}, {party}</source>
        <translation>{agency}, {party}</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Punkter på dagordningen</translation>
    </message>
    <message>
        <source>The cases are taken one at a time. What is said about one young person is minuted under that case alone.</source>
        <translation>Ärendena tas upp ett i taget. Det som sägs om en ungdom protokollförs bara under det ärendet.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>This type of meeting has no checklist.</source>
        <translation>Den här mötestypen har ingen checklista.</translation>
    </message>
    <message>
        <source>DRAFT – not approved</source>
        <translation>UTKAST – inte justerat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by {name} on {date}</source>
        <translation>Justerat av {name} den {date}</translation>
    </message>
    <message>
        <source>Draft – not approved</source>
        <translation>Utkast – inte justerat</translation>
    </message>
    <message>
        <source>These minutes are a draft: they have not been approved and may still change.</source>
        <translation>Protokollet är ett utkast: det är inte justerat och kan fortfarande ändras.</translation>
    </message>
    <message>
        <source>The meeting also took up other young people. This document holds only the part of the minutes about case {case}.</source>
        <translation>På mötet togs även andra ungdomar upp. Det här dokumentet innehåller bara den del av protokollet som gäller ärende {case}.</translation>
    </message>
    <message>
        <source>Next meeting or follow-up</source>
        <translation>Nästa möte eller uppföljning</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>No attendance is recorded for this case.</source>
        <translation>Ingen närvaro är registrerad för det här ärendet.</translation>
    </message>
    <message>
        <source>No minutes are written for this case.</source>
        <translation>Inget protokoll är skrivet för det här ärendet.</translation>
    </message>
    <message>
        <source>{number}. {heading}</source>
        <translation>{number}. {heading}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Nothing is written under this item.</source>
        <translation>Inget är skrivet under den här punkten.</translation>
    </message>
    <message>
        <source>Correction {number} of item {corrects}, written by {name} on {date}</source>
        <translation>Rättelse {number} av punkt {corrects}, skriven av {name} den {date}</translation>
    </message>
    <message>
        <source>Next meeting or follow-up: {date}</source>
        <translation>Nästa möte eller uppföljning: {date}</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Inga åtgärder överenskoms.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>{person} ({agency})</source>
        <translation>{person} ({agency})</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänst</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Your role produces no reports: follow-up reports, meeting papers and register extracts are made by the staff who work on the cases, and the statistics by managers and social workers.</source>
        <translation>Med din roll tar du inte fram några rapporter: uppföljningsrapporter, möteshandlingar och registerutdrag tas fram av den personal som arbetar med ärendena, och statistiken av chefer och socialsekreterare.</translation>
    </message>
    <message>
        <source>Choose a report, fill in its form and press the report button. The report opens in a preview where you can print it or save it as PDF.</source>
        <translation>Välj en rapport, fyll i formuläret och tryck på rapportknappen. Rapporten öppnas i en förhandsgranskning där du kan skriva ut den eller spara den som PDF.</translation>
    </message>
    <message>
        <source>&amp;Kind of report:</source>
        <translation>&amp;Typ av rapport:</translation>
    </message>
    <message>
        <source>Case follow-up report</source>
        <translation>Uppföljningsrapport för ärende</translation>
    </message>
    <message>
        <source>Meeting agenda / minutes</source>
        <translation>Mötets dagordning / protokoll</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Managers decide which closed cases are deleted when their time is up.</source>
        <translation>Chefer beslutar vilka avslutade ärenden som ska gallras när deras tid har gått ut.</translation>
    </message>
    <message>
        <source>Closed cases whose retention period has ended, by the rules for each programme. Deleting removes the case and everything in it for good; anonymous counts for the statistics and an audit entry without personal data are kept.</source>
        <translation>Avslutade ärenden vars gallringsfrist har gått ut enligt reglerna för respektive program. Vid gallring tas ärendet och allt i det bort för alltid. Anonyma antal för statistiken och en loggpost utan personuppgifter sparas.</translation>
    </message>
    <message>
        <source>Only a manager can decide a deletion.</source>
        <translation>Bara en chef kan besluta om gallring.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutades</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Senaste anteckning</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Gallringsdatum</translation>
    </message>
    <message>
        <source>Why it is due</source>
        <translation>Skäl till gallring</translation>
    </message>
    <message>
        <source>Tick the cases to delete (Space ticks the current one).</source>
        <translation>Markera de ärenden som ska gallras (med mellanslag markerar du det aktuella ärendet).</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Av&amp;markera alla</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>e.g. Retention decision 2026-11-01 under the document management plan</source>
        <translation>t.ex. Gallringsbeslut 2026-11-01 enligt dokumenthanteringsplanen</translation>
    </message>
    <message>
        <source>Goes to the audit log. Do not name the person.</source>
        <translation>Sparas i loggen. Skriv inte personens namn.</translation>
    </message>
    <message>
        <source>&amp;Delete the chosen cases…</source>
        <translation>&amp;Gallra de valda ärendena…</translation>
    </message>
    <message>
        <source>Decisi&amp;on the deletion follows:</source>
        <translation>&amp;Beslut som gallringen grundas på:</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Listan kunde inte läsas in.</translation>
    </message>
    <message>
        <source>No case is due for deletion.</source>
        <translation>Inga ärenden är aktuella för gallring.</translation>
    </message>
    <message>
        <source>%1 cases are due; the %2 that became due first are shown.</source>
        <translation>%1 ärenden är aktuella för gallring. De %2 som blev aktuella först visas.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due for deletion.</source>
        <translation>
            <numerusform>%n ärende är aktuellt för gallring.</numerusform>
            <numerusform>%n ärenden är aktuella för gallring.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the decision the deletion follows.</source>
        <translation>Skriv vilket beslut gallringen grundas på.</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Gallra ärenden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n case(s) for good (%1)? Everything in them is removed and the file is wiped. This cannot be undone.</source>
        <translation>
            <numerusform>Vill du gallra %n ärende (%1)? Allt i det tas bort för alltid och databasfilen rensas. Det går inte att ångra.</numerusform>
            <numerusform>Vill du gallra %n ärenden (%1)? Allt i dem tas bort för alltid och databasfilen rensas. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n case(s)</source>
        <translation>
            <numerusform>&amp;Gallra %n ärende</numerusform>
            <numerusform>&amp;Gallra %n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting and wiping the file. This can take a few minutes…</source>
        <translation>Gallrar och rensar databasfilen. Det kan ta några minuter…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) deleted.</source>
        <translation>
            <numerusform>%n ärende har gallrats.</numerusform>
            <numerusform>%n ärenden har gallrats.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was rewritten without them.</source>
        <translation>Databasfilen har skrivits om utan dem.</translation>
    </message>
    <message>
        <source>The file could not be rewritten now because it was in use; the deleted data is unreadable already, and the next deletion rewrites the file.</source>
        <translation>Databasfilen kunde inte skrivas om nu eftersom den användes. De gallrade uppgifterna går redan inte att läsa, och filen skrivs om vid nästa gallring.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search finds words in journal entries and meeting minutes. Your role does not read case files, so there is nothing to search here.</source>
        <translation>Sök hittar ord i journalanteckningar och mötesprotokoll. Med din roll läser du inte ärendeakter, så det finns inget att söka i här.</translation>
    </message>
    <message>
        <source>Finds words and parts of words (at least %1 characters) in journal entries and meeting minutes: “skolk” also finds “skolkproblemen”. Every word must occur. The newest come first.</source>
        <translation>Hittar ord och delar av ord (minst %1 tecken) i journalanteckningar och mötesprotokoll: ”skolk” hittar även ”skolkproblemen”. Alla ord måste finnas med. De senaste visas först.</translation>
    </message>
    <message>
        <source>Words to find, e.g. skolk mentor</source>
        <translation>Ord att söka efter, t.ex. skolk mentor</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Only cases I &amp;work on</source>
        <translation>&amp;Bara ärenden jag arbetar med</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Finns i</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the case.</source>
        <translation>Tryck på Enter eller dubbelklicka för att öppna ärendet.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Öppna ärendet</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search word left out</comment>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>Left out: %1. Search words need at least %2 characters.</source>
        <translation>Togs inte med: %1. Sökord måste ha minst %2 tecken.</translation>
    </message>
    <message>
        <source>Matches in cases you are not assigned to show no text: open the case (and say why) to read it.</source>
        <translation>Träffar i ärenden som du inte är knuten till visas utan text. Öppna ärendet (och ange varför) för att läsa texten.</translation>
    </message>
    <message>
        <source>More than %1 matches: the newest %1 are shown. Add a word to find fewer.</source>
        <translation>Fler än %1 träffar: de %1 senaste visas. Lägg till ett ord för att få färre träffar.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Inga träffar.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n träff.</numerusform>
            <numerusform>%n träffar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not your case: open it to read the text.</source>
        <translation>Inte ditt ärende: öppna det för att läsa texten.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>The server accepts connections without TLS: pg_hba.conf line {line} ({kind} for {address}) does not reject them. Use hostssl lines only, and end with a host line that rejects.</source>
        <translation>Servern tar emot anslutningar utan TLS: rad {line} i pg_hba.conf ({kind} för {address}) avvisar dem inte. Använd bara hostssl-rader och avsluta med en host-rad som avvisar.</translation>
    </message>
    <message>
        <source>TLS is off on the server (ssl = off). Turn it on with a certificate.</source>
        <translation>TLS är avstängt på servern (ssl = off). Slå på det med ett certifikat.</translation>
    </message>
    <message>
        <source>The table {table} holds personal data but has no row-level security: every user with a grant on it reads all of it. Upgrade the database with this version of Caseflow.</source>
        <translation>Tabellen {table} innehåller personuppgifter men saknar radnivåsäkerhet: alla användare med behörighet till den läser allt i den. Uppgradera databasen med den här versionen av Caseflow.</translation>
    </message>
    <message>
        <source>PUBLIC (every role on the server) holds {privilege} on {object}. Revoke it.</source>
        <translation>PUBLIC (alla roller på servern) har {privilege} på {object}. Dra tillbaka det.</translation>
    </message>
    <message>
        <source>The login {role} has no SCRAM-SHA-256 password (an MD5 hash, plain text or none). Set a new one with “caseflow server user passwd”.</source>
        <translation>Inloggningen {role} har inget SCRAM-SHA-256-lösenord (en MD5-hash, klartext eller inget). Sätt ett nytt med ”caseflow server user passwd”.</translation>
    </message>
    <message>
        <source>The database {database} classifies characters by the C locale (LC_CTYPE = {ctype}): a search would tell Å from å, Ä from ä and Ö from ö. Create it with a UTF-8 locale such as sv_SE.UTF-8 or C.UTF-8.</source>
        <translation>Databasen {database} klassificerar tecken enligt C-lokalen (LC_CTYPE = {ctype}): en sökning skulle skilja Å från å, Ä från ä och Ö från ö. Skapa den med en UTF-8-lokal som sv_SE.UTF-8 eller C.UTF-8.</translation>
    </message>
    <message>
        <source>The login {role} is a superuser or may bypass row-level security: it reads every row. A Caseflow user must be neither.</source>
        <translation>Inloggningen {role} är superanvändare eller får gå förbi radnivåsäkerheten: den läser alla rader. En Caseflow-användare får vara ingetdera.</translation>
    </message>
    <message>
        <source>The server writes statements with personal data to its log ({setting} = {value}). Set it to {safe}.</source>
        <translation>Servern skriver satser med personuppgifter till sin logg ({setting} = {value}). Sätt den till {safe}.</translation>
    </message>
    <message>
        <source>Could not check {what}: only a superuser may read it. Run the check as one.</source>
        <translation>Kunde inte kontrollera {what}: bara en superanvändare får läsa det. Kör kontrollen som en sådan.</translation>
    </message>
    <message>
        <source>the connection rules (pg_hba.conf)</source>
        <translation>anslutningsreglerna (pg_hba.conf)</translation>
    </message>
    <message>
        <source>row-level security</source>
        <translation>radnivåsäkerheten</translation>
    </message>
    <message>
        <source>the grants</source>
        <translation>behörigheterna</translation>
    </message>
    <message>
        <source>the logins&apos; passwords</source>
        <translation>inloggningarnas lösenord</translation>
    </message>
    <message>
        <source>the server&apos;s logging</source>
        <translation>serverns loggning</translation>
    </message>
    <message>
        <source>the database&apos;s locale</source>
        <translation>databasens lokal</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>&lt;5: from 1 to 4 (small counts are not printed, so that no one can be recognised). ..: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation>&lt;5: från 1 till 4 (små antal skrivs inte ut, så att ingen ska kunna kännas igen). ..: visas inte, så att ett litet antal inte ska kunna räknas fram ur summorna.</translation>
    </message>
    <message>
        <source>Manager statistics</source>
        <translation>Statistik för chefer</translation>
    </message>
    <message>
        <source>Manager statistics {start} – {end}</source>
        <translation>Statistik för chefer {start} – {end}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Counts of cases, without personal data</source>
        <translation>Antal ärenden, utan personuppgifter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>{code}: {name}</source>
        <translation>{code}: {name}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Counts only: no name, personal identity number or text written in a case appears in this report. Each table has one column per programme. The bars show the rightmost column; a count that is not printed is not drawn either.</source>
        <translation>Endast antal: inga namn, personnummer eller text som skrivits i ett ärende finns med i den här rapporten. Varje tabell har en kolumn per program. Staplarna visar kolumnen längst till höger. Ett antal som inte skrivs ut ritas inte heller.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>The period&apos;s first day ({start}) is after its last day ({end}).</source>
        <translation>Periodens första dag ({start}) ligger efter dess sista dag ({end}).</translation>
    </message>
    <message>
        <source>There is no programme {code}. Use SSPF, SIG, EXIT or GVI.</source>
        <translation>Det finns inget program {code}. Använd SSPF, SIG, EXIT eller GVI.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>New (referred in the period)</source>
        <translation>Nya (inkomna under perioden)</translation>
    </message>
    <message>
        <source>Active (open at some time in the period)</source>
        <translation>Aktiva (öppna någon gång under perioden)</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>Avslutade under perioden</translation>
    </message>
    <message>
        <source>Closing reasons (cases closed in the period)</source>
        <translation>Skäl till avslut (ärenden som avslutats under perioden)</translation>
    </message>
    <message>
        <source>All closed cases</source>
        <translation>Alla avslutade ärenden</translation>
    </message>
    <message>
        <source>Age at referral (new cases)</source>
        <translation>Ålder vid anmälan (nya ärenden)</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>Under 12</translation>
    </message>
    <message>
        <source>12–14</source>
        <translation>12–14</translation>
    </message>
    <message>
        <source>15–17</source>
        <translation>15–17</translation>
    </message>
    <message>
        <source>18–20</source>
        <translation>18–20</translation>
    </message>
    <message>
        <source>21 and older</source>
        <translation>21 och äldre</translation>
    </message>
    <message>
        <source>All new cases</source>
        <translation>Alla nya ärenden</translation>
    </message>
    <message>
        <source>Sex (new cases)</source>
        <translation>Kön (nya ärenden)</translation>
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
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Referral sources (new cases)</source>
        <translation>Varifrån anmälan kom (nya ärenden)</translation>
    </message>
    <message>
        <source>First meeting (new cases)</source>
        <translation>Första mötet (nya ärenden)</translation>
    </message>
    <message>
        <source>Met by the end of the period</source>
        <translation>Möte hade hållits vid periodens slut</translation>
    </message>
    <message>
        <source>Not met by the end of the period</source>
        <translation>Inget möte hade hållits vid periodens slut</translation>
    </message>
    <message>
        <source>Median days from referral to first meeting</source>
        <translation>Median, antal dagar från anmälan till första mötet</translation>
    </message>
    <message>
        <source>Follow-ups held in the period</source>
        <translation>Uppföljningar som gjorts under perioden</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>För sent</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Alla uppföljningar</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>Andel i tid</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>Done (due in the period)</source>
        <translation>Klara (skulle vara klara under perioden)</translation>
    </message>
    <message>
        <source>Open and overdue at the end of the period</source>
        <translation>Öppna och försenade vid periodens slut</translation>
    </message>
    <message>
        <source>Consent on {date} (cases open that day)</source>
        <translation>Samtycke den {date} (ärenden som var öppna den dagen)</translation>
    </message>
    <message>
        <source>With a valid consent</source>
        <translation>Med giltigt samtycke</translation>
    </message>
    <message>
        <source>Without a valid consent</source>
        <translation>Utan giltigt samtycke</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Alla öppna ärenden</translation>
    </message>
    <message>
        <source>Share with a valid consent</source>
        <translation>Andel med giltigt samtycke</translation>
    </message>
    <message>
        <source>A case counts as active when it was open on at least one day of the period; new and closed cases are active too.</source>
        <translation>Ett ärende räknas som aktivt om det var öppet minst en dag under perioden. Även nya och avslutade ärenden räknas som aktiva.</translation>
    </message>
    <message>
        <source>Sex as registered for the person; where nothing is registered, from the personal identity number.</source>
        <translation>Kön enligt vad som är registrerat för personen. Om inget är registrerat hämtas det från personnumret.</translation>
    </message>
    <message>
        <source>The first meeting that was not cancelled, on or after the referral date. A median resting on fewer than 5 cases is not printed.</source>
        <translation>Det första mötet som inte ställdes in, på eller efter anmälningsdatumet. En median som bygger på färre än 5 ärenden skrivs inte ut.</translation>
    </message>
    <message>
        <source>On time: held by the date agreed at the last meeting since the previous follow-up, or else within the programme&apos;s interval after the previous follow-up (or after work became active).</source>
        <translation>I tid: gjord senast det datum som bestämdes på det senaste mötet efter föregående uppföljning, annars inom programmets intervall efter föregående uppföljning (eller efter att arbetet inleddes).</translation>
    </message>
    <message>
        <source>Overdue: still planned or in progress, due before the last day of the period, in a case open at its end. The status is today&apos;s.</source>
        <translation>Försenad: fortfarande planerad eller pågående, skulle ha varit klar före periodens sista dag och hör till ett ärende som var öppet vid periodens slut. Statusen är den som gäller i dag.</translation>
    </message>
    <message>
        <source>Valid consent: every person who must consent that day has consented to at least one party. A legal ground without consent does not count.</source>
        <translation>Giltigt samtycke: alla personer som måste samtycka den dagen har samtyckt till minst en aktör. En rättslig grund utan samtycke räknas inte.</translation>
    </message>
</context>
<context>
    <name>StatisticsForm</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>New, active and closed cases, closing reasons, age and sex, referral sources, days to the first meeting, follow-ups on time, overdue actions and consent coverage, for a period and one or more programmes. Counts only: no name, number or text from a case, and counts from 1 to 4 are shown as &lt;5.</source>
        <translation>Nya, aktiva och avslutade ärenden, skäl till avslut, ålder och kön, varifrån anmälan kom, dagar till första mötet, uppföljningar i tid, försenade åtgärder och andel med giltigt samtycke, för en period och ett eller flera program. Endast antal: inga namn, nummer eller text från ett ärende, och antal från 1 till 4 visas som &lt;5.</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Programmes:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>&amp;Make PDF…</source>
        <translation>&amp;Skapa PDF…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>The same tables as a CSV file for Excel</source>
        <translation>Samma tabeller som en CSV-fil för Excel</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Den sista dagen ligger före den första.</translation>
    </message>
    <message>
        <source>Tick at least one programme.</source>
        <translation>Markera minst ett program.</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>Statistik %1</translation>
    </message>
    <message>
        <source>Statistics %1.pdf</source>
        <translation>Statistik %1.pdf</translation>
    </message>
    <message>
        <source>Statistics %1.csv</source>
        <translation>Statistik %1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparat som %1.</translation>
    </message>
</context>
<context>
    <name>SummaryHtml</name>
    <message>
        <source>Invitees: consent on %1</source>
        <translation>Inbjudna: samtycke den %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Omfattas</translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation>OMFATTAS INTE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>none held yet</source>
        <translation>inga har hållits ännu</translation>
    </message>
    <message>
        <source>Open actions (%1, of which %2 overdue)</source>
        <translation>Öppna åtgärder (%1, varav %2 försenade)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
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
        <source>Caseflow database (*.caseflow *.db);;Server profile (*.toml);;All files (*)</source>
        <translation>Caseflow-databas (*.caseflow *.db);;Serverprofil (*.toml);;Alla filer (*)</translation>
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
