<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PlanOpening</name>
    <message numerus="yes">
        <location filename="../../ui/opening/plan_opening.py" line="71"/>
        <source>The plan {file} is damaged, so it was not opened: nothing more can be lost.

The newest backup that verifies is from {time}, %n minute(s) before the plan&apos;s last change. Restore it? The damaged file is kept aside, never deleted.</source>
        <translation>
            <numerusform>The plan {file} is damaged, so it was not opened: nothing more can be lost.

The newest backup that verifies is from {time}, %n minute before the plan&apos;s last change. Restore it? The damaged file is kept aside, never deleted.</numerusform>
            <numerusform>The plan {file} is damaged, so it was not opened: nothing more can be lost.

The newest backup that verifies is from {time}, %n minutes before the plan&apos;s last change. Restore it? The damaged file is kept aside, never deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/opening/plan_opening.py" line="122"/>
        <source>The plan was restored from its backup of {time} (%n minute(s) of work before the damage were lost). The damaged file is kept as {aside}.</source>
        <translation>
            <numerusform>The plan was restored from its backup of {time} (%n minute of work before the damage was lost). The damaged file is kept as {aside}.</numerusform>
            <numerusform>The plan was restored from its backup of {time} (%n minutes of work before the damage were lost). The damaged file is kept as {aside}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/opening/plan_opening.py" line="180"/>
        <source>This laptop&apos;s witness of the log now starts from the restored file: %n entries it saw committed after the backup are no longer expected (they stay in {aside}).</source>
        <translation>
            <numerusform>This laptop&apos;s witness of the log now starts from the restored file: %n entry it saw committed after the backup is no longer expected (it stays in {aside}).</numerusform>
            <numerusform>This laptop&apos;s witness of the log now starts from the restored file: %n entries it saw committed after the backup are no longer expected (they stay in {aside}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <location filename="../../ui/words/error_messages.py" line="105"/>
        <source>%n entries this laptop saw committed are missing from the plan file ({where}). Its write-ahead log (-wal) may have been deleted or the file replaced by an older copy: look for them before writing on, or restore a backup.</source>
        <translation>
            <numerusform>%n entry this laptop saw committed is missing from the plan file ({where}). Its write-ahead log (-wal) may have been deleted or the file replaced by an older copy: look for it before writing on, or restore a backup.</numerusform>
            <numerusform>%n entries this laptop saw committed are missing from the plan file ({where}). Its write-ahead log (-wal) may have been deleted or the file replaced by an older copy: look for them before writing on, or restore a backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskMatrixTab</name>
    <message numerus="yes">
        <source>Likelihood {l} × impact {i}: %n risk(s)</source>
        <translation>
            <numerusform>Likelihood {l} × impact {i}: %n risk</numerusform>
            <numerusform>Likelihood {l} × impact {i}: %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskMatrixWidget</name>
    <message numerus="yes">
        <source>Likelihood {l} × impact {i}: {band}, %n risk(s)</source>
        <translation>
            <numerusform>Likelihood {l} × impact {i}: {band}, %n risk</numerusform>
            <numerusform>Likelihood {l} × impact {i}: {band}, %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentLogTab</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message numerus="yes">
        <source>⚠ %n OVERDUE</source>
        <translation>
            <numerusform>⚠ %n OVERDUE</numerusform>
            <numerusform>⚠ %n OVERDUE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageLibraryTab</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message numerus="yes">
        <source>%n character(s) (no limit on this channel)</source>
        <translation>
            <numerusform>%n character (no limit on this channel)</numerusform>
            <numerusform>%n characters (no limit on this channel)</numerusform>
        </translation>
    </message>
</context>
</TS>
