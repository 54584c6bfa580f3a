<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssessorDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="41"/>
        <source>Edit assessor</source>
        <translation>Edit assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="41"/>
        <source>Add assessor</source>
        <translation>Add assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="50"/>
        <source>(placed when planning)</source>
        <translation>(placed when planning)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="58"/>
        <source>Assessor &amp;id:</source>
        <translation>Assessor &amp;id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="26"/>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="27"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="28"/>
        <source>Academic</source>
        <translation>Academic</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="29"/>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="60"/>
        <source>Ins&amp;titution:</source>
        <translation>Ins&amp;titution:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="61"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="62"/>
        <source>&amp;Panel:</source>
        <translation>&amp;Panel:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="91"/>
        <source>The assessor id must be 1 to 32 letters, digits, &quot;.&quot;, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>The assessor id must be 1 to 32 letters, digits, &quot;.&quot;, &quot;-&quot; or &quot;_&quot;.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="93"/>
        <source>The assessor needs a name.</source>
        <translation>The assessor needs a name.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="95"/>
        <source>Assessor {assessor} is already in the roster.</source>
        <translation>Assessor {assessor} is already in the roster.</translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="185"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="73"/>
        <source>&amp;Import event package…</source>
        <translation>&amp;Import event package…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="74"/>
        <source>&amp;Export score bundle…</source>
        <translation>&amp;Export score bundle…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="75"/>
        <source>My &amp;signing identity…</source>
        <translation>My &amp;signing identity…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Find region…</source>
        <translation>&amp;Find region…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="192"/>
        <source>Go to region &amp;list</source>
        <translation>Go to region &amp;list</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="193"/>
        <source>&amp;Next region</source>
        <translation>&amp;Next region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="194"/>
        <source>&amp;Previous region</source>
        <translation>&amp;Previous region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="195"/>
        <source>Go to &amp;current slot</source>
        <translation>Go to &amp;current slot</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="196"/>
        <source>F&amp;inalise region</source>
        <translation>F&amp;inalise region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="197"/>
        <source>Re&amp;open region…</source>
        <translation>Re&amp;open region…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="198"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="199"/>
        <source>&amp;About GM100 Assessor</source>
        <translation>&amp;About GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="201"/>
        <source>The score database on this laptop</source>
        <translation>The score database on this laptop</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="226"/>
        <source>No presentation is scheduled from now on.</source>
        <translation>No presentation is scheduled from now on.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="233"/>
        <location filename="../../gm100_desktop/ui/main_window.py" line="240"/>
        <source>Open a region first.</source>
        <translation>Open a region first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="235"/>
        <source>{code} finalised and saved.</source>
        <translation>{code} finalised and saved.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="243"/>
        <source>{code} reopened; the reason is in its history.</source>
        <translation>{code} reopened; the reason is in its history.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="260"/>
        <source>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="270"/>
        <source>About GM100 Assessor</source>
        <translation>About GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="118"/>
        <source>Exported {file} (number {sequence}).</source>
        <translation>Exported {file} (number {sequence}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="137"/>
        <source>Opened {event}; you score as {assessor}.</source>
        <translation>Opened {event}; you score as {assessor}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="150"/>
        <source>Signing key unreadable</source>
        <translation>Signing key unreadable</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="154"/>
        <source>No signing key</source>
        <translation>No signing key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="156"/>
        <source>Create one with File → My signing identity…</source>
        <translation>Create one with File → My signing identity…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="161"/>
        <source>Key {key_id}</source>
        <translation>Key {key_id}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="164"/>
        <source>Your signing key. Fingerprint: {fingerprint}</source>
        <translation>Your signing key. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="301"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="318"/>
        <source>{name} · {panel}</source>
        <translation>{name} · {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="319"/>
        <source>no panel</source>
        <translation>no panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="357"/>
        <source>Could not save the settings: {error}</source>
        <translation>Could not save the settings: {error}</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="66"/>
        <source>&amp;Regions</source>
        <translation>&amp;Regions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="67"/>
        <source>Ru&amp;bric</source>
        <translation>Ru&amp;bric</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="68"/>
        <source>R&amp;oster and keys</source>
        <translation>R&amp;oster and keys</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="69"/>
        <source>Panels and sche&amp;dule</source>
        <translation>Panels and sche&amp;dule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="70"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="75"/>
        <source>&amp;Event</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="76"/>
        <source>Plan &amp;schedule</source>
        <translation>Plan &amp;schedule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="77"/>
        <source>Sign and &amp;export…</source>
        <translation>Sign and &amp;export…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="79"/>
        <source>The event draft, saved after every change</source>
        <translation>The event draft, saved after every change</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="85"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="86"/>
        <source>{event} — Chair — {app}</source>
        <translation>{event} — Chair — {app}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="110"/>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="112"/>
        <source>&amp;Conflicts of interest (the planner keeps each region out of the assessor&apos;s panel):</source>
        <translation>&amp;Conflicts of interest (the planner keeps each region out of the assessor&apos;s panel):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="114"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="114"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="114"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="115"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="116"/>
        <source>&amp;Import conflicts…</source>
        <translation>&amp;Import conflicts…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="117"/>
        <source>Add a conflict of interest</source>
        <translation>Add a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="119"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="120"/>
        <source>&amp;Search region:</source>
        <translation>&amp;Search region:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="121"/>
        <source>Invited re&amp;gion:</source>
        <translation>Invited re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="122"/>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="126"/>
        <source>Code or name</source>
        <translation>Code or name</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="127"/>
        <source>For example: born in this region</source>
        <translation>For example: born in this region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="128"/>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="129"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="130"/>
        <source>Assessor ↔ regi&amp;on</source>
        <translation>Assessor ↔ regi&amp;on</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="131"/>
        <source>Institution ↔ province (&amp;warning only)</source>
        <translation>Institution ↔ province (&amp;warning only)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="179"/>
        <source>Choose an assessor and an invited region first.</source>
        <translation>Choose an assessor and an invited region first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="190"/>
        <source>Added: {assessor} and {region}.</source>
        <translation>Added: {assessor} and {region}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="199"/>
        <source>Select a conflict of interest in the list first.</source>
        <translation>Select a conflict of interest in the list first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="204"/>
        <source>Removed: {assessor} and {region}.</source>
        <translation>Removed: {assessor} and {region}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="210"/>
        <source>Import conflicts of interest</source>
        <translation>Import conflicts of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="210"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="214"/>
        <source>{count} conflicts of interest imported.</source>
        <translation>{count} conflicts of interest imported.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="283"/>
        <source>Score for {criterion}</source>
        <translation>Score for {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="289"/>
        <source>Note on {criterion}</source>
        <translation>Note on {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="295"/>
        <source>weight {weight}</source>
        <translation>weight {weight}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="344"/>
        <source>Not scored yet. Type {low}–{high} or click a level.</source>
        <translation>Not scored yet. Type {low}–{high} or click a level.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="348"/>
        <source>Not scored.</source>
        <translation>Not scored.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="355"/>
        <source>preview — Space or Enter chooses it</source>
        <translation>preview — Space or Enter chooses it</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="362"/>
        <source>Note (required)</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="362"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="380"/>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="388"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="280"/>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="390"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="375"/>
        <source>A note is required for a score at either end of the scale.</source>
        <translation>A note is required for a score at either end of the scale.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="378"/>
        <source>Explain the score of {value}</source>
        <translation>Explain the score of {value}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="393"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>EnrolKeyDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="37"/>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="39"/>
        <source>Enrol the key of {assessor}</source>
        <translation>Enrol the key of {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="42"/>
        <source>Load the .pub file {name} handed in, or paste the public key line. Then ask {name} to read the fingerprint from their own screen and type it below: the key is enrolled only when both match.</source>
        <translation>Load the .pub file {name} handed in, or paste the public key line. Then ask {name} to read the fingerprint from their own screen and type it below: the key is enrolled only when both match.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="53"/>
        <source>Public &amp;key:</source>
        <translation>Public &amp;key:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="55"/>
        <source>&amp;Load .pub file…</source>
        <translation>&amp;Load .pub file…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="63"/>
        <source>&amp;Fingerprint read out:</source>
        <translation>&amp;Fingerprint read out:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="72"/>
        <source>&amp;Enrol key</source>
        <translation>&amp;Enrol key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="58"/>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="58"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="101"/>
        <source>Public key of the assessor</source>
        <translation>Public key of the assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="101"/>
        <source>Minisign public key (*.pub)</source>
        <translation>Minisign public key (*.pub)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gm100_desktop/ui/errors.py" line="46"/>
        <location filename="../../gm100_desktop/ui/errors.py" line="60"/>
        <source>GM100 Assessor</source>
        <translation>GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/errors.py" line="55"/>
        <source>An unexpected error occurred. Your saved scores are safe.

{error}

Details are in {folder}</source>
        <translation>An unexpected error occurred. Your saved scores are safe.

{error}

Details are in {folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="59"/>
        <source>Choose the folder for the score bundle</source>
        <translation>Choose the folder for the score bundle</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="64"/>
        <source>Type the passphrase of your signing identity to sign the score bundle.</source>
        <translation>Type the passphrase of your signing identity to sign the score bundle.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="107"/>
        <source>Export score bundle</source>
        <translation>Export score bundle</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="111"/>
        <source>Your scores, notes and change history for {event} are signed with your key and written as one .gm100bundle file. Take it to the chair on a USB stick. You can export as often as you like: the newest export replaces the older ones.</source>
        <translation>Your scores, notes and change history for {event} are signed with your key and written as one .gm100bundle file. Take it to the chair on a USB stick. You can export as often as you like: the newest export replaces the older ones.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="122"/>
        <source>Assessor:</source>
        <translation>Assessor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="124"/>
        <source>Scores:</source>
        <translation>Scores:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="126"/>
        <source>{scored} given; regions finalised: {finalised} of {regions}</source>
        <translation>{scored} given; regions finalised: {finalised} of {regions}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="135"/>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="138"/>
        <source>Last export:</source>
        <translation>Last export:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="140"/>
        <source>number {sequence}, {time}</source>
        <translation>number {sequence}, {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="145"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="151"/>
        <source>Folder for the score bundle</source>
        <translation>Folder for the score bundle</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="152"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="154"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="171"/>
        <source>A note in the open region could not be saved; it will not be in the bundle.</source>
        <translation>A note in the open region could not be saved; it will not be in the bundle.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="177"/>
        <source>&lt;b&gt;Exported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exported.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="190"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="191"/>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="192"/>
        <source>Sequence number:</source>
        <translation>Sequence number:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="193"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="198"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="199"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="235"/>
        <source>The last folder, {folder}, is not available now. Is the USB stick plugged in?</source>
        <translation>The last folder, {folder}, is not available now. Is the USB stick plugged in?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="253"/>
        <source>Choose an existing folder: {folder} does not exist.</source>
        <translation>Choose an existing folder: {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="261"/>
        <source>Nothing was exported: your signing identity was not unlocked.</source>
        <translation>Nothing was exported: your signing identity was not unlocked.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="293"/>
        <source>Contents: scores {scores}, finalised regions {finalised}, history entries {history}.</source>
        <translation>Contents: scores {scores}, finalised regions {finalised}, history entries {history}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="301"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="84"/>
        <source>Event &amp;name:</source>
        <translation>Event &amp;name:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="85"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="86"/>
        <source>For example Seleksi GM100 2019</source>
        <translation>For example Seleksi GM100 2019</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="87"/>
        <source>For example Pusat TIK Nasional, Ciputat</source>
        <translation>For example Pusat TIK Nasional, Ciputat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="88"/>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Sign and export…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="89"/>
        <source>Chair &amp;identity…</source>
        <translation>Chair &amp;identity…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="110"/>
        <source>Signed by the chair identity {name}, key id {key_id}.</source>
        <translation>Signed by the chair identity {name}, key id {key_id}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="115"/>
        <source>There is no chair identity on this computer yet: create one first.</source>
        <translation>There is no chair identity on this computer yet: create one first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="119"/>
        <source>Version {version} of {event}</source>
        <translation>Version {version} of {event}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="123"/>
        <source>Resolve the problems listed first.</source>
        <translation>Resolve the problems listed first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="156"/>
        <source>Export event package</source>
        <translation>Export event package</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="156"/>
        <source>Event package (*.gm100event)</source>
        <translation>Event package (*.gm100event)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="163"/>
        <source>Type the passphrase of the chair identity to sign the event.</source>
        <translation>Type the passphrase of the chair identity to sign the event.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="176"/>
        <source>&lt;b&gt;Exported version {version}&lt;/b&gt; of {event}&lt;br&gt;File: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Package sha256: &lt;code&gt;{sha256}&lt;/code&gt;&lt;br&gt;Chair key id {key_id}; read this fingerprint out when handing the package over:</source>
        <translation>&lt;b&gt;Exported version {version}&lt;/b&gt; of {event}&lt;br&gt;File: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Package sha256: &lt;code&gt;{sha256}&lt;/code&gt;&lt;br&gt;Chair key id {key_id}; read this fingerprint out when handing the package over:</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <location filename="../../gm100_desktop/ui/fingerprint_view.py" line="159"/>
        <source>QR code of the key id and fingerprint</source>
        <translation>QR code of the key id and fingerprint</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/fingerprint_view.py" line="161"/>
        <source>Compare it with the QR code on the other screen: the same key gives the same picture.</source>
        <translation>Compare it with the QR code on the other screen: the same key gives the same picture.</translation>
    </message>
</context>
<context>
    <name>GM100Error</name>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="19"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="35"/>
        <source>{file}: {field}: {reason}</source>
        <translation>{file}: {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="56"/>
        <source>The score database {path} is damaged ({reason}). It has not been changed. You can open the most recent backup instead.</source>
        <translation>The score database {path} is damaged ({reason}). It has not been changed. You can open the most recent backup instead.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="71"/>
        <source>GM100 Assessor is already open on the data folder {folder}. Close the other window first; this one will not write anything.</source>
        <translation>GM100 Assessor is already open on the data folder {folder}. Close the other window first; this one will not write anything.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="84"/>
        <source>Could not save to {path}: {reason}. Nothing of this change was saved; everything saved before is safe.</source>
        <translation>Could not save to {path}: {reason}. Nothing of this change was saved; everything saved before is safe.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="97"/>
        <source>Could not upgrade the score database {path} ({reason}). It was backed up to {backup} before the attempt.</source>
        <translation>Could not upgrade the score database {path} ({reason}). It was backed up to {backup} before the attempt.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="112"/>
        <source>No event is open. Import an event package first.</source>
        <translation>No event is open. Import an event package first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="119"/>
        <source>Region {code} is not part of this event.</source>
        <translation>Region {code} is not part of this event.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="126"/>
        <source>Criterion {criterion} is not in the rubric.</source>
        <translation>Criterion {criterion} is not in the rubric.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="133"/>
        <source>Score {value} for {criterion} is outside the scale {low}–{high}.</source>
        <translation>Score {value} for {criterion} is outside the scale {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="142"/>
        <source>You have a conflict of interest with {region}; it cannot be scored by you.</source>
        <translation>You have a conflict of interest with {region}; it cannot be scored by you.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="151"/>
        <source>{region} is finalised. Reopen it, with a reason, to change a score.</source>
        <translation>{region} is finalised. Reopen it, with a reason, to change a score.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="160"/>
        <source>{region} is not finalised, so there is nothing to reopen.</source>
        <translation>{region} is not finalised, so there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="169"/>
        <source>{region} cannot be finalised yet. Not scored: {missing}. A note is needed for scores at the end of the scale: {needs_note}.</source>
        <translation>{region} cannot be finalised yet. Not scored: {missing}. A note is needed for scores at the end of the scale: {needs_note}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="184"/>
        <source>Give a reason for reopening {region}.</source>
        <translation>Give a reason for reopening {region}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="198"/>
        <source>There is no {role} signing identity on this computer (looked for {path}). Create one first: in the app with File → My signing identity…, or on the command line with gm100 identity create --name &quot;Your name&quot; --role {role}</source>
        <translation>There is no {role} signing identity on this computer (looked for {path}). Create one first: in the app with File → My signing identity…, or on the command line with gm100 identity create --name &quot;Your name&quot; --role {role}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="210"/>
        <source>A signing identity for the {role} role already exists in {path}. It was not replaced: scores signed with it could no longer be matched to you. Move the file away first if you really need a new key.</source>
        <translation>A signing identity for the {role} role already exists in {path}. It was not replaced: scores signed with it could no longer be matched to you. Move the file away first if you really need a new key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="222"/>
        <source>Wrong passphrase for the signing identity {path}. Nothing was signed.</source>
        <translation>Wrong passphrase for the signing identity {path}. Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="233"/>
        <source>Passphrase problem: {reason}</source>
        <translation>Passphrase problem: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="246"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="257"/>
        <source>{file}: refused as unsafe or damaged archive: {reason}</source>
        <translation>{file}: refused as unsafe or damaged archive: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="263"/>
        <source>{file}: signature check failed: {reason}</source>
        <translation>{file}: signature check failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="269"/>
        <source>{file}: its parts do not match: {reason}</source>
        <translation>{file}: its parts do not match: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="279"/>
        <source>{file}: this score bundle belongs to {found}, not to {expected}.</source>
        <translation>{file}: this score bundle belongs to {found}, not to {expected}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="290"/>
        <source>Cannot import {file}: {reason}</source>
        <translation>Cannot import {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="294"/>
        <source>Cannot import {file}: it is version {version} of the event {event}, but version {installed} is already installed. An older version never replaces a newer one.</source>
        <translation>Cannot import {file}: it is version {version} of the event {event}, but version {installed} is already installed. An older version never replaces a newer one.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="305"/>
        <source>Cannot import {file}: version {version} of the event {event} is already installed with different content. Ask the chair for a package with a higher version number.</source>
        <translation>Cannot import {file}: version {version} of the event {event} is already installed with different content. Ask the chair for a package with a higher version number.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="316"/>
        <source>Cannot import {file}: it is signed by chair key {new_key}, but the installed version of the event was signed by chair key {old_key}. Check with the chair in person before accepting a new chair key.</source>
        <translation>Cannot import {file}: it is signed by chair key {new_key}, but the installed version of the event was signed by chair key {old_key}. Check with the chair in person before accepting a new chair key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="329"/>
        <source>Cannot tell which assessor of the roster you are: {reason} Choose yourself with --as ASSESSOR_ID (roster: {roster}).</source>
        <translation>Cannot tell which assessor of the roster you are: {reason} Choose yourself with --as ASSESSOR_ID (roster: {roster}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="340"/>
        <source>The chair registered key {roster_key} for assessor {assessor}, but this computer&apos;s identity has key {local_key}. Scores signed with it would be refused; use the identity you gave the chair.</source>
        <translation>The chair registered key {roster_key} for assessor {assessor}, but this computer&apos;s identity has key {local_key}. Scores signed with it would be refused; use the identity you gave the chair.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="351"/>
        <source>The demo event is for practice and is not signed by a chair, so its scores cannot be exported as a signed score bundle. Import the chair&apos;s event package (.gm100event) first.</source>
        <translation>The demo event is for practice and is not signed by a chair, so its scores cannot be exported as a signed score bundle. Import the chair&apos;s event package (.gm100event) first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="362"/>
        <source>Could not write {path}: {reason}. No file was left under that name; your scores are safe in the database.</source>
        <translation>Could not write {path}: {reason}. No file was left under that name; your scores are safe in the database.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="375"/>
        <source>The score database {path} was written by a newer GM100 Assessor (schema {revision}). Install the newer version to open it.</source>
        <translation>The score database {path} was written by a newer GM100 Assessor (schema {revision}). Install the newer version to open it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="388"/>
        <source>{file}: {count} problem(s); nothing was imported.
{problems}</source>
        <translation>{file}: {count} problem(s); nothing was imported.
{problems}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="404"/>
        <source>The event package was not written: {count} problem(s) to resolve first.
{problems}</source>
        <translation>The event package was not written: {count} problem(s) to resolve first.
{problems}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="419"/>
        <source>The public key {key_id} is already enrolled for assessor {other}. Every assessor signs with a key of their own; {assessor} was not given it.</source>
        <translation>The public key {key_id} is already enrolled for assessor {other}. Every assessor signs with a key of their own; {assessor} was not given it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="430"/>
        <source>The key from {source} has the fingerprint {found}, not {expected} as the assessor read it out. It was not enrolled: check the key file with {assessor} in person.</source>
        <translation>The key from {source} has the fingerprint {found}, not {expected} as the assessor read it out. It was not enrolled: check the key file with {assessor} in person.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="95"/>
        <source>Choose a rubric first.</source>
        <translation>Choose a rubric first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="98"/>
        <source>A weight must be greater than zero; {weight} is not.</source>
        <translation>A weight must be greater than zero; {weight} is not.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="148"/>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="180"/>
        <location filename="../../gm100_desktop/errors.py" line="441"/>
        <source>Assessor {assessor} is not in the roster.</source>
        <translation>Assessor {assessor} is not in the roster.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="161"/>
        <source>Assessor {assessor} has no key to revoke.</source>
        <translation>Assessor {assessor} has no key to revoke.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="185"/>
        <source>Region {region} is not one of the imported regions.</source>
        <translation>Region {region} is not one of the imported regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="231"/>
        <source>A panel needs a name.</source>
        <translation>A panel needs a name.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="236"/>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="250"/>
        <source>There is no panel {panel}.</source>
        <translation>There is no panel {panel}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="261"/>
        <source>Region {region} already presents to {panel} at {time}: swap the two instead.</source>
        <translation>Region {region} already presents to {panel} at {time}: swap the two instead.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="283"/>
        <source>Region {region} has no slot to move.</source>
        <translation>Region {region} has no slot to move.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="295"/>
        <source>Choose both an institution and a province.</source>
        <translation>Choose both an institution and a province.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/cli.py" line="413"/>
        <source>Confirmation needed: check the chair&apos;s key id above, then run again with --yes.</source>
        <translation>Confirmation needed: check the chair&apos;s key id above, then run again with --yes.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="129"/>
        <source>The demo has between 1 and {most} regions.</source>
        <translation>The demo has between 1 and {most} regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="133"/>
        <source>The demo needs at least one region and one assessor per panel (at most 999 assessors).</source>
        <translation>The demo needs at least one region and one assessor per panel (at most 999 assessors).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="77"/>
        <source>Version {requested} is not possible: a new event package needs a version above {previous}.</source>
        <translation>Version {requested} is not possible: a new event package needs a version above {previous}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="112"/>
        <source>The event needs a name.</source>
        <translation>The event needs a name.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="116"/>
        <source>Version {version} is not possible: use 1 or more.</source>
        <translation>Version {version} is not possible: use 1 or more.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="130"/>
        <source>A conflict of interest names assessor {assessor}, who is not in the roster.</source>
        <translation>A conflict of interest names assessor {assessor}, who is not in the roster.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="140"/>
        <source>A conflict of interest names region {region}, which is not invited.</source>
        <translation>A conflict of interest names region {region}, which is not invited.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="170"/>
        <source>No public key enrolled for {assessors}: their score bundles can only be merged once the chair pins their key after comparing fingerprints.</source>
        <translation>No public key enrolled for {assessors}: their score bundles can only be merged once the chair pins their key after comparing fingerprints.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="201"/>
        <source>The rotation leaves a presentation without any assessor: add assessors.</source>
        <translation>The rotation leaves a presentation without any assessor: add assessors.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="260"/>
        <source>{panels} panels is not possible: use 1 to {most}.</source>
        <translation>{panels} panels is not possible: use 1 to {most}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="285"/>
        <source>Assessor {assessor} is placed in panel &quot;{panel}&quot;, which does not exist.</source>
        <translation>Assessor {assessor} is placed in panel &quot;{panel}&quot;, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="325"/>
        <source>Assessor {assessor} is in the roster twice.</source>
        <translation>Assessor {assessor} is in the roster twice.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="333"/>
        <source>Assessor {assessor} needs an id and a name.</source>
        <translation>Assessor {assessor} needs an id and a name.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="340"/>
        <source>Assessor {assessor}: role &quot;{role}&quot; must be government, academic or practitioner.</source>
        <translation>Assessor {assessor}: role &quot;{role}&quot; must be government, academic or practitioner.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="355"/>
        <source>Assessor {assessor}: the public key is not a minisign public key.</source>
        <translation>Assessor {assessor}: the public key is not a minisign public key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="366"/>
        <source>Assessors {first} and {second} have the same public key (key id {key_id}); every assessor needs a key of their own.</source>
        <translation>Assessors {first} and {second} have the same public key (key id {key_id}); every assessor needs a key of their own.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="380"/>
        <source>The roster is empty: add the assessors.</source>
        <translation>The roster is empty: add the assessors.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="448"/>
        <source>The event draft {file} could not be read ({reason}). It was kept as {aside} and a new, empty draft was started.</source>
        <translation>The event draft {file} could not be read ({reason}). It was kept as {aside} and a new, empty draft was started.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="459"/>
        <source>The key {key_id} was revoked (a lost laptop) and cannot be enrolled again.</source>
        <translation>The key {key_id} was revoked (a lost laptop) and cannot be enrolled again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="468"/>
        <source>Type the fingerprint {assessor} reads from their screen before enrolling the key.</source>
        <translation>Type the fingerprint {assessor} reads from their screen before enrolling the key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="238"/>
        <source>Choose a rubric.</source>
        <translation>Choose a rubric.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="244"/>
        <source>The key {key_id} of {assessor} was revoked: enrol a new key or remove it.</source>
        <translation>The key {key_id} of {assessor} was revoked: enrol a new key or remove it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="255"/>
        <source>The key of {assessor} came from a file and was not confirmed by reading back its fingerprint: use Enrol key.</source>
        <translation>The key of {assessor} came from a file and was not confirmed by reading back its fingerprint: use Enrol key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="285"/>
        <source>The schedule is not planned yet: {count} invited regions have no slot. Plan the schedule.</source>
        <translation>The schedule is not planned yet: {count} invited regions have no slot. Plan the schedule.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="303"/>
        <source>… and {count} more regions without a slot.</source>
        <translation>… and {count} more regions without a slot.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="310"/>
        <source>The lists changed since the schedule was planned: plan the schedule again.</source>
        <translation>The lists changed since the schedule was planned: plan the schedule again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="325"/>
        <source>{design} ({moves} assessor-sessions away from the home panel.)</source>
        <translation>{design} ({moves} assessor-sessions away from the home panel.)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="78"/>
        <source>{minutes}-minute slots with {gap} minutes between from {start} to {end}, breaks {breaks}</source>
        <translation>{minutes}-minute slots with {gap} minutes between from {start} to {end}, breaks {breaks}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="83"/>
        <source>{minutes}-minute slots with {gap} minutes between from {start} to {end}</source>
        <translation>{minutes}-minute slots with {gap} minutes between from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="87"/>
        <source>{minutes}-minute slots from {start} to {end}, breaks {breaks}</source>
        <translation>{minutes}-minute slots from {start} to {end}, breaks {breaks}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="91"/>
        <source>{minutes}-minute slots from {start} to {end}</source>
        <translation>{minutes}-minute slots from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="198"/>
        <source>Times: a slot of {minutes} minutes is not possible: use 5 to 480 minutes.</source>
        <translation>Times: a slot of {minutes} minutes is not possible: use 5 to 480 minutes.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="208"/>
        <source>Times: a gap of {minutes} minutes is not possible: use 0 to 120 minutes.</source>
        <translation>Times: a gap of {minutes} minutes is not possible: use 0 to 120 minutes.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="218"/>
        <source>Times: the day ends ({end}) before it starts ({start}).</source>
        <translation>Times: the day ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="227"/>
        <source>Times: the break {start}–{end} ends before it starts.</source>
        <translation>Times: the break {start}–{end} ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="253"/>
        <source>Times: no slot fits in a day with {times}.</source>
        <translation>Times: no slot fits in a day with {times}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="272"/>
        <source>{region} has no slot: every panel it may present to is full ({panels}), and the other panels have an assessor with a conflict of interest with it. Add slots or days, or move an assessor.</source>
        <translation>{region} has no slot: every panel it may present to is full ({panels}), and the other panels have an assessor with a conflict of interest with it. Add slots or days, or move an assessor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="297"/>
        <source>Days: {days} is not possible: use 1 to {most} days.</source>
        <translation>Days: {days} is not possible: use 1 to {most} days.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="305"/>
        <source>Region {code} is invited twice.</source>
        <translation>Region {code} is invited twice.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="314"/>
        <source>Panel {panel} is listed twice.</source>
        <translation>Panel {panel} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="321"/>
        <source>There is no panel: add at least one.</source>
        <translation>There is no panel: add at least one.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="324"/>
        <source>There is no region to schedule.</source>
        <translation>There is no region to schedule.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="329"/>
        <source>Assessors are placed in an unknown panel {panel}.</source>
        <translation>Assessors are placed in an unknown panel {panel}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="339"/>
        <source>Panel {panel} has no assessors: nobody would score the regions presenting to it.</source>
        <translation>Panel {panel} has no assessors: nobody would score the regions presenting to it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="353"/>
        <source>A conflict of interest between {assessor} and {region} names an unknown assessor {assessor}.</source>
        <translation>A conflict of interest between {assessor} and {region} names an unknown assessor {assessor}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="359"/>
        <source>A conflict of interest between {assessor} and {region} names an unknown region {region}.</source>
        <translation>A conflict of interest between {assessor} and {region} names an unknown region {region}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="456"/>
        <source>{region} conflicts with an assessor in every panel ({listed}). It was put in {panel}, where {assessors} could not score it. Move an assessor to another panel, or add a panel.</source>
        <translation>{region} conflicts with an assessor in every panel ({listed}). It was put in {panel}, where {assessors} could not score it. Move an assessor to another panel, or add a panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="527"/>
        <source>{region} from {province} presents to {panel}, where {assessors} is tied to that province (no panel without such a tie had room).</source>
        <translation>{region} from {province} presents to {panel}, where {assessors} is tied to that province (no panel without such a tie had room).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="533"/>
        <source>{region} from {province} presents to {panel}, where {assessors} are tied to that province (no panel without such a tie had room).</source>
        <translation>{region} from {province} presents to {panel}, where {assessors} are tied to that province (no panel without such a tie had room).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="563"/>
        <source>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Any one of these would fit: {ideas}.</source>
        <translation>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Any one of these would fit: {ideas}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="570"/>
        <source>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Invite fewer regions.</source>
        <translation>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Invite fewer regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="599"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="602"/>
        <source>{panels} panels</source>
        <translation>{panels} panels</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="612"/>
        <source>slots of {minutes} minutes</source>
        <translation>slots of {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="616"/>
        <source>no gap between slots</source>
        <translation>no gap between slots</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="621"/>
        <source>days ending at {end}</source>
        <translation>days ending at {end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="664"/>
        <source>Assessor {assessor} is in panels {panels}, which present at the same times. Keep each assessor in one panel.</source>
        <translation>Assessor {assessor} is in panels {panels}, which present at the same times. Keep each assessor in one panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="670"/>
        <source>Assessor {assessor} is in panels {panels} during {session}, which present at the same times. Keep each assessor in one panel.</source>
        <translation>Assessor {assessor} is in panels {panels} during {session}, which present at the same times. Keep each assessor in one panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="712"/>
        <source>Region {code} {name}</source>
        <translation>Region {code} {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="713"/>
        <source>Region {code}</source>
        <translation>Region {code}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="725"/>
        <source>{codes} and {more} more</source>
        <translation>{codes} and {more} more</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="50"/>
        <source>All panels are connected: every region can be compared with every other through shared assessors.</source>
        <translation>All panels are connected: every region can be compared with every other through shared assessors.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="58"/>
        <source>{panels} ({assessors} assessors, {regions} regions)</source>
        <translation>{panels} ({assessors} assessors, {regions} regions)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="65"/>
        <source>(no panel) ({assessors} assessors, {regions} regions)</source>
        <translation>(no panel) ({assessors} assessors, {regions} regions)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="72"/>
        <source>The panels are not connected: {count} separate groups share no assessor ({groups}). A strict panel cannot be told from weak regions across groups.</source>
        <translation>The panels are not connected: {count} separate groups share no assessor ({groups}). A strict panel cannot be told from weak regions across groups.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="122"/>
        <source>day {day} morning</source>
        <translation>day {day} morning</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="123"/>
        <source>day {day} afternoon</source>
        <translation>day {day} afternoon</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="178"/>
        <source>{session}: the rotation seats assessors before regions they have a conflict of interest with ({pairs}).</source>
        <translation>{session}: the rotation seats assessors before regions they have a conflict of interest with ({pairs}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="74"/>
        <source>Region {code} has a slot in panel {panel} on {when} but is not invited: plan the schedule again.</source>
        <translation>Region {code} has a slot in panel {panel} on {when} but is not invited: plan the schedule again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="87"/>
        <source>{region} presents to panel {panel} on {when}, but there is no panel {panel}: move it to another panel.</source>
        <translation>{region} presents to panel {panel} on {when}, but there is no panel {panel}: move it to another panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="100"/>
        <source>{region} presents to panel {panel} on {when}, outside the event&apos;s days ({first} to {last}): move it to a day of the event.</source>
        <translation>{region} presents to panel {panel} on {when}, outside the event&apos;s days ({first} to {last}): move it to a day of the event.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="113"/>
        <source>{region} presents to panel {panel} on {when}, where assessor {assessor} has a conflict of interest with it ({reason}): move it to another panel.</source>
        <translation>{region} presents to panel {panel} on {when}, where assessor {assessor} has a conflict of interest with it ({reason}): move it to another panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="119"/>
        <source>{region} presents to panel {panel} on {when}, where assessor {assessor} has a conflict of interest with it: move it to another panel.</source>
        <translation>{region} presents to panel {panel} on {when}, where assessor {assessor} has a conflict of interest with it: move it to another panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="136"/>
        <source>panel {panel} on {when}</source>
        <translation>panel {panel} on {when}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="145"/>
        <source>{region} has {count} slots ({times}): keep one.</source>
        <translation>{region} has {count} slots ({times}): keep one.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="156"/>
        <location filename="../../gm100_desktop/services/event_draft.py" line="295"/>
        <source>{region} has no slot: plan the schedule again.</source>
        <translation>{region} has no slot: plan the schedule again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="177"/>
        <source>{region} and {other} both present to panel {panel} at overlapping times ({when} and {other_when}): move one of them.</source>
        <translation>{region} and {other} both present to panel {panel} at overlapping times ({when} and {other_when}): move one of them.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="126"/>
        <source>History of {code} {name}</source>
        <translation>History of {code} {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="128"/>
        <source>History of all regions</source>
        <translation>History of all regions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="137"/>
        <source>Changes: {count}. Every change is kept, including undo, redo and reopening.</source>
        <translation>Changes: {count}. Every change is kept, including undo, redo and reopening.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="141"/>
        <source>Nothing has been changed yet.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="187"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="50"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="51"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="52"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="53"/>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="54"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="77"/>
        <source>(whole region)</source>
        <translation>(whole region)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="89"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="90"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="91"/>
        <source>Region note</source>
        <translation>Region note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="92"/>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="93"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="98"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="101"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="102"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="103"/>
        <source>finalised</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="109"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="111"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="95"/>
        <source>Minisign public key (*.pub)</source>
        <translation>Minisign public key (*.pub)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="117"/>
        <source>My signing identity</source>
        <translation>My signing identity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="130"/>
        <source>Create identity</source>
        <translation>Create identity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="159"/>
        <source>Your signing identity is a key pair made on this laptop. Your score bundles are signed with it, so the chair can check that they come from you, unaltered. The private key never leaves this laptop and is protected by a passphrase.</source>
        <translation>Your signing identity is a key pair made on this laptop. Your score bundles are signed with it, so the chair can check that they come from you, unaltered. The private key never leaves this laptop and is protected by a passphrase.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="167"/>
        <source>As on the roster, for example Dr. Rina Hartono</source>
        <translation>As on the roster, for example Dr. Rina Hartono</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="169"/>
        <source>For example Institut Teknologi Bandung</source>
        <translation>For example Institut Teknologi Bandung</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="171"/>
        <source>Optional: the id the chair gave you, e.g. A01</source>
        <translation>Optional: the id the chair gave you, e.g. A01</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="178"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="179"/>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="184"/>
        <source>A forgotten passphrase cannot be recovered: you would need a new identity and would have to give the chair your new public key. Write it down and keep it safe.</source>
        <translation>A forgotten passphrase cannot be recovered: you would need a new identity and would have to give the chair your new public key. Write it down and keep it safe.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="195"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="196"/>
        <source>Assessor i&amp;d:</source>
        <translation>Assessor i&amp;d:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="197"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="198"/>
        <source>Type it &amp;again:</source>
        <translation>Type it &amp;again:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="205"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="290"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="204"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="349"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="223"/>
        <source>Use at least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use at least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="226"/>
        <source>Too short: {length} characters; use at least {minimum}.</source>
        <translation>Too short: {length} characters; use at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="227"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="228"/>
        <source>Acceptable, but easy to guess. Longer is stronger: try three or four words.</source>
        <translation>Acceptable, but easy to guess. Longer is stronger: try three or four words.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="229"/>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="230"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="234"/>
        <source>Now type it again.</source>
        <translation>Now type it again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="272"/>
        <source>Created. Give your public key to the chair: export it as a file, or copy the line.</source>
        <translation>Created. Give your public key to the chair: export it as a file, or copy the line.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="289"/>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="291"/>
        <source>Assessor id:</source>
        <translation>Assessor id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="292"/>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="293"/>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="301"/>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="301"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="305"/>
        <source>When you give your public key to the chair, read the fingerprint aloud so that both of you can check it is the same key.</source>
        <translation>When you give your public key to the chair, read the fingerprint aloud so that both of you can check it is the same key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="314"/>
        <source>P&amp;ublic key (the line for the roster):</source>
        <translation>P&amp;ublic key (the line for the roster):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="316"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="318"/>
        <source>&amp;Export public key…</source>
        <translation>&amp;Export public key…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="347"/>
        <source>Signing identity of {name}</source>
        <translation>Signing identity of {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="204"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="349"/>
        <source>Panel chair</source>
        <translation>Panel chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="364"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="374"/>
        <source>The public key line is on the clipboard.</source>
        <translation>The public key line is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="383"/>
        <source>Export public key</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="395"/>
        <source>Saved {path}. Give this file to the chair; anyone can check signatures with it.</source>
        <translation>Saved {path}. Give this file to the chair; anyone can check signatures with it.</translation>
    </message>
</context>
<context>
    <name>ImportEventDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="49"/>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="80"/>
        <source>Import event package</source>
        <translation>Import event package</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="51"/>
        <source>GM100 event package (*.gm100event);;All files (*)</source>
        <translation>GM100 event package (*.gm100event);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="93"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="96"/>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="97"/>
        <source>{event_id}, version {version}</source>
        <translation>{event_id}, version {version}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="99"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="100"/>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="103"/>
        <source>Contents:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="104"/>
        <source>{regions} regions, {panels} panels, {assessors} assessors</source>
        <translation>{regions} regions, {panels} panels, {assessors} assessors</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="108"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="108"/>
        <source>the panel chair</source>
        <translation>the panel chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="116"/>
        <source>Chair&apos;s key id:</source>
        <translation>Chair&apos;s key id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="116"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="121"/>
        <source>Compare the chair&apos;s key id and fingerprint with the ones the chair reads out or hands out on paper. Import only if they are the same: otherwise the file did not come from the chair.</source>
        <translation>Compare the chair&apos;s key id and fingerprint with the ones the chair reads out or hands out on paper. Import only if they are the same: otherwise the file did not come from the chair.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="128"/>
        <source>I have &amp;compared the key id and fingerprint with the chair&apos;s</source>
        <translation>I have &amp;compared the key id and fingerprint with the chair&apos;s</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="136"/>
        <source>&amp;You are:</source>
        <translation>&amp;You are:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="214"/>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} days)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="231"/>
        <source>You will score as {assessor}: the roster holds your signing key.</source>
        <translation>You will score as {assessor}: the roster holds your signing key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="234"/>
        <source>You will score as {assessor}, as on this laptop before.</source>
        <translation>You will score as {assessor}, as on this laptop before.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="239"/>
        <source>There is no signing identity on this laptop yet, so the roster cannot tell who you are. Choose your name; create your identity afterwards (File menu) to sign your scores.</source>
        <translation>There is no signing identity on this laptop yet, so the roster cannot tell who you are. Choose your name; create your identity afterwards (File menu) to sign your scores.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="244"/>
        <source>Your signing key ({key_id}) is not in the roster of this event. Choose your name; the chair will have to confirm your key when merging the scores.</source>
        <translation>Your signing key ({key_id}) is not in the roster of this event. Choose your name; the chair will have to confirm your key when merging the scores.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="248"/>
        <source>Choose who you are…</source>
        <translation>Choose who you are…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="280"/>
        <source>&lt;b&gt;This replaces version {installed} of this event with version {version}.&lt;/b&gt; Every score, note and history entry is kept ({scores} scores given so far).</source>
        <translation>&lt;b&gt;This replaces version {installed} of this event with version {version}.&lt;/b&gt; Every score, note and history entry is kept ({scores} scores given so far).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="285"/>
        <source>Replace version {installed}</source>
        <translation>Replace version {installed}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="289"/>
        <source>This exact version is already installed. Importing it again changes nothing.</source>
        <translation>This exact version is already installed. Importing it again changes nothing.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="291"/>
        <source>Open this event</source>
        <translation>Open this event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="294"/>
        <source>The event will be installed on this laptop and opened for scoring.</source>
        <translation>The event will be installed on this laptop and opened for scoring.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="296"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>LevelSelector</name>
    <message>
        <location filename="../../gm100_desktop/ui/level_selector.py" line="319"/>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/level_selector.py" line="322"/>
        <source>Scale {low} to {high}. Current: {current}. Type a digit, or use the arrow keys and Space. Delete clears.</source>
        <translation>Scale {low} to {high}. Current: {current}. Type a digit, or use the arrow keys and Space. Delete clears.</translation>
    </message>
</context>
<context>
    <name>PanelsModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_panels_table.py" line="37"/>
        <source>Panel name</source>
        <translation>Panel name</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_panels_table.py" line="37"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="41"/>
        <source>Unlock your signing identity</source>
        <translation>Unlock your signing identity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="44"/>
        <source>Type the passphrase of your signing identity to sign with it.</source>
        <translation>Type the passphrase of your signing identity to sign with it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="49"/>
        <source>{name} · key id {key_id}</source>
        <translation>{name} · key id {key_id}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="57"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="58"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="71"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="73"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="110"/>
        <source>Wrong passphrase. Nothing was signed. Check Caps Lock and the keyboard layout, then try again ({left} of {tries} tries left).</source>
        <translation>Wrong passphrase. Nothing was signed. Check Caps Lock and the keyboard layout, then try again ({left} of {tries} tries left).</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="43"/>
        <source>Problem: {text}</source>
        <translation>Problem: {text}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="46"/>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="49"/>
        <source>No problems: the event can be exported.</source>
        <translation>No problems: the event can be exported.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="51"/>
        <source>Problems to resolve: {problems}; warnings: {warnings}</source>
        <translation>Problems to resolve: {problems}; warnings: {warnings}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="55"/>
        <source>Design: {text}</source>
        <translation>Design: {text}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="57"/>
        <source>With rotation: {text}</source>
        <translation>With rotation: {text}</translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="302"/>
        <source>Re&amp;gions</source>
        <translation>Re&amp;gions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="303"/>
        <source>Search code, name or province (Ctrl+F)</source>
        <translation>Search code, name or province (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="305"/>
        <source>Type to filter the regions; Enter opens the first match, Esc clears.</source>
        <translation>Type to filter the regions; Enter opens the first match, Esc clears.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="379"/>
        <source>Enter opens the selected region for scoring.</source>
        <translation>Enter opens the selected region for scoring.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="388"/>
        <source>{code} {name}: {state}. Enter opens it for scoring.</source>
        <translation>{code} {name}: {state}. Enter opens it for scoring.</translation>
    </message>
</context>
<context>
    <name>RegionListModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="168"/>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="170"/>
        <source>Finalised {scored}/{total}</source>
        <translation>Finalised {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="172"/>
        <source>In progress {scored}/{total}</source>
        <translation>In progress {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="173"/>
        <source>Not started {scored}/{total}</source>
        <translation>Not started {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="179"/>
        <source>Presentation {start}–{end}</source>
        <translation>Presentation {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="190"/>
        <source>Conflict of interest: {reason}. You cannot score this region.</source>
        <translation>Conflict of interest: {reason}. You cannot score this region.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="191"/>
        <source>declared by the secretariat</source>
        <translation>declared by the secretariat</translation>
    </message>
</context>
<context>
    <name>RegionsModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="203"/>
        <source>&amp;Import regions…</source>
        <translation>&amp;Import regions…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="204"/>
        <source>Import i&amp;ndicators…</source>
        <translation>Import i&amp;ndicators…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="205"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="206"/>
        <source>Code or name</source>
        <translation>Code or name</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="207"/>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="208"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="209"/>
        <source>In&amp;vite all shown</source>
        <translation>In&amp;vite all shown</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="210"/>
        <source>&amp;Uninvite all shown</source>
        <translation>&amp;Uninvite all shown</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="217"/>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="219"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="221"/>
        <source>{invited} of {total} regions invited</source>
        <translation>{invited} of {total} regions invited</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="254"/>
        <source>Import regions</source>
        <translation>Import regions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="254"/>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="259"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="259"/>
        <source>Import indicators</source>
        <translation>Import indicators</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="13"/>
        <source>Reopen {region}</source>
        <translation>Reopen {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="17"/>
        <source>{region} is finalised. Why are you reopening it? The reason is kept in the change history that goes to the panel chair.</source>
        <translation>{region} is finalised. Why are you reopening it? The reason is kept in the change history that goes to the panel chair.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="24"/>
        <source>For example: changed after the panel discussion</source>
        <translation>For example: changed after the panel discussion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="25"/>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="26"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="32"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="51"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="53"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="54"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="55"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="56"/>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="57"/>
        <source>Fingerprint confirmed</source>
        <translation>Fingerprint confirmed</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="58"/>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="72"/>
        <source>(placed when planning)</source>
        <translation>(placed when planning)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="75"/>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="79"/>
        <source>not a key</source>
        <translation>not a key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="82"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="84"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="133"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="134"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="135"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="136"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="137"/>
        <source>Enrol &amp;key…</source>
        <translation>Enrol &amp;key…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="138"/>
        <source>Re&amp;voke key…</source>
        <translation>Re&amp;voke key…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="139"/>
        <source>&amp;Conflicts of interest…</source>
        <translation>&amp;Conflicts of interest…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="151"/>
        <source>{count} assessors; {keys} keys enrolled, {confirmed} confirmed by fingerprint; {conflicts} conflicts of interest; {revoked} keys revoked.</source>
        <translation>{count} assessors; {keys} keys enrolled, {confirmed} confirmed by fingerprint; {conflicts} conflicts of interest; {revoked} keys revoked.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="174"/>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="174"/>
        <source>Select an assessor first.</source>
        <translation>Select an assessor first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="178"/>
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="178"/>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="183"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="183"/>
        <source>Import conflicts of interest</source>
        <translation>Import conflicts of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="227"/>
        <source>Revoke the key of {assessor}? Do this when their laptop is lost: the next event version will not accept bundles signed with this key, and it cannot be enrolled again.</source>
        <translation>Revoke the key of {assessor}? Do this when their laptop is lost: the next event version will not accept bundles signed with this key, and it cannot be enrolled again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="233"/>
        <source>Revoke key</source>
        <translation>Revoke key</translation>
    </message>
</context>
<context>
    <name>RubricGuide</name>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="143"/>
        <source>&lt;b&gt;{low}–{high}&lt;/b&gt; choose a level</source>
        <translation>&lt;b&gt;{low}–{high}&lt;/b&gt; choose a level</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="145"/>
        <source>&lt;b&gt;digits&lt;/b&gt; type a level</source>
        <translation>&lt;b&gt;digits&lt;/b&gt; type a level</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="146"/>
        <source>&lt;b&gt;← →&lt;/b&gt; preview, &lt;b&gt;Space&lt;/b&gt; chooses</source>
        <translation>&lt;b&gt;← →&lt;/b&gt; preview, &lt;b&gt;Space&lt;/b&gt; chooses</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="147"/>
        <source>&lt;b&gt;Delete&lt;/b&gt; clears</source>
        <translation>&lt;b&gt;Delete&lt;/b&gt; clears</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="148"/>
        <source>&lt;b&gt;↑ ↓&lt;/b&gt; previous / next criterion</source>
        <translation>&lt;b&gt;↑ ↓&lt;/b&gt; previous / next criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="149"/>
        <source>&lt;b&gt;Tab&lt;/b&gt; to the note, then to the next criterion</source>
        <translation>&lt;b&gt;Tab&lt;/b&gt; to the note, then to the next criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="150"/>
        <source>&lt;b&gt;Ctrl+Enter&lt;/b&gt; finalises the region</source>
        <translation>&lt;b&gt;Ctrl+Enter&lt;/b&gt; finalises the region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="152"/>
        <source>Keyboard:</source>
        <translation>Keyboard:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="158"/>
        <source>Rubric guide</source>
        <translation>Rubric guide</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="159"/>
        <source>Move to a criterion to see what each level means.</source>
        <translation>Move to a criterion to see what each level means.</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="149"/>
        <source>Built-&amp;in rubric:</source>
        <translation>Built-&amp;in rubric:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="150"/>
        <source>&amp;Use it</source>
        <translation>&amp;Use it</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="151"/>
        <source>&amp;Load rubric file…</source>
        <translation>&amp;Load rubric file…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="154"/>
        <source>Double-click a weight (or press F2) to change it. The share is what the item counts in the total score. The rubric is frozen into each exported event version.</source>
        <translation>Double-click a weight (or press F2) to change it. The share is what the item counts in the total score. The rubric is frozen into each exported event version.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="163"/>
        <source>In use: {name} {version} (from {source})</source>
        <translation>In use: {name} {version} (from {source})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="169"/>
        <source>No rubric chosen.</source>
        <translation>No rubric chosen.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="178"/>
        <source>Load rubric</source>
        <translation>Load rubric</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="178"/>
        <source>Rubric (*.json)</source>
        <translation>Rubric (*.json)</translation>
    </message>
</context>
<context>
    <name>RubricWeightsModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="71"/>
        <source>Dimension / criterion</source>
        <translation>Dimension / criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="71"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="71"/>
        <source>Share of the total</source>
        <translation>Share of the total</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="49"/>
        <source>Plan schedule</source>
        <translation>Plan schedule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="54"/>
        <source>You moved slots of the schedule by hand. Planning again replaces the whole schedule and your changes are lost.</source>
        <translation>You moved slots of the schedule by hand. Planning again replaces the whole schedule and your changes are lost.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="61"/>
        <source>Plan again</source>
        <translation>Plan again</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="64"/>
        <source>Keep my changes</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="211"/>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="212"/>
        <source>Number of d&amp;ays:</source>
        <translation>Number of d&amp;ays:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="213"/>
        <source>&amp;Panels:</source>
        <translation>&amp;Panels:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="214"/>
        <source>&amp;Slot length (minutes):</source>
        <translation>&amp;Slot length (minutes):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="215"/>
        <source>&amp;Gap between slots (minutes):</source>
        <translation>&amp;Gap between slots (minutes):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="216"/>
        <source>Day s&amp;tarts at:</source>
        <translation>Day s&amp;tarts at:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="217"/>
        <source>Day ends b&amp;y:</source>
        <translation>Day ends b&amp;y:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="221"/>
        <source>&amp;Lunch break</source>
        <translation>&amp;Lunch break</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="222"/>
        <source>Rotate assessors between panels each &amp;half day</source>
        <translation>Rotate assessors between panels each &amp;half day</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="223"/>
        <source>Pla&amp;n schedule</source>
        <translation>Pla&amp;n schedule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="224"/>
        <source>Day &amp;in the grid:</source>
        <translation>Day &amp;in the grid:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="225"/>
        <source>Panel na&amp;mes and rooms:</source>
        <translation>Panel na&amp;mes and rooms:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="226"/>
        <source>Mo&amp;ve to…</source>
        <translation>Mo&amp;ve to…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="227"/>
        <source>Cut region (then select a cell and paste)</source>
        <translation>Cut region (then select a cell and paste)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="228"/>
        <source>Put the cut region here</source>
        <translation>Put the cut region here</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="229"/>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="262"/>
        <source>Day {number}: {date}</source>
        <translation>Day {number}: {date}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="281"/>
        <source>{panel}: {assessors}</source>
        <translation>{panel}: {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="282"/>
        <source>no assessors yet</source>
        <translation>no assessors yet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="287"/>
        <source>Placed when planning: {assessors}</source>
        <translation>Placed when planning: {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="345"/>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="368"/>
        <source>Select a cell with a region first.</source>
        <translation>Select a cell with a region first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="349"/>
        <source>{region} is cut: select another cell and press Ctrl+V to put it there.</source>
        <translation>{region} is cut: select another cell and press Ctrl+V to put it there.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="358"/>
        <source>Cut a region first (Ctrl+X), then select the cell to put it in.</source>
        <translation>Cut a region first (Ctrl+X), then select the cell to put it in.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="374"/>
        <source>Move {region}</source>
        <translation>Move {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="375"/>
        <source>Move to (a free cell, or a region to swap with):</source>
        <translation>Move to (a free cell, or a region to swap with):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="377"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="378"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="384"/>
        <source>Day {number}, {start}–{end}, {panel}</source>
        <translation>Day {number}, {start}–{end}, {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="391"/>
        <source>{place}: free</source>
        <translation>{place}: free</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="392"/>
        <source>{place}: swap with {region}</source>
        <translation>{place}: swap with {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="400"/>
        <source>Drag a region to a free cell to move it, or onto another region to swap them; hover over a day&apos;s tab to drop it on that day. By keyboard: Ctrl+X, then Ctrl+V on another cell, or Move to (Ctrl+M).</source>
        <translation>Drag a region to a free cell to move it, or onto another region to swap them; hover over a day&apos;s tab to drop it on that day. By keyboard: Ctrl+X, then Ctrl+V on another cell, or Move to (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="137"/>
        <source>several panels</source>
        <translation>several panels</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="139"/>
        <source>S&amp;chedule — {panel}, {day}</source>
        <translation>S&amp;chedule — {panel}, {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="140"/>
        <source>no panel</source>
        <translation>no panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="146"/>
        <source>Presenting now ({start}–{end}): {region}</source>
        <translation>Presenting now ({start}–{end}): {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="153"/>
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="154"/>
        <source>Time left in this presentation slot</source>
        <translation>Time left in this presentation slot</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="156"/>
        <source>No presentation right now.</source>
        <translation>No presentation right now.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="168"/>
        <source>Next: {region} at {time} (in {wait})</source>
        <translation>Next: {region} at {time} (in {wait})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="173"/>
        <source>No more presentations scheduled.</source>
        <translation>No more presentations scheduled.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="177"/>
        <source>No presentations today. Next presentation day: {day}</source>
        <translation>No presentations today. Next presentation day: {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="182"/>
        <source>No presentations today.</source>
        <translation>No presentations today.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="200"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="203"/>
        <source>Enter or double-click opens this region</source>
        <translation>Enter or double-click opens this region</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="69"/>
        <source>Score {criterion} of {region}</source>
        <translation>Score {criterion} of {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="78"/>
        <source>Note on {criterion} of {region}</source>
        <translation>Note on {criterion} of {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="84"/>
        <source>Region note of {region}</source>
        <translation>Region note of {region}</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="153"/>
        <source>Score needed</source>
        <translation>Score needed</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="155"/>
        <source>Note needed</source>
        <translation>Note needed</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="55"/>
        <source>Region note</source>
        <translation>Region note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="59"/>
        <source>Overall impression of the presentation (optional)</source>
        <translation>Overall impression of the presentation (optional)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="61"/>
        <source>Note on the region</source>
        <translation>Note on the region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="62"/>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="64"/>
        <source>Lock this region&apos;s scores (Ctrl+Enter). Every criterion must be scored.</source>
        <translation>Lock this region&apos;s scores (Ctrl+Enter). Every criterion must be scored.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="68"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="70"/>
        <source>Unlock this region to change scores; a reason is required.</source>
        <translation>Unlock this region to change scores; a reason is required.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="304"/>
        <source>The score could not be saved.</source>
        <translation>The score could not be saved.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="320"/>
        <source>The note could not be saved.</source>
        <translation>The note could not be saved.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="107"/>
        <source>&lt;b&gt;Conflict of interest.&lt;/b&gt; You cannot score {region}: {reason}. The other assessors of the panel score it.</source>
        <translation>&lt;b&gt;Conflict of interest.&lt;/b&gt; You cannot score {region}: {reason}. The other assessors of the panel score it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="118"/>
        <source>&lt;b&gt;Finalised&lt;/b&gt; {time}. The scores are locked; choose Reopen… and give a reason to change them.</source>
        <translation>&lt;b&gt;Finalised&lt;/b&gt; {time}. The scores are locked; choose Reopen… and give a reason to change them.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="69"/>
        <source>No region selected</source>
        <translation>No region selected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="71"/>
        <source>Choose a region from the schedule to start scoring.</source>
        <translation>Choose a region from the schedule to start scoring.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="81"/>
        <source>slot {day} {start}–{end}</source>
        <translation>slot {day} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="93"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="94"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="95"/>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="435"/>
        <source>{dimension} — not scored yet, 0 of {criteria}</source>
        <translation>{dimension} — not scored yet, 0 of {criteria}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="439"/>
        <source>{dimension} — {score} / 100, {scored} of {criteria} scored</source>
        <translation>{dimension} — {score} / 100, {scored} of {criteria} scored</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="104"/>
        <source>Total: not scored yet</source>
        <translation>Total: not scored yet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="106"/>
        <source>Total {score} / 100</source>
        <translation>Total {score} / 100</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="110"/>
        <source>Total {score} / 100 (provisional: {scored} of {criteria} criteria scored)</source>
        <translation>Total {score} / 100 (provisional: {scored} of {criteria} criteria scored)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="89"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="56"/>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="91"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="93"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SoftConflictsSection</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="84"/>
        <source>An assessor from an institution tied to a province (for example a university and its province) should not judge that province&apos;s regions. The planner avoids these pairs when it can; otherwise the schedule shows a warning. They never block the export.</source>
        <translation>An assessor from an institution tied to a province (for example a university and its province) should not judge that province&apos;s regions. The planner avoids these pairs when it can; otherwise the schedule shows a warning. They never block the export.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="89"/>
        <source>&amp;Pairs (institution ↔ province):</source>
        <translation>&amp;Pairs (institution ↔ province):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="91"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="91"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="91"/>
        <source>Assessors of the institution</source>
        <translation>Assessors of the institution</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="93"/>
        <source>Remove se&amp;lected</source>
        <translation>Remove se&amp;lected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="94"/>
        <source>&amp;Import pairs…</source>
        <translation>&amp;Import pairs…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="95"/>
        <source>Add a pair</source>
        <translation>Add a pair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="96"/>
        <source>Instit&amp;ution:</source>
        <translation>Instit&amp;ution:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="97"/>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="98"/>
        <source>A&amp;dd pair</source>
        <translation>A&amp;dd pair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="106"/>
        <source>(none in the roster)</source>
        <translation>(none in the roster)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="114"/>
        <source>Import the roster and the regions first.</source>
        <translation>Import the roster and the regions first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="124"/>
        <source>Added: {institution} and {province}.</source>
        <translation>Added: {institution} and {province}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="126"/>
        <source>{institution} and {province} are already listed.</source>
        <translation>{institution} and {province} are already listed.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="135"/>
        <source>Select a pair in the list first.</source>
        <translation>Select a pair in the list first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="140"/>
        <source>Removed: {institution} and {province}.</source>
        <translation>Removed: {institution} and {province}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="149"/>
        <source>Import institution ↔ province pairs</source>
        <translation>Import institution ↔ province pairs</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="149"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="154"/>
        <source>Pairs read from the file: {count}.</source>
        <translation>Pairs read from the file: {count}.</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="16"/>
        <source>Score database damaged</source>
        <translation>Score database damaged</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="21"/>
        <source>The most recent backup is {backup}. Opening it keeps the damaged file beside it, renamed, so nothing is deleted. Scores entered after that backup was made may be missing.</source>
        <translation>The most recent backup is {backup}. Opening it keeps the damaged file beside it, renamed, so nothing is deleted. Scores entered after that backup was made may be missing.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="28"/>
        <source>&amp;Open last backup</source>
        <translation>&amp;Open last backup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="32"/>
        <source>There is no backup to open. The damaged file has been left as it is: {path}</source>
        <translation>There is no backup to open. The damaged file has been left as it is: {path}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="48"/>
        <source>GM100 Assessor is already open</source>
        <translation>GM100 Assessor is already open</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="50"/>
        <source>Cannot open the score database</source>
        <translation>Cannot open the score database</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <location filename="../../gm100_desktop/ui/workspaces.py" line="40"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/workspaces.py" line="41"/>
        <source>&amp;Assessor</source>
        <translation>&amp;Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/workspaces.py" line="42"/>
        <source>&amp;Chair</source>
        <translation>&amp;Chair</translation>
    </message>
</context>
</TS>
