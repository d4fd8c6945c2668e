<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditText</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification passed, closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature image changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package accepted without a trusted signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension request withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification withdrawn, awaiting verification again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress entries voided, registered again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--screenshot needs a database to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production-safety inspection and hazard ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-interface language: zh_CN (Chinese) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the path of the default database and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (default: the last one opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>the unit&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every inspector&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist item&apos;s text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity&apos;s title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (-1 means hazards * 3 / 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person must belong to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the issue date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible agreement year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agreement needs both parties (甲方 and 乙方)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit cannot sign an agreement with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed agreement needs its signing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before valid_from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessed agreement needs its assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before signing on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inspection needs the unit inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document must be addressed to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a penalty must name the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an accident must name the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the accident (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity must name the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment must belong to a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code &quot;%1&quot; has %2 characters, expected 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code &quot;%1&quot; contains &apos;%2&apos; at position %3, which GB 32100 does not allow (I, O, S, V, Z and lower case are not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code &quot;%1&quot; has check character &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between 1 and 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record rectification progress a hazard whose status is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot submit for verification a hazard whose status is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot pass verification and close a hazard whose status is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fail verification a hazard whose status is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot void a hazard whose status is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hazard must belong to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hazard needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the hazard was found is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hazard rectified %1 (%2) needs a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the found date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a major hazard (重大隐患) can be under listed supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the rectification progress is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress on %1 is before the hazard was found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cost cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification on %1 is before the hazard was found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verification needs the name of who verified it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup failed: %1 (the disk is full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by %2; close it before restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by %2; close it there, or open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a SafeLedger database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SafeLedger (schema version %2; this program understands up to %3); please upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema, which a read-only open cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: no unit named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: no unit with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo can only fill an empty database; %1 already holds units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo runs to %1; open the database with a clock at that day (FixedClock::at(demoToday()))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 2 units are needed (a county and a town), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between 1 and 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate fills an empty database; %1 already holds units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both the first and the last day are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the figures are taken on is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this hazard was changed at %1 after you opened it; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is voided and cannot take new units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voided hazard cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies below %2; a unit cannot be moved under itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has %2 units below it; move or void them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard %1 belongs to another unit than the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments cannot belong to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1990 to 2999, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report text was removed after you opened it; reload it and write it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report text was changed at %1 by someone else after you opened it (version %2, yours %3); reload it and apply your change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds an unknown code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 record was changed at %2 after you opened it (version %3, yours %4); reload it and apply your change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the record is voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 record is already voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 record with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the disk is full; nothing was saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party_a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party_b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment_score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious_injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor_injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct_loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void_reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as_of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection_item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist_template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template_item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enforcement_document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report_note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s name, then the core&apos;s message about it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed verification needs the reason: what is still not rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passed verification closes the hazard and takes no new deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new deadline %1 is before the verification on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second column for %1 (the first is column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ledger column; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger has no column for the date found (排查日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger has no column for the unit (单位名称 or 统一社会信用代码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row in the first 30 rows: a ledger needs columns titled 隐患描述, 排查日期 and 单位名称 (or 统一社会信用代码); see docs/ledger.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the database; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger has no hazard rows below its header (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit code belongs to %1; the hazard goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units are named %2; give the credit code (统一社会信用代码) to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the credit code %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit named %1 in the database; add it first, or let the import create the missing units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit with the credit code %1 in the database; add it first, or let the import create the missing units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit with the credit code %1 is not in the database, and a new unit needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new units named %2 have different credit codes; give this row&apos;s code (统一社会信用代码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger has %1 error(s); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: no hazard, unit or date in this row (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is missing: give its name (单位名称) or credit code (统一社会信用代码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hazard&apos;s description (隐患描述) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date found (排查日期) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known category; recorded as 其他 (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade: write 一般 (general) or 重大 (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, nor 立即 or a number of days such as 7天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a completion date nor a word such as 已完成 or 未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row says the hazard is not completed, but gives a completion or acceptance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acceptance has no name (验收人); recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hazard not yet completed needs its deadline (整改期限), or 立即 when it was fixed on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: the hazard is not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline (整改期限) is empty; the completion date is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acceptance date (验收日期) is empty; the completion date is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acceptance date (验收日期): the hazard awaits verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acceptance date %1 is before the completion date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 is not a sum of yuan and fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money (write 1200, 1,200.50 or 1200元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 has more than two decimal places of yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as GB18030 (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells beyond column IV (256) were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database changed after the ledger was checked; check it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ledger could not be written (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a ledger is written as .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8, and GB18030 cannot be decoded on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither UTF-8 nor GB18030 text (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has more than 1000 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than 2,000,000 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of row %1 is longer than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field that starts in row %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file; save it as .xlsx (Excel 2007 or later) or .csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than 10,000,000 shared strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has the number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row number is beyond 1,048,576</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell lies outside any row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of row %1 has the reference &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell lies beyond column XFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged range &quot;%1&quot; is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of row %1 refers to a missing shared text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its merged cells cover more than 2,000,000 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable .xlsx workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short to be a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ZIP directory found (is it an old .xls, or truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-part archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its directory lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 uses an unsupported compression method (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 would expand more than %2-fold (a ZIP bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 has inconsistent sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 does not decompress to its stated size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is damaged (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook part %1 is not valid XML near byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated CDATA section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated processing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is longer than 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; inside a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken entity reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character reference beyond Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character reference to an invalid character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unknown entity &amp;%1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute value must be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 64 attributes on one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken end tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character data outside the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type declarations are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text of %1 bytes is longer than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key of %1 bytes is longer than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is broken near byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 record must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date text (YYYY-MM-DD), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a code text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of the known codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of texts, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold only texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be base64 text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time like 2025-03-04T08:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voided record must say why (void_reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record or null, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record or null, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ancestors must be a list of at most %1 fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fingerprint is 32 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a %2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uuid %1 is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document_hazard link is {&quot;document&quot;: UUID, &quot;hazard&quot;: UUID}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a text of at most 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action must be a short code such as create or update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exchange package is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a SafeLedger exchange package (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format_version must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this package was written by a newer SafeLedger (format version %1; this program reads %2); please upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package_id must be a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at must be a time like 2025-03-04T08:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source must be an object naming the exporting database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records must be an object of lists, one per kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 records must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links must be an object of lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit must be a list of history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1, which is a %2 record (at %3), not a %4 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to the %1 record %2, which is neither in the package nor in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hazard is voided exactly when it has a void mark (voided_at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed hazard needs its closure date, and only a closed one has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment&apos;s content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would end up below itself in the unit tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed hazard needs a passed verification on its closure date %1, in the package or in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history entry is about the %1 record %2, which is not in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 record %2 was not written before it was needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would end up below itself in the unit tree; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has %1 problem(s); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database changed after the package was checked; check the package again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no undecided conflict with the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kept version can no longer be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package could not be written (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package could not be written (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a checklist file (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format_version must be 1 (a newer file needs a newer SafeLedger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates must be a list of at most 1000 checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a checklist file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a text of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid must be a UUID such as 0c6f3b0e-8d5a-4b7e-9a41-2f6d1c9e5b70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uuid %1 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items must be a list of at most 1000 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item must be an object with a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item uuid %1 already belongs to another checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one hazard for the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard %1 belongs to another unit than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard %1 is voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to 4, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ODF writer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .pdf, .odt or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit with the uuid, credit code or name &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enforcement document with the uuid &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hazard with the uuid &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2 problem(s); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2 error(s); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known hazard category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this inspection still has %1 hazard(s) on the ledger; void them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record with UUID %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 record is part of another record and cannot be voided on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document number pattern needs {n} where the running number goes, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in a document number pattern is not known; use {kind}, {year}, {n} or {n:3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the number of a document issued on %2; a number is never used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep unit archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record rectification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write report texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify and close hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change ledger settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a history entry is an object with exactly the keys at, operator, entity, entity_uuid, action, before and after (and optionally account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps accounts: say who you are with --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: set SAFELEDGER_PASSWORD or run the command in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in to %1: this database keeps accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong account name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is disabled; an administrator can enable it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an account named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account name has 1 to 32 characters and no spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whose account it is: the name printed on what it signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator; make another account an administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password could not be protected (not enough memory); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database already has accounts; an administrator adds new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chain head: write it as the row number, a colon and the 64-character hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed_by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported_by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funds_fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no accounts yet: its first account is its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust other ledgers&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is not signed, so nobody can tell where it came from; nothing was imported (an administrator who has checked its origin may accept it explicitly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is signed with the key %1, which this ledger does not trust; nothing was imported (an administrator trusts the key first, or accepts this package explicitly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package was changed after it was signed with the key %1; nothing was imported (an administrator may accept it explicitly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature must be an object with algorithm &quot;%1&quot;, public_key and value, at the end of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the role %4 or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a public key: a key is 44 characters of base64, as `safeledger-cli key` prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whose key it is, e.g. the officer and the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is already trusted, as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is not one of the keys this ledger trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this ledger&apos;s own key; its packages are always recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger has no signing key yet and is open read-only; open it for writing once to make one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s cryptography (libsodium) could not be started; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature image is a PNG or JPEG file of at most %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension_request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar_year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar_day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger_setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested_deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous_deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested_by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided_by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision_note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation_general_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request deadline extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide extension requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &quot;holiday FROM [TO] NAME&quot;, &quot;workday DATE NAME&quot;, &quot;year YYYY&quot; or &quot;source TEXT&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is not in %3, the year the file is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is a weekday; a make-up working day (调休上班) is a Saturday or Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the days off end on %2, before they begin on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar file does not say its year (a line &quot;year YYYY&quot; before the days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar file does not say what it follows (a line &quot;source&quot; naming the notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day of the calendar needs a name that says why it is a day off or worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a date (YYYY-MM-DD) nor a time limit such as &quot;10个工作日&quot; or &quot;7天&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the deadline cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested deadline %1 is not after the deadline in force, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hazard is %1 (%2): only an open hazard&apos;s deadline can be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hazard has no deadline to extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hazard already has an extension request of %1 awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extension request was %1 (%2) on %3 and cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision on %1 is before the request of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new deadline %1 is before the decision on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline %1 is set: it changes only through an approved extension request (延期申请), or on the day the hazard was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation after %1 days overdue: give 0 (never) to 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ledger header in the first 30 rows of this sheet; it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sheet&apos;s columns differ from those of sheet %1; it is imported only when chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet named %1; its sheets are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet with a ledger header is chosen; choose at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: a summary row (&quot;%1&quot;), not a hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has %2 open hazards; close or void them first (its history stays on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row in the first 30 rows: a roster needs a column titled 单位名称 (or 企业名称); see docs/roster.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roster header in the first 30 rows of this sheet; it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: a summary row (&quot;%1&quot;), not a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster has no unit rows below its header (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s name (单位名称) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same unit as %1; give each unit once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit named %1 in the roster or the database to place this unit under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the units of %1 are each other&apos;s parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the database as %1; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 changed after it was checked; check it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 comes after row %2 (rows must be in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of row %1 holds more than 1 MiB of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text longer than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; has %2 characters, expected 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; has &apos;%2&apos; at position %3; the first 17 characters are digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; gives %2 as the date of birth, which is no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; has check character &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row in the first 30 rows: a register of people needs a column titled 姓名 and one more (身份证号, 单位, 证书编号…); see docs/people.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no register header in the first 30 rows of this sheet; it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: a summary row (&quot;%1&quot;), not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register has no rows of people below its header (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s name (姓名) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number was stored as a number (%1) and has lost its last digits; format the column as text and type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate kind (证书类别) or operation (作业类别); recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate number is empty; the ID number is taken, as special-operation certificates are numbered by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate number (证书编号) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is missing: give its name (单位) or credit code, or choose the unit the register belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit named %1 in the database; import the roster of units first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit with the credit code %1 in the database; import the roster of units first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit code belongs to %1; the person is registered there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number is also given to %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number belongs to %1 of the same unit in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people named %2 in %3; give the ID number (身份证号) to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same certificate as %1; give each certificate once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate %1 is already in the database, held by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as %1, with no certificate of their own; nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package changed while it was being read; check it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot withdraw a verification of a hazard whose status is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a hazard&apos;s latest verification can be withdrawn: a later one was recorded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every phase of the campaign needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign needs the unit that leads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign ends on %1, before it starts on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; ends on %2, before it starts on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; (%2 to %3) is not within the campaign&apos;s days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; starts before the phase listed before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of phases, each with its name, starts_on and ends_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign named &quot;%1&quot; already runs from %2 to %3; one name cannot run twice on the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inspections carry the campaign name &quot;%2&quot;; correct them first, or keep the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan inspections and grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid belongs to a unit (a town, a park)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid&apos;s member is either a unit or an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment ends on %1, before it starts on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in grid &quot;%2&quot; from %3; a unit is in one grid at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already serves in grid &quot;%2&quot; from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid &quot;%1&quot; is voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined grid &quot;%2&quot; on %3; a move must be dated after that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly_inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly_units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every_red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every_orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every_yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every_blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every_other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan is for one grid or for one officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 months does not divide the year; use 1, 2, 3, 4, 6 or 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month&apos;s plan holds quotas only; how often each risk colour is inspected is planned for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan asks for nothing: give a monthly quota or how often units are inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a plan for %2; correct that plan instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit and everything below it; leave empty for every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of SafeLedger. Please update SafeLedger to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being changed by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeLedger could not read or write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeLedger could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeLedger could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened with this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>County</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial park</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small business</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>E</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry and trade</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous chemicals</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fireworks</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road transport</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel retail</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special equipment</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-coal mining</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commerce</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water supply</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>Sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above designated size</source>
        <comment>Scale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below designated size</source>
        <comment>Scale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small and micro</source>
        <comment>Scale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <comment>RiskColour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <comment>RiskColour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <comment>RiskColour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <comment>RiskColour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1</source>
        <comment>StandardGrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2</source>
        <comment>StandardGrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <comment>StandardGrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-business compliant</source>
        <comment>StandardGrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant</source>
        <comment>StandardGrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal&apos;s safety certificate</source>
        <comment>CertificateKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety manager certificate</source>
        <comment>CertificateKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special operation certificate</source>
        <comment>CertificateKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other certificate</source>
        <comment>CertificateKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility agreement</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility pledge</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notice</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety contract</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint enforcement</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspection</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced</source>
        <comment>InspectionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>ItemResult</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>ItemResult</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>ItemResult</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous chemicals</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special equipment</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machinery</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confined space</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dust</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work at height</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational health</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road traffic</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety management</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>HazardCategory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <comment>HazardGrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <comment>HazardGrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>HazardSource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <comment>HazardSource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public report</source>
        <comment>HazardSource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <comment>HazardSource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>HazardSource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot</source>
        <comment>RectificationMode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a deadline</source>
        <comment>RectificationMode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension</source>
        <comment>RectificationMode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <comment>SupervisionLevel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <comment>SupervisionLevel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <comment>SupervisionLevel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <comment>SupervisionLevel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>HazardStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifying</source>
        <comment>HazardStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <comment>HazardStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>HazardStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <comment>HazardStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <comment>DocumentKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification order</source>
        <comment>DocumentKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension notice</source>
        <comment>DocumentKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion</source>
        <comment>DocumentKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck by object</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle injury</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machinery injury</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting injury</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrocution</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drowning</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall from height</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roof fall</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water inrush</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blasting</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosive detonation</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas explosion</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boiler explosion</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure vessel explosion</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other explosion</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisoning and asphyxiation</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other injury</source>
        <comment>AccidentType</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <comment>ActivityKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency drill</source>
        <comment>ActivityKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity</source>
        <comment>ActivityKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety meeting</source>
        <comment>ActivityKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <comment>AttachmentRole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <comment>AttachmentRole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>AttachmentRole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <comment>AttachmentRole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <comment>ItemResult</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision visit</source>
        <comment>HazardSource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <comment>Role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety officer</source>
        <comment>Role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>Role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>Role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>ExtensionDecision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>ExtensionDecision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>ExtensionDecision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>ExtensionDecision</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document–hazard links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;unit and the units below it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records &amp;dated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the audit trail of the exported records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardDetailPage</name>
    <message>
        <source>← Hazard list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification &amp;passed → close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification &amp;failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enforcement documents that list this hazard; double-click one to see it as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this hazard: who, when, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the latest verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification recorded in error is withdrawn with a reason: it stays listed as withdrawn, and the hazard awaits verification again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the chosen progress entry as it should have been typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the chosen progress entry, entered in error, with a reason: it stays listed as voided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardEditor</name>
    <message>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five implementations (五落实): measures, responsibility, funds, time limit and contingency plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (部位)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a unit&apos;s name or credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and phone of whoever reported it (may stay empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline as working days after the found date, on the working calendar (holidays and make-up working days counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardsPage</name>
    <message>
        <source>Unit and everything below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed supervision only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search description and location (e.g. 消防通道)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by number, found date or deadline. Overdue hazards are red, major ones bold. Double-click a hazard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register hazard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hazard no inspection found: a public report, a photo sent in, a self-check or a supervision visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chec&amp;klist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item not yet checked becomes 合格; items already judged keep their result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the rest as pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found (a failed item offers one, prefilled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add hazard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit hazard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;notice for the saved inspection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the units this database does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty ledger database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing ledger database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database, creating it first if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name, default inspectors and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a JSON exchange package from another SafeLedger database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a unit&apos;s records of a period to a JSON exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;ledger (Excel/CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hazard ledger (台账) from an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export le&amp;dger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the hazards of a unit and period as an .xlsx or .csv ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the open ledger, or as another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when, with every change&apos;s before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may work on this ledger, and what each may do (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signs this ledger&apos;s packages, and the ledgers whose packages it trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and make-up working days that deadlines count on, the unit&apos;s own days, and the escalation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern enforcement documents are numbered with, kept in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;roster (Excel/CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster of units (企业名册) from an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export r&amp;oster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the units with their parents, credit codes and contacts as an .xlsx or .csv roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;people and certificates (Excel/CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register of people and their certificates (特种作业人员台账) from an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青山镇安全生产委员会办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an enforcement document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in the organisation tree (voided units not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety inspections recorded (voided ones not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards recorded (voided ones not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards not yet closed: registered, rectifying or awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hazards whose rectification deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were changed here and in the package since the two databases last exchanged them. Choose which version to keep; the other one is remembered as older. &quot;Decide later&quot; keeps yours in force and the package&apos;s version beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked where this package came from: import it all the same (this is recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect at once: the window is built again in it, with the same database and page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>New &amp;sub-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;top unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardisation grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the unit and every unit below it to another parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::AccountFormDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no accounts yet: whoever opens it may change or void anything, and the audit trail records only a typed name. Create its administrator now. The administrator then adds an account for each officer and manager, and every entry is recorded under the account that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers register inspections and hazards and record rectification; managers also verify, close, void and issue documents; administrators also manage accounts, settings, backups and imports. Viewers read and print only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is needed the next time you sign in to this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password to %1 in person; they can change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wangan (used to sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王安 (printed on what the account signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the new password again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::AccountsDialog</name>
    <message>
        <source>Accounts and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person who works on this ledger signs in with an account of their own. Its role decides what it may do; every entry is recorded under it in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the handwritten signature (PNG or JPEG), printed on the documents the account issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a signature image. Replace it with another picture, or remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::AgreementBatchDialog</name>
    <message>
        <source>New agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party &amp;A (甲方)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatory of party A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party B (乙方): the units below party A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all of a kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check at least one unit to sign with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::AgreementsPage</name>
    <message>
        <source>Year-end assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory of party B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party (either side); for coverage: party A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: units still without a signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create drafts for these units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose party A above to see which of its units lack a signed agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) below %1 have no signed agreement for %2.</source>
        <translation>
            <numerusform>%n unit below %1 has no signed agreement for %2.</numerusform>
            <numerusform>%n units below %1 have no signed agreement for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) created as drafts.</source>
        <translation>
            <numerusform>%n agreement created as drafts.</numerusform>
            <numerusform>%n agreements created as drafts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an agreement in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the chosen agreement with a reason; it leaves the coverage and every figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the agreement between %1 and %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) match; the newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the changed fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::CalendarDialog</name>
    <message>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory holidays and make-up working days, by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year without a notice counts Monday to Friday as working days. When the State Council publishes next year&apos;s holidays, import them as a text file (format in docs/calendar.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the imported year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit&apos;s own days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: a local holiday, a day worked for flood duty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation of overdue hazards (逾期升级督办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overdue major hazard is raised one listed-supervision level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general hazard goes to its unit&apos;s parent unit after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was shipped with SafeLedger; only an imported year can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::CampaignDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As inspections name it, e.g. 燃气安全专项整治</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青安委〔2026〕5号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to choose the unit that leads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1: &quot;%2&quot; is not a date such as 2026-05-01</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) in %1, figures as of %2. An inspection counts in a campaign when it carries the campaign&apos;s name, falls within its days and is of a unit under its lead unit.</source>
        <translation>
            <numerusform>%n campaign in %1, figures as of %2. An inspection counts in a campaign when it carries the campaign&apos;s name, falls within its days and is of a unit under its lead unit.</numerusform>
            <numerusform>%n campaigns in %1, figures as of %2. An inspection counts in a campaign when it carries the campaign&apos;s name, falls within its days and is of a unit under its lead unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the campaign %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign voided: its inspections stay, counted in no campaign record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::CertificateDialog</name>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::ChecklistDialog</name>
    <message>
        <source>New checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line, optionally led by its category:
消防：灭火器在有效期内
电气：配电箱上锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist needs at least one item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::ChecklistModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1 · Fail %2 · Not applicable %3 · Not checked %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::DashboardCharts</name>
    <message>
        <source>Found and rectified per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification rate by sub-unit: no sub-unit found hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification rate by sub-unit, worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found by category, the %1 largest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::DashboardPage</name>
    <message>
        <source>All units (type a unit&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under listed supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility agreements signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Use the File menu to create a new database, open one, or open the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue hazards, longest overdue first: %1 (the first %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue hazards, longest overdue first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot %1 · with deadline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points on last year (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list the hazards found and not yet rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; last year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified %1 · last year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province %1 · city %2 · county %3 · town %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 person-times · units covered %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units signed %1 of %2 needing one (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths %1, injured %2; last year %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fines %1 yuan; last year %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found in %1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1; compared with last year to the same day, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1; compared with last year %2 to %3, as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspection pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 re-inspections passed; last year %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications of hazards rectified within a deadline; on-the-spot rectifications are not re-inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 (%2 person-times) · drills %3 (%4); last year %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units to inspect with no inspection in %1, the riskiest and the longest unseen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list the units not yet inspected in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::DemoJob</name>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::DocumentHazardList</name>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit to list its open hazards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit has no open hazards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hazards could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document lists no hazards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::DocumentNumbersDialog</name>
    <message>
        <source>Document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement documents are numbered from this pattern when they are issued: {kind} is the kind&apos;s short name (限改, 责改, 停整, 复查), {year} the year of issue, {n} the running number of the issuing office, kind and year, {n:3} the same with three digits at least. A number once given is never given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 15th of this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::ExchangeJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::ExportDialog</name>
    <message>
        <source>Export package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the records to one JSON exchange package that another SafeLedger database can import: units, people, inspections, hazards with their progress, documents and the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the hazards as a ledger (隐患排查治理台账) that Excel and WPS open: an .xlsx workbook or a .csv file, by the file name you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records &amp;dated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hazards &amp;found from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (序号, 单位名称, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (No., Unit, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must not end before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records (%2 hazards) and %3 history entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only, so it could not remember what it sent: a later import may report conflicts that are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n hazard(s).</source>
        <translation>
            <numerusform>Exported %n hazard.</numerusform>
            <numerusform>Exported %n hazards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::ExtensionSection</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a later deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signed off by %1, account %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline in force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a working day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to the parent unit (general hazard overdue more than %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised to %1 (major hazard overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2: the deadline %3 was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified on the spot: no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a later deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the deadline cannot be met: equipment on order, a shutdown needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written request, a supplier&apos;s letter, an expert&apos;s opinion: kept with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to the extension request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::GridDialog</name>
    <message>
        <source>e.g. 第一网格（东山村）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to choose the town or park that keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::GridMemberDialog</name>
    <message>
        <source>Type to choose the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a unit into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit to move into the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the officer: the list holds the persons of the unit keeping the grid and of the units below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::GridsPage</name>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids and their coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move a unit in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s); units and officers as of %1, figures of %2. Units to inspect in no grid: %3. An inspection or a hazard counts in the grid its unit was in on its date.</source>
        <translation>
            <numerusform>%n grid; units and officers as of %1, figures of %2. Units to inspect in no grid: %3. An inspection or a hazard counts in the grid its unit was in on its date.</numerusform>
            <numerusform>%n grids; units and officers as of %1, figures of %2. Units to inspect in no grid: %3. An inspection or a hazard counts in the grid its unit was in on its date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grid in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit moved; the grid it was in ends the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the grid %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid voided: its units count in no grid until they are moved into another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::HazardActionDialog</name>
    <message>
        <source>Record rectification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification passed: close the hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: back to rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos (after rectification)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason: what is still wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a &amp;new deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voided hazard needs the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the review opinion (整改复查意见书) after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that tells the unit the result of the re-inspection: recorded with its number and printed, as from Issue notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the progress entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::HazardDetailPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five implementations (五落实)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (voided: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signed off by %2, account %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline and extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, withdrawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the verification of %1? The hazard is reopened and awaits verification again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the verification of %1? The hazard awaits verification again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress entry corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the progress entry of %1, &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress entry voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::HazardEditor</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hazard that no inspection found: a public report (群众举报), a photo sent in (随手拍), an enterprise&apos;s self-check or a supervision visit. No inspection is recorded, so the inspection figures do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: it moves only through an extension request on the hazard&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a working day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday calendar for %1: Monday to Friday assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::HazardTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::HazardsPage</name>
    <message>
        <source>Open (not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All but voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s)</source>
        <translation>
            <numerusform>%n hazard</numerusform>
            <numerusform>%n hazards</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing: %1. Change a filter to leave this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionEditDialog</name>
    <message>
        <source>Correct inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the inspection again as it is saved now; your changes here are dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionPage</name>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this inspection&apos;s entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the checklist withdraws the hazards offered by failed items. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inspection saved with %n hazard(s).</source>
        <translation>
            <numerusform>Inspection saved with %n hazard.</numerusform>
            <numerusform>Inspection saved with %n hazards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded as not checked.</source>
        <translation>
            <numerusform>%n item recorded as not checked.</numerusform>
            <numerusform>%n items recorded as not checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>choose the unit inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection being entered is not saved yet: save or clear it, then start the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded campaign, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionPhotos</name>
    <message>
        <source>Photos of the inspection (drop image files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of a hazard before rectification: choose the hazard above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard %1 before rectification: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionRecordDialog</name>
    <message>
        <source>Inspection record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hazards found&lt;/b&gt; (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents issued&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this inspection? It leaves the inspection figures (检查次数, 人次, coverage) and every list; the hazards it found must be voided first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection record (安全检查记录) with signature lines, in a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionsPage</name>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s), %1 inspector person-time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units (type to choose one and everything below it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign or inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an inspection to see its checklist, hazards and documents, or to void it. New inspections are entered on the Inspection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::LedgerImportDialog</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ledger was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not be read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import (new unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing units (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file, header in row %2, %3 columns recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hazard rows: %2 to import, %3 already in the database, %4 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ledger cannot be imported: %n error(s). Nothing has been written; correct the file and choose it again.</source>
        <translation>
            <numerusform>The ledger cannot be imported: %n error. Nothing has been written; correct the file and choose it again.</numerusform>
            <numerusform>The ledger cannot be imported: %n errors. Nothing has been written; correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Units the database does not have can also be created by the import (the box above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 hazards; %2 units created, %3 rows already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hazard ledger does not say whether a hazard is under listed supervision (挂牌督办): the imported hazards have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n unit(s) created from it are placed at the top of the unit tree and typed 企业 (enterprise), villages and communities too: move them under their town and correct their kind in Units afterwards.</source>
        <translation>
            <numerusform>The unit created from it is placed at the top of the unit tree and typed 企业 (enterprise), even a village or community: move it under its town and correct its kind in Units afterwards.</numerusform>
            <numerusform>The %n units created from it are placed at the top of the unit tree and typed 企业 (enterprise), villages and communities too: move them under their town and correct their kind in Units afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>To move a whole ledger between SafeLedger databases, with its units, supervision and history, use a package instead (File ▸ Export package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workbook of %2 sheets, %3 of them chosen (the Sheets tab); the first chosen has its header in row %4, %5 columns recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no ledger header</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — header in row %2, %n hazard row(s)</source>
        <translation>
            <numerusform>%1 — header in row %2, %n hazard row</numerusform>
            <numerusform>%1 — header in row %2, %n hazard rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — header in row %2, not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Rows tab lists the first %1 of the %2 rows; every row has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Problems tab lists the first %1 of the %2 problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::LedgerKeysDialog</name>
    <message>
        <source>Trust a ledger&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key the other ledger shows under Account ▸ Ledger keys (or that safeledger-cli key prints), and say whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Li Ming, Chengguan office laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger signs every package it exports with its own key. Give this key to the office, so that it can tell your packages from any other file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages signed with these keys are imported without asking. A package that is not signed, signed with another key, or changed after signing is refused unless an administrator accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet: it is made when the ledger first exports a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the key of %1? Its packages will then be refused unless an administrator accepts them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::LoginDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger keeps accounts: what you enter is recorded under your name. Sign in with your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and print without signing in; nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::MainWindow</name>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 is changing this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeLedger databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Ledgers for production-safety inspections, hazards and their rectification, with the figures for the annual safety summary.&lt;/p&gt;&lt;p&gt;The data stays on this computer, in the SQLite database you open.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages have edits that are not saved: %1. Open another database and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed (the database itself is unharmed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database to restore first: its backups are listed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open database with the backup %1? Everything entered since that backup was taken will no longer be shown; the database as it is now is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1. The replaced database is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages have edits that are not saved: %1. Change the language now and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when SafeLedger is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages have edits that are not saved: %1. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed: the edits on %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: it can be read, but nothing can be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only because %1 is changing it. You can read everything here; entering and saving are off until that copy closes the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other copy has closed this database. Open it for editing to enter and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: nobody signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in as another account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <extracomment>The status bar: the signed-in account&apos;s full name and role (安全员, 负责人…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the roster to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 units to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or the credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the &amp;top level (no parent unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 and every unit below it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the new parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::NewHazardsModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::NoticeDialog</name>
    <message numerus="yes">
        <source>It lists %n hazard(s) of the unit.</source>
        <translation>
            <numerusform>It lists %n hazard of the unit.</numerusform>
            <numerusform>It lists %n hazards of the unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and export ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is open read-only: a document can be previewed, not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as %1 and recorded: it is listed on the Documents page and on each hazard&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are issued by a manager&apos;s account: this one can preview them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::OverdueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::OverviewPage</name>
    <message>
        <source>No database is open. Use the File menu to create a new database, open one, or open the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::PackageImportDialog</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package of %1 by %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was imported here before, on %1: importing it again changes nothing that has not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mine “%2”, theirs “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This package cannot be imported: %n problem(s) were found. Nothing has been written.</source>
        <translation>
            <numerusform>This package cannot be imported: %n problem was found. Nothing has been written.</numerusform>
            <numerusform>This package cannot be imported: %n problems were found. Nothing has been written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1 new and %2 updated records, %3 new history entries, %4 new links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each conflict which version to keep, or decide later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged records; %4 history entries, %5 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1 kept mine, %2 took theirs, %3 left to decide later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by this ledger itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (a trusted key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a key this ledger does not trust: %1. An administrator can trust it under Account ▸ Ledger keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after it was signed with the key %1: this is not what its ledger exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: nothing shows which ledger made it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::PeopleImportDialog</name>
    <message>
        <source>Import people and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that name no unit belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit: each row names its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the register was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file. A person already in the unit (the same ID number, or the same name with no other phone) is not added again; a certificate already there (the same kind and number) neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows. New people: %2; new certificates of people already there: %3; already in the database: %4; with errors: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The register cannot be imported: %n error(s). Nothing has been written; correct the file and choose it again.</source>
        <translation>
            <numerusform>The register cannot be imported: %n error. Nothing has been written; correct the file and choose it again.</numerusform>
            <numerusform>The register cannot be imported: %n errors. Nothing has been written; correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People added: %1. Certificates added: %2. Rows already in the database: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::PersonDialog</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. main responsible person, safety manager, grid officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters (公民身份号码); optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::PhotoStrip</name>
    <message>
        <source>Drop photos here, or use &quot;Add photos…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::PlanDialog</name>
    <message>
        <source>%1 (grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspections a month (家次)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different &amp;units a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orange units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y&amp;ellow units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blue units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ther units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every four months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every half year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct inspection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid or the officer the plan is for; record a grid and its officers on the Grids page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::PlansPage</name>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every half year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s) a month</source>
        <translation>
            <numerusform>%n inspection a month</numerusform>
            <numerusform>%n inspections a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) a month</source>
        <translation>
            <numerusform>%n unit a month</numerusform>
            <numerusform>%n units a month</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection plans and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units of the chosen plan: overdue first, then due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) as of %1. Units overdue: %2. A month is met when both quotas are reached; a unit is due once in each period of its rule (a quarter: January to March, …).</source>
        <translation>
            <numerusform>%n plan as of %1. Units overdue: %2. A month is met when both quotas are reached; a unit is due once in each period of its rule (a quarter: January to March, …).</numerusform>
            <numerusform>%n plans as of %1. Units overdue: %2. A month is met when both quotas are reached; a unit is due once in each period of its rule (a quarter: January to March, …).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan, then a unit of it, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the plan for %1, %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: the (unit, period) pairs due</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a unit&apos;s status: not yet inspected in a running period</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::RecordFormDialog</name>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (GB 6441)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at (YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hazards listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this record? It leaves every figure, list and report; it stays visible with &quot;Show voided&quot; and its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document as it was issued, in a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::RecordsPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct loss (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: training, drills, publicity, meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units (type to choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accident(s), %1 death(s).</source>
        <translation>
            <numerusform>%n accident, %1 death.</numerusform>
            <numerusform>%n accidents, %1 deaths.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n penalty(ies), %1 yuan in total.</source>
        <translation>
            <numerusform>%n penalty, %1 yuan in total.</numerusform>
            <numerusform>%n penalties, %1 yuan in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies).</source>
        <translation>
            <numerusform>%n activity.</numerusform>
            <numerusform>%n activities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <comment>accident</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 of them are listed; choose a unit to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List voided records too, greyed, with why they were voided; they never count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::ReportsPage</name>
    <message>
        <source>Annual safety summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly hazard form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units (type a unit&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (存在问题), written by you, kept with the unit and year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for next year (下一步工作计划):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s text could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report type, unit and year stay as they are while the text below is not saved: save or discard it to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text typed under Problems or Plan is not saved, so the report does not show it yet. Save it and put it in the report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. SafeLedger takes one a day while the database is open and when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept beside it, so nothing is lost if you change your mind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top of the unit tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units without a parent unit go &amp;under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the roster was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workbook of %2 sheets: a row that names no parent unit goes under the unit its sheet is named after (a village, a park), where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file. A unit the database already has (the same credit code, or the same name under the same parent) is not created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit rows: %2 to create, %3 already in the database, %4 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The roster cannot be imported: %n error(s). Nothing has been written; correct the file and choose it again.</source>
        <translation>
            <numerusform>The roster cannot be imported: %n error. Nothing has been written; correct the file and choose it again.</numerusform>
            <numerusform>The roster cannot be imported: %n errors. Nothing has been written; correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 units; %2 rows were already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::SettingsDialog</name>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the open database is taken once a day; the oldest beyond this number are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::SheetImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::StartDialog</name>
    <message>
        <source>Welcome to SafeLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ledger yet. Start your unit&apos;s own ledger, or look around the demo first: a fictional town with two years of inspections and hazards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青山镇, 青山工业园区, 青山机械厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码, 18 characters (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1. Units below it, accounts and the rest are added in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my &amp;ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a ledger file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then import our &amp;roster of units (企业名册) from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::TodoModel</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation>
            <numerusform>Due in %n working day</numerusform>
            <numerusform>Due in %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised to %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline falls on a day that is not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::TodoPage</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units (type to choose one and everything below it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension requests awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 · due today %2 · this week %3 · within %4 working days %5 · awaiting verification %6 · extension requests %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: %1 · this week: %2 · overdue: %3 (see To-do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to open its hazard: record progress, verify it, or request a later deadline there. Deadlines count working days on the calendar of File ▸ Working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday calendar for %1: Monday to Friday are counted as working days. An administrator can import the year&apos;s notice in File ▸ Working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::UninspectedDialog</name>
    <message>
        <source>Units not yet inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the inspection form on this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not record inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit to inspect has been inspected in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units not inspected; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units not inspected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::UnitArchive</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a certificate for the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <comment>certificate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a certificate for one of the unit&apos;s persons (add the person first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the person %1? Their certificates leave the archive too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the certificate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::UnitPicker</name>
    <message>
        <source>Type a unit&apos;s name or credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::UnitsPage</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the unit %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::VoidDialog</name>
    <message>
        <source>Voided records are kept with their reason and no longer counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. entered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeledger::YearListPage</name>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
