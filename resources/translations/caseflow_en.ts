<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>this program</source>
      <translation>this program</translation>
    </message>
    <message>
      <source>windows, printing and PDF preview</source>
      <translation>windows, printing and PDF preview</translation>
    </message>
    <message>
      <source>Qt for Python</source>
      <translation>Qt for Python</translation>
    </message>
    <message>
      <source>the encrypted database (with SQLite)</source>
      <translation>the encrypted database (with SQLite)</translation>
    </message>
    <message>
      <source>the ciphers of SQLCipher and cryptography</source>
      <translation>the ciphers of SQLCipher and cryptography</translation>
    </message>
    <message>
      <source>Python's driver for SQLCipher</source>
      <translation>Python's driver for SQLCipher</translation>
    </message>
    <message>
      <source>key derivation and key wrapping</source>
      <translation>key derivation and key wrapping</translation>
    </message>
    <message>
      <source>database access</source>
      <translation>database access</translation>
    </message>
    <message>
      <source>database upgrades</source>
      <translation>database upgrades</translation>
    </message>
    <message>
      <source>used by Alembic</source>
      <translation>used by Alembic</translation>
    </message>
    <message>
      <source>used by Mako</source>
      <translation>used by Mako</translation>
    </message>
    <message>
      <source>PDF reports</source>
      <translation>PDF reports</translation>
    </message>
    <message>
      <source>used by reportlab, with the image libraries it carries</source>
      <translation>used by reportlab, with the image libraries it carries</translation>
    </message>
    <message>
      <source>the font of the PDF reports</source>
      <translation>the font of the PDF reports</translation>
    </message>
    <message>
      <source>the programming language Caseflow runs on</source>
      <translation>the programming language Caseflow runs on</translation>
    </message>
    <message>
      <source>used by SQLAlchemy</source>
      <translation>used by SQLAlchemy</translation>
    </message>
    <message>
      <source>used by cryptography</source>
      <translation>used by cryptography</translation>
    </message>
    <message>
      <source>used by reportlab</source>
      <translation>used by reportlab</translation>
    </message>
    <message>
      <source>the list, and how to replace Qt</source>
      <translation>the list, and how to replace Qt</translation>
    </message>
    <message>
      <source>About Caseflow</source>
      <translation>About Caseflow</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;About</translation>
    </message>
    <message>
      <source>&amp;Licences</source>
      <translation>&amp;Licences</translation>
    </message>
    <message>
      <source>&amp;Copy versions</source>
      <translation>&amp;Copy versions</translation>
    </message>
    <message>
      <source>Case management for municipal social services' work with young people (SSPF, SIG and exit support). Free software under the GNU General Public License, version 3 or later.</source>
      <translation>Case management for municipal social services' work with young people (SSPF, SIG and exit support). Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
      <source>Caseflow uses Qt and PySide6 under the GNU Lesser General Public License, version 3. This build keeps Qt's libraries as separate files in the folder _internal/PySide6 beside the program, so you may replace them with your own build of the same Qt version; the Licences tab (All components) says how.</source>
      <translation>Caseflow uses Qt and PySide6 under the GNU Lesser General Public License, version 3. This build keeps Qt's libraries as separate files in the folder _internal/PySide6 beside the program, so you may replace them with your own build of the same Qt version; the Licences tab (All components) says how.</translation>
    </message>
    <message>
      <source>Every component of this build, with versions and licences: %1</source>
      <translation>Every component of this build, with versions and licences: %1</translation>
    </message>
    <message>
      <source>All components</source>
      <translation>All components</translation>
    </message>
    <message>
      <source>Co&amp;mponent:</source>
      <translation>Co&amp;mponent:</translation>
    </message>
    <message>
      <source>%1 (%2), licence: %3</source>
      <translation>%1 (%2), licence: %3</translation>
    </message>
    <message>
      <source>The licence text is missing from this installation.</source>
      <translation>The licence text is missing from this installation.</translation>
    </message>
  </context>
  <context>
    <name>AccountsSection</name>
    <message>
      <source>&amp;New account…</source>
      <translation>&amp;New account…</translation>
    </message>
    <message>
      <source>&amp;Deactivate…</source>
      <translation>&amp;Deactivate…</translation>
    </message>
    <message>
      <source>Reac&amp;tivate…</source>
      <translation>Reac&amp;tivate…</translation>
    </message>
    <message>
      <source>Reset &amp;passphrase…</source>
      <translation>Reset &amp;passphrase…</translation>
    </message>
    <message>
      <source>Everyone who uses Caseflow has an account of their own. A deactivated account can no longer unlock; its name stays in the records and the log.</source>
      <translation>Everyone who uses Caseflow has an account of their own. A deactivated account can no longer unlock; its name stays in the records and the log.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Must change passphrase</source>
      <translation>Must change passphrase</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No, deactivated</source>
      <translation>No, deactivated</translation>
    </message>
    <message>
      <source>This account cannot unlock.</source>
      <translation>This account cannot unlock.</translation>
    </message>
    <message>
      <source>Change your own passphrase from the File menu.</source>
      <translation>Change your own passphrase from the File menu.</translation>
    </message>
    <message>
      <source>Deactivate account</source>
      <translation>Deactivate account</translation>
    </message>
    <message>
      <source>Deactivate the account of %1 (%2)? They can no longer unlock Caseflow, from now on. Their name stays in the records and the log. You can reactivate the account later with a new one-time passphrase.</source>
      <translation>Deactivate the account of %1 (%2)? They can no longer unlock Caseflow, from now on. Their name stays in the records and the log. You can reactivate the account later with a new one-time passphrase.</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Deactivate</translation>
    </message>
    <message>
      <source>%1 can no longer unlock Caseflow.</source>
      <translation>%1 can no longer unlock Caseflow.</translation>
    </message>
    <message>
      <source>Reactivate account</source>
      <translation>Reactivate account</translation>
    </message>
    <message>
      <source>Reactivate the account of %1 (%2)? They get a one-time passphrase, shown next, that they must change at first unlock.</source>
      <translation>Reactivate the account of %1 (%2)? They get a one-time passphrase, shown next, that they must change at first unlock.</translation>
    </message>
    <message>
      <source>Reac&amp;tivate</source>
      <translation>Reac&amp;tivate</translation>
    </message>
    <message>
      <source>Reset passphrase</source>
      <translation>Reset passphrase</translation>
    </message>
    <message>
      <source>Give %1 (%2) a new one-time passphrase? Their current passphrase stops working at once.</source>
      <translation>Give %1 (%2) a new one-time passphrase? Their current passphrase stops working at once.</translation>
    </message>
    <message>
      <source>&amp;Reset passphrase</source>
      <translation>&amp;Reset passphrase</translation>
    </message>
  </context>
  <context>
    <name>ActionRow</name>
    <message>
      <source>What is to be done</source>
      <translation>What is to be done</translation>
    </message>
    <message>
      <source>Agreed action</source>
      <translation>Agreed action</translation>
    </message>
    <message>
      <source>Responsible agency</source>
      <translation>Responsible agency</translation>
    </message>
    <message>
      <source>Responsible person</source>
      <translation>Responsible person</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Due date</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Remove this agreed action</source>
      <translation>Remove this agreed action</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <source>My actions</source>
      <translation>My actions</translation>
    </message>
    <message>
      <source>The actions tracker lists what is to be done in the cases you work on. Your role does not work on cases, so there is nothing to list here.</source>
      <translation>The actions tracker lists what is to be done in the cases you work on. Your role does not work on cases, so there is nothing to list here.</translation>
    </message>
    <message>
      <source>Actions from the action plans and those agreed at meetings, by due date. Mine are those you are responsible for and those in your open cases.</source>
      <translation>Actions from the action plans and those agreed at meetings, by due date. Mine are those you are responsible for and those in your open cases.</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>All actions</source>
      <translation>All actions</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <source>O&amp;pen only</source>
      <translation>O&amp;pen only</translation>
    </message>
    <message>
      <source>O&amp;verdue only</source>
      <translation>O&amp;verdue only</translation>
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
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Press Enter or double-click to open the case.</source>
      <translation>Press Enter or double-click to open the case.</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>Mark &amp;done</translation>
    </message>
    <message>
      <source>&amp;In progress</source>
      <translation>&amp;In progress</translation>
    </message>
    <message>
      <source>&amp;Cancelled</source>
      <translation>&amp;Cancelled</translation>
    </message>
    <message>
      <source>&amp;Open case</source>
      <translation>&amp;Open case</translation>
    </message>
    <message>
      <source>Set the selected action to:</source>
      <translation>Set the selected action to:</translation>
    </message>
    <message>
      <source>The actions could not be read.</source>
      <translation>The actions could not be read.</translation>
    </message>
    <message>
      <source>The first %1 actions are shown. Narrow the list with the filters.</source>
      <translation>The first %1 actions are shown. Narrow the list with the filters.</translation>
    </message>
    <message>
      <source>No actions match the filters.</source>
      <translation>No actions match the filters.</translation>
    </message>
    <message numerus="yes">
      <source>%n action(s).</source>
      <translation>
        <numerusform>%n action(s).</numerusform>
        <numerusform>%n action(s).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of them overdue.</source>
      <translation>
        <numerusform>%n of them overdue.</numerusform>
        <numerusform>%n of them overdue.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>Overdue by %n day(s)</numerusform>
        <numerusform>Overdue by %n day(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>{what}
Agreed at the meeting of {date}</source>
      <translation>{what}
Agreed at the meeting of {date}</translation>
    </message>
    <message>
      <source>“{what}” is now: {status}.</source>
      <translation>“{what}” is now: {status}.</translation>
    </message>
  </context>
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
    <name>AddItemDialog</name>
    <message>
      <source>Add an item</source>
      <translation>Add an item</translation>
    </message>
    <message>
      <source>&amp;Case:</source>
      <translation>&amp;Case:</translation>
    </message>
    <message>
      <source>&amp;Heading:</source>
      <translation>&amp;Heading:</translation>
    </message>
    <message>
      <source>Give the item a heading.</source>
      <translation>Give the item a heading.</translation>
    </message>
  </context>
  <context>
    <name>AdministrationPage</name>
    <message>
      <source>&amp;General</source>
      <translation>&amp;General</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>&amp;Server</translation>
    </message>
    <message>
      <source>A&amp;ccounts</source>
      <translation>A&amp;ccounts</translation>
    </message>
    <message>
      <source>Bac&amp;kups</source>
      <translation>Bac&amp;kups</translation>
    </message>
    <message>
      <source>This database is on your team's server (%1). The server decides what each person may see and keeps the log. Accounts and passwords are managed by IT with “caseflow server user”, and the server is backed up with its own tools.</source>
      <translation>This database is on your team's server (%1). The server decides what each person may see and keeps the log. Accounts and passwords are managed by IT with “caseflow server user”, and the server is backed up with its own tools.</translation>
    </message>
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
    <name>AppController</name>
    <message>
      <source>Central settings</source>
      <translation>Central settings</translation>
    </message>
    <message>
      <source>Caseflow starts, but your IT department's settings need attention:</source>
      <translation>Caseflow starts, but your IT department's settings need attention:</translation>
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
    <name>AttendanceDialog</name>
    <message>
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Tick who took part in the meeting on %1. In a shared sitting, tick only the cases a participant was present for. Anyone outside social services must be covered by consent or a recorded legal ground for each of those cases on the meeting date; otherwise they are not recorded, and the reason is shown.</source>
      <translation>Tick who took part in the meeting on %1. In a shared sitting, tick only the cases a participant was present for. Anyone outside social services must be covered by consent or a recorded legal ground for each of those cases on the meeting date; otherwise they are not recorded, and the reason is shown.</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>&amp;Record attendance</source>
      <translation>&amp;Record attendance</translation>
    </message>
    <message>
      <source>The minutes are approved: attendance can no longer change.</source>
      <translation>The minutes are approved: attendance can no longer change.</translation>
    </message>
    <message>
      <source>%1 – not recorded</source>
      <translation>%1 – not recorded</translation>
    </message>
    <message>
      <source>Not recorded as taking part:</source>
      <translation>Not recorded as taking part:</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>Logged in</source>
      <translation>Logged in</translation>
    </message>
    <message>
      <source>Failed login</source>
      <translation>Failed login</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation>Case opened</translation>
    </message>
    <message>
      <source>Case list shown</source>
      <translation>Case list shown</translation>
    </message>
    <message>
      <source>Search shown</source>
      <translation>Search shown</translation>
    </message>
    <message>
      <source>Record written</source>
      <translation>Record written</translation>
    </message>
    <message>
      <source>Report produced</source>
      <translation>Report produced</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Account changed</source>
      <translation>Account changed</translation>
    </message>
    <message>
      <source>Settings changed</source>
      <translation>Settings changed</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Deleted by retention</source>
      <translation>Deleted by retention</translation>
    </message>
  </context>
  <context>
    <name>AuditLogModel</name>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Entry %1</source>
      <translation>Entry %1</translation>
    </message>
    <message>
      <source>Reason: %1</source>
      <translation>Reason: %1</translation>
    </message>
    <message>
      <source>Detail: %1</source>
      <translation>Detail: %1</translation>
    </message>
  </context>
  <context>
    <name>BackupScheduler</name>
    <message>
      <source>The automatic backup failed: %1 Caseflow tries again later.</source>
      <translation>The automatic backup failed: %1 Caseflow tries again later.</translation>
    </message>
  </context>
  <context>
    <name>BackupSection</name>
    <message>
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>No folder chosen: automatic backups are off</source>
      <translation>No folder chosen: automatic backups are off</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoose…</translation>
    </message>
    <message numerus="yes">
      <source>Every %n hour(s)</source>
      <translation>
        <numerusform>Every %n hour(s)</numerusform>
        <numerusform>Every %n hour(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>Back &amp;up now</source>
      <translation>Back &amp;up now</translation>
    </message>
    <message>
      <source>&amp;Cancel backup</source>
      <translation>&amp;Cancel backup</translation>
    </message>
    <message>
      <source>Looking for the last backup…</source>
      <translation>Looking for the last backup…</translation>
    </message>
    <message>
      <source>Backup f&amp;older:</source>
      <translation>Backup f&amp;older:</translation>
    </message>
    <message>
      <source>&amp;How often:</source>
      <translation>&amp;How often:</translation>
    </message>
    <message>
      <source>Copies to &amp;keep:</source>
      <translation>Copies to &amp;keep:</translation>
    </message>
    <message>
      <source>Backups are encrypted like the database and checked before they are kept. These settings belong to this computer. Choose a folder on another disk or the municipality's network, not beside the database.</source>
      <translation>Backups are encrypted like the database and checked before they are kept. These settings belong to this computer. Choose a folder on another disk or the municipality's network, not beside the database.</translation>
    </message>
    <message>
      <source>Choose the backup folder</source>
      <translation>Choose the backup folder</translation>
    </message>
    <message>
      <source>No backup folder is chosen on this computer: automatic backups are off.</source>
      <translation>No backup folder is chosen on this computer: automatic backups are off.</translation>
    </message>
    <message>
      <source>No backup yet.</source>
      <translation>No backup yet.</translation>
    </message>
    <message>
      <source>Last good backup: %1</source>
      <translation>Last good backup: %1</translation>
    </message>
    <message>
      <source>That is longer ago than the chosen interval.</source>
      <translation>That is longer ago than the chosen interval.</translation>
    </message>
    <message>
      <source>Backup saved and checked: %1 (%2 MB).</source>
      <translation>Backup saved and checked: %1 (%2 MB).</translation>
    </message>
    <message>
      <source>Backup cancelled. No copy was made; older ones are kept.</source>
      <translation>Backup cancelled. No copy was made; older ones are kept.</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <source>Book a meeting</source>
      <translation>Book a meeting</translation>
    </message>
    <message>
      <source>Change booking: %1 on %2</source>
      <translation>Change booking: %1 on %2</translation>
    </message>
    <message>
      <source>&amp;Save booking</source>
      <translation>&amp;Save booking</translation>
    </message>
    <message>
      <source>&amp;Book</source>
      <translation>&amp;Book</translation>
    </message>
    <message>
      <source>Load the saved &amp;version</source>
      <translation>Load the saved &amp;version</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Ends</translation>
    </message>
    <message>
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <source>e.g. Vasaskolan, room 12</source>
      <translation>e.g. Vasaskolan, room 12</translation>
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation>T&amp;ype:</translation>
    </message>
    <message>
      <source>&amp;When:</source>
      <translation>&amp;When:</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <source>&amp;Cases on the agenda:</source>
      <translation>&amp;Cases on the agenda:</translation>
    </message>
    <message>
      <source>&amp;Invitees:</source>
      <translation>&amp;Invitees:</translation>
    </message>
    <message>
      <source>Choose the type of meeting.</source>
      <translation>Choose the type of meeting.</translation>
    </message>
    <message>
      <source>The meeting must end after it starts.</source>
      <translation>The meeting must end after it starts.</translation>
    </message>
    <message>
      <source>Enter where the meeting is held.</source>
      <translation>Enter where the meeting is held.</translation>
    </message>
    <message>
      <source>Add at least one case: type its number or a name.</source>
      <translation>Add at least one case: type its number or a name.</translation>
    </message>
    <message>
      <source>The saved version is shown. What you typed is kept under File → Unsaved drafts: make your change again where it still applies.</source>
      <translation>The saved version is shown. What you typed is kept under File → Unsaved drafts: make your change again where it still applies.</translation>
    </message>
    <message>
      <source>Discard the booking?</source>
      <translation>Discard the booking?</translation>
    </message>
    <message>
      <source>What you typed in this booking is not saved. Throw it away?</source>
      <translation>What you typed in this booking is not saved. Throw it away?</translation>
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
      <source>Protected identity</source>
      <translation>Protected identity</translation>
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
    <name>CasePicker</name>
    <message>
      <source>Case number or name, then Enter</source>
      <translation>Case number or name, then Enter</translation>
    </message>
    <message>
      <source>Cases found</source>
      <translation>Cases found</translation>
    </message>
    <message>
      <source>A&amp;dd case</source>
      <translation>A&amp;dd case</translation>
    </message>
    <message>
      <source>Cases on the agenda</source>
      <translation>Cases on the agenda</translation>
    </message>
    <message>
      <source>Re&amp;move case</source>
      <translation>Re&amp;move case</translation>
    </message>
    <message>
      <source>On the agenda:</source>
      <translation>On the agenda:</translation>
    </message>
    <message>
      <source>%1 is already on the agenda.</source>
      <translation>%1 is already on the agenda.</translation>
    </message>
    <message>
      <source>%1 is on the agenda.</source>
      <translation>%1 is on the agenda.</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <source>No open case matches.</source>
      <translation>No open case matches.</translation>
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
      <translation>consent given on {date} by {names}</translation>
    </message>
    <message>
      <source>{first}, and {second}</source>
      <translation>{first}, and {second}</translation>
    </message>
    <message>
      <source>Prepared for {recipient} under {consents}, valid until {until}.</source>
      <translation>Prepared for {recipient} under {consents}, valid until {until}.</translation>
    </message>
    <message>
      <source>Prepared for {recipient} on the legal ground {ground}, recorded on {date}, valid until {until}.</source>
      <translation>Prepared for {recipient} on the legal ground {ground}, recorded on {date}, valid until {until}.</translation>
    </message>
    <message>
      <source>Free text written in the case: the referral reason, assessment summaries and comments, follow-up summaries, notes on goals, and the notes and decisions of minutes.</source>
      <translation>Free text written in the case: the referral reason, assessment summaries and comments, follow-up summaries, notes on goals, and the notes and decisions of minutes.</translation>
    </message>
    <message>
      <source>The journal.</source>
      <translation>The journal.</translation>
    </message>
    <message>
      <source>The family factors: they describe the guardians and the home.</source>
      <translation>The family factors: they describe the guardians and the home.</translation>
    </message>
    <message>
      <source>Actions of other agencies and the people responsible there.</source>
      <translation>Actions of other agencies and the people responsible there.</translation>
    </message>
    <message>
      <source>Contact details, the other parties of the case, and consents or legal grounds that concern other parties.</source>
      <translation>Contact details, the other parties of the case, and consents or legal grounds that concern other parties.</translation>
    </message>
    <message>
      <source>Minutes that are not approved yet.</source>
      <translation>Minutes that are not approved yet.</translation>
    </message>
    <message>
      <source>“{text}” is not a recipient. Write the kind of party, optionally with a name after a colon, for example “school:Vasaskolan” or “police”. Kinds: {kinds}.</source>
      <translation>“{text}” is not a recipient. Write the kind of party, optionally with a name after a colon, for example “school:Vasaskolan” or “police”. Kinds: {kinds}.</translation>
    </message>
    <message>
      <source>In force</source>
      <translation>In force</translation>
    </message>
    <message>
      <source>In force for {parties}</source>
      <translation>In force for {parties}</translation>
    </message>
    <message>
      <source>No longer registered as a guardian</source>
      <translation>No longer registered as a guardian</translation>
    </message>
    <message>
      <source>Case follow-up report</source>
      <translation>Case follow-up report</translation>
    </message>
    <message>
      <source>Case follow-up report – {case}</source>
      <translation>Case follow-up report – {case}</translation>
    </message>
    <message>
      <source>Follow-up of {case}, copy for the case file</source>
      <translation>Follow-up of {case}, copy for the case file</translation>
    </message>
    <message>
      <source>Follow-up of {case}, copy for {recipient}</source>
      <translation>Follow-up of {case}, copy for {recipient}</translation>
    </message>
    <message>
      <source>{programme} · {case} · as of {date}</source>
      <translation>{programme} · {case} · as of {date}</translation>
    </message>
    <message>
      <source>Copy for the case file. It holds everything the follow-up covers: do not hand it to another party; print a copy for the recipient instead.</source>
      <translation>Copy for the case file. It holds everything the follow-up covers: do not hand it to another party; print a copy for the recipient instead.</translation>
    </message>
    <message>
      <source>Information the consent covers</source>
      <translation>Information the consent covers</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>This copy leaves out</source>
      <translation>This copy leaves out</translation>
    </message>
    <message>
      <source>Protected identity (skyddade personuppgifter): no address, school or other contact details are printed. Handle this report with particular care.</source>
      <translation>Protected identity (skyddade personuppgifter): no address, school or other contact details are printed. Handle this report with particular care.</translation>
    </message>
    <message>
      <source>The case</source>
      <translation>The case</translation>
    </message>
    <message>
      <source>The young person</source>
      <translation>The young person</translation>
    </message>
    <message>
      <source>Parties in the case</source>
      <translation>Parties in the case</translation>
    </message>
    <message>
      <source>Consent on {date}</source>
      <translation>Consent on {date}</translation>
    </message>
    <message>
      <source>Basis for this copy</source>
      <translation>Basis for this copy</translation>
    </message>
    <message>
      <source>Risk and protective factors over time</source>
      <translation>Risk and protective factors over time</translation>
    </message>
    <message>
      <source>The plan's goals at each follow-up</source>
      <translation>The plan's goals at each follow-up</translation>
    </message>
    <message>
      <source>Activities of the plan</source>
      <translation>Activities of the plan</translation>
    </message>
    <message>
      <source>Follow-up summaries</source>
      <translation>Follow-up summaries</translation>
    </message>
    <message>
      <source>Meetings and agreed actions</source>
      <translation>Meetings and agreed actions</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Next steps</translation>
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
      <source>{date}, from {source}</source>
      <translation>{date}, from {source}</translation>
    </message>
    <message>
      <source>Reason for the referral</source>
      <translation>Reason for the referral</translation>
    </message>
    <message>
      <source>Responsible social worker</source>
      <translation>Responsible social worker</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Next follow-up</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Next meeting</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>{date}: {reason}</source>
      <translation>{date}: {reason}</translation>
    </message>
    <message>
      <source>Closing summary</source>
      <translation>Closing summary</translation>
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
      <source>Born</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>{age} years</source>
      <translation>{age} years</translation>
    </message>
    <message>
      <source>Protected identity</source>
      <translation>Protected identity</translation>
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
      <source>Guardians</source>
      <translation>Guardians</translation>
    </message>
    <message>
      <source>{name} (custody)</source>
      <translation>{name} (custody)</translation>
    </message>
    <message>
      <source>{name} (no custody)</source>
      <translation>{name} (no custody)</translation>
    </message>
    <message>
      <source>{name}: must not be told about the case</source>
      <translation>{name}: must not be told about the case</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Party</translation>
    </message>
    <message>
      <source>Covered</source>
      <translation>Covered</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Consents recorded</source>
      <translation>Consents recorded</translation>
    </message>
    <message>
      <source>Given by</source>
      <translation>Given by</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Information and purpose</source>
      <translation>Information and purpose</translation>
    </message>
    <message>
      <source>{information}
Purpose: {purpose}</source>
      <translation>{information}
Purpose: {purpose}</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <source>{start} – {end}
{manner}</source>
      <translation>{start} – {end}
{manner}</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Now</translation>
    </message>
    <message>
      <source>No consent has been recorded.</source>
      <translation>No consent has been recorded.</translation>
    </message>
    <message>
      <source>No other party is involved.</source>
      <translation>No other party is involved.</translation>
    </message>
    <message>
      <source>Withdrawals</source>
      <translation>Withdrawals</translation>
    </message>
    <message>
      <source>Withdrawn by</source>
      <translation>Withdrawn by</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Everything</translation>
    </message>
    <message>
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <source>Legal grounds recorded</source>
      <translation>Legal grounds recorded</translation>
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
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Factor</translation>
    </message>
    <message>
      <source>{domain} · {kind}</source>
      <translation>{domain} · {kind}</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>No assessment has been recorded.</source>
      <translation>No assessment has been recorded.</translation>
    </message>
    <message>
      <source>Earlier assessments not shown in the table: {earlier}.</source>
      <translation>Earlier assessments not shown in the table: {earlier}.</translation>
    </message>
    <message>
      <source>Factors about the family left out of this copy: {count}.</source>
      <translation>Factors about the family left out of this copy: {count}.</translation>
    </message>
    <message>
      <source>Assessment summaries</source>
      <translation>Assessment summaries</translation>
    </message>
    <message>
      <source>{date}, {author}</source>
      <translation>{date}, {author}</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Goal</translation>
    </message>
    <message>
      <source>{domain} · target date {date}</source>
      <translation>{domain} · target date {date}</translation>
    </message>
    <message>
      <source>The plan has no goals yet.</source>
      <translation>The plan has no goals yet.</translation>
    </message>
    <message>
      <source>No follow-up has been held yet.</source>
      <translation>No follow-up has been held yet.</translation>
    </message>
    <message>
      <source>Earlier follow-ups not shown in the table: {earlier}.</source>
      <translation>Earlier follow-ups not shown in the table: {earlier}.</translation>
    </message>
    <message>
      <source>Follow-up on {date}, {author}</source>
      <translation>Follow-up on {date}, {author}</translation>
    </message>
    <message>
      <source>{goal} ({status}): {note}</source>
      <translation>{goal} ({status}): {note}</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>{status}, overdue</source>
      <translation>{status}, overdue</translation>
    </message>
    <message>
      <source>None recorded.</source>
      <translation>None recorded.</translation>
    </message>
    <message>
      <source>The case has not been on a meeting's agenda.</source>
      <translation>The case has not been on a meeting's agenda.</translation>
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
      <translation>§ {number} {heading} (correction of § {corrects})</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>Next meeting or follow-up</source>
      <translation>Next meeting or follow-up</translation>
    </message>
    <message>
      <source>No minutes for this case.</source>
      <translation>No minutes for this case.</translation>
    </message>
    <message>
      <source>Actions of other agencies left out of this copy: {count}.</source>
      <translation>Actions of other agencies left out of this copy: {count}.</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation>Open actions</translation>
    </message>
    <message>
      <source>No open actions.</source>
      <translation>No open actions.</translation>
    </message>
    <message>
      <source>Journal entries: {count}, the latest on {date}. The journal is not part of this report.</source>
      <translation>Journal entries: {count}, the latest on {date}. The journal is not part of this report.</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Case follow-up report {case} printed on {date}: case facts, the plan's goals and follow-ups, risk and protective factors, meetings with approved minutes, actions of social services and of {recipient}, next steps.</source>
      <translation>Case follow-up report {case} printed on {date}: case facts, the plan's goals and follow-ups, risk and protective factors, meetings with approved minutes, actions of social services and of {recipient}, next steps.</translation>
    </message>
    <message>
      <source>There is no case {number}.</source>
      <translation>There is no case {number}.</translation>
    </message>
  </context>
  <context>
    <name>CaseReportDialog</name>
    <message>
      <source>Follow-up report %1</source>
      <translation>Follow-up report %1</translation>
    </message>
    <message>
      <source>Print the follow-up report of %1 for the case file, or a copy for one of the case's parties. A copy for a party holds only what consent or a recorded legal ground covers for it today.</source>
      <translation>Print the follow-up report of %1 for the case file, or a copy for one of the case's parties. A copy for a party holds only what consent or a recorded legal ground covers for it today.</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>&amp;Preview…</source>
      <translation>&amp;Preview…</translation>
    </message>
    <message>
      <source>Reading the case's parties…</source>
      <translation>Reading the case's parties…</translation>
    </message>
  </context>
  <context>
    <name>CaseReportForm</name>
    <message>
      <source>Case follow-up report</source>
      <translation>Case follow-up report</translation>
    </message>
    <message>
      <source>The case's facts, consent, risk and protective factors over time, the plan's goals at each follow-up, meetings and agreed actions, and next steps. A copy for a recipient holds only what consent or a recorded legal ground covers.</source>
      <translation>The case's facts, consent, risk and protective factors over time, the plan's goals at each follow-up, meetings and agreed actions, and next steps. A copy for a recipient holds only what consent or a recorded legal ground covers.</translation>
    </message>
    <message>
      <source>For example SSPF-2026-0042</source>
      <translation>For example SSPF-2026-0042</translation>
    </message>
    <message>
      <source>Case &amp;number:</source>
      <translation>Case &amp;number:</translation>
    </message>
    <message>
      <source>&amp;Recipient:</source>
      <translation>&amp;Recipient:</translation>
    </message>
    <message>
      <source>Write the case number, for example SSPF-2026-0042.</source>
      <translation>Write the case number, for example SSPF-2026-0042.</translation>
    </message>
    <message>
      <source>You are not assigned to %1. Make report first asks why you need it; the reason is kept in the audit log with your name.</source>
      <translation>You are not assigned to %1. Make report first asks why you need it; the reason is kept in the audit log with your name.</translation>
    </message>
  </context>
  <context>
    <name>CaseReportPreview</name>
    <message>
      <source>Follow-up report {case}</source>
      <translation>Follow-up report {case}</translation>
    </message>
    <message>
      <source>Follow-up report {case} {date}.pdf</source>
      <translation>Follow-up report {case} {date}.pdf</translation>
    </message>
    <message>
      <source>Follow-up report {case} for {recipient}</source>
      <translation>Follow-up report {case} for {recipient}</translation>
    </message>
    <message>
      <source>Follow-up report {case} for {recipient} {date}.pdf</source>
      <translation>Follow-up report {case} for {recipient} {date}.pdf</translation>
    </message>
    <message>
      <source>The copy for {recipient} is entered in the case's disclosure register.</source>
      <translation>The copy for {recipient} is entered in the case's disclosure register.</translation>
    </message>
    <message>
      <source>The copy could not be entered in the disclosure register, so the saved file was removed again: {reason}</source>
      <translation>The copy could not be entered in the disclosure register, so the saved file was removed again: {reason}</translation>
    </message>
    <message>
      <source>The printed copy could not be entered in the disclosure register: {reason} Do not hand it out.</source>
      <translation>The printed copy could not be entered in the disclosure register: {reason} Do not hand it out.</translation>
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
      <source>Mee&amp;tings</source>
      <translation>Mee&amp;tings</translation>
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
      <source>&lt;b&gt;%1&lt;/b&gt; · not your case</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; · not your case</translation>
    </message>
    <message>
      <source>&lt;b&gt;This case cannot be opened&lt;/b&gt;</source>
      <translation>&lt;b&gt;This case cannot be opened&lt;/b&gt;</translation>
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
    <name>CentralConfig</name>
    <message>
      <source>The central settings file {path} has an error on line {line}, column {column}: {detail}. Caseflow uses none of its settings until your IT department corrects it.</source>
      <translation>The central settings file {path} has an error on line {line}, column {column}: {detail}. Caseflow uses none of its settings until your IT department corrects it.</translation>
    </message>
    <message>
      <source>The central settings file {path} cannot be read. Caseflow uses its own defaults until your IT department corrects it.</source>
      <translation>The central settings file {path} cannot be read. Caseflow uses its own defaults until your IT department corrects it.</translation>
    </message>
    <message>
      <source>Line {line} of the central settings file {path}: “{key}” is not a Caseflow setting. It is ignored.</source>
      <translation>Line {line} of the central settings file {path}: “{key}” is not a Caseflow setting. It is ignored.</translation>
    </message>
    <message>
      <source>Line {line} of the central settings file {path}: “{key}” must be {expected}. It is ignored and Caseflow's default is used.</source>
      <translation>Line {line} of the central settings file {path}: “{key}” must be {expected}. It is ignored and Caseflow's default is used.</translation>
    </message>
    <message>
      <source>Line {line} of the central settings file {path}: “{name}” in user_may_change is not the name of a setting. It is ignored.</source>
      <translation>Line {line} of the central settings file {path}: “{name}” in user_may_change is not the name of a setting. It is ignored.</translation>
    </message>
    <message>
      <source>a text of 1 to {length} characters</source>
      <translation>a text of 1 to {length} characters</translation>
    </message>
    <message>
      <source>a whole number from {low} to {high}</source>
      <translation>a whole number from {low} to {high}</translation>
    </message>
    <message>
      <source>a full folder path in quotes</source>
      <translation>a full folder path in quotes</translation>
    </message>
    <message>
      <source>a full file path in quotes</source>
      <translation>a full file path in quotes</translation>
    </message>
    <message>
      <source>a server name or IP address in quotes</source>
      <translation>a server name or IP address in quotes</translation>
    </message>
    <message>
      <source>a [team_server] section with at least a host</source>
      <translation>a [team_server] section with at least a host</translation>
    </message>
    <message>
      <source>a list of setting names in quotes</source>
      <translation>a list of setting names in quotes</translation>
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
      <source>No password given: use its file option, {variable} or a terminal.</source>
      <translation>No password given: use its file option, {variable} or a terminal.</translation>
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
      <source>Wrote the calendar to {path} (meetings: {count}).</source>
      <translation>Wrote the calendar to {path} (meetings: {count}).</translation>
    </message>
    <message>
      <source>Usage error: {detail}</source>
      <translation>Usage error: {detail}</translation>
    </message>
    <message>
      <source>Caseflow met an unexpected error. Details (without personal data) are in {log}.</source>
      <translation>Caseflow met an unexpected error. Details (without personal data) are in {log}.</translation>
    </message>
    <message>
      <source>Wrote and verified the backup {path} ({size} bytes).</source>
      <translation>Wrote and verified the backup {path} ({size} bytes).</translation>
    </message>
    <message>
      <source>Restored {backup} to {path} (verified).</source>
      <translation>Restored {backup} to {path} (verified).</translation>
    </message>
    <message>
      <source>Name either a database file or a server profile.</source>
      <translation>Name either a database file or a server profile.</translation>
    </message>
    <message>
      <source>The audit log has been changed: entry {id} and the ones after it cannot be trusted.</source>
      <translation>The audit log has been changed: entry {id} and the ones after it cannot be trusted.</translation>
    </message>
    <message>
      <source>Wrote the audit log to {path}.</source>
      <translation>Wrote the audit log to {path}.</translation>
    </message>
    <message>
      <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation>{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31.</translation>
    </message>
    <message>
      <source>The period starts ({start}) after it ends ({end}).</source>
      <translation>The period starts ({start}) after it ends ({end}).</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
      <source>it is a folder.</source>
      <translation>it is a folder.</translation>
    </message>
    <message>
      <source>the folder does not exist.</source>
      <translation>the folder does not exist.</translation>
    </message>
    <message>
      <source>you may not write in its folder.</source>
      <translation>you may not write in its folder.</translation>
    </message>
    <message>
      <source>There is no meeting {id}.</source>
      <translation>There is no meeting {id}.</translation>
    </message>
    <message>
      <source>Meeting {id} took up several cases ({cases}): its minutes are printed one case at a time. Choose the case with --case.</source>
      <translation>Meeting {id} took up several cases ({cases}): its minutes are printed one case at a time. Choose the case with --case.</translation>
    </message>
    <message>
      <source>--case is for the minutes: the agenda covers every case of the meeting.</source>
      <translation>--case is for the minutes: the agenda covers every case of the meeting.</translation>
    </message>
    <message>
      <source>Case {case} is not on the agenda of meeting {id} (it has {cases}).</source>
      <translation>Case {case} is not on the agenda of meeting {id} (it has {cases}).</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation>Wrote {path}.</translation>
    </message>
    <message>
      <source>The copy for {recipient} is recorded in the case's disclosure register.</source>
      <translation>The copy for {recipient} is recorded in the case's disclosure register.</translation>
    </message>
    <message>
      <source>--csv must name another file than --out.</source>
      <translation>--csv must name another file than --out.</translation>
    </message>
    <message>
      <source>{value} is not a personal identity number: {reason}</source>
      <translation>{value} is not a personal identity number: {reason}</translation>
    </message>
    <message>
      <source>Server administrator's password:</source>
      <translation>Server administrator's password:</translation>
    </message>
    <message>
      <source>Prepared {database} on {host}; {user} is its first administrator.</source>
      <translation>Prepared {database} on {host}; {user} is its first administrator.</translation>
    </message>
    <message>
      <source>Added the user {user}.</source>
      <translation>Added the user {user}.</translation>
    </message>
    <message>
      <source>{user} can no longer log in; their open connections were ended.</source>
      <translation>{user} can no longer log in; their open connections were ended.</translation>
    </message>
    <message>
      <source>Set a new password for {user}.</source>
      <translation>Set a new password for {user}.</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <source>Copied {rows} rows into {database} on {host}; the counts match and the audit log verifies on the server. Give each user a password with “caseflow server user passwd” before they log in.</source>
      <translation>Copied {rows} rows into {database} on {host}; the counts match and the audit log verifies on the server. Give each user a password with “caseflow server user passwd” before they log in.</translation>
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
    <name>Conflicts</name>
    <message>
      <source>this journal entry</source>
      <translation>this journal entry</translation>
    </message>
    <message>
      <source>this person's details</source>
      <translation>this person's details</translation>
    </message>
    <message>
      <source>this guardian</source>
      <translation>this guardian</translation>
    </message>
    <message>
      <source>this case</source>
      <translation>this case</translation>
    </message>
    <message>
      <source>this goal</source>
      <translation>this goal</translation>
    </message>
    <message>
      <source>this activity</source>
      <translation>this activity</translation>
    </message>
    <message>
      <source>this meeting</source>
      <translation>this meeting</translation>
    </message>
    <message>
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <source>signed</source>
      <translation>signed</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>the people working with the case</source>
      <translation>the people working with the case</translation>
    </message>
    <message>
      <source>responsible worker</source>
      <translation>responsible worker</translation>
    </message>
    <message>
      <source>staff</source>
      <translation>staff</translation>
    </message>
    <message>
      <source>agencies</source>
      <translation>agencies</translation>
    </message>
    <message>
      <source>first name</source>
      <translation>first name</translation>
    </message>
    <message>
      <source>last name</source>
      <translation>last name</translation>
    </message>
    <message>
      <source>personnummer</source>
      <translation>personnummer</translation>
    </message>
    <message>
      <source>birth date</source>
      <translation>birth date</translation>
    </message>
    <message>
      <source>why there is no number</source>
      <translation>why there is no number</translation>
    </message>
    <message>
      <source>sex</source>
      <translation>sex</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>phone</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>address</source>
      <translation>address</translation>
    </message>
    <message>
      <source>school</source>
      <translation>school</translation>
    </message>
    <message>
      <source>class</source>
      <translation>class</translation>
    </message>
    <message>
      <source>protected identity</source>
      <translation>protected identity</translation>
    </message>
    <message>
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <source>custody</source>
      <translation>custody</translation>
    </message>
    <message>
      <source>information to the guardian</source>
      <translation>information to the guardian</translation>
    </message>
    <message>
      <source>meeting type</source>
      <translation>meeting type</translation>
    </message>
    <message>
      <source>time</source>
      <translation>time</translation>
    </message>
    <message>
      <source>place</source>
      <translation>place</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>cases</translation>
    </message>
    <message>
      <source>invitees</source>
      <translation>invitees</translation>
    </message>
    <message>
      <source>cancellation</source>
      <translation>cancellation</translation>
    </message>
    <message>
      <source>minutes</source>
      <translation>minutes</translation>
    </message>
    <message>
      <source>approval</source>
      <translation>approval</translation>
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
    <message>
      <source>The retention period after the last entry has ended</source>
      <translation>The retention period after the last entry has ended</translation>
    </message>
    <message>
      <source>Consent was withdrawn and no other legal ground remains</source>
      <translation>Consent was withdrawn and no other legal ground remains</translation>
    </message>
    <message>
      <source>A retention period is 1 to 100 years.</source>
      <translation>A retention period is 1 to 100 years.</translation>
    </message>
    <message>
      <source>Days after closing must be 0 to 3650.</source>
      <translation>Days after closing must be 0 to 3650.</translation>
    </message>
    <message>
      <source>A retention setting is not a number.</source>
      <translation>A retention setting is not a number.</translation>
    </message>
    <message>
      <source>Journal entry</source>
      <translation>Journal entry</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
  </context>
  <context>
    <name>Drafts</name>
    <message>
      <source>Note on the status change of {date}</source>
      <translation>Note on the status change of {date}</translation>
    </message>
    <message>
      <source>Closing summary</source>
      <translation>Closing summary</translation>
    </message>
    <message>
      <source>Agencies of the case</source>
      <translation>Agencies of the case</translation>
    </message>
    <message>
      <source>{what}, {case} (not saved: changed meanwhile)</source>
      <translation>{what}, {case} (not saved: changed meanwhile)</translation>
    </message>
    <message>
      <source>{what} (not saved: changed meanwhile)</source>
      <translation>{what} (not saved: changed meanwhile)</translation>
    </message>
    <message>
      <source>Journal entry of {date}</source>
      <translation>Journal entry of {date}</translation>
    </message>
    <message>
      <source>Meeting booking</source>
      <translation>Meeting booking</translation>
    </message>
    <message>
      <source>Minutes item: {heading}</source>
      <translation>Minutes item: {heading}</translation>
    </message>
    <message>
      <source>Details of {name}</source>
      <translation>Details of {name}</translation>
    </message>
    <message>
      <source>Guardian {name}</source>
      <translation>Guardian {name}</translation>
    </message>
    <message>
      <source>Goal status note of {date}</source>
      <translation>Goal status note of {date}</translation>
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
      <source>Too many wrong passphrases in a row. Wait {seconds} seconds and try again.</source>
      <translation>Too many wrong passphrases in a row. Wait {seconds} seconds and try again.</translation>
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
      <source>Cancelled. Nothing was saved.</source>
      <translation>Cancelled. Nothing was saved.</translation>
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
      <source>{change} {outcome}</source>
      <translation>{change} {outcome}</translation>
    </message>
    <message>
      <source>Your text is kept as a draft (File → Unsaved drafts). Load the saved version to see the change, then make yours again.</source>
      <translation>Your text is kept as a draft (File → Unsaved drafts). Load the saved version to see the change, then make yours again.</translation>
    </message>
    <message>
      <source>Your change was not saved. Load the saved version to see the other change, then make yours again.</source>
      <translation>Your change was not saved. Load the saved version to see the other change, then make yours again.</translation>
    </message>
    <message>
      <source>Someone else changed {record} after you opened it.</source>
      <translation>Someone else changed {record} after you opened it.</translation>
    </message>
    <message>
      <source>You changed {record} yourself at {time} on {date} ({fields}), in another window or on another computer.</source>
      <translation>You changed {record} yourself at {time} on {date} ({fields}), in another window or on another computer.</translation>
    </message>
    <message>
      <source>You changed {record} yourself at {time} on {date}, in another window or on another computer.</source>
      <translation>You changed {record} yourself at {time} on {date}, in another window or on another computer.</translation>
    </message>
    <message>
      <source>{who} changed {record} at {time} on {date} ({fields}) after you opened it.</source>
      <translation>{who} changed {record} at {time} on {date} ({fields}) after you opened it.</translation>
    </message>
    <message>
      <source>{who} changed {record} at {time} on {date} after you opened it.</source>
      <translation>{who} changed {record} at {time} on {date} after you opened it.</translation>
    </message>
    <message>
      <source>This field must be filled in.</source>
      <translation>This field must be filled in.</translation>
    </message>
    <message>
      <source>A follow-up cannot be dated in the future.</source>
      <translation>A follow-up cannot be dated in the future.</translation>
    </message>
    <message>
      <source>At most {maximum} characters.</source>
      <translation>At most {maximum} characters.</translation>
    </message>
    <message>
      <source>The case is closed: nothing can be followed up.</source>
      <translation>The case is closed: nothing can be followed up.</translation>
    </message>
    <message>
      <source>The case was not on that meeting's agenda.</source>
      <translation>The case was not on that meeting's agenda.</translation>
    </message>
    <message>
      <source>The meeting is cancelled: reinstate it first.</source>
      <translation>The meeting is cancelled: reinstate it first.</translation>
    </message>
    <message>
      <source>That user name is already taken.</source>
      <translation>That user name is already taken.</translation>
    </message>
    <message>
      <source>You cannot deactivate your own account.</source>
      <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
      <source>The last active administrator cannot be deactivated.</source>
      <translation>The last active administrator cannot be deactivated.</translation>
    </message>
    <message>
      <source>The backup folder does not exist: choose another.</source>
      <translation>The backup folder does not exist: choose another.</translation>
    </message>
    <message>
      <source>You are not assigned to this case. Say why you need to open it; the reason is logged.</source>
      <translation>You are not assigned to this case. Say why you need to open it; the reason is logged.</translation>
    </message>
    <message>
      <source>This case is not yours: only the staff assigned to it can open it. Ask the responsible social worker to add you to the case if you need to work in it.</source>
      <translation>This case is not yours: only the staff assigned to it can open it. Ask the responsible social worker to add you to the case if you need to work in it.</translation>
    </message>
    <message>
      <source>The person in this case has a protected identity: only the staff assigned to the case can open it, whatever the reason.</source>
      <translation>The person in this case has a protected identity: only the staff assigned to the case can open it, whatever the reason.</translation>
    </message>
    <message>
      <source>The search text is too long. Search for a few words at a time.</source>
      <translation>The search text is too long. Search for a few words at a time.</translation>
    </message>
    <message>
      <source>The meeting took up several young people: print the minutes for one case at a time, so that each case's part is printed alone.</source>
      <translation>The meeting took up several young people: print the minutes for one case at a time, so that each case's part is printed alone.</translation>
    </message>
    <message>
      <source>Choose the type of meeting.</source>
      <translation>Choose the type of meeting.</translation>
    </message>
    <message>
      <source>A closed case cannot be put on a meeting's agenda.</source>
      <translation>A closed case cannot be put on a meeting's agenda.</translation>
    </message>
    <message>
      <source>Minutes are already written for a case you took off the agenda: remove its items first.</source>
      <translation>Minutes are already written for a case you took off the agenda: remove its items first.</translation>
    </message>
    <message>
      <source>The minutes already agree actions or a next date before the new meeting date: change them first.</source>
      <translation>The minutes already agree actions or a next date before the new meeting date: change them first.</translation>
    </message>
    <message>
      <source>Write the decision the deletion follows.</source>
      <translation>Write the decision the deletion follows.</translation>
    </message>
    <message>
      <source>Some of the chosen cases are not due for deletion (any more). Nothing was deleted.</source>
      <translation>Some of the chosen cases are not due for deletion (any more). Nothing was deleted.</translation>
    </message>
    <message>
      <source>A backup is being made right now. Wait for it to finish.</source>
      <translation>A backup is being made right now. Wait for it to finish.</translation>
    </message>
    <message>
      <source>The server could not prove that it is the server in the profile (its TLS certificate does not match the certificate authority or the host name). Nothing was sent to it. Ask IT to check the profile.</source>
      <translation>The server could not prove that it is the server in the profile (its TLS certificate does not match the certificate authority or the host name). Nothing was sent to it. Ask IT to check the profile.</translation>
    </message>
    <message>
      <source>The Caseflow server cannot be reached. Check the network connection, or ask IT whether the server is running.</source>
      <translation>The Caseflow server cannot be reached. Check the network connection, or ask IT whether the server is running.</translation>
    </message>
    <message>
      <source>The server name is not valid.</source>
      <translation>The server name is not valid.</translation>
    </message>
    <message>
      <source>The port must be 1–65535.</source>
      <translation>The port must be 1–65535.</translation>
    </message>
    <message>
      <source>The database name may hold lower-case letters a–z, digits and _ only.</source>
      <translation>The database name may hold lower-case letters a–z, digits and _ only.</translation>
    </message>
    <message>
      <source>The server profile cannot be read. It is a small text file with host, port, database and root_cert (the certificate authority's file); ask IT for it.</source>
      <translation>The server profile cannot be read. It is a small text file with host, port, database and root_cert (the certificate authority's file); ask IT for it.</translation>
    </message>
    <message>
      <source>The server database is not empty. Caseflow copies a database only into an empty one; nothing was written.</source>
      <translation>The server database is not empty. Caseflow copies a database only into an empty one; nothing was written.</translation>
    </message>
    <message>
      <source>The local database and the server database are at different versions of Caseflow's schema. Open the local database with this version of Caseflow first (it upgrades it), and prepare the server with the same version.</source>
      <translation>The local database and the server database are at different versions of Caseflow's schema. Open the local database with this version of Caseflow first (it upgrades it), and prepare the server with the same version.</translation>
    </message>
    <message>
      <source>The copy on the server does not match the local database, so it was not kept. The local database is unchanged.</source>
      <translation>The copy on the server does not match the local database, so it was not kept. The local database is unchanged.</translation>
    </message>
    <message>
      <source>The server database already holds tables. Caseflow prepares only an empty database; nothing was changed.</source>
      <translation>The server database already holds tables. Caseflow prepares only an empty database; nothing was changed.</translation>
    </message>
    <message>
      <source>There is no active Caseflow user by that name in this database.</source>
      <translation>There is no active Caseflow user by that name in this database.</translation>
    </message>
    <message>
      <source>On a Caseflow server, IT does this with the server's own tools and “caseflow server”; it is not done from here.</source>
      <translation>On a Caseflow server, IT does this with the server's own tools and “caseflow server”; it is not done from here.</translation>
    </message>
    <message>
      <source>The server database is at another version of Caseflow's schema than this program. Ask IT to bring the server and the program to the same version.</source>
      <translation>The server database is at another version of Caseflow's schema than this program. Ask IT to bring the server and the program to the same version.</translation>
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
    <name>FollowUpDialog</name>
    <message>
      <source>Record follow-up</source>
      <translation>Record follow-up</translation>
    </message>
    <message>
      <source>Not held at a meeting</source>
      <translation>Not held at a meeting</translation>
    </message>
    <message>
      <source>At m&amp;eeting:</source>
      <translation>At m&amp;eeting:</translation>
    </message>
    <message>
      <source>Save the &amp;follow-up</source>
      <translation>Save the &amp;follow-up</translation>
    </message>
    <message>
      <source>&amp;Date of the follow-up:</source>
      <translation>&amp;Date of the follow-up:</translation>
    </message>
    <message>
      <source>How the work has gone since the last follow-up, and what happens next.</source>
      <translation>How the work has gone since the last follow-up, and what happens next.</translation>
    </message>
    <message>
      <source>Risk and protective factors, looked at afresh:</source>
      <translation>Risk and protective factors, looked at afresh:</translation>
    </message>
    <message>
      <source>Risk and protective factors, looked at afresh (filled in from the mapping of {date}; change what is different now):</source>
      <translation>Risk and protective factors, looked at afresh (filled in from the mapping of {date}; change what is different now):</translation>
    </message>
    <message>
      <source>Goals of the action plan</source>
      <translation>Goals of the action plan</translation>
    </message>
    <message>
      <source>The action plan has no open goals to follow up.</source>
      <translation>The action plan has no open goals to follow up.</translation>
    </message>
    <message>
      <source>Goal (status until now)</source>
      <translation>Goal (status until now)</translation>
    </message>
    <message>
      <source>Status now</source>
      <translation>Status now</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>{goal} ({status})</source>
      <translation>{goal} ({status})</translation>
    </message>
    <message>
      <source>Choose a status…</source>
      <translation>Choose a status…</translation>
    </message>
    <message>
      <source>What the follow-up found (optional)</source>
      <translation>What the follow-up found (optional)</translation>
    </message>
    <message>
      <source>A follow-up cannot be dated in the future.</source>
      <translation>A follow-up cannot be dated in the future.</translation>
    </message>
    <message numerus="yes">
      <source>Choose a status for every open goal (%n without one).</source>
      <translation>
        <numerusform>Choose a status for every open goal (%n without one).</numerusform>
        <numerusform>Choose a status for every open goal (%n without one).</numerusform>
      </translation>
    </message>
    <message>
      <source>Write a summary of the follow-up.</source>
      <translation>Write a summary of the follow-up.</translation>
    </message>
    <message>
      <source>Follow-up, {case}</source>
      <translation>Follow-up, {case}</translation>
    </message>
    <message>
      <source>Unsaved text restored from a draft.</source>
      <translation>Unsaved text restored from a draft.</translation>
    </message>
    <message>
      <source>Discard the follow-up</source>
      <translation>Discard the follow-up</translation>
    </message>
    <message>
      <source>What you entered in this follow-up is not saved. Discard it?</source>
      <translation>What you entered in this follow-up is not saved. Discard it?</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Discard</translation>
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
    <name>InviteeTable</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Party name</source>
      <translation>Party name</translation>
    </message>
    <message>
      <source>The school, unit or team they speak for</source>
      <translation>The school, unit or team they speak for</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Add in&amp;vitee</source>
      <translation>Add in&amp;vitee</translation>
    </message>
    <message>
      <source>Invitee %1: name</source>
      <translation>Invitee %1: name</translation>
    </message>
    <message>
      <source>First and last name</source>
      <translation>First and last name</translation>
    </message>
    <message>
      <source>Invitee %1: agency</source>
      <translation>Invitee %1: agency</translation>
    </message>
    <message>
      <source>Invitee %1: role</source>
      <translation>Invitee %1: role</translation>
    </message>
    <message>
      <source>e.g. mentor</source>
      <translation>e.g. mentor</translation>
    </message>
    <message>
      <source>Invitee %1: party</source>
      <translation>Invitee %1: party</translation>
    </message>
    <message>
      <source>e.g. Vasaskolan</source>
      <translation>e.g. Vasaskolan</translation>
    </message>
    <message>
      <source>Remove invitee %1</source>
      <translation>Remove invitee %1</translation>
    </message>
    <message>
      <source>Enter a name for every invitee, or remove the row.</source>
      <translation>Enter a name for every invitee, or remove the row.</translation>
    </message>
  </context>
  <context>
    <name>ItDepartmentNote</name>
    <message>
      <source>Set by your IT department</source>
      <translation>Set by your IT department</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>heading</source>
      <translation>heading</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>notes</translation>
    </message>
    <message>
      <source>decisions</source>
      <translation>decisions</translation>
    </message>
    <message>
      <source>agreed actions</source>
      <translation>agreed actions</translation>
    </message>
    <message>
      <source>next meeting or follow-up</source>
      <translation>next meeting or follow-up</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
  <context>
    <name>ItemFields</name>
    <message>
      <source>What was said about the young person's situation</source>
      <translation>What was said about the young person's situation</translation>
    </message>
    <message>
      <source>What the meeting decided</source>
      <translation>What the meeting decided</translation>
    </message>
    <message>
      <source>No agreed actions.</source>
      <translation>No agreed actions.</translation>
    </message>
    <message>
      <source>Add acti&amp;on</source>
      <translation>Add acti&amp;on</translation>
    </message>
    <message>
      <source>Agreed:</source>
      <translation>Agreed:</translation>
    </message>
    <message>
      <source>&amp;Heading:</source>
      <translation>&amp;Heading:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes:</translation>
    </message>
    <message>
      <source>&amp;Decisions:</source>
      <translation>&amp;Decisions:</translation>
    </message>
    <message>
      <source>Agreed actions:</source>
      <translation>Agreed actions:</translation>
    </message>
    <message>
      <source>Ne&amp;xt meeting or follow-up:</source>
      <translation>Ne&amp;xt meeting or follow-up:</translation>
    </message>
  </context>
  <context>
    <name>ItemPage</name>
    <message>
      <source>&amp;Load the saved version</source>
      <translation>&amp;Load the saved version</translation>
    </message>
    <message>
      <source>Show the item as saved; your text stays in your drafts</source>
      <translation>Show the item as saved; your text stays in your drafts</translation>
    </message>
    <message>
      <source>%1, correction</source>
      <translation>%1, correction</translation>
    </message>
    <message>
      <source>&amp;Save item</source>
      <translation>&amp;Save item</translation>
    </message>
    <message>
      <source>Save this item (Ctrl+S)</source>
      <translation>Save this item (Ctrl+S)</translation>
    </message>
    <message>
      <source>Disc&amp;ard changes</source>
      <translation>Disc&amp;ard changes</translation>
    </message>
    <message>
      <source>&amp;Remove item…</source>
      <translation>&amp;Remove item…</translation>
    </message>
    <message>
      <source>Add co&amp;rrection…</source>
      <translation>Add co&amp;rrection…</translation>
    </message>
    <message>
      <source>&lt;b&gt;New correction&lt;/b&gt; – the item stays as approved; the correction is shown under it.</source>
      <translation>&lt;b&gt;New correction&lt;/b&gt; – the item stays as approved; the correction is shown under it.</translation>
    </message>
    <message>
      <source>&amp;Save correction</source>
      <translation>&amp;Save correction</translation>
    </message>
    <message>
      <source>Canc&amp;el correction</source>
      <translation>Canc&amp;el correction</translation>
    </message>
    <message>
      <source>&lt;b&gt;Item %1&lt;/b&gt; · %2 · written by %3 on %4</source>
      <translation>&lt;b&gt;Item %1&lt;/b&gt; · %2 · written by %3 on %4</translation>
    </message>
    <message>
      <source>Correction (item %1), written by %2 on %3</source>
      <translation>Correction (item %1), written by %2 on %3</translation>
    </message>
    <message>
      <source>The saved version is shown. Your text is kept under File → Unsaved drafts.</source>
      <translation>The saved version is shown. Your text is kept under File → Unsaved drafts.</translation>
    </message>
    <message>
      <source>Unsaved text restored from a draft.</source>
      <translation>Unsaved text restored from a draft.</translation>
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
      <source>Load the saved &amp;version</source>
      <translation>Load the saved &amp;version</translation>
    </message>
    <message>
      <source>Show the entry as saved; your text stays beside it and in your drafts</source>
      <translation>Show the entry as saved; your text stays beside it and in your drafts</translation>
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
      <source>The saved version is shown. Your text is beside it and in your drafts.</source>
      <translation>The saved version is shown. Your text is beside it and in your drafts.</translation>
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
    <name>LogPage</name>
    <message>
      <source>Log</source>
      <translation>Log</translation>
    </message>
    <message>
      <source>The audit log is read by managers and administrators.</source>
      <translation>The audit log is read by managers and administrators.</translation>
    </message>
    <message>
      <source>Who opened, wrote, printed or exported what, and when. Entries cannot be changed; Verify checks that none was changed, removed or moved since.</source>
      <translation>Who opened, wrote, printed or exported what, and when. Entries cannot be changed; Verify checks that none was changed, removed or moved since.</translation>
    </message>
    <message>
      <source>Fro&amp;m</source>
      <translation>Fro&amp;m</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>&amp;To</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>user name</translation>
    </message>
    <message>
      <source>All actions</source>
      <translation>All actions</translation>
    </message>
    <message>
      <source>e.g. SSPF-2026-0042</source>
      <translation>e.g. SSPF-2026-0042</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Show</translation>
    </message>
    <message>
      <source>Show the entries the filters find (Enter)</source>
      <translation>Show the entries the filters find (Enter)</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <source>&amp;Action:</source>
      <translation>&amp;Action:</translation>
    </message>
    <message>
      <source>&amp;Case:</source>
      <translation>&amp;Case:</translation>
    </message>
    <message>
      <source>&amp;Verify the log</source>
      <translation>&amp;Verify the log</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>&amp;Export CSV…</translation>
    </message>
    <message>
      <source>The entries the filters find, oldest first</source>
      <translation>The entries the filters find, oldest first</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>No entries match the filters.</source>
      <translation>No entries match the filters.</translation>
    </message>
    <message numerus="yes">
      <source>The newest %n entries are shown; scroll down for more.</source>
      <translation>
        <numerusform>The newest %n entries are shown; scroll down for more.</numerusform>
        <numerusform>The newest %n entries are shown; scroll down for more.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entries.</source>
      <translation>
        <numerusform>%n entries.</numerusform>
        <numerusform>%n entries.</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking every entry of the log…</source>
      <translation>Checking every entry of the log…</translation>
    </message>
    <message numerus="yes">
      <source>The log is intact: %n entries checked.</source>
      <translation>
        <numerusform>The log is intact: %n entries checked.</numerusform>
        <numerusform>The log is intact: %n entries checked.</numerusform>
      </translation>
    </message>
    <message>
      <source>The log is BROKEN at entry %1 (%2): an entry was changed, removed or moved after it was written. Entries from there on cannot be trusted. Tell the information security officer and keep a copy of the database as it is.</source>
      <translation>The log is BROKEN at entry %1 (%2): an entry was changed, removed or moved after it was written. Entries from there on cannot be trusted. Tell the information security officer and keep a copy of the database as it is.</translation>
    </message>
    <message>
      <source>Export the log</source>
      <translation>Export the log</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>The log was exported to %1. Keep the file as safely as the log itself.</source>
      <translation>The log was exported to %1. Keep the file as safely as the log itself.</translation>
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
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>My actions</source>
      <translation>My actions</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Log</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Retention</translation>
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
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About Caseflow…</source>
      <translation>&amp;About Caseflow…</translation>
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
    <name>MeetingDocumentsForm</name>
    <message>
      <source>Meeting agenda or minutes</source>
      <translation>Meeting agenda or minutes</translation>
    </message>
    <message>
      <source>The agenda names the cases by number, with the invitees and the checklist. The minutes of a meeting about several young people are printed one case at a time: each printout holds that case's items alone.</source>
      <translation>The agenda names the cases by number, with the invitees and the checklist. The minutes of a meeting about several young people are printed one case at a time: each printout holds that case's items alone.</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Agenda</translation>
    </message>
    <message>
      <source>M&amp;inutes</source>
      <translation>M&amp;inutes</translation>
    </message>
    <message>
      <source>Fr&amp;om:</source>
      <translation>Fr&amp;om:</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>M&amp;eeting:</source>
      <translation>M&amp;eeting:</translation>
    </message>
    <message>
      <source>Document:</source>
      <translation>Document:</translation>
    </message>
    <message>
      <source>&amp;Case:</source>
      <translation>&amp;Case:</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>No meeting in this period.</source>
      <translation>No meeting in this period.</translation>
    </message>
    <message>
      <source>Only the %1 latest meetings of the period are listed: narrow it.</source>
      <translation>Only the %1 latest meetings of the period are listed: narrow it.</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) in this period.</source>
      <translation>
        <numerusform>%n meeting(s) in this period.</numerusform>
        <numerusform>%n meeting(s) in this period.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 %2, %3 – %4</source>
      <translation>%1 %2, %3 – %4</translation>
    </message>
    <message>
      <source>The meeting took up several young people: choose whose part to print.</source>
      <translation>The meeting took up several young people: choose whose part to print.</translation>
    </message>
    <message>
      <source>The agenda lists every case of the meeting.</source>
      <translation>The agenda lists every case of the meeting.</translation>
    </message>
    <message>
      <source>The last day comes before the first.</source>
      <translation>The last day comes before the first.</translation>
    </message>
    <message>
      <source>Choose a meeting (none is listed for this period).</source>
      <translation>Choose a meeting (none is listed for this period).</translation>
    </message>
    <message>
      <source>Agenda %1 – %2</source>
      <translation>Agenda %1 – %2</translation>
    </message>
    <message>
      <source>Agenda %1 %2.pdf</source>
      <translation>Agenda %1 %2.pdf</translation>
    </message>
    <message>
      <source>Minutes %1 – %2</source>
      <translation>Minutes %1 – %2</translation>
    </message>
    <message>
      <source>Minutes %1 %2.pdf</source>
      <translation>Minutes %1 %2.pdf</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditor</name>
    <message>
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Loading the meeting…</source>
      <translation>Loading the meeting…</translation>
    </message>
    <message>
      <source>&amp;Preparation</source>
      <translation>&amp;Preparation</translation>
    </message>
    <message>
      <source>&amp;Minutes</source>
      <translation>&amp;Minutes</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Cases: %4</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Cases: %4</translation>
    </message>
    <message>
      <source>Minutes: %1</source>
      <translation>Minutes: %1</translation>
    </message>
    <message>
      <source>CANCELLED · %1</source>
      <translation>CANCELLED · %1</translation>
    </message>
    <message>
      <source>%1 %2 – %3</source>
      <translation>%1 %2 – %3</translation>
    </message>
    <message>
      <source>Unsaved text</source>
      <translation>Unsaved text</translation>
    </message>
    <message>
      <source>This meeting holds text that is not saved. Keep it as a draft (it is offered back when you open the meeting again) or discard it?</source>
      <translation>This meeting holds text that is not saved. Keep it as a draft (it is offered back when you open the meeting again) or discard it?</translation>
    </message>
    <message>
      <source>&amp;Keep as draft and close</source>
      <translation>&amp;Keep as draft and close</translation>
    </message>
    <message>
      <source>&amp;Discard and close</source>
      <translation>&amp;Discard and close</translation>
    </message>
  </context>
  <context>
    <name>MeetingFilterBar</name>
    <message>
      <source>&amp;Upcoming</source>
      <translation>&amp;Upcoming</translation>
    </message>
    <message>
      <source>Pa&amp;st</source>
      <translation>Pa&amp;st</translation>
    </message>
    <message>
      <source>Meetings from today on, the soonest first</source>
      <translation>Meetings from today on, the soonest first</translation>
    </message>
    <message>
      <source>Meetings before today, the latest first</source>
      <translation>Meetings before today, the latest first</translation>
    </message>
    <message>
      <source>Fro&amp;m</source>
      <translation>Fro&amp;m</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>&amp;To</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>All types</translation>
    </message>
    <message>
      <source>e.g. SSPF-2026-0042</source>
      <translation>e.g. SSPF-2026-0042</translation>
    </message>
    <message>
      <source>Show c&amp;ancelled</source>
      <translation>Show c&amp;ancelled</translation>
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation>T&amp;ype:</translation>
    </message>
    <message>
      <source>&amp;Case number:</source>
      <translation>&amp;Case number:</translation>
    </message>
  </context>
  <context>
    <name>MeetingListModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Booked</translation>
    </message>
    <message>
      <source>The minutes are approved and locked.</source>
      <translation>The minutes are approved and locked.</translation>
    </message>
    <message>
      <source>The meeting is cancelled. Nothing is minuted for it.</source>
      <translation>The meeting is cancelled. Nothing is minuted for it.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Export to calendar</source>
      <translation>Export to calendar</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>Your role does not include meetings. Social workers and field assistants book them, prepare them and write their minutes.</source>
      <translation>Your role does not include meetings. Social workers and field assistants book them, prepare them and write their minutes.</translation>
    </message>
    <message>
      <source>&amp;New meeting…</source>
      <translation>&amp;New meeting…</translation>
    </message>
    <message>
      <source>Book a meeting (Ctrl+N)</source>
      <translation>Book a meeting (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>Preparation and minutes (Enter)</source>
      <translation>Preparation and minutes (Enter)</translation>
    </message>
    <message>
      <source>&amp;Edit booking…</source>
      <translation>&amp;Edit booking…</translation>
    </message>
    <message>
      <source>Cance&amp;l meeting…</source>
      <translation>Cance&amp;l meeting…</translation>
    </message>
    <message>
      <source>E&amp;xport to calendar…</source>
      <translation>E&amp;xport to calendar…</translation>
    </message>
    <message>
      <source>The &amp;selected meeting…</source>
      <translation>The &amp;selected meeting…</translation>
    </message>
    <message>
      <source>&amp;Every meeting in the list…</source>
      <translation>&amp;Every meeting in the list…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>Load the list again (F5)</source>
      <translation>Load the list again (F5)</translation>
    </message>
    <message>
      <source>Your role does not book meetings.</source>
      <translation>Your role does not book meetings.</translation>
    </message>
    <message>
      <source>Press Enter or double-click to open the meeting.</source>
      <translation>Press Enter or double-click to open the meeting.</translation>
    </message>
    <message>
      <source>There is no case %1.</source>
      <translation>There is no case %1.</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>No meetings match.</source>
      <translation>No meetings match.</translation>
    </message>
    <message>
      <source>No upcoming meetings.</source>
      <translation>No upcoming meetings.</translation>
    </message>
    <message>
      <source>No past meetings.</source>
      <translation>No past meetings.</translation>
    </message>
    <message numerus="yes">
      <source>%n+ meetings shown; scroll down for more.</source>
      <translation>
        <numerusform>%n+ meetings shown; scroll down for more.</numerusform>
        <numerusform>%n+ meetings shown; scroll down for more.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n meeting(s)</numerusform>
        <numerusform>%n meeting(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>Reinstate meetin&amp;g…</source>
      <translation>Reinstate meetin&amp;g…</translation>
    </message>
    <message>
      <source>The minutes are approved: the booking can no longer change.</source>
      <translation>The minutes are approved: the booking can no longer change.</translation>
    </message>
    <message>
      <source>The booking is saved.</source>
      <translation>The booking is saved.</translation>
    </message>
    <message>
      <source>Reinstate meeting</source>
      <translation>Reinstate meeting</translation>
    </message>
    <message>
      <source>Reinstate the %1 on %2? It is shown as booked again.</source>
      <translation>Reinstate the %1 on %2? It is shown as booked again.</translation>
    </message>
    <message>
      <source>&amp;Reinstate</source>
      <translation>&amp;Reinstate</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>Cancel meeting</translation>
    </message>
    <message>
      <source>Cancel the %1 on %2? It stays in the list marked as cancelled, and a new calendar export tells calendars that it is cancelled.</source>
      <translation>Cancel the %1 on %2? It stays in the list marked as cancelled, and a new calendar export tells calendars that it is cancelled.</translation>
    </message>
    <message>
      <source>Cancel &amp;meeting</source>
      <translation>Cancel &amp;meeting</translation>
    </message>
    <message>
      <source>The meeting is cancelled.</source>
      <translation>The meeting is cancelled.</translation>
    </message>
    <message>
      <source>The meeting is booked again.</source>
      <translation>The meeting is booked again.</translation>
    </message>
    <message>
      <source>meeting-%1.ics</source>
      <translation>meeting-%1.ics</translation>
    </message>
    <message>
      <source>meetings-%1.ics</source>
      <translation>meetings-%1.ics</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) saved to %1 for your calendar.</source>
      <translation>
        <numerusform>%n meeting(s) saved to %1 for your calendar.</numerusform>
        <numerusform>%n meeting(s) saved to %1 for your calendar.</numerusform>
      </translation>
    </message>
    <message>
      <source>That is as many as one file holds: narrow the period.</source>
      <translation>That is as many as one file holds: narrow the period.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsTab</name>
    <message>
      <source>Open meet&amp;ing</source>
      <translation>Open meet&amp;ing</translation>
    </message>
    <message>
      <source>Open the meeting's preparation and minutes</source>
      <translation>Open the meeting's preparation and minutes</translation>
    </message>
    <message>
      <source>Record &amp;follow-up…</source>
      <translation>Record &amp;follow-up…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Other cases</source>
      <translation>Other cases</translation>
    </message>
    <message>
      <source>Press Enter or double-click to open the meeting.</source>
      <translation>Press Enter or double-click to open the meeting.</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Goals</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>Follow-ups</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <source>A follow-up you started earlier is not saved yet. Record follow-up… brings it back.</source>
      <translation>A follow-up you started earlier is not saved yet. Record follow-up… brings it back.</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
      <source>+%n other case(s)</source>
      <translation>
        <numerusform>+%n other case(s)</numerusform>
        <numerusform>+%n other case(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>The case has not been on a meeting's agenda yet.</source>
      <translation>The case has not been on a meeting's agenda yet.</translation>
    </message>
    <message>
      <source>{goal}: {status}</source>
      <translation>{goal}: {status}</translation>
    </message>
    <message>
      <source>No follow-up recorded yet.</source>
      <translation>No follow-up recorded yet.</translation>
    </message>
    <message>
      <source>{goal}: {status}. {note}</source>
      <translation>{goal}: {status}. {note}</translation>
    </message>
    <message>
      <source>Select a meeting to read the case's part of it.</source>
      <translation>Select a meeting to read the case's part of it.</translation>
    </message>
    <message>
      <source>Time: {start}–{end}</source>
      <translation>Time: {start}–{end}</translation>
    </message>
    <message>
      <source>Place: {place}</source>
      <translation>Place: {place}</translation>
    </message>
    <message>
      <source>Minutes: {status}</source>
      <translation>Minutes: {status}</translation>
    </message>
    <message>
      <source>The meeting was cancelled.</source>
      <translation>The meeting was cancelled.</translation>
    </message>
    <message numerus="yes">
      <source>The sitting also took up %n other case(s). Their part of the minutes belongs to them and is not shown here.</source>
      <translation>
        <numerusform>The sitting also took up %n other case(s). Their part of the minutes belongs to them and is not shown here.</numerusform>
        <numerusform>The sitting also took up %n other case(s). Their part of the minutes belongs to them and is not shown here.</numerusform>
      </translation>
    </message>
    <message>
      <source>Draft minutes: not approved, and may still change.</source>
      <translation>Draft minutes: not approved, and may still change.</translation>
    </message>
    <message>
      <source>Nothing is minuted for this case yet.</source>
      <translation>Nothing is minuted for this case yet.</translation>
    </message>
    <message>
      <source>Correction of {date} by {author}</source>
      <translation>Correction of {date} by {author}</translation>
    </message>
    <message>
      <source>Decisions:</source>
      <translation>Decisions:</translation>
    </message>
    <message>
      <source>Agreed actions:</source>
      <translation>Agreed actions:</translation>
    </message>
    <message>
      <source>Next meeting or follow-up: {date}</source>
      <translation>Next meeting or follow-up: {date}</translation>
    </message>
    <message>
      <source>{what} – {agency}, {responsible}, due {due}: {status}</source>
      <translation>{what} – {agency}, {responsible}, due {due}: {status}</translation>
    </message>
    <message>
      <source>The follow-up was recorded.</source>
      <translation>The follow-up was recorded.</translation>
    </message>
  </context>
  <context>
    <name>MinutesPanel</name>
    <message>
      <source>A&amp;ttendance…</source>
      <translation>A&amp;ttendance…</translation>
    </message>
    <message>
      <source>Add &amp;item…</source>
      <translation>Add &amp;item…</translation>
    </message>
    <message>
      <source>Appro&amp;ve minutes…</source>
      <translation>Appro&amp;ve minutes…</translation>
    </message>
    <message>
      <source>Print min&amp;utes…</source>
      <translation>Print min&amp;utes…</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Choose an item on the left to write or read it.</source>
      <translation>Choose an item on the left to write or read it.</translation>
    </message>
    <message>
      <source>%1 for %2</source>
      <translation>%1 for %2</translation>
    </message>
    <message>
      <source>Took part: %1</source>
      <translation>Took part: %1</translation>
    </message>
    <message>
      <source>No attendance recorded yet.</source>
      <translation>No attendance recorded yet.</translation>
    </message>
    <message numerus="yes">
      <source>%n draft(s) could not be put back: the minutes were approved or the item removed meanwhile. Read and copy them under File → Unsaved drafts.</source>
      <translation>
        <numerusform>%n draft(s) could not be put back: the minutes were approved or the item removed meanwhile. Read and copy them under File → Unsaved drafts.</numerusform>
        <numerusform>%n draft(s) could not be put back: the minutes were approved or the item removed meanwhile. Read and copy them under File → Unsaved drafts.</numerusform>
      </translation>
    </message>
    <message>
      <source>Unsaved text restored from drafts.</source>
      <translation>Unsaved text restored from drafts.</translation>
    </message>
    <message>
      <source>Minutes of %1, %2, item %3</source>
      <translation>Minutes of %1, %2, item %3</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item(s)</numerusform>
        <numerusform>%n item(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>Correction %1 (%2)</source>
      <translation>Correction %1 (%2)</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Written</translation>
    </message>
    <message>
      <source>Empty</source>
      <translation>Empty</translation>
    </message>
    <message>
      <source>&lt;b&gt;Approved&lt;/b&gt; on %1 by %2 – the minutes are locked. Mistakes are put right with a correction under the item.</source>
      <translation>&lt;b&gt;Approved&lt;/b&gt; on %1 by %2 – the minutes are locked. Mistakes are put right with a correction under the item.</translation>
    </message>
    <message>
      <source>&lt;b&gt;The meeting is cancelled&lt;/b&gt;: no minutes are written for it.</source>
      <translation>&lt;b&gt;The meeting is cancelled&lt;/b&gt;: no minutes are written for it.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Draft&lt;/b&gt; – save each item; approve the minutes when they are done.</source>
      <translation>&lt;b&gt;Draft&lt;/b&gt; – save each item; approve the minutes when they are done.</translation>
    </message>
    <message>
      <source>Minutes for %1…</source>
      <translation>Minutes for %1…</translation>
    </message>
    <message>
      <source>The correction was added under the item.</source>
      <translation>The correction was added under the item.</translation>
    </message>
    <message>
      <source>Item %1 was saved.</source>
      <translation>Item %1 was saved.</translation>
    </message>
    <message>
      <source>Remove the item</source>
      <translation>Remove the item</translation>
    </message>
    <message>
      <source>Remove item %1 (%2) from the minutes? What is written under it, and the actions it agreed, are deleted.</source>
      <translation>Remove item %1 (%2) from the minutes? What is written under it, and the actions it agreed, are deleted.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>The item was removed.</source>
      <translation>The item was removed.</translation>
    </message>
    <message>
      <source>Save or discard the changes in item(s) %1 before approving.</source>
      <translation>Save or discard the changes in item(s) %1 before approving.</translation>
    </message>
    <message>
      <source>Approve the minutes</source>
      <translation>Approve the minutes</translation>
    </message>
    <message>
      <source>Approve the minutes of the meeting on %1 as %2 today?

Approved minutes are locked: nothing in them can be changed or removed afterwards. A mistake can then only be put right with a correction, shown under the item it corrects. Empty items are left out.</source>
      <translation>Approve the minutes of the meeting on %1 as %2 today?

Approved minutes are locked: nothing in them can be changed or removed afterwards. A mistake can then only be put right with a correction, shown under the item it corrects. Empty items are left out.</translation>
    </message>
    <message>
      <source>Approve and lock</source>
      <translation>Approve and lock</translation>
    </message>
    <message>
      <source>The minutes are approved and locked.</source>
      <translation>The minutes are approved and locked.</translation>
    </message>
    <message>
      <source>Minutes %1 – %2</source>
      <translation>Minutes %1 – %2</translation>
    </message>
    <message>
      <source>Minutes %1 %2.pdf</source>
      <translation>Minutes %1 %2.pdf</translation>
    </message>
  </context>
  <context>
    <name>NewAccountDialog</name>
    <message>
      <source>New account</source>
      <translation>New account</translation>
    </message>
    <message>
      <source>e.g. anna.berg</source>
      <translation>e.g. anna.berg</translation>
    </message>
    <message>
      <source>e.g. Anna Berg</source>
      <translation>e.g. Anna Berg</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <source>The user name is what they type to unlock: letters a-z, digits, dot, dash or underscore. Caseflow then shows a one-time passphrase for them.</source>
      <translation>The user name is what they type to unlock: letters a-z, digits, dot, dash or underscore. Caseflow then shows a one-time passphrase for them.</translation>
    </message>
    <message>
      <source>&amp;Create account</source>
      <translation>&amp;Create account</translation>
    </message>
    <message>
      <source>Write a user name.</source>
      <translation>Write a user name.</translation>
    </message>
    <message>
      <source>Write the person's name.</source>
      <translation>Write the person's name.</translation>
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
    <name>OneTimePassphraseDialog</name>
    <message>
      <source>One-time passphrase</source>
      <translation>One-time passphrase</translation>
    </message>
    <message>
      <source>One-time passphrase for &lt;b&gt;%1&lt;/b&gt; (user name &lt;b&gt;%2&lt;/b&gt;):</source>
      <translation>One-time passphrase for &lt;b&gt;%1&lt;/b&gt; (user name &lt;b&gt;%2&lt;/b&gt;):</translation>
    </message>
    <message>
      <source>Give it to them in person or by phone, not by e-mail. They must change it the first time they unlock Caseflow. It will not be shown again: if it is lost, reset the passphrase.</source>
      <translation>Give it to them in person or by phone, not by e-mail. They must change it the first time they unlock Caseflow. It will not be shown again: if it is lost, reset the passphrase.</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <source>Copied. The clipboard is cleared in a minute.</source>
      <translation>Copied. The clipboard is cleared in a minute.</translation>
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
      <source>Follow-ups past their date (%1)</source>
      <translation>Follow-ups past their date (%1)</translation>
    </message>
    <message>
      <source>Actions past their due date (%1)</source>
      <translation>Actions past their due date (%1)</translation>
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
    <message numerus="yes">
      <source>The follow-up was due on %1: %n day(s) overdue</source>
      <translation>
        <numerusform>The follow-up was due on %1: %n day(s) overdue</numerusform>
        <numerusform>The follow-up was due on %1: %n day(s) overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (%2, %3) was due on %4: %n day(s) overdue</source>
      <translation>
        <numerusform>%1 (%2, %3) was due on %4: %n day(s) overdue</numerusform>
        <numerusform>%1 (%2, %3) was due on %4: %n day(s) overdue</numerusform>
      </translation>
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
      <source>Follow-up &amp;report…</source>
      <translation>Follow-up &amp;report…</translation>
    </message>
    <message>
      <source>Preview the follow-up report for the case file or for one of the parties</source>
      <translation>Preview the follow-up report for the case file or for one of the parties</translation>
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
    <name>PdfPreview</name>
    <message>
      <source>Preparing the document…</source>
      <translation>Preparing the document…</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>Page width</source>
      <translation>Page width</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>Whole page</translation>
    </message>
    <message>
      <source>&amp;Zoom:</source>
      <translation>&amp;Zoom:</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>Print on paper (Ctrl+P)</source>
      <translation>Print on paper (Ctrl+P)</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>Save the document as a PDF file (Ctrl+Shift+S)</source>
      <translation>Save the document as a PDF file (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>C&amp;lose</source>
      <translation>C&amp;lose</translation>
    </message>
    <message>
      <source>The document could not be made.</source>
      <translation>The document could not be made.</translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page(s)</numerusform>
        <numerusform>%n page(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>The document cannot be shown: the PDF is damaged.</source>
      <translation>The document cannot be shown: the PDF is damaged.</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation>Saved as %1.</translation>
    </message>
    <message>
      <source>The printer could not be used. Check that it is connected and ready.</source>
      <translation>The printer could not be used. Check that it is connected and ready.</translation>
    </message>
    <message>
      <source>Printing page %1 of %2…</source>
      <translation>Printing page %1 of %2…</translation>
    </message>
    <message numerus="yes">
      <source>Sent to the printer: %n page(s).</source>
      <translation>
        <numerusform>Sent to the printer: %n page(s).</numerusform>
        <numerusform>Sent to the printer: %n page(s).</numerusform>
      </translation>
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
      <source>Load the saved &amp;version</source>
      <translation>Load the saved &amp;version</translation>
    </message>
    <message>
      <source>Show the person as saved; your changes stay in your drafts</source>
      <translation>Show the person as saved; your changes stay in your drafts</translation>
    </message>
    <message>
      <source>The saved version is shown. Your changes are kept under File → Unsaved drafts: make them again where they still apply.</source>
      <translation>The saved version is shown. Your changes are kept under File → Unsaved drafts: make them again where they still apply.</translation>
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
      <source>Agreed at meetings</source>
      <translation>Agreed at meetings</translation>
    </message>
    <message>
      <source>Meeting of {date}</source>
      <translation>Meeting of {date}</translation>
    </message>
    <message>
      <source>{what}
Agreed at the meeting of {date}</source>
      <translation>{what}
Agreed at the meeting of {date}</translation>
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
    <name>PreparationView</name>
    <message>
      <source>Your own preparation: what to raise, whom to call. Ctrl+S saves.</source>
      <translation>Your own preparation: what to raise, whom to call. Ctrl+S saves.</translation>
    </message>
    <message>
      <source>&amp;Save notes</source>
      <translation>&amp;Save notes</translation>
    </message>
    <message>
      <source>Print a&amp;genda…</source>
      <translation>Print a&amp;genda…</translation>
    </message>
    <message>
      <source>Per case</source>
      <translation>Per case</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Preparation notes</source>
      <translation>Preparation notes</translation>
    </message>
    <message>
      <source>Preparation notes, meeting %1</source>
      <translation>Preparation notes, meeting %1</translation>
    </message>
    <message>
      <source>Unsaved notes restored from a draft.</source>
      <translation>Unsaved notes restored from a draft.</translation>
    </message>
    <message>
      <source>This type of meeting has no checklist.</source>
      <translation>This type of meeting has no checklist.</translation>
    </message>
    <message>
      <source>The preparation notes were saved.</source>
      <translation>The preparation notes were saved.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Agenda %1 – %2</source>
      <translation>Agenda %1 – %2</translation>
    </message>
    <message>
      <source>Agenda %1 %2.pdf</source>
      <translation>Agenda %1 %2.pdf</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>Open a case that is not yours</source>
      <translation>Open a case that is not yours</translation>
    </message>
    <message>
      <source>this case</source>
      <translation>this case</translation>
    </message>
    <message>
      <source>You are not assigned to %1. You may open it when your work needs it: say why. Your reason is kept in the audit log with your name and the time.</source>
      <translation>You are not assigned to %1. You may open it when your work needs it: say why. Your reason is kept in the audit log with your name and the time.</translation>
    </message>
    <message>
      <source>For example: on duty tonight, the school called about him</source>
      <translation>For example: on duty tonight, the school called about him</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <source>&amp;Open case</source>
      <translation>&amp;Open case</translation>
    </message>
    <message>
      <source>Say in a few words why you need to open the case.</source>
      <translation>Say in a few words why you need to open the case.</translation>
    </message>
  </context>
  <context>
    <name>RecipientChooser</name>
    <message>
      <source>The case file (no recipient)</source>
      <translation>The case file (no recipient)</translation>
    </message>
    <message>
      <source>%1 – not covered</source>
      <translation>%1 – not covered</translation>
    </message>
    <message>
      <source>The whole follow-up, for the case file. It is not handed out, so nothing is entered in the disclosure register.</source>
      <translation>The whole follow-up, for the case file. It is not handed out, so nothing is entered in the disclosure register.</translation>
    </message>
    <message>
      <source>%1 Only what the consent or legal ground covers is printed, and the copy is entered in the disclosure register when you print or save it.</source>
      <translation>%1 Only what the consent or legal ground covers is printed, and the copy is entered in the disclosure register when you print or save it.</translation>
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
    <name>RefusedText</name>
    <message>
      <source>&lt;b&gt;Your text, not saved.&lt;/b&gt; It is also kept under File → Unsaved drafts. Put it back to save it over the saved version, or copy what you need.</source>
      <translation>&lt;b&gt;Your text, not saved.&lt;/b&gt; It is also kept under File → Unsaved drafts. Put it back to save it over the saved version, or copy what you need.</translation>
    </message>
    <message>
      <source>Put my text &amp;back</source>
      <translation>Put my text &amp;back</translation>
    </message>
    <message>
      <source>Copy my te&amp;xt</source>
      <translation>Copy my te&amp;xt</translation>
    </message>
    <message>
      <source>&amp;Hide</source>
      <translation>&amp;Hide</translation>
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
    <name>RegisterExtract</name>
    <message>
      <source>Register extract</source>
      <translation>Register extract</translation>
    </message>
    <message>
      <source>Register extract – {name}</source>
      <translation>Register extract – {name}</translation>
    </message>
    <message>
      <source>Personal data stored about {name} (GDPR article 15)</source>
      <translation>Personal data stored about {name} (GDPR article 15)</translation>
    </message>
    <message>
      <source>{name} · {personnummer} · as of {date}</source>
      <translation>{name} · {personnummer} · as of {date}</translation>
    </message>
    <message>
      <source>You have asked what personal data social services keep about you (the right of access, article 15 of the General Data Protection Regulation). This extract holds everything the case management system Caseflow stores about you on {date}: your personal details, each of your cases with its consents, disclosures, assessments, plan, meetings and journal, and the log of who has opened your records.</source>
      <translation>You have asked what personal data social services keep about you (the right of access, article 15 of the General Data Protection Regulation). This extract holds everything the case management system Caseflow stores about you on {date}: your personal details, each of your cases with its consents, disclosures, assessments, plan, meetings and journal, and the log of who has opened your records.</translation>
    </message>
    <message>
      <source>Cases: {count} ({numbers}). Signed journal entries: {entries}. Entries in the access log: {accesses}.</source>
      <translation>Cases: {count} ({numbers}). Signed journal entries: {entries}. Entries in the access log: {accesses}.</translation>
    </message>
    <message>
      <source>No case is registered for you.</source>
      <translation>No case is registered for you.</translation>
    </message>
    <message>
      <source>For {name} personally. Check the recipient's identity when handing it over, and do not send it by ordinary e-mail.</source>
      <translation>For {name} personally. Check the recipient's identity when handing it over, and do not send it by ordinary e-mail.</translation>
    </message>
    <message>
      <source>This extract contains protected personal data (skyddade personuppgifter): your address and other contact details are printed because the extract is for you alone. Keep it where nobody else can read it.</source>
      <translation>This extract contains protected personal data (skyddade personuppgifter): your address and other contact details are printed because the extract is for you alone. Keep it where nobody else can read it.</translation>
    </message>
    <message>
      <source>Protected personal data</source>
      <translation>Protected personal data</translation>
    </message>
    <message>
      <source>Your personal details</source>
      <translation>Your personal details</translation>
    </message>
    <message>
      <source>Case {case}</source>
      <translation>Case {case}</translation>
    </message>
    <message>
      <source>Who has opened your records</source>
      <translation>Who has opened your records</translation>
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
      <source>Coordination number</source>
      <translation>Coordination number</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Protected identity</source>
      <translation>Protected identity</translation>
    </message>
    <message>
      <source>Registered in Caseflow</source>
      <translation>Registered in Caseflow</translation>
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
      <source>Guardians</source>
      <translation>Guardians</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Custody</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Is not to be told about the case</source>
      <translation>Is not to be told about the case</translation>
    </message>
    <message>
      <source>No guardian is registered.</source>
      <translation>No guardian is registered.</translation>
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
      <source>{date}, from {source}</source>
      <translation>{date}, from {source}</translation>
    </message>
    <message>
      <source>Reason for the referral</source>
      <translation>Reason for the referral</translation>
    </message>
    <message>
      <source>Responsible social worker</source>
      <translation>Responsible social worker</translation>
    </message>
    <message>
      <source>Other staff on the case</source>
      <translation>Other staff on the case</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>{date}: {reason}</source>
      <translation>{date}: {reason}</translation>
    </message>
    <message>
      <source>Closing summary</source>
      <translation>Closing summary</translation>
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
      <source>Agencies involved</source>
      <translation>Agencies involved</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Consents</translation>
    </message>
    <message>
      <source>Given by</source>
      <translation>Given by</translation>
    </message>
    <message>
      <source>May share with</source>
      <translation>May share with</translation>
    </message>
    <message>
      <source>Information and purpose</source>
      <translation>Information and purpose</translation>
    </message>
    <message>
      <source>{information}
Purpose: {purpose}</source>
      <translation>{information}
Purpose: {purpose}</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <source>{start} – {end}
{manner}</source>
      <translation>{start} – {end}
{manner}</translation>
    </message>
    <message>
      <source>received by {name}</source>
      <translation>received by {name}</translation>
    </message>
    <message>
      <source>Signed form kept: {names}</source>
      <translation>Signed form kept: {names}</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Now</translation>
    </message>
    <message>
      <source>Withdrawals of consent</source>
      <translation>Withdrawals of consent</translation>
    </message>
    <message>
      <source>Withdrawn by</source>
      <translation>Withdrawn by</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Everything</translation>
    </message>
    <message>
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <source>Legal grounds used instead of consent</source>
      <translation>Legal grounds used instead of consent</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Legal ground</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Party</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <source>Information given to others</source>
      <translation>Information given to others</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>Told</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>On the basis of</source>
      <translation>On the basis of</translation>
    </message>
    <message>
      <source>Assessments of risk and protective factors</source>
      <translation>Assessments of risk and protective factors</translation>
    </message>
    <message>
      <source>Assessment on {date}, by {author}</source>
      <translation>Assessment on {date}, by {author}</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Factor</translation>
    </message>
    <message>
      <source>Assessed as</source>
      <translation>Assessed as</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Goals of the plan</source>
      <translation>Goals of the plan</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Goal</translation>
    </message>
    <message>
      <source>{domain} · target date {date}</source>
      <translation>{domain} · target date {date}</translation>
    </message>
    <message>
      <source>Status over time</source>
      <translation>Status over time</translation>
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
      <translation>Follow-ups</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Activities and agreed actions</source>
      <translation>Activities and agreed actions</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Meetings about the case</source>
      <translation>Meetings about the case</translation>
    </message>
    <message>
      <source>{date} {time}, {kind} ({status})</source>
      <translation>{date} {time}, {kind} ({status})</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Present while the case was discussed</source>
      <translation>Present while the case was discussed</translation>
    </message>
    <message>
      <source>§ {number} {heading}</source>
      <translation>§ {number} {heading}</translation>
    </message>
    <message>
      <source>§ {number} {heading} (correction of § {corrects})</source>
      <translation>§ {number} {heading} (correction of § {corrects})</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>Next meeting or follow-up</source>
      <translation>Next meeting or follow-up</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Written</translation>
    </message>
    <message>
      <source>{date}, {name}</source>
      <translation>{date}, {name}</translation>
    </message>
    <message>
      <source>No minutes about you were written at this meeting.</source>
      <translation>No minutes about you were written at this meeting.</translation>
    </message>
    <message>
      <source>Meetings can take up several young people. Only what was minuted about you is printed.</source>
      <translation>Meetings can take up several young people. Only what was minuted about you is printed.</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Date, type</source>
      <translation>Date, type</translation>
    </message>
    <message>
      <source>Written and signed</source>
      <translation>Written and signed</translation>
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
      <translation>Correction of entry {number}:
{text}</translation>
    </message>
    <message>
      <source>A signed entry is never changed: a correction is a new entry that names the entry it corrects, and both are printed.</source>
      <translation>A signed entry is never changed: a correction is a new entry that names the entry it corrects, and both are printed.</translation>
    </message>
    <message>
      <source>Entries being written and not yet signed: {count}. They become part of the journal, and of a new extract, when signed.</source>
      <translation>Entries being written and not yet signed: {count}. They become part of the journal, and of a new extract, when signed.</translation>
    </message>
    <message>
      <source>None recorded.</source>
      <translation>None recorded.</translation>
    </message>
    <message>
      <source>Every time someone opens one of your cases, writes in it or prints from it, the system logs who did it and when, and the reason they gave when they do not work with your case. These are the log's entries about your cases, oldest first.</source>
      <translation>Every time someone opens one of your cases, writes in it or prints from it, the system logs who did it and when, and the reason they gave when they do not work with your case. These are the log's entries about your cases, oldest first.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Did</source>
      <translation>Did</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>The log holds no entry about your cases.</source>
      <translation>The log holds no entry about your cases.</translation>
    </message>
    <message>
      <source>The log of who has opened your records cannot be printed from this system yet; ask social services for it separately.</source>
      <translation>The log of who has opened your records cannot be printed from this system yet; ask social services for it separately.</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>School</source>
      <translation>School</translation>
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
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Agreed at the meeting on {date}, § {number}</source>
      <translation>Agreed at the meeting on {date}, § {number}</translation>
    </message>
    <message>
      <source>{domain} · {kind}</source>
      <translation>{domain} · {kind}</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Legal ground {citation}</source>
      <translation>Legal ground {citation}</translation>
    </message>
    <message>
      <source>Register extract requested by the person (GDPR article 15)</source>
      <translation>Register extract requested by the person (GDPR article 15)</translation>
    </message>
    <message>
      <source>{name} ({agency})</source>
      <translation>{name} ({agency})</translation>
    </message>
    <message>
      <source>No person with that personal identity number is registered.</source>
      <translation>No person with that personal identity number is registered.</translation>
    </message>
    <message>
      <source>No person with personal identity number {number} is registered.</source>
      <translation>No person with personal identity number {number} is registered.</translation>
    </message>
  </context>
  <context>
    <name>RegisterExtractForm</name>
    <message>
      <source>Register extract</source>
      <translation>Register extract</translation>
    </message>
    <message>
      <source>Everything stored about one person across their cases, and the log of who opened their records, for the person who asked for it (GDPR article 15). Opening a case you are not assigned to for the extract is logged.</source>
      <translation>Everything stored about one person across their cases, and the log of who opened their records, for the person who asked for it (GDPR article 15). Opening a case you are not assigned to for the extract is logged.</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN</source>
      <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
      <source>&amp;Personnummer:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <source>Write the person's personnummer or samordningsnummer.</source>
      <translation>Write the person's personnummer or samordningsnummer.</translation>
    </message>
    <message>
      <source>Register extract %1.pdf</source>
      <translation>Register extract %1.pdf</translation>
    </message>
  </context>
  <context>
    <name>ReportForm</name>
    <message>
      <source>&amp;Make report…</source>
      <translation>&amp;Make report…</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>CONFIDENTIAL – Public Access to Information and Secrecy Act, chapter 26 section 1</source>
      <translation>CONFIDENTIAL – Public Access to Information and Secrecy Act, chapter 26 section 1</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <source>Printed by {name}, {date} {time}</source>
      <translation>Printed by {name}, {date} {time}</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Agenda – {type}, {date}</source>
      <translation>Agenda – {type}, {date}</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Minutes – {type}, {date} – {case}</source>
      <translation>Minutes – {type}, {date} – {case}</translation>
    </message>
    <message>
      <source>{type}, {date} {start}–{end}</source>
      <translation>{type}, {date} {start}–{end}</translation>
    </message>
    <message>
      <source>Meeting {id}</source>
      <translation>Meeting {id}</translation>
    </message>
    <message>
      <source>Type of meeting</source>
      <translation>Type of meeting</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Case {case}</source>
      <translation>Case {case}</translation>
    </message>
    <message>
      <source>CANCELLED</source>
      <translation>CANCELLED</translation>
    </message>
    <message>
      <source>The meeting is cancelled.</source>
      <translation>The meeting is cancelled.</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <source>Nobody is invited yet.</source>
      <translation>Nobody is invited yet.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>{agency}, {party}</source>
      <translation>{agency}, {party}</translation>
    </message>
    <message>
      <source>Agenda items</source>
      <translation>Agenda items</translation>
    </message>
    <message>
      <source>The cases are taken one at a time. What is said about one young person is minuted under that case alone.</source>
      <translation>The cases are taken one at a time. What is said about one young person is minuted under that case alone.</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>This type of meeting has no checklist.</source>
      <translation>This type of meeting has no checklist.</translation>
    </message>
    <message>
      <source>DRAFT – not approved</source>
      <translation>DRAFT – not approved</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Approved by {name} on {date}</source>
      <translation>Approved by {name} on {date}</translation>
    </message>
    <message>
      <source>Draft – not approved</source>
      <translation>Draft – not approved</translation>
    </message>
    <message>
      <source>These minutes are a draft: they have not been approved and may still change.</source>
      <translation>These minutes are a draft: they have not been approved and may still change.</translation>
    </message>
    <message>
      <source>The meeting also took up other young people. This document holds only the part of the minutes about case {case}.</source>
      <translation>The meeting also took up other young people. This document holds only the part of the minutes about case {case}.</translation>
    </message>
    <message>
      <source>Next meeting or follow-up</source>
      <translation>Next meeting or follow-up</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>No attendance is recorded for this case.</source>
      <translation>No attendance is recorded for this case.</translation>
    </message>
    <message>
      <source>No minutes are written for this case.</source>
      <translation>No minutes are written for this case.</translation>
    </message>
    <message>
      <source>{number}. {heading}</source>
      <translation>{number}. {heading}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>Nothing is written under this item.</source>
      <translation>Nothing is written under this item.</translation>
    </message>
    <message>
      <source>Correction {number} of item {corrects}, written by {name} on {date}</source>
      <translation>Correction {number} of item {corrects}, written by {name} on {date}</translation>
    </message>
    <message>
      <source>Next meeting or follow-up: {date}</source>
      <translation>Next meeting or follow-up: {date}</translation>
    </message>
    <message>
      <source>Agreed actions</source>
      <translation>Agreed actions</translation>
    </message>
    <message>
      <source>No actions were agreed.</source>
      <translation>No actions were agreed.</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>{person} ({agency})</source>
      <translation>{person} ({agency})</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>Social services</source>
      <translation>Social services</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Your role produces no reports: follow-up reports, meeting papers and register extracts are made by the staff who work on the cases, and the statistics by managers and social workers.</source>
      <translation>Your role produces no reports: follow-up reports, meeting papers and register extracts are made by the staff who work on the cases, and the statistics by managers and social workers.</translation>
    </message>
    <message>
      <source>Choose a report, fill in its form and press the report button. The report opens in a preview where you can print it or save it as PDF.</source>
      <translation>Choose a report, fill in its form and press the report button. The report opens in a preview where you can print it or save it as PDF.</translation>
    </message>
    <message>
      <source>&amp;Kind of report:</source>
      <translation>&amp;Kind of report:</translation>
    </message>
    <message>
      <source>Case follow-up report</source>
      <translation>Case follow-up report</translation>
    </message>
    <message>
      <source>Meeting agenda / minutes</source>
      <translation>Meeting agenda / minutes</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <source>Register extract</source>
      <translation>Register extract</translation>
    </message>
  </context>
  <context>
    <name>RetentionPage</name>
    <message>
      <source>Retention</source>
      <translation>Retention</translation>
    </message>
    <message>
      <source>Managers decide which closed cases are deleted when their time is up.</source>
      <translation>Managers decide which closed cases are deleted when their time is up.</translation>
    </message>
    <message>
      <source>Closed cases whose retention period has ended, by the rules for each programme. Deleting removes the case and everything in it for good; anonymous counts for the statistics and an audit entry without personal data are kept.</source>
      <translation>Closed cases whose retention period has ended, by the rules for each programme. Deleting removes the case and everything in it for good; anonymous counts for the statistics and an audit entry without personal data are kept.</translation>
    </message>
    <message>
      <source>Only a manager can decide a deletion.</source>
      <translation>Only a manager can decide a deletion.</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <source>Last entry</source>
      <translation>Last entry</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Due on</translation>
    </message>
    <message>
      <source>Why it is due</source>
      <translation>Why it is due</translation>
    </message>
    <message>
      <source>Tick the cases to delete (Space ticks the current one).</source>
      <translation>Tick the cases to delete (Space ticks the current one).</translation>
    </message>
    <message>
      <source>Tick &amp;all</source>
      <translation>Tick &amp;all</translation>
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation>&amp;Untick all</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>e.g. Retention decision 2026-11-01 under the document management plan</source>
      <translation>e.g. Retention decision 2026-11-01 under the document management plan</translation>
    </message>
    <message>
      <source>Goes to the audit log. Do not name the person.</source>
      <translation>Goes to the audit log. Do not name the person.</translation>
    </message>
    <message>
      <source>&amp;Delete the chosen cases…</source>
      <translation>&amp;Delete the chosen cases…</translation>
    </message>
    <message>
      <source>Decisi&amp;on the deletion follows:</source>
      <translation>Decisi&amp;on the deletion follows:</translation>
    </message>
    <message>
      <source>The list could not be read.</source>
      <translation>The list could not be read.</translation>
    </message>
    <message>
      <source>No case is due for deletion.</source>
      <translation>No case is due for deletion.</translation>
    </message>
    <message>
      <source>%1 cases are due; the %2 that became due first are shown.</source>
      <translation>%1 cases are due; the %2 that became due first are shown.</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) due for deletion.</source>
      <translation>
        <numerusform>%n case(s) due for deletion.</numerusform>
        <numerusform>%n case(s) due for deletion.</numerusform>
      </translation>
    </message>
    <message>
      <source>Write the decision the deletion follows.</source>
      <translation>Write the decision the deletion follows.</translation>
    </message>
    <message>
      <source>Delete cases</source>
      <translation>Delete cases</translation>
    </message>
    <message numerus="yes">
      <source>Delete %n case(s) for good (%1)? Everything in them is removed and the file is wiped. This cannot be undone.</source>
      <translation>
        <numerusform>Delete %n case(s) for good (%1)? Everything in them is removed and the file is wiped. This cannot be undone.</numerusform>
        <numerusform>Delete %n case(s) for good (%1)? Everything in them is removed and the file is wiped. This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&amp;Delete %n case(s)</source>
      <translation>
        <numerusform>&amp;Delete %n case(s)</numerusform>
        <numerusform>&amp;Delete %n case(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>Deleting and wiping the file. This can take a few minutes…</source>
      <translation>Deleting and wiping the file. This can take a few minutes…</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) deleted.</source>
      <translation>
        <numerusform>%n case(s) deleted.</numerusform>
        <numerusform>%n case(s) deleted.</numerusform>
      </translation>
    </message>
    <message>
      <source>The file was rewritten without them.</source>
      <translation>The file was rewritten without them.</translation>
    </message>
    <message>
      <source>The file could not be rewritten now because it was in use; the deleted data is unreadable already, and the next deletion rewrites the file.</source>
      <translation>The file could not be rewritten now because it was in use; the deleted data is unreadable already, and the next deletion rewrites the file.</translation>
    </message>
  </context>
  <context>
    <name>SearchPage</name>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Search finds words in journal entries and meeting minutes. Your role does not read case files, so there is nothing to search here.</source>
      <translation>Search finds words in journal entries and meeting minutes. Your role does not read case files, so there is nothing to search here.</translation>
    </message>
    <message>
      <source>Finds words and parts of words (at least %1 characters) in journal entries and meeting minutes: “skolk” also finds “skolkproblemen”. Every word must occur. The newest come first.</source>
      <translation>Finds words and parts of words (at least %1 characters) in journal entries and meeting minutes: “skolk” also finds “skolkproblemen”. Every word must occur. The newest come first.</translation>
    </message>
    <message>
      <source>Words to find, e.g. skolk mentor</source>
      <translation>Words to find, e.g. skolk mentor</translation>
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation>&amp;Find:</translation>
    </message>
    <message>
      <source>Only cases I &amp;work on</source>
      <translation>Only cases I &amp;work on</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>Matches</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>In</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Press Enter or double-click to open the case.</source>
      <translation>Press Enter or double-click to open the case.</translation>
    </message>
    <message>
      <source>&amp;Open case</source>
      <translation>&amp;Open case</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <source>“%1”</source>
      <comment>a search word left out</comment>
      <translation>“%1”</translation>
    </message>
    <message>
      <source>Left out: %1. Search words need at least %2 characters.</source>
      <translation>Left out: %1. Search words need at least %2 characters.</translation>
    </message>
    <message>
      <source>Matches in cases you are not assigned to show no text: open the case (and say why) to read it.</source>
      <translation>Matches in cases you are not assigned to show no text: open the case (and say why) to read it.</translation>
    </message>
    <message>
      <source>More than %1 matches: the newest %1 are shown. Add a word to find fewer.</source>
      <translation>More than %1 matches: the newest %1 are shown. Add a word to find fewer.</translation>
    </message>
    <message>
      <source>No matches.</source>
      <translation>No matches.</translation>
    </message>
    <message numerus="yes">
      <source>%n match(es).</source>
      <translation>
        <numerusform>%n match(es).</numerusform>
        <numerusform>%n match(es).</numerusform>
      </translation>
    </message>
    <message>
      <source>Not your case: open it to read the text.</source>
      <translation>Not your case: open it to read the text.</translation>
    </message>
  </context>
  <context>
    <name>ServerCheck</name>
    <message>
      <source>The server accepts connections without TLS: pg_hba.conf line {line} ({kind} for {address}) does not reject them. Use hostssl lines only, and end with a host line that rejects.</source>
      <translation>The server accepts connections without TLS: pg_hba.conf line {line} ({kind} for {address}) does not reject them. Use hostssl lines only, and end with a host line that rejects.</translation>
    </message>
    <message>
      <source>TLS is off on the server (ssl = off). Turn it on with a certificate.</source>
      <translation>TLS is off on the server (ssl = off). Turn it on with a certificate.</translation>
    </message>
    <message>
      <source>The table {table} holds personal data but has no row-level security: every user with a grant on it reads all of it. Upgrade the database with this version of Caseflow.</source>
      <translation>The table {table} holds personal data but has no row-level security: every user with a grant on it reads all of it. Upgrade the database with this version of Caseflow.</translation>
    </message>
    <message>
      <source>PUBLIC (every role on the server) holds {privilege} on {object}. Revoke it.</source>
      <translation>PUBLIC (every role on the server) holds {privilege} on {object}. Revoke it.</translation>
    </message>
    <message>
      <source>The login {role} has no SCRAM-SHA-256 password (an MD5 hash, plain text or none). Set a new one with “caseflow server user passwd”.</source>
      <translation>The login {role} has no SCRAM-SHA-256 password (an MD5 hash, plain text or none). Set a new one with “caseflow server user passwd”.</translation>
    </message>
    <message>
      <source>The database {database} classifies characters by the C locale (LC_CTYPE = {ctype}): a search would tell Å from å, Ä from ä and Ö from ö. Create it with a UTF-8 locale such as sv_SE.UTF-8 or C.UTF-8.</source>
      <translation>The database {database} classifies characters by the C locale (LC_CTYPE = {ctype}): a search would tell Å from å, Ä from ä and Ö from ö. Create it with a UTF-8 locale such as sv_SE.UTF-8 or C.UTF-8.</translation>
    </message>
    <message>
      <source>The login {role} is a superuser or may bypass row-level security: it reads every row. A Caseflow user must be neither.</source>
      <translation>The login {role} is a superuser or may bypass row-level security: it reads every row. A Caseflow user must be neither.</translation>
    </message>
    <message>
      <source>The server writes statements with personal data to its log ({setting} = {value}). Set it to {safe}.</source>
      <translation>The server writes statements with personal data to its log ({setting} = {value}). Set it to {safe}.</translation>
    </message>
    <message>
      <source>Could not check {what}: only a superuser may read it. Run the check as one.</source>
      <translation>Could not check {what}: only a superuser may read it. Run the check as one.</translation>
    </message>
    <message>
      <source>the connection rules (pg_hba.conf)</source>
      <translation>the connection rules (pg_hba.conf)</translation>
    </message>
    <message>
      <source>row-level security</source>
      <translation>row-level security</translation>
    </message>
    <message>
      <source>the grants</source>
      <translation>the grants</translation>
    </message>
    <message>
      <source>the logins' passwords</source>
      <translation>the logins' passwords</translation>
    </message>
    <message>
      <source>the server's logging</source>
      <translation>the server's logging</translation>
    </message>
    <message>
      <source>the database's locale</source>
      <translation>the database's locale</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>&lt;5: from 1 to 4 (small counts are not printed, so that no one can be recognised). ..: withheld, so that a small count cannot be worked out from the totals.</source>
      <translation>&lt;5: from 1 to 4 (small counts are not printed, so that no one can be recognised). ..: withheld, so that a small count cannot be worked out from the totals.</translation>
    </message>
    <message>
      <source>Manager statistics</source>
      <translation>Manager statistics</translation>
    </message>
    <message>
      <source>Manager statistics {start} – {end}</source>
      <translation>Manager statistics {start} – {end}</translation>
    </message>
    <message>
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <source>Counts of cases, without personal data</source>
      <translation>Counts of cases, without personal data</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <source>{code}: {name}</source>
      <translation>{code}: {name}</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Counts only: no name, personal identity number or text written in a case appears in this report. Each table has one column per programme. The bars show the rightmost column; a count that is not printed is not drawn either.</source>
      <translation>Counts only: no name, personal identity number or text written in a case appears in this report. Each table has one column per programme. The bars show the rightmost column; a count that is not printed is not drawn either.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <source>{value}%</source>
      <translation>{value}%</translation>
    </message>
    <message>
      <source>The period's first day ({start}) is after its last day ({end}).</source>
      <translation>The period's first day ({start}) is after its last day ({end}).</translation>
    </message>
    <message>
      <source>There is no programme {code}. Use SSPF, SIG, EXIT or GVI.</source>
      <translation>There is no programme {code}. Use SSPF, SIG, EXIT or GVI.</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>New (referred in the period)</source>
      <translation>New (referred in the period)</translation>
    </message>
    <message>
      <source>Active (open at some time in the period)</source>
      <translation>Active (open at some time in the period)</translation>
    </message>
    <message>
      <source>Closed in the period</source>
      <translation>Closed in the period</translation>
    </message>
    <message>
      <source>Closing reasons (cases closed in the period)</source>
      <translation>Closing reasons (cases closed in the period)</translation>
    </message>
    <message>
      <source>All closed cases</source>
      <translation>All closed cases</translation>
    </message>
    <message>
      <source>Age at referral (new cases)</source>
      <translation>Age at referral (new cases)</translation>
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
      <translation>21 and older</translation>
    </message>
    <message>
      <source>All new cases</source>
      <translation>All new cases</translation>
    </message>
    <message>
      <source>Sex (new cases)</source>
      <translation>Sex (new cases)</translation>
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
      <source>Not known</source>
      <translation>Not known</translation>
    </message>
    <message>
      <source>Referral sources (new cases)</source>
      <translation>Referral sources (new cases)</translation>
    </message>
    <message>
      <source>First meeting (new cases)</source>
      <translation>First meeting (new cases)</translation>
    </message>
    <message>
      <source>Met by the end of the period</source>
      <translation>Met by the end of the period</translation>
    </message>
    <message>
      <source>Not met by the end of the period</source>
      <translation>Not met by the end of the period</translation>
    </message>
    <message>
      <source>Median days from referral to first meeting</source>
      <translation>Median days from referral to first meeting</translation>
    </message>
    <message>
      <source>Follow-ups held in the period</source>
      <translation>Follow-ups held in the period</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>On time</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>All follow-ups</source>
      <translation>All follow-ups</translation>
    </message>
    <message>
      <source>Share on time</source>
      <translation>Share on time</translation>
    </message>
    <message>
      <source>Agreed actions</source>
      <translation>Agreed actions</translation>
    </message>
    <message>
      <source>Done (due in the period)</source>
      <translation>Done (due in the period)</translation>
    </message>
    <message>
      <source>Open and overdue at the end of the period</source>
      <translation>Open and overdue at the end of the period</translation>
    </message>
    <message>
      <source>Consent on {date} (cases open that day)</source>
      <translation>Consent on {date} (cases open that day)</translation>
    </message>
    <message>
      <source>With a valid consent</source>
      <translation>With a valid consent</translation>
    </message>
    <message>
      <source>Without a valid consent</source>
      <translation>Without a valid consent</translation>
    </message>
    <message>
      <source>All open cases</source>
      <translation>All open cases</translation>
    </message>
    <message>
      <source>Share with a valid consent</source>
      <translation>Share with a valid consent</translation>
    </message>
    <message>
      <source>A case counts as active when it was open on at least one day of the period; new and closed cases are active too.</source>
      <translation>A case counts as active when it was open on at least one day of the period; new and closed cases are active too.</translation>
    </message>
    <message>
      <source>Sex as registered for the person; where nothing is registered, from the personal identity number.</source>
      <translation>Sex as registered for the person; where nothing is registered, from the personal identity number.</translation>
    </message>
    <message>
      <source>The first meeting that was not cancelled, on or after the referral date. A median resting on fewer than 5 cases is not printed.</source>
      <translation>The first meeting that was not cancelled, on or after the referral date. A median resting on fewer than 5 cases is not printed.</translation>
    </message>
    <message>
      <source>On time: held by the date agreed at the last meeting since the previous follow-up, or else within the programme's interval after the previous follow-up (or after work became active).</source>
      <translation>On time: held by the date agreed at the last meeting since the previous follow-up, or else within the programme's interval after the previous follow-up (or after work became active).</translation>
    </message>
    <message>
      <source>Overdue: still planned or in progress, due before the last day of the period, in a case open at its end. The status is today's.</source>
      <translation>Overdue: still planned or in progress, due before the last day of the period, in a case open at its end. The status is today's.</translation>
    </message>
    <message>
      <source>Valid consent: every person who must consent that day has consented to at least one party. A legal ground without consent does not count.</source>
      <translation>Valid consent: every person who must consent that day has consented to at least one party. A legal ground without consent does not count.</translation>
    </message>
  </context>
  <context>
    <name>StatisticsForm</name>
    <message>
      <source>Statistics</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <source>New, active and closed cases, closing reasons, age and sex, referral sources, days to the first meeting, follow-ups on time, overdue actions and consent coverage, for a period and one or more programmes. Counts only: no name, number or text from a case, and counts from 1 to 4 are shown as &lt;5.</source>
      <translation>New, active and closed cases, closing reasons, age and sex, referral sources, days to the first meeting, follow-ups on time, overdue actions and consent coverage, for a period and one or more programmes. Counts only: no name, number or text from a case, and counts from 1 to 4 are shown as &lt;5.</translation>
    </message>
    <message>
      <source>Fr&amp;om:</source>
      <translation>Fr&amp;om:</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>Programmes:</source>
      <translation>Programmes:</translation>
    </message>
    <message>
      <source>&amp;Make PDF…</source>
      <translation>&amp;Make PDF…</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>&amp;Export CSV…</translation>
    </message>
    <message>
      <source>The same tables as a CSV file for Excel</source>
      <translation>The same tables as a CSV file for Excel</translation>
    </message>
    <message>
      <source>The last day comes before the first.</source>
      <translation>The last day comes before the first.</translation>
    </message>
    <message>
      <source>Tick at least one programme.</source>
      <translation>Tick at least one programme.</translation>
    </message>
    <message>
      <source>Statistics %1</source>
      <translation>Statistics %1</translation>
    </message>
    <message>
      <source>Statistics %1.pdf</source>
      <translation>Statistics %1.pdf</translation>
    </message>
    <message>
      <source>Statistics %1.csv</source>
      <translation>Statistics %1.csv</translation>
    </message>
    <message>
      <source>Export CSV</source>
      <translation>Export CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation>Saved as %1.</translation>
    </message>
  </context>
  <context>
    <name>SummaryHtml</name>
    <message>
      <source>Invitees: consent on %1</source>
      <translation>Invitees: consent on %1</translation>
    </message>
    <message>
      <source>Covered</source>
      <translation>Covered</translation>
    </message>
    <message>
      <source>NOT COVERED</source>
      <translation>NOT COVERED</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Party</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>none held yet</source>
      <translation>none held yet</translation>
    </message>
    <message>
      <source>Open actions (%1, of which %2 overdue)</source>
      <translation>Open actions (%1, of which %2 overdue)</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>OVERDUE</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Goals</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Goal</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Target date</translation>
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
      <source>Caseflow database (*.caseflow *.db);;Server profile (*.toml);;All files (*)</source>
      <translation>Caseflow database (*.caseflow *.db);;Server profile (*.toml);;All files (*)</translation>
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
