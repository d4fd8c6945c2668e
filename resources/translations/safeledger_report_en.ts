<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Report</name>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1: annual work summary on production safety, %2</source>
        <translation>%1: annual work summary on production safety, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Annual work summary on production safety, %1</source>
        <translation>Annual work summary on production safety, %1</translation>
    </message>
    <message>
        <source>Period %1 to %2, figures as of %3; last year: %4 to %5, as of %6</source>
        <translation>Period %1 to %2, figures as of %3; last year: %4 to %5, as of %6</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>1. Overall situation</source>
        <translation>1. Overall situation</translation>
    </message>
    <message>
        <source>In %1, %2 safety inspections were carried out (%3 inspector person-times); %4 hazards were found and %5 rectified, a rectification rate of %6 (last year %7, change %8). On %9, %10 hazards were overdue.</source>
        <translation>In %1, %2 safety inspections were carried out (%3 inspector person-times); %4 hazards were found and %5 rectified, a rectification rate of %6 (last year %7, change %8). On %9, %10 hazards were overdue.</translation>
    </message>
    <message>
        <source>Production safety accidents: %1, with %2 deaths and %3 injuries (last year: %4 accidents, %5 deaths, %6 injuries).</source>
        <translation>Production safety accidents: %1, with %2 deaths and %3 injuries (last year: %4 accidents, %5 deaths, %6 injuries).</translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation>Hazards found</translation>
    </message>
    <message>
        <source>Hazards rectified</source>
        <translation>Hazards rectified</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>Rectification rate</translation>
    </message>
    <message>
        <source>Overdue hazards</source>
        <translation>Overdue hazards</translation>
    </message>
    <message>
        <source>Major hazards</source>
        <translation>Major hazards</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Inspector person-times</source>
        <translation>Inspector person-times</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <source>of which serious</source>
        <translation>of which serious</translation>
    </message>
    <message>
        <source>Direct economic loss (yuan)</source>
        <translation>Direct economic loss (yuan)</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>Administrative penalties</translation>
    </message>
    <message>
        <source>Fines (yuan)</source>
        <translation>Fines (yuan)</translation>
    </message>
    <message>
        <source>2. Responsibilities</source>
        <translation>2. Responsibilities</translation>
    </message>
    <message>
        <source>%1 safety responsibility agreements were signed; %2 of the %3 units that need one have signed (coverage %4).</source>
        <translation>%1 safety responsibility agreements were signed; %2 of the %3 units that need one have signed (coverage %4).</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Agreements signed</translation>
    </message>
    <message>
        <source>Units needing an agreement</source>
        <translation>Units needing an agreement</translation>
    </message>
    <message>
        <source>Units with a signed agreement</source>
        <translation>Units with a signed agreement</translation>
    </message>
    <message>
        <source>Agreement coverage</source>
        <translation>Agreement coverage</translation>
    </message>
    <message>
        <source>Agreements signed by kind of counterpart (party B)</source>
        <translation>Agreements signed by kind of counterpart (party B)</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>3. Hazard inspection and rectification</source>
        <translation>3. Hazard inspection and rectification</translation>
    </message>
    <message>
        <source>(1) Inspections</source>
        <translation>(1) Inspections</translation>
    </message>
    <message>
        <source>Units to inspect</source>
        <translation>Units to inspect</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>Units inspected</translation>
    </message>
    <message>
        <source>Inspection coverage</source>
        <translation>Inspection coverage</translation>
    </message>
    <message>
        <source>Rectified on the spot</source>
        <translation>Rectified on the spot</translation>
    </message>
    <message>
        <source>Rectified within a deadline</source>
        <translation>Rectified within a deadline</translation>
    </message>
    <message>
        <source>Average rectification time (days)</source>
        <translation>Average rectification time (days)</translation>
    </message>
    <message>
        <source>Major hazards rectified</source>
        <translation>Major hazards rectified</translation>
    </message>
    <message>
        <source>Listed by the province</source>
        <translation>Listed by the province</translation>
    </message>
    <message>
        <source>Listed by the city</source>
        <translation>Listed by the city</translation>
    </message>
    <message>
        <source>Listed by the county</source>
        <translation>Listed by the county</translation>
    </message>
    <message>
        <source>Listed by the town</source>
        <translation>Listed by the town</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Found last year</source>
        <translation>Found last year</translation>
    </message>
    <message>
        <source>Rate last year</source>
        <translation>Rate last year</translation>
    </message>
    <message>
        <source>This unit has no subordinate units.</source>
        <translation>This unit has no subordinate units.</translation>
    </message>
    <message>
        <source>Lowest rectification rate first; each unit with everything below it.</source>
        <translation>Lowest rectification rate first; each unit with everything below it.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Found: hazards found in the month. Rectified: hazards closed in the month, whenever they were found.</source>
        <translation>Found: hazards found in the month. Rectified: hazards closed in the month, whenever they were found.</translation>
    </message>
    <message>
        <source>4. Law enforcement and penalties</source>
        <translation>4. Law enforcement and penalties</translation>
    </message>
    <message>
        <source>Administrative penalties decided: %1, with fines of %2 yuan; suspension orders issued: %3.</source>
        <translation>Administrative penalties decided: %1, with fines of %2 yuan; suspension orders issued: %3.</translation>
    </message>
    <message>
        <source>5. Publicity, training and emergency preparedness</source>
        <translation>5. Publicity, training and emergency preparedness</translation>
    </message>
    <message>
        <source>6. Problems and next year&apos;s work plan</source>
        <translation>6. Problems and next year&apos;s work plan</translation>
    </message>
    <message>
        <source>(Not written yet: write it on the report page and print again.)</source>
        <translation>(Not written yet: write it on the report page and print again.)</translation>
    </message>
    <message>
        <source>(1) Problems</source>
        <translation>(1) Problems</translation>
    </message>
    <message>
        <source>(2) Work plan for next year</source>
        <translation>(2) Work plan for next year</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>On inspection, your unit was found to have the hazards listed below. You are required to rectify them by %1, to take the necessary safety measures meanwhile, and to report for re-inspection once they are rectified.</source>
        <translation>On inspection, your unit was found to have the hazards listed below. You are required to rectify them by %1, to take the necessary safety measures meanwhile, and to report for re-inspection once they are rectified.</translation>
    </message>
    <message>
        <source>Your unit has the hazards listed below. Under the Work Safety Law of the People&apos;s Republic of China you are ordered to correct them by %1.</source>
        <translation>Your unit has the hazards listed below. Under the Work Safety Law of the People&apos;s Republic of China you are ordered to correct them by %1.</translation>
    </message>
    <message>
        <source>Your unit has the serious hazards listed below. You are ordered to suspend production and business from today and rectify them by %1; work may resume only after a re-inspection finds them rectified.</source>
        <translation>Your unit has the serious hazards listed below. You are ordered to suspend production and business from today and rectify them by %1; work may resume only after a re-inspection finds them rectified.</translation>
    </message>
    <message>
        <source>The rectification of the hazards listed below was re-inspected; the result for each is given in the table (deadline %1).</source>
        <translation>The rectification of the hazards listed below was re-inspected; the result for each is given in the table (deadline %1).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Rectified, passed on %1</source>
        <translation>Rectified, passed on %1</translation>
    </message>
    <message>
        <source>Not yet rectified (%1)</source>
        <translation>Not yet rectified (%1)</translation>
    </message>
    <message>
        <source>Inspectors (signature):</source>
        <translation>Inspectors (signature):</translation>
    </message>
    <message>
        <source>Responsible person of the unit (signature):</source>
        <translation>Responsible person of the unit (signature):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>(seal)</translation>
    </message>
    <message>
        <source>This document is made in two copies: one for the inspected unit, one for the file.</source>
        <translation>This document is made in two copies: one for the inspected unit, one for the file.</translation>
    </message>
    <message>
        <source>Hazards found and rectified per month</source>
        <translation>Hazards found and rectified per month</translation>
    </message>
    <message>
        <source>Quarterly statistics of hazard inspection and rectification, %1 Q%2</source>
        <translation>Quarterly statistics of hazard inspection and rectification, %1 Q%2</translation>
    </message>
    <message>
        <source>%1 · %2 Q%3</source>
        <translation>%1 · %2 Q%3</translation>
    </message>
    <message>
        <source>Unit: %1 — period %2 to %3, figures as of %4</source>
        <translation>Unit: %1 — period %2 to %3, figures as of %4</translation>
    </message>
    <message>
        <source>Found: hazards found in the quarter. Rectified: of those, closed by the date above. Listed: major hazards under listed supervision. Overdue: hazards past their deadline and not closed on that date, whenever found.</source>
        <translation>Found: hazards found in the quarter. Rectified: of those, closed by the date above. Listed: major hazards under listed supervision. Overdue: hazards past their deadline and not closed on that date, whenever found.</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Period %1 to %2, figures as of %3; compared with last year to the same day, %4 to %5</source>
        <translation>Period %1 to %2, figures as of %3; compared with last year to the same day, %4 to %5</translation>
    </message>
    <message>
        <source>Safety inspection record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hazard was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard %1, before rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative of the inspected unit (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found at this inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the ledger with this audit chain head (check the ledger against it with safeledger-cli check LEDGER --head HEAD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines extended on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines extended on approved requests (延期) in the quarter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents by type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On last year, accidents changed by %1 and deaths by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the hazards rectified, %1 were rectified on the spot and %2 within a deadline; %3 rectification notices were issued. %4 major hazards were found, %5 of them rectified and %6 under listed supervision. Of %7 re-inspections, %8 passed (pass rate %9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspections passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspection pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: participants (person-times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety training sessions: %1, with %2 participants (person-times); emergency drills: %3, with %4 participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in all (person-times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2) Special campaigns</source>
        <translation>(2) Special campaigns</translation>
    </message>
    <message>
        <source>No special campaign was recorded for the year.</source>
        <translation>No special campaign was recorded for the year.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 (%2, led by %3)</source>
        <translation>%1 (%2, led by %3)</translation>
    </message>
    <message>
        <source>, launched by %1</source>
        <translation>, launched by %1</translation>
    </message>
    <message>
        <source>: not begun by %1.</source>
        <translation>: not begun by %1.</translation>
    </message>
    <message>
        <source>: %1 inspections (%2 person-times) of %3 units found %4 hazards, %5 of them rectified (rectification rate %6) and %7 major; %8 enforcement documents were issued and %9 units suspended for rectification.</source>
        <translation>: %1 inspections (%2 person-times) of %3 units found %4 hazards, %5 of them rectified (rectification rate %6) and %7 major; %8 enforcement documents were issued and %9 units suspended for rectification.</translation>
    </message>
    <message>
        <source>(3) Hazards found and rectified</source>
        <translation>(3) Hazards found and rectified</translation>
    </message>
    <message>
        <source>(4) Hazards by source</source>
        <translation>(4) Hazards by source</translation>
    </message>
    <message>
        <source>(5) Hazards by category</source>
        <translation>(5) Hazards by category</translation>
    </message>
    <message>
        <source>(6) Hazards by subordinate unit</source>
        <translation>(6) Hazards by subordinate unit</translation>
    </message>
    <message>
        <source>(7) Month by month</source>
        <translation>(7) Month by month</translation>
    </message>
</context>
</TS>
