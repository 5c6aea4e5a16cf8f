<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>Add activity</source>
      <translation>Add activity</translation>
    </message>
    <message>
      <source>Name, or role such as mentor</source>
      <translation>Name, or role such as mentor</translation>
    </message>
    <message>
      <source>Set a due date</source>
      <translation>Set a due date</translation>
    </message>
    <message>
      <source>For the goal:</source>
      <translation>For the goal:</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;What:</translation>
    </message>
    <message>
      <source>&amp;Agency:</source>
      <translation>&amp;Agency:</translation>
    </message>
    <message>
      <source>&amp;Responsible person:</source>
      <translation>&amp;Responsible person:</translation>
    </message>
    <message>
      <source>&amp;Due date:</source>
      <translation>&amp;Due date:</translation>
    </message>
    <message>
      <source>Say what is to be done.</source>
      <translation>Say what is to be done.</translation>
    </message>
  </context>
  <context>
    <name>ActivityStatusDialog</name>
    <message>
      <source>Set activity status</source>
      <translation>Set activity status</translation>
    </message>
    <message>
      <source>Activity:</source>
      <translation>Activity:</translation>
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
    <name>Alerts</name>
    <message>
      <source>Consent from {who} for {parties} is valid until {date}</source>
      <translation>Consent from {who} for {parties} is valid until {date}</translation>
    </message>
    <message>
      <source>Turns 18 on {date}: their own consent will be needed</source>
      <translation>Turns 18 on {date}: their own consent will be needed</translation>
    </message>
    <message>
      <source>{party} is not covered: {reasons}</source>
      <translation>{party} is not covered: {reasons}</translation>
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
      <translation>New mapping of risk and protective factors</translation>
    </message>
    <message>
      <source>&amp;Date of the mapping:</source>
      <translation>&amp;Date of the mapping:</translation>
    </message>
    <message>
      <source>&amp;Copy answers from {date}</source>
      <translation>&amp;Copy answers from {date}</translation>
    </message>
    <message>
      <source>What stands out, and what the action plan should address.</source>
      <translation>What stands out, and what the action plan should address.</translation>
    </message>
    <message>
      <source>&amp;Summary:</source>
      <translation>&amp;Summary:</translation>
    </message>
    <message>
      <source>Save the &amp;mapping</source>
      <translation>Save the &amp;mapping</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Factor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Comment (optional)</source>
      <translation>Comment (optional)</translation>
    </message>
    <message>
      <source>A mapping cannot be dated in the future.</source>
      <translation>A mapping cannot be dated in the future.</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailsPage</name>
    <message>
      <source>The referral</source>
      <translation>The referral</translation>
    </message>
    <message>
      <source>What came in, from whom, and who is responsible for the case.</source>
      <translation>What came in, from whom, and who is responsible for the case.</translation>
    </message>
    <message>
      <source>What the referral says: what has happened and what worries the referrer.</source>
      <translation>What the referral says: what has happened and what worries the referrer.</translation>
    </message>
    <message>
      <source>&amp;Programme:</source>
      <translation>&amp;Programme:</translation>
    </message>
    <message>
      <source>Referral &amp;date:</source>
      <translation>Referral &amp;date:</translation>
    </message>
    <message>
      <source>Referral &amp;source:</source>
      <translation>Referral &amp;source:</translation>
    </message>
    <message>
      <source>R&amp;eason for the referral:</source>
      <translation>R&amp;eason for the referral:</translation>
    </message>
    <message>
      <source>&amp;Responsible worker:</source>
      <translation>&amp;Responsible worker:</translation>
    </message>
    <message>
      <source>The referral date cannot be in the future.</source>
      <translation>The referral date cannot be in the future.</translation>
    </message>
    <message>
      <source>The referral date is before the person was born.</source>
      <translation>The referral date is before the person was born.</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Note: %1</translation>
    </message>
    <message>
      <source>%1 already has an open case in this programme: %2.</source>
      <translation>%1 already has an open case in this programme: %2.</translation>
    </message>
  </context>
  <context>
    <name>CaseFilterBar</name>
    <message>
      <source>Name, personnummer or case number</source>
      <translation>Name, personnummer or case number</translation>
    </message>
    <message>
      <source>Case number, e.g. SSPF-2026-0042</source>
      <translation>Case number, e.g. SSPF-2026-0042</translation>
    </message>
    <message>
      <source>All programmes</source>
      <translation>All programmes</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Open cases</source>
      <translation>Open cases</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <source>&amp;Programme:</source>
      <translation>&amp;Programme:</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <source>Responsi&amp;ble:</source>
      <translation>Responsi&amp;ble:</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <source>Case number</source>
      <translation>Case number</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Referral date</source>
      <translation>Referral date</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Next follow-up</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>This column cannot be sorted.</source>
      <translation>This column cannot be sorted.</translation>
    </message>
    <message>
      <source>Click to sort by this column; click again to reverse the order.</source>
      <translation>Click to sort by this column; click again to reverse the order.</translation>
    </message>
    <message>
      <source>Protected: %1</source>
      <translation>Protected: %1</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (overdue)</translation>
    </message>
    <message>
      <source>This person has a protected identity. Address and contact details are hidden, and must never be passed on.</source>
      <translation>This person has a protected identity. Address and contact details are hidden, and must never be passed on.</translation>
    </message>
    <message>
      <source>Your role does not show who the case is about.</source>
      <translation>Your role does not show who the case is about.</translation>
    </message>
  </context>
  <context>
    <name>CaseListPanel</name>
    <message>
      <source>&amp;New case…</source>
      <translation>&amp;New case…</translation>
    </message>
    <message>
      <source>Open a new case (Ctrl+N)</source>
      <translation>Open a new case (Ctrl+N)</translation>
    </message>
    <message>
      <source>Your role does not open new cases.</source>
      <translation>Your role does not open new cases.</translation>
    </message>
    <message>
      <source>R&amp;efresh</source>
      <translation>R&amp;efresh</translation>
    </message>
    <message>
      <source>Load the list again (F5)</source>
      <translation>Load the list again (F5)</translation>
    </message>
    <message>
      <source>Your role does not include work with cases.</source>
      <translation>Your role does not include work with cases.</translation>
    </message>
    <message>
      <source>Your role lets you search by case number only, for example SSPF-2026-0042.</source>
      <translation>Your role lets you search by case number only, for example SSPF-2026-0042.</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <source>No cases match.</source>
      <translation>No cases match.</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>No cases yet.</translation>
    </message>
    <message numerus="yes">
      <source>%n+ cases shown; scroll down for more.</source>
      <translation>
        <numerusform>%n+ cases shown; scroll down for more.</numerusform>
        <numerusform>%n+ cases shown; scroll down for more.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseWorkspace</name>
    <message>
      <source>Loading the case…</source>
      <translation>Loading the case…</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <source>&amp;Person and guardians</source>
      <translation>&amp;Person and guardians</translation>
    </message>
    <message>
      <source>&amp;Mapping</source>
      <translation>&amp;Mapping</translation>
    </message>
    <message>
      <source>Action p&amp;lan</source>
      <translation>Action p&amp;lan</translation>
    </message>
    <message>
      <source>&amp;Journal</source>
      <translation>&amp;Journal</translation>
    </message>
    <message>
      <source>Co&amp;nsent</source>
      <translation>Co&amp;nsent</translation>
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
      <translation>PROTECTED IDENTITY (skyddade personuppgifter): address and contact details are hidden. Never disclose where this person lives or how to reach them.</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Case list</source>
      <translation>Case list</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>%1 has changes that are not saved. Unsigned journal text is kept as a draft that you can finish later; other unsaved changes are lost.</source>
      <translation>%1 has changes that are not saved. Unsigned journal text is kept as a draft that you can finish later; other unsaved changes are lost.</translation>
    </message>
    <message>
      <source>&amp;Save drafts and close</source>
      <translation>&amp;Save drafts and close</translation>
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
      <source>Demo data: {done} of {total} cases written.</source>
      <translation>Demo data: {done} of {total} cases written.</translation>
    </message>
    <message>
      <source>Demo database: {path}</source>
      <translation>Demo database: {path}</translation>
    </message>
    <message>
      <source>Added {cases} cases ({people} new people, {entries} journal entries); the database now holds {total} cases.</source>
      <translation>Added {cases} cases ({people} new people, {entries} journal entries); the database now holds {total} cases.</translation>
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
    <name>CloseCaseDialog</name>
    <message>
      <source>Close case {case}</source>
      <translation>Close case {case}</translation>
    </message>
    <message>
      <source>A closed case cannot be reopened; if the person needs support again, open a new case.</source>
      <translation>A closed case cannot be reopened; if the person needs support again, open a new case.</translation>
    </message>
    <message>
      <source>What was done, what was reached, and what happens next.</source>
      <translation>What was done, what was reached, and what happens next.</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <source>Closing &amp;date:</source>
      <translation>Closing &amp;date:</translation>
    </message>
    <message>
      <source>Closing &amp;summary:</source>
      <translation>Closing &amp;summary:</translation>
    </message>
    <message>
      <source>Close &amp;case</source>
      <translation>Close &amp;case</translation>
    </message>
    <message>
      <source>A case cannot close before its referral date.</source>
      <translation>A case cannot close before its referral date.</translation>
    </message>
  </context>
  <context>
    <name>ConsentForm</name>
    <message>
      <source>Social services</source>
      <translation>Social services</translation>
    </message>
    <message>
      <source>Consent to exchange information</source>
      <translation>Consent to exchange information</translation>
    </message>
    <message>
      <source>Consent to exchange information – {case}</source>
      <translation>Consent to exchange information – {case}</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Case number</translation>
    </message>
    <message>
      <source>About the young person</source>
      <translation>About the young person</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Personal identity number</source>
      <translation>Personal identity number</translation>
    </message>
    <message>
      <source>Born {date} (no personal identity number)</source>
      <translation>Born {date} (no personal identity number)</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>By signing this form, I agree that the parties ticked below may exchange information about the young person named above with each other, limited to the information and the purpose written on this form. The consent is voluntary.</source>
      <translation>By signing this form, I agree that the parties ticked below may exchange information about the young person named above with each other, limited to the information and the purpose written on this form. The consent is voluntary.</translation>
    </message>
    <message>
      <source>Parties that may exchange information</source>
      <translation>Parties that may exchange information</translation>
    </message>
    <message>
      <source>{kind}: {name}</source>
      <translation>{kind}: {name}</translation>
    </message>
    <message>
      <source>Other party:</source>
      <translation>Other party:</translation>
    </message>
    <message>
      <source>Which information may be exchanged</source>
      <translation>Which information may be exchanged</translation>
    </message>
    <message>
      <source>For what purpose, and what kind of cooperation</source>
      <translation>For what purpose, and what kind of cooperation</translation>
    </message>
    <message>
      <source>How long the consent is valid</source>
      <translation>How long the consent is valid</translation>
    </message>
    <message>
      <source>The consent is valid from the day it is signed up to and including:</source>
      <translation>The consent is valid from the day it is signed up to and including:</translation>
    </message>
    <message>
      <source>In {programme} a consent usually runs for {days} days: signed on {today}, up to and including {until}.</source>
      <translation>In {programme} a consent usually runs for {days} days: signed on {today}, up to and including {until}.</translation>
    </message>
    <message>
      <source>You can withdraw your consent at any time, wholly or for some of the parties, by telling social services (contact person: {contact}). From then on nothing may be shared on the basis of this consent; what was shared before stays recorded.</source>
      <translation>You can withdraw your consent at any time, wholly or for some of the parties, by telling social services (contact person: {contact}). From then on nothing may be shared on the basis of this consent; what was shared before stays recorded.</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <source>The young person: {name}</source>
      <translation>The young person: {name}</translation>
    </message>
    <message>
      <source>Guardian: {name}</source>
      <translation>Guardian: {name}</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Guardian</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Name in block letters</source>
      <translation>Name in block letters</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Telephone</translation>
    </message>
    <message>
      <source>The young person signs from the age of {age}; until then the guardians sign, and the young person's own view is asked for and given weight according to age and maturity.</source>
      <translation>The young person signs from the age of {age}; until then the guardians sign, and the young person's own view is asked for and given weight according to age and maturity.</translation>
    </message>
    <message>
      <source>The young person is 18 or older: only their own consent is needed.</source>
      <translation>The young person is 18 or older: only their own consent is needed.</translation>
    </message>
    <message>
      <source>No guardian with custody is registered. Each guardian with custody signs on a line of their own.</source>
      <translation>No guardian with custody is registered. Each guardian with custody signs on a line of their own.</translation>
    </message>
    <message>
      <source>For social services: received by ____________________  on ____________</source>
      <translation>For social services: received by ____________________  on ____________</translation>
    </message>
    <message>
      <source>{case} · Printed {date} · Page {page}</source>
      <translation>{case} · Printed {date} · Page {page}</translation>
    </message>
    <message>
      <source>PROTECTED IDENTITY (skyddade personuppgifter): never write the address or contacts here.</source>
      <translation>PROTECTED IDENTITY (skyddade personuppgifter): never write the address or contacts here.</translation>
    </message>
  </context>
  <context>
    <name>ConsentMatrixView</name>
    <message>
      <source>Party</source>
      <translation>Party</translation>
    </message>
    <message>
      <source>{title}
