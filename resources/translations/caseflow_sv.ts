<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>Demo database: {path}</source>
        <translation>Demodatabas: {path}</translation>
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
        <translation>Polis</translation>
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
        <source>The file could not be written. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Filen kunde inte skrivas. Kontrollera att mappen finns, att du får skriva där och att disken inte är full.</translation>
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
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>New Caseflow database</source>
        <translation>Ny Caseflow-databas</translation>
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
        <source>Young people, their cases, mapping, action plans and journals.</source>
        <translation>Unga, deras ärenden, kartläggning, handlingsplaner och journaler.</translation>
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
        <source>Alerts about consents that run out, young people who turn 18 and overdue follow-ups will be listed here.</source>
        <translation>Här visas påminnelser om samtycken som löper ut, unga som fyller 18 och försenade uppföljningar.</translation>
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
</TS>
