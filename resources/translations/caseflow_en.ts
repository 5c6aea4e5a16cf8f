<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Make a new &amp;recovery key…</source>
      <translation>Make a new &amp;recovery key…</translation>
    </message>
    <message>
      <source>&amp;Lock after inactivity:</source>
      <translation>&amp;Lock after inactivity:</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Language of the &amp;interface:</source>
      <translation>Language of the &amp;interface:</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Accounts, roles, the audit log and retention will be managed here.</source>
      <translation>Accounts, roles, the audit log and retention will be managed here.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>The new language is used from the next start.</source>
      <translation>The new language is used from the next start.</translation>
    </message>
    <message>
      <source>New recovery key</source>
      <translation>New recovery key</translation>
    </message>
  </context>
  <context>
    <name>AdministratorPage</name>
    <message>
      <source>The first administrator</source>
      <translation>The first administrator</translation>
    </message>
    <message>
      <source>The administrator creates the other accounts. You can be one yourself.</source>
      <translation>The administrator creates the other accounts. You can be one yourself.</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>Full &amp;name:</source>
      <translation>Full &amp;name:</translation>
    </message>
    <message>
      <source>Write your full name.</source>
      <translation>Write your full name.</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change passphrase</source>
      <translation>Change passphrase</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
      <source>Your passphrase was set by an administrator: choose your own now.</source>
      <translation>Your passphrase was set by an administrator: choose your own now.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Cannot read the passphrase file {path}.</source>
      <translation>Cannot read the passphrase file {path}.</translation>
    </message>
    <message>
      <source>No passphrase given: use --passphrase-file, CASEFLOW_PASSPHRASE or run the command in a terminal.</source>
      <translation>No passphrase given: use --passphrase-file, CASEFLOW_PASSPHRASE or run the command in a terminal.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>New passphrase:</translation>
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation>The same passphrase again:</translation>
    </message>
    <message>
      <source>Name the user with --user or CASEFLOW_USER.</source>
      <translation>Name the user with --user or CASEFLOW_USER.</translation>
    </message>
    <message>
      <source>Recovery key (shown only now; print it or write it down and keep it locked away):</source>
      <translation>Recovery key (shown only now; print it or write it down and keep it locked away):</translation>
    </message>
    <message>
      <source>Created the database {path}.</source>
      <translation>Created the database {path}.</translation>
    </message>
    <message>
      <source>Recovery key:</source>
      <translation>Recovery key:</translation>
    </message>
    <message>
      <source>The passphrase of {user} was changed.</source>
      <translation>The passphrase of {user} was changed.</translation>
    </message>
    <message>
      <source>Demo database: {path}</source>
      <translation>Demo database: {path}</translation>
    </message>
    <message>
      <source>Usage error: {detail}</source>
      <translation>Usage error: {detail}</translation>
    </message>
    <message>
      <source>Caseflow met an unexpected error. Details (without personal data) are in {log}.</source>
      <translation>Caseflow met an unexpected error. Details (without personal data) are in {log}.</translation>
    </message>
  </context>
  <context>
    <name>Domain</name>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Social worker</translation>
    </message>
    <message>
      <source>Field assistant</source>
      <translation>Field assistant</translation>
    </message>
    <message>
      <source>A case number looks like SSPF-2026-0042: programme, year and number.</source>
      <translation>A case number looks like SSPF-2026-0042: programme, year and number.</translation>
    </message>
    <message>
      <source>There is no programme {code}. Use SSPF, SIG, EXIT or GVI.</source>
      <translation>There is no programme {code}. Use SSPF, SIG, EXIT or GVI.</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Mapping</source>
      <translation>Mapping</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>A closed case cannot be reopened. Open a new case instead.</source>
      <translation>A closed case cannot be reopened. Open a new case instead.</translation>
    </message>
    <message>
      <source>The case already has the status {status}.</source>
      <translation>The case already has the status {status}.</translation>
    </message>
    <message>
      <source>A case cannot go from {old} to {new}.</source>
      <translation>A case cannot go from {old} to {new}.</translation>
    </message>
    <message>
      <source>The follow-up interval must be at least one day.</source>
      <translation>The follow-up interval must be at least one day.</translation>
    </message>
    <message>
      <source>Goals reached</source>
      <translation>Goals reached</translation>
    </message>
    <message>
      <source>Declined further support</source>
      <translation>Declined further support</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>Consent withdrawn</translation>
    </message>
    <message>
      <source>Moved from the municipality</source>
      <translation>Moved from the municipality</translation>
    </message>
    <message>
      <source>Transferred to another service</source>
      <translation>Transferred to another service</translation>
    </message>
    <message>
      <source>Outside the programme's ages</source>
      <translation>Outside the programme's ages</translation>
    </message>
    <message>
      <source>Other reason</source>
      <translation>Other reason</translation>
    </message>
    <message>
      <source>Write a short summary of why the case is closed.</source>
      <translation>Write a short summary of why the case is closed.</translation>
    </message>
    <message>
      <source>When the reason is Other, the summary must say what the reason was (at least {length} characters).</source>
      <translation>When the reason is Other, the summary must say what the reason was (at least {length} characters).</translation>
    </message>
    <message>
      <source>Individual</source>
      <translation>Individual</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Family</translation>
    </message>
    <message>
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <source>Friends and peers</source>
      <translation>Friends and peers</translation>
    </message>
    <message>
      <source>Leisure and local community</source>
      <translation>Leisure and local community</translation>
    </message>
    <message>
      <source>Risk factor</source>
      <translation>Risk factor</translation>
    </message>
    <message>
      <source>Protective factor</source>
      <translation>Protective factor</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Not known</translation>
    </message>
    <message>
      <source>Early antisocial behaviour</source>
      <translation>Early antisocial behaviour</translation>
    </message>
    <message>
      <source>Alcohol or drug use</source>
      <translation>Alcohol or drug use</translation>
    </message>
    <message>
      <source>Impulsivity, acting without thinking</source>
      <translation>Impulsivity, acting without thinking</translation>
    </message>
    <message>
      <source>Attitudes that accept crime or violence</source>
      <translation>Attitudes that accept crime or violence</translation>
    </message>
    <message>
      <source>Good social skills</source>
      <translation>Good social skills</translation>
    </message>
    <message>
      <source>Positive attitude to school</source>
      <translation>Positive attitude to school</translation>
    </message>
    <message>
      <source>Serious conflicts in the family</source>
      <translation>Serious conflicts in the family</translation>
    </message>
    <message>
      <source>Parent with crime or substance abuse</source>
      <translation>Parent with crime or substance abuse</translation>
    </message>
    <message>
      <source>Harsh or inconsistent parenting</source>
      <translation>Harsh or inconsistent parenting</translation>
    </message>
    <message>
      <source>Parents know where and with whom the young person is</source>
      <translation>Parents know where and with whom the young person is</translation>
    </message>
    <message>
      <source>Close relationship with a parent</source>
      <translation>Close relationship with a parent</translation>
    </message>
    <message>
      <source>Truancy</source>
      <translation>Truancy</translation>
    </message>
    <message>
      <source>Low attainment at school</source>
      <translation>Low attainment at school</translation>
    </message>
    <message>
      <source>Behaviour problems at school</source>
      <translation>Behaviour problems at school</translation>
    </message>
    <message>
      <source>Attachment to school</source>
      <translation>Attachment to school</translation>
    </message>
    <message>
      <source>A trusted adult at school</source>
      <translation>A trusted adult at school</translation>
    </message>
    <message>
      <source>Friends who commit crimes</source>
      <translation>Friends who commit crimes</translation>
    </message>
    <message>
      <source>Contacts with a criminal network or gang</source>
      <translation>Contacts with a criminal network or gang</translation>
    </message>
    <message>
      <source>Bullied or left out by peers</source>
      <translation>Bullied or left out by peers</translation>
    </message>
    <message>
      <source>Friends who do not commit crimes</source>
      <translation>Friends who do not commit crimes</translation>
    </message>
    <message>
      <source>Belongs to a group with positive activities</source>
      <translation>Belongs to a group with positive activities</translation>
    </message>
    <message>
      <source>Much unsupervised time where crime occurs</source>
      <translation>Much unsupervised time where crime occurs</translation>
    </message>
    <message>
      <source>Drugs, weapons or crime common in the neighbourhood</source>
      <translation>Drugs, weapons or crime common in the neighbourhood</translation>
    </message>
    <message>
      <source>Regular structured leisure activity</source>
      <translation>Regular structured leisure activity</translation>
    </message>
    <message>
      <source>A trusted adult outside the family and school</source>
      <translation>A trusted adult outside the family and school</translation>
    </message>
    <message>
      <source>Improved</source>
      <translation>Improved</translation>
    </message>
    <message>
      <source>Worsened</source>
      <translation>Worsened</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>Newly assessed</source>
      <translation>Newly assessed</translation>
    </message>
    <message>
      <source>No longer known</source>
      <translation>No longer known</translation>
    </message>
    <message>
      <source>The assessment names an unknown factor: {key}.</source>
      <translation>The assessment names an unknown factor: {key}.</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Police</translation>
    </message>
    <message>
      <source>Social services</source>
      <translation>Social services</translation>
    </message>
    <message>
      <source>Leisure services</source>
      <translation>Leisure services</translation>
    </message>
    <message>
      <source>Parent or family</source>
      <translation>Parent or family</translation>
    </message>
    <message>
      <source>The young person</source>
      <translation>The young person</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>Home visit</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Not started</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <source>Partly achieved</source>
      <translation>Partly achieved</translation>
    </message>
    <message>
      <source>Not achieved</source>
      <translation>Not achieved</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Child and adolescent psychiatry</source>
      <translation>Child and adolescent psychiatry</translation>
    </message>
    <message>
      <source>Healthcare</source>
      <translation>Healthcare</translation>
    </message>
    <message>
      <source>Employment service</source>
      <translation>Employment service</translation>
    </message>
    <message>
      <source>Probation service</source>
      <translation>Probation service</translation>
    </message>
    <message>
      <source>Housing company</source>
      <translation>Housing company</translation>
    </message>
    <message>
      <source>Too weak</source>
      <translation>Too weak</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation>Weak</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Fair</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation>Strong</translation>
    </message>
    <message>
      <source>The personnummer is not valid.</source>
      <translation>The personnummer is not valid.</translation>
    </message>
    <message>
      <source>The date is before the person was born.</source>
      <translation>The date is before the person was born.</translation>
    </message>
    <message>
      <source>The date {date} is before the person was born.</source>
      <translation>The date {date} is before the person was born.</translation>
    </message>
    <message>
      <source>The serial number must have three digits.</source>
      <translation>The serial number must have three digits.</translation>
    </message>
    <message>
      <source>The serial number 000 is not used.</source>
      <translation>The serial number 000 is not used.</translation>
    </message>
    <message>
      <source>The check digit is wrong: check the number for a typo.</source>
      <translation>The check digit is wrong: check the number for a typo.</translation>
    </message>
    <message>
      <source>The birth year {year} is too early to be right: check the century.</source>
      <translation>The birth year {year} is too early to be right: check the century.</translation>
    </message>
    <message>
      <source>Enter a personnummer.</source>
      <translation>Enter a personnummer.</translation>
    </message>
    <message>
      <source>The personnummer contains characters other than digits, - and +.</source>
      <translation>The personnummer contains characters other than digits, - and +.</translation>
    </message>
    <message>
      <source>The + sign is only used with 10 digits (YYMMDD+NNNN).</source>
      <translation>The + sign is only used with 10 digits (YYMMDD+NNNN).</translation>
    </message>
    <message>
      <source>The birth date in the personnummer ({date}) is in the future.</source>
      <translation>The birth date in the personnummer ({date}) is in the future.</translation>
    </message>
    <message>
      <source>The personnummer must have 10 or 12 digits.</source>
      <translation>The personnummer must have 10 or 12 digits.</translation>
    </message>
    <message>
      <source>The - or + must come just before the last four digits.</source>
      <translation>The - or + must come just before the last four digits.</translation>
    </message>
    <message>
      <source>The date in the personnummer does not exist ({date}).</source>
      <translation>The date in the personnummer does not exist ({date}).</translation>
    </message>
    <message>
      <source>The programme setting {key} must be an age from 0 to 130.</source>
      <translation>The programme setting {key} must be an age from 0 to 130.</translation>
    </message>
    <message>
      <source>The lowest typical age must not be above the highest.</source>
      <translation>The lowest typical age must not be above the highest.</translation>
    </message>
    <message>
      <source>The programme setting {key} must be at least one day.</source>
      <translation>The programme setting {key} must be at least one day.</translation>
    </message>
    <message>
      <source>SSPF (social services, school, police, leisure)</source>
      <translation>SSPF (social services, school, police, leisure)</translation>
    </message>
    <message>
      <source>SIG (social intervention group)</source>
      <translation>SIG (social intervention group)</translation>
    </message>
    <message>
      <source>Exit support</source>
      <translation>Exit support</translation>
    </message>
    <message>
      <source>GVI (group violence intervention)</source>
      <translation>GVI (group violence intervention)</translation>
    </message>
    <message>
      <source>{programme} usually works with people aged {min_age} to {max_age}; this person is {age}.</source>
      <translation>{programme} usually works with people aged {min_age} to {max_age}; this person is {age}.</translation>
    </message>
    <message>
      <source>Unknown programme setting: {key}.</source>
      <translation>Unknown programme setting: {key}.</translation>
    </message>
    <message>
      <source>The programme setting {key} is missing.</source>
      <translation>The programme setting {key} is missing.</translation>
    </message>
    <message>
      <source>The programme name must not be empty.</source>
      <translation>The programme name must not be empty.</translation>
    </message>
    <message>
      <source>The programme setting {key} must be a whole number.</source>
      <translation>The programme setting {key} must be a whole number.</translation>
    </message>
    <message>
      <source>The programme setting {key} must be yes or no.</source>
      <translation>The programme setting {key} must be yes or no.</translation>
    </message>
    <message>
      <source>Unknown programme: {code}.</source>
      <translation>Unknown programme: {code}.</translation>
    </message>
  </context>
  <context>
    <name>DraftsDialog</name>
    <message>
      <source>Unsaved drafts</source>
      <translation>Unsaved drafts</translation>
    </message>
    <message>
      <source>&amp;Copy text</source>
      <translation>&amp;Copy text</translation>
    </message>
    <message>
      <source>&amp;Discard draft</source>
      <translation>&amp;Discard draft</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A user name has 2 to 40 characters: letters a-z, digits, dot, dash or underscore, starting with a letter or digit.</source>
      <translation>A user name has 2 to 40 characters: letters a-z, digits, dot, dash or underscore, starting with a letter or digit.</translation>
    </message>
    <message>
      <source>Something went wrong.</source>
      <translation>Something went wrong.</translation>
    </message>
    <message>
      <source>The user name or the passphrase is wrong. Nothing was changed.</source>
      <translation>The user name or the passphrase is wrong. Nothing was changed.</translation>
    </message>
    <message>
      <source>The database is damaged and cannot be read safely. Nothing was changed. Restore it from a backup.</source>
      <translation>The database is damaged and cannot be read safely. Nothing was changed. Restore it from a backup.</translation>
    </message>
    <message>
      <source>The key file that belongs to the database is missing or damaged, so the database cannot be opened. Restore both files from a backup.</source>
      <translation>The key file that belongs to the database is missing or damaged, so the database cannot be opened. Restore both files from a backup.</translation>
    </message>
    <message>
      <source>There is no database at that place.</source>
      <translation>There is no database at that place.</translation>
    </message>
    <message>
      <source>A database already exists at that place. Choose another file name.</source>
      <translation>A database already exists at that place. Choose another file name.</translation>
    </message>
    <message>
      <source>The database is already open in another Caseflow window or program. Close it there first; nothing was changed.</source>
      <translation>The database is already open in another Caseflow window or program. Close it there first; nothing was changed.</translation>
    </message>
    <message>
      <source>The database was made by a newer version of Caseflow. Update Caseflow to open it.</source>
      <translation>The database was made by a newer version of Caseflow. Update Caseflow to open it.</translation>
    </message>
    <message>
      <source>The file could not be written. Check that the folder exists, that you may write there and that the disk is not full.</source>
      <translation>The file could not be written. Check that the folder exists, that you may write there and that the disk is not full.</translation>
    </message>
    <message>
      <source>The database is locked. Unlock it again to go on; nothing was lost.</source>
      <translation>The database is locked. Unlock it again to go on; nothing was lost.</translation>
    </message>
    <message>
      <source>You do not have permission to do that.</source>
      <translation>You do not have permission to do that.</translation>
    </message>
    <message>
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>The passphrase must have at least {minimum} characters.</translation>
    </message>
    <message>
      <source>The passphrase is too easy to guess. Use several unrelated words or mix letters, digits and signs.</source>
      <translation>The passphrase is too easy to guess. Use several unrelated words or mix letters, digits and signs.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <source>A recovery key has eight groups of five letters and digits, for example ABCDE-12345-…</source>
      <translation>A recovery key has eight groups of five letters and digits, for example ABCDE-12345-…</translation>
    </message>
    <message>
      <source>Write the person's name (at most 200 characters).</source>
      <translation>Write the person's name (at most 200 characters).</translation>
    </message>
    <message>
      <source>The new passphrase must differ from the current one.</source>
      <translation>The new passphrase must differ from the current one.</translation>
    </message>
    <message>
      <source>There is no active user with that user name.</source>
      <translation>There is no active user with that user name.</translation>
    </message>
    <message>
      <source>Auto-lock must be between {low} and {high} minutes.</source>
      <translation>Auto-lock must be between {low} and {high} minutes.</translation>
    </message>
    <message>
      <source>Caseflow met an unexpected error. Nothing you saved was lost. Details without personal data are in the log file.</source>
      <translation>Caseflow met an unexpected error. Nothing you saved was lost. Details without personal data are in the log file.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>New Caseflow database</source>
      <translation>New Caseflow database</translation>
    </message>
  </context>
  <context>
    <name>LocationPage</name>
    <message>
      <source>Where to keep the database</source>
      <translation>Where to keep the database</translation>
    </message>
    <message>
      <source>Caseflow keeps everything in one encrypted file and a key file beside it. Choose a folder that is backed up and that only you can read.</source>
      <translation>Caseflow keeps everything in one encrypted file and a key file beside it. Choose a folder that is backed up and that only you can read.</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Database file:</source>
      <translation>&amp;Database file:</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>New database</translation>
    </message>
    <message>
      <source>Caseflow database (*.db)</source>
      <translation>Caseflow database (*.db)</translation>
    </message>
    <message>
      <source>A database already exists there. Choose another file name.</source>
      <translation>A database already exists there. Choose another file name.</translation>
    </message>
    <message>
      <source>That folder cannot be created. Choose another one.</source>
      <translation>That folder cannot be created. Choose another one.</translation>
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
      <translation>Overview</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>Young people, their cases, mapping, action plans and journals.</source>
      <translation>Young people, their cases, mapping, action plans and journals.</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>Cross-agency meetings: preparation, minutes and agreed actions.</source>
      <translation>Cross-agency meetings: preparation, minutes and agreed actions.</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Follow-up reports, meeting documents and statistics as PDF.</source>
      <translation>Follow-up reports, meeting documents and statistics as PDF.</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Unsaved &amp;drafts…</source>
      <translation>Unsaved &amp;drafts…</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseFields</name>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;New passphrase:</translation>
    </message>
    <message>
      <source>&amp;Repeat it:</source>
      <translation>&amp;Repeat it:</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Strength:</translation>
    </message>
    <message>
      <source>Strength: %1</source>
      <translation>Strength: %1</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Welcome, %1</source>
      <translation>Welcome, %1</translation>
    </message>
    <message>
      <source>You are logged in as %1.</source>
      <translation>You are logged in as %1.</translation>
    </message>
    <message>
      <source>Show &amp;drafts…</source>
      <translation>Show &amp;drafts…</translation>
    </message>
    <message>
      <source>Alerts about consents that run out, young people who turn 18 and overdue follow-ups will be listed here.</source>
      <translation>Alerts about consents that run out, young people who turn 18 and overdue follow-ups will be listed here.</translation>
    </message>
    <message numerus="yes">
      <source>You have %n unsaved draft(s) from earlier.</source>
      <translation>
        <numerusform>You have %n unsaved draft from earlier.</numerusform>
        <numerusform>You have %n unsaved drafts from earlier.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <source>Your passphrase</source>
      <translation>Your passphrase</translation>
    </message>
    <message>
      <source>The passphrase unlocks the database. Use several words that belong to no known phrase. Nobody can recover it for you: the recovery key is the only way back.</source>
      <translation>The passphrase unlocks the database. Use several words that belong to no known phrase. Nobody can recover it for you: the recovery key is the only way back.</translation>
    </message>
    <message>
      <source>Creating the encrypted database…</source>
      <translation>Creating the encrypted database…</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>Use the recovery key</source>
      <translation>Use the recovery key</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>&amp;Recovery key:</source>
      <translation>&amp;Recovery key:</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyView</name>
    <message>
      <source>Caseflow recovery key</source>
      <translation>Caseflow recovery key</translation>
    </message>
    <message>
      <source>This key opens the database if every passphrase is forgotten. Keep this page locked away, apart from the computer. Anyone who has it and a copy of the database can read everything in it.</source>
      <translation>This key opens the database if every passphrase is forgotten. Keep this page locked away, apart from the computer. Anyone who has it and a copy of the database can read everything in it.</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>This is the recovery key. It is shown only now. It opens the database if every passphrase is forgotten: print it or save it, and keep it locked away.</source>
      <translation>This is the recovery key. It is shown only now. It opens the database if every passphrase is forgotten: print it or save it, and keep it locked away.</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>Save recovery key</source>
      <translation>Save recovery key</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <source>Recovery key</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <source>I have &amp;printed or saved the recovery key</source>
      <translation>I have &amp;printed or saved the recovery key</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Caseflow – unlock</source>
      <translation>Caseflow – unlock</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>&amp;Database:</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>&amp;New database…</translation>
    </message>
    <message>
      <source>Forgot passphrase? Use the &amp;recovery key…</source>
      <translation>Forgot passphrase? Use the &amp;recovery key…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Open database</translation>
    </message>
    <message>
      <source>Caseflow database (*.db);;All files (*)</source>
      <translation>Caseflow database (*.db);;All files (*)</translation>
    </message>
    <message>
      <source>Choose a database and write your user name.</source>
      <translation>Choose a database and write your user name.</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Unlocking…</translation>
    </message>
  </context>
</TS>
