<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Cli</name>
    <message>
        <source>Cannot read the passphrase file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file, CASEFLOW_PASSPHRASE or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user with --user or CASEFLOW_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it or write it down and keep it locked away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the database {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {user} was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseflow met an unexpected error. Details (without personal data) are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personnummer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the person was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} is before the person was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number must have three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number 000 is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: check the number for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year {year} is too early to be right: check the century.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a personnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personnummer contains characters other than digits, - and +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The + sign is only used with 10 digits (YYMMDD+NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the personnummer ({date}) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personnummer must have 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The - or + must come just before the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date in the personnummer does not exist ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme setting {key} must be an age from 0 to 130.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest typical age must not be above the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme setting {key} must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPF (social services, school, police, leisure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIG (social intervention group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVI (group violence intervention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme} usually works with people aged {min_age} to {max_age}; this person is {age}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown programme setting: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme setting {key} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme setting {key} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme setting {key} must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown programme: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A user name has 2 to 40 characters: letters a-z, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged and cannot be read safely. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that belongs to the database is missing or damaged, so the database cannot be opened. Restore both files from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at that place. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is already open in another Caseflow window or program. Close it there first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer version of Caseflow. Update Caseflow to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Use several unrelated words or mix letters, digits and signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has eight groups of five letters and digits, for example ABCDE-12345-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the person&apos;s name (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user with that user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock must be between {low} and {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