MUST NOT receive information</source>
      <translation>{title}
MUST NOT receive information</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Overall</translation>
    </message>
    <message>
      <source>No parties yet. Add the agencies involved on the Overview tab, or register a consent that names a party.</source>
      <translation>No parties yet. Add the agencies involved on the Overview tab, or register a consent that names a party.</translation>
    </message>
    <message>
      <source>On {date} the young person is {age}. {covered} of {total} parties covered.</source>
      <translation>On {date} the young person is {age}. {covered} of {total} parties covered.</translation>
    </message>
    <message>
      <source>{party} on {date}: {status}</source>
      <translation>{party} on {date}: {status}</translation>
    </message>
    <message>
      <source>{person} for {party}: {status}</source>
      <translation>{person} for {party}: {status}</translation>
    </message>
    <message>
      <source>Overall: {status}</source>
      <translation>Overall: {status}</translation>
    </message>
    <message>
      <source>{manner}, documented by {name}</source>
      <translation>{manner}, documented by {name}</translation>
    </message>
    <message>
      <source>Consent given on {given}, valid until {until} ({how}).</source>
      <translation>Consent given on {given}, valid until {until} ({how}).</translation>
    </message>
    <message>
      <source>Information: {text}</source>
      <translation>Information: {text}</translation>
    </message>
    <message>
      <source>Purpose: {text}</source>
      <translation>Purpose: {text}</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <source>Choose a scanned form saved as PDF, PNG, JPEG or TIFF.</source>
      <translation>Choose a scanned form saved as PDF, PNG, JPEG or TIFF.</translation>
    </message>
    <message>
      <source>The file is larger than 20 MB. Scan the form again at a lower resolution.</source>
      <translation>The file is larger than 20 MB. Scan the form again at a lower resolution.</translation>
    </message>
    <message>
      <source>Attach a scanned consent form</source>
      <translation>Attach a scanned consent form</translation>
    </message>
    <message>
      <source>Scanned forms (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Scanned forms (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <source>Save the consent form</source>
      <translation>Save the consent form</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Consent form {case}.pdf</source>
      <translation>Consent form {case}.pdf</translation>
    </message>
    <message>
      <source>Consent form {case} without names.pdf</source>
      <translation>Consent form {case} without names.pdf</translation>
    </message>
    <message>
      <source>{name} ({kind})</source>
      <translation>{name} ({kind})</translation>
    </message>
    <message>
      <source>{name} (guardian)</source>
      <translation>{name} (guardian)</translation>
    </message>
    <message>
      <source>{name} (guardian) – MUST NOT receive information</source>
      <translation>{name} (guardian) – MUST NOT receive information</translation>
    </message>
    <message>
      <source>{name} must not be told anything about the case. Ask for their consent without telling them about the case, and never send them information.</source>
      <translation>{name} must not be told anything about the case. Ask for their consent without telling them about the case, and never send them information.</translation>
    </message>
    <message>
      <source>{name} has no custody: their consent is not required.</source>
      <translation>{name} has no custody: their consent is not required.</translation>
    </message>
    <message>
      <source>Show &amp;for date:</source>
      <translation>Show &amp;for date:</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Today</translation>
    </message>
    <message>
      <source>&amp;Register consent…</source>
      <translation>&amp;Register consent…</translation>
    </message>
    <message>
      <source>&amp;Withdraw consent…</source>
      <translation>&amp;Withdraw consent…</translation>
    </message>
    <message>
      <source>Other legal &amp;ground…</source>
      <translation>Other legal &amp;ground…</translation>
    </message>
    <message>
      <source>&amp;Print consent form…</source>
      <translation>&amp;Print consent form…</translation>
    </message>
    <message>
      <source>A pre-filled form, in Swedish, to print and have signed</source>
      <translation>A pre-filled form, in Swedish, to print and have signed</translation>
    </message>
    <message>
      <source>Who may be told: parties and the people who must consent</source>
      <translation>Who may be told: parties and the people who must consent</translation>
    </message>
    <message>
      <source>History, newest first</source>
      <translation>History, newest first</translation>
    </message>
    <message>
      <source>&amp;Attach scanned form…</source>
      <translation>&amp;Attach scanned form…</translation>
    </message>
    <message>
      <source>Read the &amp;form</source>
      <translation>Read the &amp;form</translation>
    </message>
    <message>
      <source>Your role may read consents, not record them.</source>
      <translation>Your role may read consents, not record them.</translation>
    </message>
    <message>
      <source>Nobody has consented yet.</source>
      <translation>Nobody has consented yet.</translation>
    </message>
    <message>
      <source>Choose a consent in the history first, then attach its signed form.</source>
      <translation>Choose a consent in the history first, then attach its signed form.</translation>
    </message>
    <message>
      <source>The consent was registered. Select it in the history to attach the signed form.</source>
      <translation>The consent was registered. Select it in the history to attach the signed form.</translation>
    </message>
    <message>
      <source>The withdrawal was recorded.</source>
      <translation>The withdrawal was recorded.</translation>
    </message>
    <message>
      <source>The legal ground and its reason were recorded.</source>
      <translation>The legal ground and its reason were recorded.</translation>
    </message>
    <message>
      <source>The scanned form {name} was attached; it is kept encrypted.</source>
      <translation>The scanned form {name} was attached; it is kept encrypted.</translation>
    </message>
    <message>
      <source>Print consent form</source>
      <translation>Print consent form</translation>
    </message>
    <message>
      <source>{names} must not be told anything about the case, not even which school or which parties take part. Give them the form without the parties' names.</source>
      <translation>{names} must not be told anything about the case, not even which school or which parties take part. Give them the form without the parties' names.</translation>
    </message>
    <message>
      <source>Form with the parties' names</source>
      <translation>Form with the parties' names</translation>
    </message>
    <message>
      <source>Form without names, for {names}</source>
      <translation>Form without names, for {names}</translation>
    </message>
    <message>
      <source>The consent form was saved as {path}.</source>
      <translation>The consent form was saved as {path}.</translation>
    </message>
    <message>
      <source>Consent form saved</source>
      <translation>Consent form saved</translation>
    </message>
    <message>
      <source>The form was saved as {path}. Read it here before printing?</source>
      <translation>The form was saved as {path}. Read it here before printing?</translation>
    </message>
    <message>
      <source>&amp;Read it here</source>
      <translation>&amp;Read it here</translation>
    </message>
  </context>
  <context>
    <name>ConsentTimeline</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>No consent has been recorded for this case yet.</source>
      <translation>No consent has been recorded for this case yet.</translation>
    </message>
    <message>
      <source>{manner}, documented by {name}</source>
      <translation>{manner}, documented by {name}</translation>
    </message>
    <message>
      <source>For {parties} · valid until {until} · {how}</source>
      <translation>For {parties} · valid until {until} · {how}</translation>
    </message>
    <message>
      <source>Consent given by {who}</source>
      <translation>Consent given by {who}</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <source>Scanned form</source>
      <translation>Scanned form</translation>
    </message>
    <message>
      <source>None attached yet</source>
      <translation>None attached yet</translation>
    </message>
    <message>
      <source>{name} ({size}) – press Enter to read it</source>
      <translation>{name} ({size}) – press Enter to read it</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>Everything consented to so far</source>
      <translation>Everything consented to so far</translation>
    </message>
    <message>
      <source>For {parties}</source>
      <translation>For {parties}</translation>
    </message>
    <message>
      <source>Consent withdrawn by {who}</source>
      <translation>Consent withdrawn by {who}</translation>
    </message>
    <message>
      <source>{scope} · {how}</source>
      <translation>{scope} · {how}</translation>
    </message>
    <message>
      <source>valid until {date}</source>
      <translation>valid until {date}</translation>
    </message>
    <message>
      <source>for that day only</source>
      <translation>for that day only</translation>
    </message>
    <message>
      <source>Legal ground for {party}</source>
      <translation>Legal ground for {party}</translation>
    </message>
    <message>
      <source>{citation} · {until} · {reason}</source>
      <translation>{citation} · {until} · {reason}</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Legal ground</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Information given to {party}</source>
      <translation>Information given to {party}</translation>
    </message>
    <message>
      <source>{what} · on the basis of: {basis}</source>
      <translation>{what} · on the basis of: {basis}</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <source>This PDF cannot be shown: it is damaged or protected by a password.</source>
      <translation>This PDF cannot be shown: it is damaged or protected by a password.</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} pixels</translation>
    </message>
    <message>
      <source>This image cannot be shown: the file is damaged or of an unknown kind.</source>
      <translation>This image cannot be shown: the file is damaged or of an unknown kind.</translation>
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
    <message>
      <source>A legal ground needs a key, the provision it rests on and a title.</source>
      <translation>A legal ground needs a key, the provision it rests on and a title.</translation>
    </message>
    <message>
      <source>The age limit of a legal ground must be 1 to 130.</source>
      <translation>The age limit of a legal ground must be 1 to 130.</translation>
    </message>
    <message>
      <source>Social services may tell the police about someone under 21 when special circumstances show a risk of crime and the information can help prevent it</source>
      <translation>Social services may tell the police about someone under 21 when special circumstances show a risk of crime and the information can help prevent it</translation>
    </message>
    <message>
      <source>The duty to report concern about a child to social services</source>
      <translation>The duty to report concern about a child to social services</translation>
    </message>
    <message>
      <source>A duty to provide information set out in a law or an ordinance</source>
      <translation>A duty to provide information set out in a law or an ordinance</translation>
    </message>
    <message>
      <source>Sharing is necessary for the authority to carry out its own work</source>
      <translation>Sharing is necessary for the authority to carry out its own work</translation>
    </message>
    <message>
      <source>Write why the legal ground applies.</source>
      <translation>Write why the legal ground applies.</translation>
    </message>
    <message>
      <source>A legal ground cannot end before the day it was recorded.</source>
      <translation>A legal ground cannot end before the day it was recorded.</translation>
    </message>
    <message>
      <source>Unknown legal ground setting: {key}.</source>
      <translation>Unknown legal ground setting: {key}.</translation>
    </message>
    <message>
      <source>Unknown kind of party in a legal ground: {value}.</source>
      <translation>Unknown kind of party in a legal ground: {value}.</translation>
    </message>
    <message>
      <source>A party of the kind Other must have a name.</source>
      <translation>A party of the kind Other must have a name.</translation>
    </message>
    <message>
      <source>Enter the guardian's name.</source>
      <translation>Enter the guardian's name.</translation>
    </message>
    <message>
      <source>In writing</source>
      <translation>In writing</translation>
    </message>
    <message>
      <source>Orally</source>
      <translation>Orally</translation>
    </message>
    <message>
      <source>Say who received the oral consent or withdrawal: it must be documented.</source>
      <translation>Say who received the oral consent or withdrawal: it must be documented.</translation>
    </message>
    <message>
      <source>A consent must name at least one party.</source>
      <translation>A consent must name at least one party.</translation>
    </message>
    <message>
      <source>A consent must say which information and for what purpose: it must not be general.</source>
      <translation>A consent must say which information and for what purpose: it must not be general.</translation>
    </message>
    <message>
      <source>A consent cannot end before the day it was given.</source>
      <translation>A consent cannot end before the day it was given.</translation>
    </message>
    <message>
      <source>Consented</source>
      <translation>Consented</translation>
    </message>
    <message>
      <source>No valid consent</source>
      <translation>No valid consent</translation>
    </message>
    <message>
      <source>Not required</source>
      <translation>Not required</translation>
    </message>
    <message>
      <source>Covered</source>
      <translation>Covered</translation>
    </message>
    <message>
      <source>Not covered</source>
      <translation>Not covered</translation>
    </message>
    <message>
      <source>the young person</source>
      <translation>the young person</translation>
    </message>
    <message>
      <source>guardian {name}</source>
      <translation>guardian {name}</translation>
    </message>
    <message>
      <source>Young person</source>
      <translation>Young person</translation>
    </message>
    <message>
      <source>{name} (guardian)</source>
      <translation>{name} (guardian)</translation>
    </message>
    <message>
      <source>{first} and {second}</source>
      <translation>{first} and {second}</translation>
    </message>
    <message>
      <source>{first}, {second}</source>
      <translation>{first}, {second}</translation>
    </message>
    <message>
      <source>Covered by consent given on {date} by {names}</source>
      <translation>Covered by consent given on {date} by {names}</translation>
    </message>
    <message>
      <source>Covered by the legal ground {ground}, recorded on {date}</source>
      <translation>Covered by the legal ground {ground}, recorded on {date}</translation>
    </message>
    <message>
      <source>The young person has not consented</source>
      <translation>The young person has not consented</translation>
    </message>
    <message>
      <source>Guardian {name} has not consented</source>
      <translation>Guardian {name} has not consented</translation>
    </message>
    <message>
      <source>Consent from the young person ended {date}</source>
      <translation>Consent from the young person ended {date}</translation>
    </message>
    <message>
      <source>Consent from guardian {name} ended {date}</source>
      <translation>Consent from guardian {name} ended {date}</translation>
    </message>
    <message>
      <source>Withdrawn by the young person {date}</source>
      <translation>Withdrawn by the young person {date}</translation>
    </message>
    <message>
      <source>Withdrawn by guardian {name} {date}</source>
      <translation>Withdrawn by guardian {name} {date}</translation>
    </message>
    <message>
      <source>Turned 18 on {date}: their own consent is needed</source>
      <translation>Turned 18 on {date}: their own consent is needed</translation>
    </message>
    <message>
      <source>No consent has been given for {party}</source>
      <translation>No consent has been given for {party}</translation>
    </message>
    <message>
      <source>No guardian with custody is registered: their consent is needed</source>
      <translation>No guardian with custody is registered: their consent is needed</translation>
    </message>
    <message>
      <source>The programme asks nobody for consent at age {age}: record a legal ground</source>
      <translation>The programme asks nobody for consent at age {age}: record a legal ground</translation>
    </message>
    <message>
      <source>The legal ground {ground} recorded on {date} does not apply here</source>
      <translation>The legal ground {ground} recorded on {date} does not apply here</translation>
    </message>
    <message>
      <source>Consented on {date}, valid until {until}</source>
      <translation>Consented on {date}, valid until {until}</translation>
    </message>
    <message>
      <source>Has not consented</source>
      <translation>Has not consented</translation>
    </message>
    <message>
      <source>Ended {date}</source>
      <translation>Ended {date}</translation>
    </message>
    <message>
      <source>Withdrawn {date}</source>
      <translation>Withdrawn {date}</translation>
    </message>
    <message>
      <source>Not required before age {age}</source>
      <translation>Not required before age {age}</translation>
    </message>
    <message>
      <source>Turned 18 on {date}: guardians no longer consent</source>
      <translation>Turned 18 on {date}: guardians no longer consent</translation>
    </message>
    <message>
      <source>The programme does not ask guardians for consent</source>
      <translation>The programme does not ask guardians for consent</translation>
    </message>
    <message>
      <source>No custody: consent not required</source>
      <translation>No custody: consent not required</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Legal ground</translation>
    </message>
    <message>
      <source>{type}: {cases}</source>
      <translation>{type}: {cases}</translation>
    </message>
    <message>
      <source>Cases: {cases}. The agenda, the participants and the minutes are in Caseflow.</source>
      <translation>Cases: {cases}. The agenda, the participants and the minutes are in Caseflow.</translation>
    </message>
    <message>
      <source>{party} runs the case and needs no consent to take part</source>
      <translation>{party} runs the case and needs no consent to take part</translation>
    </message>
    <message>
      <source>{name} ({party}) cannot be recorded as taking part: on {date} {party} is covered neither by consent nor by a recorded legal ground. {reasons}.</source>
      <translation>{name} ({party}) cannot be recorded as taking part: on {date} {party} is covered neither by consent nor by a recorded legal ground. {reasons}.</translation>
    </message>
    <message>
      <source>{name} ({party}) cannot be recorded as taking part in the discussion of {case}: on {date} {party} is covered neither by consent nor by a recorded legal ground. {reasons}.</source>
      <translation>{name} ({party}) cannot be recorded as taking part in the discussion of {case}: on {date} {party} is covered neither by consent nor by a recorded legal ground. {reasons}.</translation>
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
      <translation>Enter the participant's name.</translation>
    </message>
    <message>
      <source>{name} is from {agency} but is to speak for {party}: choose a party of their own agency.</source>
      <translation>{name} is from {agency} but is to speak for {party}: choose a party of their own agency.</translation>
    </message>
    <message>
      <source>That case is not on the meeting's agenda: add it to the meeting first.</source>
      <translation>That case is not on the meeting's agenda: add it to the meeting first.</translation>
    </message>
    <message>
      <source>Choose the type of meeting.</source>
      <translation>Choose the type of meeting.</translation>
    </message>
    <message>
      <source>A meeting needs at least one case on its agenda.</source>
      <translation>A meeting needs at least one case on its agenda.</translation>
    </message>
    <message>
      <source>Enter where the meeting is held.</source>
      <translation>Enter where the meeting is held.</translation>
    </message>
    <message>
      <source>A meeting must end after it starts.</source>
      <translation>A meeting must end after it starts.</translation>
    </message>
    <message>
      <source>A meeting must end on the day it starts.</source>
      <translation>A meeting must end on the day it starts.</translation>
    </message>
    <message>
      <source>Say which of the meeting's cases the participant was present for.</source>
      <translation>Say which of the meeting's cases the participant was present for.</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>Write a summary of the follow-up.</source>
      <translation>Write a summary of the follow-up.</translation>
    </message>
    <message>
      <source>Each goal gets one status in a follow-up.</source>
      <translation>Each goal gets one status in a follow-up.</translation>
    </message>
    <message>
      <source>The follow-up reviews a goal that is not in the plan.</source>
      <translation>The follow-up reviews a goal that is not in the plan.</translation>
    </message>
    <message>
      <source>Record a status for every open goal ({count} missing).</source>
      <translation>Record a status for every open goal ({count} missing).</translation>
    </message>
    <message>
      <source>Say what the agreed action is.</source>
      <translation>Say what the agreed action is.</translation>
    </message>
    <message>
      <source>Name the person responsible for the action at {agency}.</source>
      <translation>Name the person responsible for the action at {agency}.</translation>
    </message>
    <message>
      <source>The action “{what}” is due {due}, before the meeting on {date} that agreed it.</source>
      <translation>The action “{what}” is due {due}, before the meeting on {date} that agreed it.</translation>
    </message>
    <message>
      <source>Every item of the minutes needs a heading.</source>
      <translation>Every item of the minutes needs a heading.</translation>
    </message>
    <message>
      <source>The next meeting or follow-up must be after this meeting ({date}).</source>
      <translation>The next meeting or follow-up must be after this meeting ({date}).</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>The minutes are approved and locked. Add a correction instead: the original stays readable.</source>
      <translation>The minutes are approved and locked. Add a correction instead: the original stays readable.</translation>
    </message>
    <message>
      <source>The minutes are already approved.</source>
      <translation>The minutes are already approved.</translation>
    </message>
    <message>
      <source>The minutes are already a draft.</source>
      <translation>The minutes are already a draft.</translation>
    </message>
    <message>
      <source>The minutes have no item {number}.</source>
      <translation>The minutes have no item {number}.</translation>
    </message>
    <message>
      <source>Corrections are added to approved minutes; change the draft directly instead.</source>
      <translation>Corrections are added to approved minutes; change the draft directly instead.</translation>
    </message>
    <message>
      <source>An item cannot be moved to another case. Remove it and write a new item for the other case.</source>
      <translation>An item cannot be moved to another case. Remove it and write a new item for the other case.</translation>
    </message>
    <message>
      <source>Say who approves the minutes.</source>
      <translation>Say who approves the minutes.</translation>
    </message>
    <message>
      <source>Minutes can be approved on the day of the meeting ({date}) or later.</source>
      <translation>Minutes can be approved on the day of the meeting ({date}) or later.</translation>
    </message>
    <message>
      <source>Write something in the minutes before approving them.</source>
      <translation>Write something in the minutes before approving them.</translation>
    </message>
    <message>
      <source>Write what the correction says.</source>
      <translation>Write what the correction says.</translation>
    </message>
    <message>
      <source>A correction cannot be dated before the approval ({date}).</source>
      <translation>A correction cannot be dated before the approval ({date}).</translation>
    </message>
    <message>
      <source>A correction belongs to the same case as the item it corrects.</source>
      <translation>A correction belongs to the same case as the item it corrects.</translation>
    </message>
    <message>
      <source>Say who writes the correction and when.</source>
      <translation>Say who writes the correction and when.</translation>
    </message>
    <message>
      <source>This item about {case} seems to mention the young person of {other}. What is said about one young person belongs in that person's file alone.</source>
      <translation>This item about {case} seems to mention the young person of {other}. What is said about one young person belongs in that person's file alone.</translation>
    </message>
    <message>
      <source>{name} ({party}) is not covered by consent or a recorded legal ground on {date}: {reasons}. Do not share information about the young person with them.</source>
      <translation>{name} ({party}) is not covered by consent or a recorded legal ground on {date}: {reasons}. Do not share information about the young person with them.</translation>
    </message>
    <message>
      <source>The follow-up was due {due}; the last one was held {last}.</source>
      <translation>The follow-up was due {due}; the last one was held {last}.</translation>
    </message>
    <message>
      <source>No follow-up has been held yet.</source>
      <translation>No follow-up has been held yet.</translation>
    </message>
    <message>
      <source>Agreed actions overdue by the meeting date: {count}.</source>
      <translation>Agreed actions overdue by the meeting date: {count}.</translation>
    </message>
    <message>
      <source>SSPF meeting</source>
      <translation>SSPF meeting</translation>
    </message>
    <message>
      <source>SIG coordination meeting</source>
      <translation>SIG coordination meeting</translation>
    </message>
    <message>
      <source>Network meeting</source>
      <translation>Network meeting</translation>
    </message>
    <message>
      <source>Follow-up meeting</source>
      <translation>Follow-up meeting</translation>
    </message>
    <message>
      <source>A meeting type needs a key of lower-case letters, digits, - and _ (at most 40 characters), and a name.</source>
      <translation>A meeting type needs a key of lower-case letters, digits, - and _ (at most 40 characters), and a name.</translation>
    </message>
    <message>
      <source>An agenda item or checklist item of a meeting type must not be empty.</source>
      <translation>An agenda item or checklist item of a meeting type must not be empty.</translation>
    </message>
    <message>
      <source>A meeting type needs at least one agenda item.</source>
      <translation>A meeting type needs at least one agenda item.</translation>
    </message>
    <message>
      <source>Since the last meeting: what has happened</source>
      <translation>Since the last meeting: what has happened</translation>
    </message>
    <message>
      <source>Risk and protective factors</source>
      <translation>Risk and protective factors</translation>
    </message>
    <message>
      <source>Follow-up of agreed actions</source>
      <translation>Follow-up of agreed actions</translation>
    </message>
    <message>
      <source>New actions: what, who and by when</source>
      <translation>New actions: what, who and by when</translation>
    </message>
    <message>
      <source>Next meeting or follow-up</source>
      <translation>Next meeting or follow-up</translation>
    </message>
    <message>
      <source>Status of each goal</source>
      <translation>Status of each goal</translation>
    </message>
    <message>
      <source>Check that every invited party is covered by consent on the meeting date</source>
      <translation>Check that every invited party is covered by consent on the meeting date</translation>
    </message>
    <message>
      <source>Invite the parties, the young person and the guardians; book a room</source>
      <translation>Invite the parties, the young person and the guardians; book a room</translation>
    </message>
    <message>
      <source>Gather open actions, goals and the last follow-up</source>
      <translation>Gather open actions, goals and the last follow-up</translation>
    </message>
    <message>
      <source>In a shared sitting, keep each young person's papers apart</source>
      <translation>In a shared sitting, keep each young person's papers apart</translation>
    </message>
    <message>
      <source>Safety and risk</source>
      <translation>Safety and risk</translation>
    </message>
    <message>
      <source>Each agency's actions since the last meeting</source>
      <translation>Each agency's actions since the last meeting</translation>
    </message>
    <message>
      <source>The young person's and the family's view</source>
      <translation>The young person's and the family's view</translation>
    </message>
    <message>
      <source>The network: who does what</source>
      <translation>The network: who does what</translation>
    </message>
    <message>
      <source>Risk and protective factors now</source>
      <translation>Risk and protective factors now</translation>
    </message>
    <message>
      <source>Summary of the follow-up</source>
      <translation>Summary of the follow-up</translation>
    </message>
    <message>
      <source>Unknown meeting type setting: {key}.</source>
      <translation>Unknown meeting type setting: {key}.</translation>
    </message>
    <message>
      <source>The meeting type {key} is configured twice.</source>
      <translation>The meeting type {key} is configured twice.</translation>
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
      <source>The recovery key is wrong. Check it against the printout. Nothing was changed.</source>
      <translation>The recovery key is wrong. Check it against the printout. Nothing was changed.</translation>
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
      <source>The file could not be read or written. Check that the folder exists, that you may use it and that the disk is not full.</source>
      <translation>The file could not be read or written. Check that the folder exists, that you may use it and that the disk is not full.</translation>
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
    <message>
      <source>Unknown factor: {key}.</source>
      <translation>Unknown factor: {key}.</translation>
    </message>
    <message>
      <source>An assessment cannot be dated in the future.</source>
      <translation>An assessment cannot be dated in the future.</translation>
    </message>
    <message>
      <source>The referral date is in the future.</source>
      <translation>The referral date is in the future.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>The date is in the future.</translation>
    </message>
    <message>
      <source>Close a case with a reason and a summary.</source>
      <translation>Close a case with a reason and a summary.</translation>
    </message>
    <message>
      <source>The date is before the case's referral date.</source>
      <translation>The date is before the case's referral date.</translation>
    </message>
    <message>
      <source>A case cannot close before its referral date.</source>
      <translation>A case cannot close before its referral date.</translation>
    </message>
    <message>
      <source>{party} may not be told about this case: {reasons}. Record consent, or another legal ground with a reason, first.</source>
      <translation>{party} may not be told about this case: {reasons}. Record consent, or another legal ground with a reason, first.</translation>
    </message>
    <message>
      <source>Choose who gave the consent.</source>
      <translation>Choose who gave the consent.</translation>
    </message>
    <message>
      <source>Attach the scanned form as PDF, PNG, JPEG or TIFF.</source>
      <translation>Attach the scanned form as PDF, PNG, JPEG or TIFF.</translation>
    </message>
    <message>
      <source>The file is larger than 20 MB.</source>
      <translation>The file is larger than 20 MB.</translation>
    </message>
    <message>
      <source>Choose a legal ground.</source>
      <translation>Choose a legal ground.</translation>
    </message>
    <message>
      <source>That legal ground does not allow sharing with this party.</source>
      <translation>That legal ground does not allow sharing with this party.</translation>
    </message>
    <message>
      <source>This is not a demo database: its administrator does not use the demo passphrase. Demo data is only added to databases made by the demo command.</source>
      <translation>This is not a demo database: its administrator does not use the demo passphrase. Demo data is only added to databases made by the demo command.</translation>
    </message>
    <message>
      <source>The number of demo cases must be between 0 and 1 000 000.</source>
      <translation>The number of demo cases must be between 0 and 1 000 000.</translation>
    </message>
    <message>
      <source>A signed journal entry cannot be changed or removed. Write a correction instead.</source>
      <translation>A signed journal entry cannot be changed or removed. Write a correction instead.</translation>
    </message>
    <message>
      <source>Only the author can change, sign or remove an unsigned entry.</source>
      <translation>Only the author can change, sign or remove an unsigned entry.</translation>
    </message>
    <message>
      <source>A journal entry cannot be dated in the future.</source>
      <translation>A journal entry cannot be dated in the future.</translation>
    </message>
    <message>
      <source>Only signed entries are corrected; edit the unsigned one.</source>
      <translation>Only signed entries are corrected; edit the unsigned one.</translation>
    </message>
    <message>
      <source>Without a personnummer, give the birth date and say why there is no number.</source>
      <translation>Without a personnummer, give the birth date and say why there is no number.</translation>
    </message>
    <message>
      <source>Say why the person has no personnummer.</source>
      <translation>Say why the person has no personnummer.</translation>
    </message>
    <message>
      <source>Choose a value from the list.</source>
      <translation>Choose a value from the list.</translation>
    </message>
    <message>
      <source>An e-mail address must contain @.</source>
      <translation>An e-mail address must contain @.</translation>
    </message>
    <message>
      <source>Another person already has that personnummer.</source>
      <translation>Another person already has that personnummer.</translation>
    </message>
    <message>
      <source>That record does not exist (any more).</source>
      <translation>That record does not exist (any more).</translation>
    </message>
    <message>
      <source>Someone else changed this record after you opened it. Your text is kept as a draft; open the record again to see the change.</source>
      <translation>Someone else changed this record after you opened it. Your text is kept as a draft; open the record again to see the change.</translation>
    </message>
    <message>
      <source>This field must be filled in.</source>
      <translation>This field must be filled in.</translation>
    </message>
    <message>
      <source>At most {maximum} characters.</source>
      <translation>At most {maximum} characters.</translation>
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
    <name>GoalDialog</name>
    <message>
      <source>Add goal</source>
      <translation>Add goal</translation>
    </message>
    <message>
      <source>What should be reached, in words the person uses.</source>
      <translation>What should be reached, in words the person uses.</translation>
    </message>
    <message>
      <source>Set a target date</source>
      <translation>Set a target date</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>&amp;Goal:</translation>
    </message>
    <message>
      <source>&amp;Life domain:</source>
      <translation>&amp;Life domain:</translation>
    </message>
    <message>
      <source>&amp;Target date:</source>
      <translation>&amp;Target date:</translation>
    </message>
    <message>
      <source>Write the goal.</source>
      <translation>Write the goal.</translation>
    </message>
  </context>
  <context>
    <name>GoalStatusDialog</name>
    <message>
      <source>Record goal status</source>
      <translation>Record goal status</translation>
    </message>
    <message>
      <source>What the follow-up found</source>
      <translation>What the follow-up found</translation>
    </message>
    <message>
      <source>Goal:</source>
      <translation>Goal:</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>&amp;Follow-up date:</source>
      <translation>&amp;Follow-up date:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
  </context>
  <context>
    <name>GuardianDialog</name>
    <message>
      <source>Change guardian</source>
      <translation>Change guardian</translation>
    </message>
    <message>
      <source>Add guardian</source>
      <translation>Add guardian</translation>
    </message>
    <message>
      <source>Has &amp;custody (vårdnad)</source>
      <translation>Has &amp;custody (vårdnad)</translation>
    </message>
    <message>
      <source>Must n&amp;ot receive information about the young person</source>
      <translation>Must n&amp;ot receive information about the young person</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Personn&amp;ummer:</source>
      <translation>Personn&amp;ummer:</translation>
    </message>
    <message>
      <source>P&amp;hone:</source>
      <translation>P&amp;hone:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>Add&amp;ress:</source>
      <translation>Add&amp;ress:</translation>
    </message>
    <message>
      <source>Write the guardian's name.</source>
      <translation>Write the guardian's name.</translation>
    </message>
    <message>
      <source>An e-mail address must contain @.</source>
      <translation>An e-mail address must contain @.</translation>
    </message>
  </context>
  <context>
    <name>JournalEditor</name>
    <message>
      <source>What happened, what was said, what was agreed. Ctrl+S saves.</source>
      <translation>What happened, what was said, what was agreed. Ctrl+S saves.</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation>T&amp;ype:</translation>
    </message>
    <message>
      <source>&amp;Text:</source>
      <translation>&amp;Text:</translation>
    </message>
    <message>
      <source>&amp;Save entry</source>
      <translation>&amp;Save entry</translation>
    </message>
    <message>
      <source>Save the entry unsigned (Ctrl+S or Ctrl+Enter)</source>
      <translation>Save the entry unsigned (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Disc&amp;ard text</source>
      <translation>Disc&amp;ard text</translation>
    </message>
    <message>
      <source>Journal entry (changed), {case}</source>
      <translation>Journal entry (changed), {case}</translation>
    </message>
    <message>
      <source>Journal correction, {case}</source>
      <translation>Journal correction, {case}</translation>
    </message>
    <message>
      <source>Journal entry, {case}</source>
      <translation>Journal entry, {case}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Changing your unsigned entry of {date}&lt;/b&gt;</source>
      <translation>&lt;b&gt;Changing your unsigned entry of {date}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Correction of the signed entry of {date}&lt;/b&gt; – the entry stays as it is; the correction is shown with it.</source>
      <translation>&lt;b&gt;Correction of the signed entry of {date}&lt;/b&gt; – the entry stays as it is; the correction is shown with it.</translation>
    </message>
    <message>
      <source>&lt;b&gt;New entry&lt;/b&gt; – saved unsigned; sign it when done.</source>
      <translation>&lt;b&gt;New entry&lt;/b&gt; – saved unsigned; sign it when done.</translation>
    </message>
    <message>
      <source>Unsaved text restored from a draft.</source>
      <translation>Unsaved text restored from a draft.</translation>
    </message>
    <message>
      <source>Write the entry's text.</source>
      <translation>Write the entry's text.</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>&amp;New entry</source>
      <translation>&amp;New entry</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>Si&amp;gn…</source>
      <translation>Si&amp;gn…</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;Remove…</translation>
    </message>
    <message>
      <source>Write &amp;correction…</source>
      <translation>Write &amp;correction…</translation>
    </message>
    <message>
      <source>No entries yet.</source>
      <translation>No entries yet.</translation>
    </message>
    <message>
      <source>Correction ({type})</source>
      <translation>Correction ({type})</translation>
    </message>
    <message>
      <source>Unsigned</source>
      <translation>Unsigned</translation>
    </message>
    <message>
      <source>Select an entry to read it in full.</source>
      <translation>Select an entry to read it in full.</translation>
    </message>
    <message>
      <source>Corrected entry</source>
      <translation>Corrected entry</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>Correction</translation>
    </message>
    <message>
      <source>Signed {time} by {author}</source>
      <translation>Signed {time} by {author}</translation>
    </message>
    <message>
      <source>Unsigned – written by {author}</source>
      <translation>Unsigned – written by {author}</translation>
    </message>
    <message>
      <source>Unsaved text</source>
      <translation>Unsaved text</translation>
    </message>
    <message>
      <source>The editor holds text that is not saved. Drop it?</source>
      <translation>The editor holds text that is not saved. Drop it?</translation>
    </message>
    <message>
      <source>Drop the text</source>
      <translation>Drop the text</translation>
    </message>
    <message>
      <source>Save your changes to this entry (or drop them) before signing it.</source>
      <translation>Save your changes to this entry (or drop them) before signing it.</translation>
    </message>
    <message>
      <source>The entry is signed.</source>
      <translation>The entry is signed.</translation>
    </message>
    <message>
      <source>Sign the entry</source>
      <translation>Sign the entry</translation>
    </message>
    <message>
      <source>After signing, the text cannot be changed. A mistake can then only be put right with a correction, and both stay readable. Sign the entry of {date}?</source>
      <translation>After signing, the text cannot be changed. A mistake can then only be put right with a correction, and both stay readable. Sign the entry of {date}?</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Sign</translation>
    </message>
    <message>
      <source>The unsigned entry was removed.</source>
      <translation>The unsigned entry was removed.</translation>
    </message>
    <message>
      <source>Remove the entry</source>
      <translation>Remove the entry</translation>
    </message>
    <message>
      <source>Remove your unsigned entry of {date}? Its text is deleted.</source>
      <translation>Remove your unsigned entry of {date}? Its text is deleted.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>The entry was saved, unsigned. Sign it when it is final.</source>
      <translation>The entry was saved, unsigned. Sign it when it is final.</translation>
    </message>
  </context>
  <context>
    <name>LegalGroundDialog</name>
    <message>
      <source>Record another legal ground</source>
      <translation>Record another legal ground</translation>
    </message>
    <message>
      <source>Without consent, information may leave the case only on another legal ground. Choose it, and write why it applies: the choice is recorded.</source>
      <translation>Without consent, information may leave the case only on another legal ground. Choose it, and write why it applies: the choice is recorded.</translation>
    </message>
    <message>
      <source>{citation} – {title}</source>
      <translation>{citation} – {title}</translation>
    </message>
    <message>
      <source>Another party…</source>
      <translation>Another party…</translation>
    </message>
    <message>
      <source>Name (required for Other)</source>
      <translation>Name (required for Other)</translation>
    </message>
    <message>
      <source>Why this ground applies now: the circumstances, in your own words</source>
      <translation>Why this ground applies now: the circumstances, in your own words</translation>
    </message>
    <message>
      <source>Covers more days, up to</source>
      <translation>Covers more days, up to</translation>
    </message>
    <message>
      <source>&amp;Legal ground:</source>
      <translation>&amp;Legal ground:</translation>
    </message>
    <message>
      <source>&amp;Party:</source>
      <translation>&amp;Party:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>&amp;Valid until:</translation>
    </message>
    <message>
      <source>&amp;Record legal ground</source>
      <translation>&amp;Record legal ground</translation>
    </message>
    <message>
      <source>Choose a legal ground.</source>
      <translation>Choose a legal ground.</translation>
    </message>
    <message>
      <source>{citation} does not allow telling {party} about a person aged {age}.</source>
      <translation>{citation} does not allow telling {party} about a person aged {age}.</translation>
    </message>
    <message>
      <source>Write why the legal ground applies.</source>
      <translation>Write why the legal ground applies.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>The date is in the future.</translation>
    </message>
    <message>
      <source>A legal ground cannot end before the day it was recorded.</source>
      <translation>A legal ground cannot end before the day it was recorded.</translation>
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
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
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
    <name>MappingTab</name>
    <message>
      <source>New &amp;assessment…</source>
      <translation>New &amp;assessment…</translation>
    </message>
    <message>
      <source>No mapping yet. A mapping records, for each risk and protective factor, whether it is present; repeated mappings show the change over time.</source>
      <translation>No mapping yet. A mapping records, for each risk and protective factor, whether it is present; repeated mappings show the change over time.</translation>
    </message>
    <message>
      <source>One mapping. The next one will show what changed since.</source>
      <translation>One mapping. The next one will show what changed since.</translation>
    </message>
    <message>
      <source>{count} mappings, oldest first. The last column compares the two latest.</source>
      <translation>{count} mappings, oldest first. The last column compares the two latest.</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Factor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Change {older} → {newer}</source>
      <translation>Change {older} → {newer}</translation>
    </message>
    <message>
      <source>Mapped by {author}</source>
      <translation>Mapped by {author}</translation>
    </message>
    <message>
      <source>{presence}: {comment}</source>
      <translation>{presence}: {comment}</translation>
    </message>
    <message>
      <source>Move to a date's column to read that mapping's comment and summary.</source>
      <translation>Move to a date's column to read that mapping's comment and summary.</translation>
    </message>
    <message>
      <source>{factor} on {date}: {presence}</source>
      <translation>{factor} on {date}: {presence}</translation>
    </message>
    <message>
      <source>Comment: {comment}</source>
      <translation>Comment: {comment}</translation>
    </message>
    <message>
      <source>Summary by {author}: {summary}</source>
      <translation>Summary by {author}: {summary}</translation>
    </message>
    <message>
      <source>The mapping was saved.</source>
      <translation>The mapping was saved.</translation>
    </message>
  </context>
  <context>
    <name>NewCaseWizard</name>
    <message>
      <source>New case</source>
      <translation>New case</translation>
    </message>
    <message>
      <source>&amp;Open case</source>
      <translation>&amp;Open case</translation>
    </message>
    <message>
      <source>Opening the case…</source>
      <translation>Opening the case…</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation>Case opened</translation>
    </message>
    <message>
      <source>Case %1 is opened. Please note:</source>
      <translation>Case %1 is opened. Please note:</translation>
    </message>
    <message>
      <source>Discard the new case?</source>
      <translation>Discard the new case?</translation>
    </message>
    <message>
      <source>What you typed for the new case will be lost.</source>
      <translation>What you typed for the new case will be lost.</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Discard</translation>
    </message>
    <message>
      <source>&amp;Keep editing</source>
      <translation>&amp;Keep editing</translation>
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
      <source>Needs attention in your cases</source>
      <translation>Needs attention in your cases</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Press Enter or double-click to open the case.</source>
      <translation>Press Enter or double-click to open the case.</translation>
    </message>
    <message>
      <source>The alerts could not be read.</source>
      <translation>The alerts could not be read.</translation>
    </message>
    <message>
      <source>Alerts about consents and birthdays are shown to those who work on cases.</source>
      <translation>Alerts about consents and birthdays are shown to those who work on cases.</translation>
    </message>
    <message>
      <source>Nothing needs attention in your open cases.</source>
      <translation>Nothing needs attention in your open cases.</translation>
    </message>
    <message numerus="yes">
      <source>%n alert(s) in your open cases.</source>
      <translation>
        <numerusform>%n alert in your open cases.</numerusform>
        <numerusform>%n alerts in your open cases.</numerusform>
      </translation>
    </message>
    <message>
      <source>Consents that end within 30 days (%1)</source>
      <translation>Consents that end within 30 days (%1)</translation>
    </message>
    <message>
      <source>Turning 18 within 60 days: their own consent will be needed (%1)</source>
      <translation>Turning 18 within 60 days: their own consent will be needed (%1)</translation>
    </message>
    <message>
      <source>Active cases where a party is not covered today (%1)</source>
      <translation>Active cases where a party is not covered today (%1)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>None</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more, not listed here.</source>
      <translation>
        <numerusform>… and %n more, not listed here.</numerusform>
        <numerusform>… and %n more, not listed here.</numerusform>
      </translation>
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
    <name>OverviewTab</name>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Case number:</source>
      <translation>Case number:</translation>
    </message>
    <message>
      <source>Programme:</source>
      <translation>Programme:</translation>
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
      <translation>Responsible:</translation>
    </message>
    <message>
      <source>Other staff:</source>
      <translation>Other staff:</translation>
    </message>
    <message>
      <source>Agencies involved:</source>
      <translation>Agencies involved:</translation>
    </message>
    <message>
      <source>Next follow-up:</source>
      <translation>Next follow-up:</translation>
    </message>
    <message>
      <source>Change responsible, staff and &amp;agencies…</source>
      <translation>Change responsible, staff and &amp;agencies…</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Referral</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>From:</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Closed on:</source>
      <translation>Closed on:</translation>
    </message>
    <message>
      <source>Summary:</source>
      <translation>Summary:</translation>
    </message>
    <message>
      <source>Status history</source>
      <translation>Status history</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Change status</translation>
    </message>
    <message>
      <source>Optional: why, or what was decided</source>
      <translation>Optional: why, or what was decided</translation>
    </message>
    <message>
      <source>&amp;Date of change:</source>
      <translation>&amp;Date of change:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>Close &amp;case…</source>
      <translation>Close &amp;case…</translation>
    </message>
    <message>
      <source>no personnummer, born {date}</source>
      <translation>no personnummer, born {date}</translation>
    </message>
    <message>
      <source>{name} ({number}) – PROTECTED IDENTITY</source>
      <translation>{name} ({number}) – PROTECTED IDENTITY</translation>
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
      <translation>Move to {status}</translation>
    </message>
    <message>
      <source>The case is closed. A closed case is not reopened: open a new case.</source>
      <translation>The case is closed. A closed case is not reopened: open a new case.</translation>
    </message>
    <message>
      <source>Your role may read this case but not change it.</source>
      <translation>Your role may read this case but not change it.</translation>
    </message>
    <message>
      <source>The case is now {status}. Record the next step on the day it happened.</source>
      <translation>The case is now {status}. Record the next step on the day it happened.</translation>
    </message>
    <message>
      <source>The status is now {status}.</source>
      <translation>The status is now {status}.</translation>
    </message>
    <message>
      <source>The case is closed.</source>
      <translation>The case is closed.</translation>
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
    <name>PersonEditor</name>
    <message>
      <source>Sho&amp;w protected details…</source>
      <translation>Sho&amp;w protected details…</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN, or empty</source>
      <translation>YYYYMMDD-NNNN, or empty</translation>
    </message>
    <message>
      <source>Only when there is no personnummer</source>
      <translation>Only when there is no personnummer</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Protected identit&amp;y (skyddade personuppgifter)</source>
      <translation>Protected identit&amp;y (skyddade personuppgifter)</translation>
    </message>
    <message>
      <source>F&amp;irst name:</source>
      <translation>F&amp;irst name:</translation>
    </message>
    <message>
      <source>Las&amp;t name:</source>
      <translation>Las&amp;t name:</translation>
    </message>
    <message>
      <source>Personn&amp;ummer:</source>
      <translation>Personn&amp;ummer:</translation>
    </message>
    <message>
      <source>&amp;Birth date:</source>
      <translation>&amp;Birth date:</translation>
    </message>
    <message>
      <source>Why &amp;no number:</source>
      <translation>Why &amp;no number:</translation>
    </message>
    <message>
      <source>Se&amp;x (as registered):</source>
      <translation>Se&amp;x (as registered):</translation>
    </message>
    <message>
      <source>P&amp;hone:</source>
      <translation>P&amp;hone:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>Add&amp;ress:</source>
      <translation>Add&amp;ress:</translation>
    </message>
    <message>
      <source>S&amp;chool:</source>
      <translation>S&amp;chool:</translation>
    </message>
    <message>
      <source>Cl&amp;ass:</source>
      <translation>Cl&amp;ass:</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Save the person's details (Ctrl+S)</source>
      <translation>Save the person's details (Ctrl+S)</translation>
    </message>
    <message>
      <source>Un&amp;do changes</source>
      <translation>Un&amp;do changes</translation>
    </message>
    <message>
      <source>Load the saved version (drops your changes)</source>
      <translation>Load the saved version (drops your changes)</translation>
    </message>
    <message>
      <source>Hidden: protected identity</source>
      <translation>Hidden: protected identity</translation>
    </message>
    <message>
      <source>Address and contacts are hidden because the person has a protected identity. Show them only when your work needs it; to change this record, show them first.</source>
      <translation>Address and contacts are hidden because the person has a protected identity. Show them only when your work needs it; to change this record, show them first.</translation>
    </message>
    <message>
      <source>Protected details are shown. Make sure nobody else can see the screen.</source>
      <translation>Protected details are shown. Make sure nobody else can see the screen.</translation>
    </message>
    <message>
      <source>Hide protected details</source>
      <translation>Hide protected details</translation>
    </message>
    <message>
      <source>This field must be filled in.</source>
      <translation>This field must be filled in.</translation>
    </message>
    <message>
      <source>Without a personnummer, say why there is none (and check the birth date).</source>
      <translation>Without a personnummer, say why there is none (and check the birth date).</translation>
    </message>
    <message>
      <source>An e-mail address must contain @.</source>
      <translation>An e-mail address must contain @.</translation>
    </message>
    <message>
      <source>Correct the fields marked below first.</source>
      <translation>Correct the fields marked below first.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Not saved: correct the field marked below.</source>
      <translation>Not saved: correct the field marked below.</translation>
    </message>
    <message>
      <source>Not saved: someone else changed this person after you opened the case. Your changes are still in the fields. Note them, then load the saved version and make your changes again.</source>
      <translation>Not saved: someone else changed this person after you opened the case. Your changes are still in the fields. Note them, then load the saved version and make your changes again.</translation>
    </message>
  </context>
  <context>
    <name>PersonPage</name>
    <message>
      <source>Who is the case about?</source>
      <translation>Who is the case about?</translation>
    </message>
    <message>
      <source>Start with the personnummer. If the person is already registered, the new case is opened on the same record, next to their earlier cases.</source>
      <translation>Start with the personnummer. If the person is already registered, the new case is opened on the same record, next to their earlier cases.</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN or YYMMDD-NNNN</source>
      <translation>YYYYMMDD-NNNN or YYMMDD-NNNN</translation>
    </message>
    <message>
      <source>&amp;Without personnummer (give the birth date instead)</source>
      <translation>&amp;Without personnummer (give the birth date instead)</translation>
    </message>
    <message>
      <source>&amp;Personnummer:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <source>Choose a date</source>
      <translation>Choose a date</translation>
    </message>
    <message>
      <source>For example: newly arrived, number not yet given</source>
      <translation>For example: newly arrived, number not yet given</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation>Not stated</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Protected &amp;identity: hide address and contact details</source>
      <translation>Protected &amp;identity: hide address and contact details</translation>
    </message>
    <message>
      <source>Birth &amp;date:</source>
      <translation>Birth &amp;date:</translation>
    </message>
    <message>
      <source>&amp;Reason there is no number:</source>
      <translation>&amp;Reason there is no number:</translation>
    </message>
    <message>
      <source>&amp;First name:</source>
      <translation>&amp;First name:</translation>
    </message>
    <message>
      <source>&amp;Last name:</source>
      <translation>&amp;Last name:</translation>
    </message>
    <message>
      <source>&amp;Sex (as registered):</source>
      <translation>&amp;Sex (as registered):</translation>
    </message>
    <message>
      <source>Sc&amp;hool:</source>
      <translation>Sc&amp;hool:</translation>
    </message>
    <message>
      <source>&amp;Class:</source>
      <translation>&amp;Class:</translation>
    </message>
    <message>
      <source>Choose the birth date.</source>
      <translation>Choose the birth date.</translation>
    </message>
    <message>
      <source>Looking for the person…</source>
      <translation>Looking for the person…</translation>
    </message>
    <message>
      <source>Nobody with this personnummer is registered yet. Fill in the details below to register the person.</source>
      <translation>Nobody with this personnummer is registered yet. Fill in the details below to register the person.</translation>
    </message>
    <message>
      <source>Already registered: %1, %2. The new case is opened on this record.</source>
      <translation>Already registered: %1, %2. The new case is opened on this record.</translation>
    </message>
    <message>
      <source>Protected identity: address and contact details are hidden.</source>
      <translation>Protected identity: address and contact details are hidden.</translation>
    </message>
    <message>
      <source>Earlier cases:</source>
      <translation>Earlier cases:</translation>
    </message>
    <message>
      <source>• %1 – %2, referred %3</source>
      <translation>• %1 – %2, referred %3</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more.</source>
      <translation>
        <numerusform>… and %n more.</numerusform>
        <numerusform>… and %n more.</numerusform>
      </translation>
    </message>
    <message>
      <source>No earlier cases.</source>
      <translation>No earlier cases.</translation>
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
      <translation>Guardians (vårdnadshavare)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Add &amp;guardian…</source>
      <translation>Add &amp;guardian…</translation>
    </message>
    <message>
      <source>Change guardian…</source>
      <translation>Change guardian…</translation>
    </message>
    <message>
      <source>Remo&amp;ve guardian…</source>
      <translation>Remo&amp;ve guardian…</translation>
    </message>
    <message>
      <source>The person's cases</source>
      <translation>The person's cases</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Case number</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Referral</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Press Enter to open the selected case.</source>
      <translation>Press Enter to open the selected case.</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Hidden</translation>
    </message>
    <message>
      <source>MUST NOT receive</source>
      <translation>MUST NOT receive</translation>
    </message>
    <message>
      <source>May receive</source>
      <translation>May receive</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Must not receive information about the young person: {names}</source>
      <translation>Must not receive information about the young person: {names}</translation>
    </message>
    <message>
      <source>{number} (this case)</source>
      <translation>{number} (this case)</translation>
    </message>
    <message>
      <source>Show protected details</source>
      <translation>Show protected details</translation>
    </message>
    <message>
      <source>This person has a protected identity. Show the address and contact details only when your work needs them, and make sure nobody else can see the screen.</source>
      <translation>This person has a protected identity. Show the address and contact details only when your work needs them, and make sure nobody else can see the screen.</translation>
    </message>
    <message>
      <source>Show details</source>
      <translation>Show details</translation>
    </message>
    <message>
      <source>Save or undo your changes before hiding the protected details.</source>
      <translation>Save or undo your changes before hiding the protected details.</translation>
    </message>
    <message>
      <source>Show the protected details first to change a guardian.</source>
      <translation>Show the protected details first to change a guardian.</translation>
    </message>
    <message>
      <source>Remove guardian</source>
      <translation>Remove guardian</translation>
    </message>
    <message>
      <source>Remove {name} as a guardian of this person?</source>
      <translation>Remove {name} as a guardian of this person?</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>Goal / activity</source>
      <translation>Goal / activity</translation>
    </message>
    <message>
      <source>Life domain / agency</source>
      <translation>Life domain / agency</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Target / due date</source>
      <translation>Target / due date</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Add &amp;goal…</source>
      <translation>Add &amp;goal…</translation>
    </message>
    <message>
      <source>Add a&amp;ctivity…</source>
      <translation>Add a&amp;ctivity…</translation>
    </message>
    <message>
      <source>&amp;Record goal status…</source>
      <translation>&amp;Record goal status…</translation>
    </message>
    <message>
      <source>Set activity &amp;status…</source>
      <translation>Set activity &amp;status…</translation>
    </message>
    <message>
      <source>Status history of the selected goal</source>
      <translation>Status history of the selected goal</translation>
    </message>
    <message>
      <source>Select a goal to see its history.</source>
      <translation>Select a goal to see its history.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>No goals yet. Add the goals agreed with the person and the agencies.</source>
      <translation>No goals yet. Add the goals agreed with the person and the agencies.</translation>
    </message>
    <message>
      <source>The goal was added.</source>
      <translation>The goal was added.</translation>
    </message>
    <message>
      <source>The activity was added.</source>
      <translation>The activity was added.</translation>
    </message>
    <message>
      <source>The goal's status was recorded.</source>
      <translation>The goal's status was recorded.</translation>
    </message>
    <message>
      <source>The activity's status was changed.</source>
      <translation>The activity's status was changed.</translation>
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
    <name>RegisterConsentDialog</name>
    <message>
      <source>Register consent</source>
      <translation>Register consent</translation>
    </message>
    <message>
      <source>Name, such as the school's</source>
      <translation>Name, such as the school's</translation>
    </message>
    <message>
      <source>&amp;Add party</source>
      <translation>&amp;Add party</translation>
    </message>
    <message>
      <source>Which information may be shared, e.g. school attendance</source>
      <translation>Which information may be shared, e.g. school attendance</translation>
    </message>
    <message>
      <source>For what purpose, e.g. a joint SSPF plan</source>
      <translation>For what purpose, e.g. a joint SSPF plan</translation>
    </message>
    <message>
      <source>&amp;Who consented:</source>
      <translation>&amp;Who consented:</translation>
    </message>
    <message>
      <source>&amp;Parties:</source>
      <translation>&amp;Parties:</translation>
    </message>
    <message>
      <source>&amp;Information:</source>
      <translation>&amp;Information:</translation>
    </message>
    <message>
      <source>Pu&amp;rpose:</source>
      <translation>Pu&amp;rpose:</translation>
    </message>
    <message>
      <source>&amp;How:</source>
      <translation>&amp;How:</translation>
    </message>
    <message>
      <source>&amp;Documented by:</source>
      <translation>&amp;Documented by:</translation>
    </message>
    <message>
      <source>&amp;Given on:</source>
      <translation>&amp;Given on:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>&amp;Valid until:</translation>
    </message>
    <message>
      <source>&amp;Register consent</source>
      <translation>&amp;Register consent</translation>
    </message>
    <message>
      <source>Required: who received the oral consent</source>
      <translation>Required: who received the oral consent</translation>
    </message>
    <message>
      <source>Optional for a written consent</source>
      <translation>Optional for a written consent</translation>
    </message>
    <message>
      <source>The programme's default is {days} days: up to and including {date}.</source>
      <translation>The programme's default is {days} days: up to and including {date}.</translation>
    </message>
    <message>
      <source>Tick at least one party: a consent must say whom it is for.</source>
      <translation>Tick at least one party: a consent must say whom it is for.</translation>
    </message>
    <message>
      <source>Say which information may be shared.</source>
      <translation>Say which information may be shared.</translation>
    </message>
    <message>
      <source>Say for what purpose.</source>
      <translation>Say for what purpose.</translation>
    </message>
    <message>
      <source>An oral consent must be documented: say who received it.</source>
      <translation>An oral consent must be documented: say who received it.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>The date is in the future.</translation>
    </message>
    <message>
      <source>A consent cannot end before the day it was given.</source>
      <translation>A consent cannot end before the day it was given.</translation>
    </message>
  </context>
  <context>
    <name>TeamDialog</name>
    <message>
      <source>People working with case {case}</source>
      <translation>People working with case {case}</translation>
    </message>
    <message>
      <source>Loading staff…</source>
      <translation>Loading staff…</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>A&amp;dd agency</source>
      <translation>A&amp;dd agency</translation>
    </message>
    <message>
      <source>&amp;Remove agency</source>
      <translation>&amp;Remove agency</translation>
    </message>
    <message>
      <source>Press F2 or type to edit a cell; Delete removes the selected agency.</source>
      <translation>Press F2 or type to edit a cell; Delete removes the selected agency.</translation>
    </message>
    <message>
      <source>R&amp;esponsible worker:</source>
      <translation>R&amp;esponsible worker:</translation>
    </message>
    <message>
      <source>Other &amp;staff:</source>
      <translation>Other &amp;staff:</translation>
    </message>
    <message>
      <source>A&amp;gencies involved:</source>
      <translation>A&amp;gencies involved:</translation>
    </message>
    <message>
      <source>Choose who is responsible</source>
      <translation>Choose who is responsible</translation>
    </message>
    <message>
      <source>Staff could not be read</source>
      <translation>Staff could not be read</translation>
    </message>
    <message>
      <source>Choose who is responsible for the case.</source>
      <translation>Choose who is responsible for the case.</translation>
    </message>
    <message>
      <source>Write the name of an agency of the kind Other (row {rows}).</source>
      <translation>Write the name of an agency of the kind Other (row {rows}).</translation>
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
      <source>The database is locked. Unlock it with your user name and passphrase.</source>
      <translation>The database is locked. Unlock it with your user name and passphrase.</translation>
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
  <context>
    <name>WithdrawConsentDialog</name>
    <message>
      <source>Withdraw consent</source>
      <translation>Withdraw consent</translation>
    </message>
    <message>
      <source>Everything this person has consented to</source>
      <translation>Everything this person has consented to</translation>
    </message>
    <message>
      <source>Only the parties ticked below</source>
      <translation>Only the parties ticked below</translation>
    </message>
    <message>
      <source>From the date of withdrawal nothing may be shared on the basis of the withdrawn consent. What was shared before stays recorded.</source>
      <translation>From the date of withdrawal nothing may be shared on the basis of the withdrawn consent. What was shared before stays recorded.</translation>
    </message>
    <message>
      <source>&amp;Who withdrew:</source>
      <translation>&amp;Who withdrew:</translation>
    </message>
    <message>
      <source>&amp;Withdrawn:</source>
      <translation>&amp;Withdrawn:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;How it was received:</source>
      <translation>&amp;How it was received:</translation>
    </message>
    <message>
      <source>&amp;Received by:</source>
      <translation>&amp;Received by:</translation>
    </message>
    <message>
      <source>&amp;Record withdrawal</source>
      <translation>&amp;Record withdrawal</translation>
    </message>
    <message>
      <source>Required: who received the oral withdrawal</source>
      <translation>Required: who received the oral withdrawal</translation>
    </message>
    <message>
      <source>Optional for a written withdrawal</source>
      <translation>Optional for a written withdrawal</translation>
    </message>
    <message>
      <source>Nobody has consented yet: there is nothing to withdraw.</source>
      <translation>Nobody has consented yet: there is nothing to withdraw.</translation>
    </message>
    <message>
      <source>Tick the parties the consent is withdrawn for.</source>
      <translation>Tick the parties the consent is withdrawn for.</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>The date is in the future.</translation>
    </message>
    <message>
      <source>An oral withdrawal must be documented: say who received it.</source>
      <translation>An oral withdrawal must be documented: say who received it.</translation>
    </message>
  </context>
</TS>
