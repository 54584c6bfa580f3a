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
        <location filename="../../gm100_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="185"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="94"/>
        <source>&amp;Import event package…</source>
        <translation>&amp;Import event package…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="95"/>
        <source>&amp;Export score bundle…</source>
        <translation>&amp;Export score bundle…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="96"/>
        <source>My &amp;signing identity…</source>
        <translation>My &amp;signing identity…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="193"/>
        <source>&amp;Find region…</source>
        <translation>&amp;Find region…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="194"/>
        <source>Go to region &amp;list</source>
        <translation>Go to region &amp;list</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Next region</source>
        <translation>&amp;Next region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Previous region</source>
        <translation>&amp;Previous region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="197"/>
        <source>Go to &amp;current slot</source>
        <translation>Go to &amp;current slot</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="198"/>
        <source>F&amp;inalise region</source>
        <translation>F&amp;inalise region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="199"/>
        <source>Re&amp;open region…</source>
        <translation>Re&amp;open region…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="200"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="201"/>
        <source>&amp;About GM100 Assessor</source>
        <translation>&amp;About GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="203"/>
        <source>The score database on this laptop</source>
        <translation>The score database on this laptop</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="228"/>
        <source>No presentation is scheduled from now on.</source>
        <translation>No presentation is scheduled from now on.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="235"/>
        <location filename="../../gm100_desktop/ui/main_window.py" line="242"/>
        <source>Open a region first.</source>
        <translation>Open a region first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="237"/>
        <source>{code} finalised and saved.</source>
        <translation>{code} finalised and saved.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="245"/>
        <source>{code} reopened; the reason is in its history.</source>
        <translation>{code} reopened; the reason is in its history.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="262"/>
        <source>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="272"/>
        <source>About GM100 Assessor</source>
        <translation>About GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="143"/>
        <source>Exported {file} (number {sequence}).</source>
        <translation>Exported {file} (number {sequence}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="164"/>
        <source>Opened {event}; you score as {assessor}.</source>
        <translation>Opened {event}; you score as {assessor}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="177"/>
        <source>Signing key unreadable</source>
        <translation>Signing key unreadable</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="181"/>
        <source>No signing key</source>
        <translation>No signing key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="183"/>
        <source>Create one with File → My signing identity…</source>
        <translation>Create one with File → My signing identity…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="188"/>
        <source>Key {key_id}</source>
        <translation>Key {key_id}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="191"/>
        <source>Your signing key. Fingerprint: {fingerprint}</source>
        <translation>Your signing key. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="303"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="320"/>
        <source>{name} · {panel}</source>
        <translation>{name} · {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="321"/>
        <source>no panel</source>
        <translation>no panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="359"/>
        <source>Could not save the settings: {error}</source>
        <translation>Could not save the settings: {error}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="130"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="132"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="151"/>
        <source>Computing the ranking, reliability and sensitivity…</source>
        <translation>Computing the ranking, reliability and sensitivity…</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="71"/>
        <source>&amp;Regions</source>
        <translation>&amp;Regions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="72"/>
        <source>Ru&amp;bric</source>
        <translation>Ru&amp;bric</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="73"/>
        <source>R&amp;oster and keys</source>
        <translation>R&amp;oster and keys</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="74"/>
        <source>Panels and sche&amp;dule</source>
        <translation>Panels and sche&amp;dule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="75"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="80"/>
        <source>&amp;Event</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="81"/>
        <source>Plan &amp;schedule</source>
        <translation>Plan &amp;schedule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="82"/>
        <source>Sign and &amp;export…</source>
        <translation>Sign and &amp;export…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="83"/>
        <source>&amp;Merge and rank…</source>
        <translation>&amp;Merge and rank…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="85"/>
        <source>The event draft, saved after every change</source>
        <translation>The event draft, saved after every change</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="91"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="92"/>
        <source>{event} — Chair — {app}</source>
        <translation>{event} — Chair — {app}</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="54"/>
        <source>F</source>
        <comment>completeness: finalised</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="55"/>
        <source>P</source>
        <comment>completeness: in progress</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="56"/>
        <source>M</source>
        <comment>completeness: missing</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="57"/>
        <source>C</source>
        <comment>completeness: conflict of interest</comment>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="63"/>
        <source>finalised</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="64"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="65"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="66"/>
        <source>conflict of interest</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="80"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="98"/>
        <source>{assessor} does not sit in this panel for region {region}</source>
        <translation>{assessor} does not sit in this panel for region {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="101"/>
        <source>{assessor}, region {region}: {state}</source>
        <translation>{assessor}, region {region}: {state}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="104"/>
        <source>(typed from a paper sheet)</source>
        <translation>(typed from a paper sheet)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="116"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="116"/>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="164"/>
        <source>&amp;Panel:</source>
        <translation>&amp;Panel:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="168"/>
        <source>{f} finalised · {p} in progress · {m} missing · {c} conflict of interest (does not score) · {paper} typed from a paper sheet · blank: not seated for that region</source>
        <translation>{f} finalised · {p} in progress · {m} missing · {c} conflict of interest (does not score) · {paper} typed from a paper sheet · blank: not seated for that region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="210"/>
        <source>{finalised} finalised, {in_progress} in progress, {missing} missing, {conflict} conflicts</source>
        <translation>{finalised} finalised, {in_progress} in progress, {missing} missing, {conflict} conflicts</translation>
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
    <name>CrashDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="88"/>
        <source>GM100 Assessor — unexpected error</source>
        <translation>GM100 Assessor — unexpected error</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="93"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="99"/>
        <source>GM100 Assessor met an error it did not expect. The scores saved before it are safe. You can continue working, or quit and start the app again.</source>
        <translation>GM100 Assessor met an error it did not expect. The scores saved before it are safe. You can continue working, or quit and start the app again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="103"/>
        <source>It happened in a background task ({thread}).</source>
        <translation>It happened in a background task ({thread}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="109"/>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="116"/>
        <source>The log, with the details, is in:</source>
        <translation>The log, with the details, is in:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="121"/>
        <source>Co&amp;py path</source>
        <translation>Co&amp;py path</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="123"/>
        <source>&amp;Open log folder</source>
        <translation>&amp;Open log folder</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="125"/>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="131"/>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="140"/>
        <source>If it happens again, give this log file to the secretariat.</source>
        <translation>If it happens again, give this log file to the secretariat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="145"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="195"/>
        <source>The path of the log is on the clipboard.</source>
        <translation>The path of the log is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="201"/>
        <source>The folder could not be opened; copy its path instead.</source>
        <translation>The folder could not be opened; copy its path instead.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="284"/>
        <source>Score for {criterion}</source>
        <translation>Score for {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="290"/>
        <source>Note on {criterion}</source>
        <translation>Note on {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="296"/>
        <source>weight {weight}</source>
        <translation>weight {weight}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="347"/>
        <source>Not scored yet. Type {low}–{high} or click a level.</source>
        <translation>Not scored yet. Type {low}–{high} or click a level.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="351"/>
        <source>Not scored.</source>
        <translation>Not scored.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="358"/>
        <source>preview — Space or Enter chooses it</source>
        <translation>preview — Space or Enter chooses it</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="365"/>
        <source>Note (required)</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="365"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="383"/>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="391"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="281"/>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="393"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="378"/>
        <source>A note is required for a score at either end of the scale.</source>
        <translation>A note is required for a score at either end of the scale.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="381"/>
        <source>Explain the score of {value}</source>
        <translation>Explain the score of {value}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="396"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="40"/>
        <source>Why the chair decides this</source>
        <translation>Why the chair decides this</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="42"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="43"/>
        <source>&amp;Reason (recorded in the ranking):</source>
        <translation>&amp;Reason (recorded in the ranking):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="50"/>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="51"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="320"/>
        <source>Key pinned to an assessor</source>
        <translation>Key pinned to an assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="321"/>
        <source>Late bundle accepted</source>
        <translation>Late bundle accepted</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="322"/>
        <source>Incomplete region ranked</source>
        <translation>Incomplete region ranked</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="323"/>
        <source>Merge method</source>
        <translation>Merge method</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="324"/>
        <source>Top N</source>
        <translation>Top N</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="325"/>
        <source>Tie-break chain</source>
        <translation>Tie-break chain</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="326"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="332"/>
        <source>Decisions of the chair: {count}</source>
        <translation>Decisions of the chair: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="334"/>
        <source>Each decision is recorded with its reason in the session and in the signed ranking.</source>
        <translation>Each decision is recorded with its reason in the session and in the signed ranking.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="338"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="339"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="340"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="341"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="350"/>
        <source>key {key_id}</source>
        <translation>key {key_id}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="396"/>
        <source>Ready to score</source>
        <translation>Ready to score</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="397"/>
        <source>Your signing key:</source>
        <translation>Your signing key:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="398"/>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="399"/>
        <source>You score as:</source>
        <translation>You score as:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="417"/>
        <source>{event} (demo, for practice)</source>
        <translation>{event} (demo, for practice)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="420"/>
        <source>{assessor} · {panel}</source>
        <translation>{assessor} · {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="421"/>
        <source>no panel</source>
        <translation>no panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="426"/>
        <source>The main window opens on today&apos;s schedule of your panel. Every score is saved the moment you give it.</source>
        <translation>The main window opens on today&apos;s schedule of your panel. Every score is saved the moment you give it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="431"/>
        <source>The main window opens on the schedule of the demo event. When the chair gives you the event package, import it with File → Import event package… (Ctrl+O), or drop the file on the window.</source>
        <translation>The main window opens on the schedule of the demo event. When the chair gives you the event package, import it with File → Import event package… (Ctrl+O), or drop the file on the window.</translation>
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
        <location filename="../../gm100_desktop/ui/errors.py" line="51"/>
        <source>GM100 Assessor</source>
        <translation>GM100 Assessor</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="269"/>
        <source>The event package</source>
        <translation>The event package</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="272"/>
        <source>Import the event package (.gm100event) the chair gave you: choose the file on the USB stick, or drag it onto this page. Without it you can practise on the demo event and import the real one later (File → Import event package…).</source>
        <translation>Import the event package (.gm100event) the chair gave you: choose the file on the USB stick, or drag it onto this page. Without it you can practise on the demo event and import the real one later (File → Import event package…).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="277"/>
        <source>Choose event &amp;file…</source>
        <translation>Choose event &amp;file…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="278"/>
        <source>&amp;Skip — use the demo event</source>
        <translation>&amp;Skip — use the demo event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="330"/>
        <source>Import</source>
        <translation>Import</translation>
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
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="189"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="213"/>
        <source>number {sequence}, {time}</source>
        <translation>number {sequence}, {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="218"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="141"/>
        <source>Folder for the score bundle</source>
        <translation>Folder for the score bundle</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="142"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="144"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="161"/>
        <source>A note in the open region could not be saved; it will not be in the bundle.</source>
        <translation>A note in the open region could not be saved; it will not be in the bundle.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="167"/>
        <source>&lt;b&gt;Exported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exported.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="180"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="181"/>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="182"/>
        <source>Sequence number:</source>
        <translation>Sequence number:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="183"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="190"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="237"/>
        <source>The last folder, {folder}, is not available now. Is the USB stick plugged in?</source>
        <translation>The last folder, {folder}, is not available now. Is the USB stick plugged in?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="255"/>
        <source>Choose an existing folder: {folder} does not exist.</source>
        <translation>Choose an existing folder: {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="263"/>
        <source>Nothing was exported: your signing identity was not unlocked.</source>
        <translation>Nothing was exported: your signing identity was not unlocked.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="296"/>
        <source>Contents: scores {scores}, finalised regions {finalised}, history entries {history}.</source>
        <translation>Contents: scores {scores}, finalised regions {finalised}, history entries {history}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="304"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="85"/>
        <source>Event &amp;name:</source>
        <translation>Event &amp;name:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="86"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="87"/>
        <source>For example Seleksi GM100 2019</source>
        <translation>For example Seleksi GM100 2019</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="88"/>
        <source>For example Pusat TIK Nasional, Ciputat</source>
        <translation>For example Pusat TIK Nasional, Ciputat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="89"/>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Sign and export…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="90"/>
        <source>Chair &amp;identity…</source>
        <translation>Chair &amp;identity…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="111"/>
        <source>Signed by the chair identity {name}, key id {key_id}.</source>
        <translation>Signed by the chair identity {name}, key id {key_id}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="116"/>
        <source>There is no chair identity on this computer yet: create one first.</source>
        <translation>There is no chair identity on this computer yet: create one first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="120"/>
        <source>Version {version} of {event}</source>
        <translation>Version {version} of {event}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="124"/>
        <source>Resolve the problems listed first.</source>
        <translation>Resolve the problems listed first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="157"/>
        <source>Export event package</source>
        <translation>Export event package</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="157"/>
        <source>Event package (*.gm100event)</source>
        <translation>Event package (*.gm100event)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="164"/>
        <source>Type the passphrase of the chair identity to sign the event.</source>
        <translation>Type the passphrase of the chair identity to sign the event.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="177"/>
        <source>&lt;b&gt;Exported version {version}&lt;/b&gt; of {event}&lt;br&gt;File: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Package sha256: &lt;code&gt;{sha256}&lt;/code&gt;&lt;br&gt;Chair key id {key_id}; read this fingerprint out when handing the package over:</source>
        <translation>&lt;b&gt;Exported version {version}&lt;/b&gt; of {event}&lt;br&gt;File: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Package sha256: &lt;code&gt;{sha256}&lt;/code&gt;&lt;br&gt;Chair key id {key_id}; read this fingerprint out when handing the package over:</translation>
    </message>
</context>
<context>
    <name>ExportRankingDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="54"/>
        <source>Choose the folder for the ranking</source>
        <translation>Choose the folder for the ranking</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="76"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="78"/>
        <source>Signed ranking (&amp;JSON, with its signature and chair.pub)</source>
        <translation>Signed ranking (&amp;JSON, with its signature and chair.pub)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="79"/>
        <source>&amp;CSV table</source>
        <translation>&amp;CSV table</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="80"/>
        <source>&amp;XLSX workbook</source>
        <translation>&amp;XLSX workbook</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="87"/>
        <source>Not available in this version</source>
        <translation>Not available in this version</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="98"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="106"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="106"/>
        <source>&amp;Language of CSV and XLSX:</source>
        <translation>&amp;Language of CSV and XLSX:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="113"/>
        <source>The JSON file is the ranking of record: it is signed with the chair&apos;s key, so anyone can check it with minisign and recompute it from the bundles. CSV and XLSX are made from the same report.</source>
        <translation>The JSON file is the ranking of record: it is signed with the chair&apos;s key, so anyone can check it with minisign and recompute it from the bundles. CSV and XLSX are made from the same report.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="128"/>
        <source>Export the ranking</source>
        <translation>Export the ranking</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="151"/>
        <source>These files exist already and will be replaced:
{files}</source>
        <translation>These files exist already and will be replaced:
{files}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="222"/>
        <source>There is no chair identity on this computer. The ranking must be signed with the key that signed the event (key id {key_id}).</source>
        <translation>There is no chair identity on this computer. The ranking must be signed with the key that signed the event (key id {key_id}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="228"/>
        <source>Type the passphrase of the chair identity to sign the ranking.</source>
        <translation>Type the passphrase of the chair identity to sign the ranking.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="235"/>
        <source>&lt;b&gt;Written:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Written:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="239"/>
        <source>SHA-256 of the JSON: &lt;code&gt;{sha256}&lt;/code&gt;</source>
        <translation>SHA-256 of the JSON: &lt;code&gt;{sha256}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="220"/>
        <source>Your key for the chair</source>
        <translation>Your key for the chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="223"/>
        <source>The chair enters your public key in the roster of the event: export it to the USB stick or copy the line. Then read the fingerprint aloud: the chair types it back, and the key counts only when both match. The QR code lets you both compare it at a glance.</source>
        <translation>The chair enters your public key in the roster of the event: export it to the USB stick or copy the line. Then read the fingerprint aloud: the chair types it back, and the key counts only when both match. The QR code lets you both compare it at a glance.</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="483"/>
        <source>Getting started — GM100 Assessor</source>
        <translation>Getting started — GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="485"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="486"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="487"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="488"/>
        <source>&amp;Start scoring</source>
        <translation>&amp;Start scoring</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="493"/>
        <source>Close the assistant and open the app as usual. Until this laptop has a signing identity, the assistant is offered again at the next start.</source>
        <translation>Close the assistant and open the app as usual. Until this laptop has a signing identity, the assistant is offered again at the next start.</translation>
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
        <location filename="../../gm100_desktop/errors.py" line="482"/>
        <source>The font file {path} is missing or cannot be read ({reason}). PDFs cannot be made without it; reinstall GM100 Assessor. Nothing was written.</source>
        <translation>The font file {path} is missing or cannot be read ({reason}). PDFs cannot be made without it; reinstall GM100 Assessor. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="495"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="507"/>
        <source>The merge cannot use these choices: {reason}</source>
        <translation>The merge cannot use these choices: {reason}</translation>
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
        <location filename="../../gm100_desktop/cli.py" line="451"/>
        <source>Confirmation needed: check the chair&apos;s key id above, then run again with --yes.</source>
        <translation>Confirmation needed: check the chair&apos;s key id above, then run again with --yes.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="131"/>
        <source>The demo has between 1 and {most} regions.</source>
        <translation>The demo has between 1 and {most} regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="135"/>
        <source>The demo needs at least one region and one assessor per panel (at most 999 assessors).</source>
        <translation>The demo needs at least one region and one assessor per panel (at most 999 assessors).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="78"/>
        <source>Version {requested} is not possible: a new event package needs a version above {previous}.</source>
        <translation>Version {requested} is not possible: a new event package needs a version above {previous}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="113"/>
        <source>The event needs a name.</source>
        <translation>The event needs a name.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="117"/>
        <source>Version {version} is not possible: use 1 or more.</source>
        <translation>Version {version} is not possible: use 1 or more.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="131"/>
        <source>A conflict of interest names assessor {assessor}, who is not in the roster.</source>
        <translation>A conflict of interest names assessor {assessor}, who is not in the roster.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="141"/>
        <source>A conflict of interest names region {region}, which is not invited.</source>
        <translation>A conflict of interest names region {region}, which is not invited.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="171"/>
        <source>No public key enrolled for {assessors}: their score bundles can only be merged once the chair pins their key after comparing fingerprints.</source>
        <translation>No public key enrolled for {assessors}: their score bundles can only be merged once the chair pins their key after comparing fingerprints.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="202"/>
        <source>The rotation leaves a presentation without any assessor: add assessors.</source>
        <translation>The rotation leaves a presentation without any assessor: add assessors.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="261"/>
        <source>{panels} panels is not possible: use 1 to {most}.</source>
        <translation>{panels} panels is not possible: use 1 to {most}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="286"/>
        <source>Assessor {assessor} is placed in panel &quot;{panel}&quot;, which does not exist.</source>
        <translation>Assessor {assessor} is placed in panel &quot;{panel}&quot;, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="326"/>
        <source>Assessor {assessor} is in the roster twice.</source>
        <translation>Assessor {assessor} is in the roster twice.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="334"/>
        <source>Assessor {assessor} needs an id and a name.</source>
        <translation>Assessor {assessor} needs an id and a name.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="341"/>
        <source>Assessor {assessor}: role &quot;{role}&quot; must be government, academic or practitioner.</source>
        <translation>Assessor {assessor}: role &quot;{role}&quot; must be government, academic or practitioner.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="356"/>
        <source>Assessor {assessor}: the public key is not a minisign public key.</source>
        <translation>Assessor {assessor}: the public key is not a minisign public key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="367"/>
        <source>Assessors {first} and {second} have the same public key (key id {key_id}); every assessor needs a key of their own.</source>
        <translation>Assessors {first} and {second} have the same public key (key id {key_id}); every assessor needs a key of their own.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="381"/>
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
        <location filename="../../gm100_desktop/services/event_draft.py" line="243"/>
        <source>Choose a rubric.</source>
        <translation>Choose a rubric.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="249"/>
        <source>The key {key_id} of {assessor} was revoked: enrol a new key or remove it.</source>
        <translation>The key {key_id} of {assessor} was revoked: enrol a new key or remove it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="260"/>
        <source>The key of {assessor} came from a file and was not confirmed by reading back its fingerprint: use Enrol key.</source>
        <translation>The key of {assessor} came from a file and was not confirmed by reading back its fingerprint: use Enrol key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="290"/>
        <source>The schedule is not planned yet: {count} invited regions have no slot. Plan the schedule.</source>
        <translation>The schedule is not planned yet: {count} invited regions have no slot. Plan the schedule.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="308"/>
        <source>… and {count} more regions without a slot.</source>
        <translation>… and {count} more regions without a slot.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="315"/>
        <source>The lists changed since the schedule was planned: plan the schedule again.</source>
        <translation>The lists changed since the schedule was planned: plan the schedule again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="330"/>
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
        <location filename="../../gm100_desktop/domain/planner.py" line="529"/>
        <source>{region} from {province} presents to {panel} (moved by hand), where {assessors} is tied to that province.</source>
        <translation>{region} from {province} presents to {panel} (moved by hand), where {assessors} is tied to that province.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="535"/>
        <source>{region} from {province} presents to {panel} (moved by hand), where {assessors} are tied to that province.</source>
        <translation>{region} from {province} presents to {panel} (moved by hand), where {assessors} are tied to that province.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="542"/>
        <source>{region} from {province} presents to {panel}, where {assessors} is tied to that province (no panel without such a tie had room).</source>
        <translation>{region} from {province} presents to {panel}, where {assessors} is tied to that province (no panel without such a tie had room).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="548"/>
        <source>{region} from {province} presents to {panel}, where {assessors} are tied to that province (no panel without such a tie had room).</source>
        <translation>{region} from {province} presents to {panel}, where {assessors} are tied to that province (no panel without such a tie had room).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="578"/>
        <source>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Any one of these would fit: {ideas}.</source>
        <translation>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Any one of these would fit: {ideas}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="585"/>
        <source>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Invite fewer regions.</source>
        <translation>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Invite fewer regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="614"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="617"/>
        <source>{panels} panels</source>
        <translation>{panels} panels</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="627"/>
        <source>slots of {minutes} minutes</source>
        <translation>slots of {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="631"/>
        <source>no gap between slots</source>
        <translation>no gap between slots</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="636"/>
        <source>days ending at {end}</source>
        <translation>days ending at {end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="679"/>
        <source>Assessor {assessor} is in panels {panels}, which present at the same times. Keep each assessor in one panel.</source>
        <translation>Assessor {assessor} is in panels {panels}, which present at the same times. Keep each assessor in one panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="685"/>
        <source>Assessor {assessor} is in panels {panels} during {session}, which present at the same times. Keep each assessor in one panel.</source>
        <translation>Assessor {assessor} is in panels {panels} during {session}, which present at the same times. Keep each assessor in one panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="727"/>
        <source>Region {code} {name}</source>
        <translation>Region {code} {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="728"/>
        <source>Region {code}</source>
        <translation>Region {code}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="740"/>
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
        <location filename="../../gm100_desktop/services/event_draft.py" line="300"/>
        <source>{region} has no slot: plan the schedule again.</source>
        <translation>{region} has no slot: plan the schedule again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="177"/>
        <source>{region} and {other} both present to panel {panel} at overlapping times ({when} and {other_when}): move one of them.</source>
        <translation>{region} and {other} both present to panel {panel} at overlapping times ({when} and {other_when}): move one of them.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/cli_sheets.py" line="164"/>
        <source>{folder}: no score bundles ({suffix}) in this folder.</source>
        <translation>{folder}: no score bundles ({suffix}) in this folder.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="95"/>
        <source>In region {region}, the assessors&apos; scores for {criterion} range from {low} to {high}.</source>
        <translation>In region {region}, the assessors&apos; scores for {criterion} range from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="120"/>
        <source>No other assessor has a total for the regions assessor {assessor} scored in panel {panel}, so they cannot be compared.</source>
        <translation>No other assessor has a total for the regions assessor {assessor} scored in panel {panel}, so they cannot be compared.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="136"/>
        <source>Assessor {assessor} scores {points} points below the rest of panel {panel} on average, over {regions} regions.</source>
        <translation>Assessor {assessor} scores {points} points below the rest of panel {panel} on average, over {regions} regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="144"/>
        <source>Assessor {assessor} scores {points} points above the rest of panel {panel} on average, over {regions} regions.</source>
        <translation>Assessor {assessor} scores {points} points above the rest of panel {panel} on average, over {regions} regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="170"/>
        <source>Criteria are flagged where the assessors&apos; scores differ by {points} or more scale points. An assessor is flagged when their region totals differ from the mean of the other assessors&apos; totals by more than {corridor} points on average (0–100 scale).</source>
        <translation>Criteria are flagged where the assessors&apos; scores differ by {points} or more scale points. An assessor is flagged when their region totals differ from the mean of the other assessors&apos; totals by more than {corridor} points on average (0–100 scale).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="292"/>
        <source>Every assessor of panel {panel} gave all its regions the same total, so Kendall&apos;s W is undefined.</source>
        <translation>Every assessor of panel {panel} gave all its regions the same total, so Kendall&apos;s W is undefined.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="362"/>
        <source>Panel {panel} needs totals for at least two regions for its reliability (it has {regions}).</source>
        <translation>Panel {panel} needs totals for at least two regions for its reliability (it has {regions}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="371"/>
        <source>Panel {panel} needs totals from at least two assessors for its reliability (it has {assessors}).</source>
        <translation>Panel {panel} needs totals from at least two assessors for its reliability (it has {assessors}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="380"/>
        <source>In panel {panel} no two assessors both scored two of the same regions, so its reliability cannot be computed.</source>
        <translation>In panel {panel} no two assessors both scored two of the same regions, so its reliability cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="394"/>
        <source>Every total in panel {panel} is the same, so the ICC is undefined.</source>
        <translation>Every total in panel {panel} is the same, so the ICC is undefined.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="401"/>
        <source>Every region of panel {panel} has the same mean total, so the regions cannot be told apart and some ICC forms are undefined.</source>
        <translation>Every region of panel {panel} has the same mean total, so the regions cannot be told apart and some ICC forms are undefined.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="409"/>
        <source>Some ICC forms of panel {panel} are undefined for these totals.</source>
        <translation>Some ICC forms of panel {panel} are undefined for these totals.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="462"/>
        <source>No criterion of any region was scored by two or more assessors, so Krippendorff&apos;s alpha cannot be computed.</source>
        <translation>No criterion of any region was scored by two or more assessors, so Krippendorff&apos;s alpha cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="470"/>
        <source>Every criterion scored by two or more assessors has the same score throughout, so Krippendorff&apos;s alpha is undefined.</source>
        <translation>Every criterion scored by two or more assessors has the same score throughout, so Krippendorff&apos;s alpha is undefined.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="220"/>
        <source>assessor {assessor} is not in the event&apos;s roster</source>
        <translation>assessor {assessor} is not in the event&apos;s roster</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="227"/>
        <source>region {region} is not one of the event&apos;s regions</source>
        <translation>region {region} is not one of the event&apos;s regions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="235"/>
        <source>criterion {criterion} is not in the rubric</source>
        <translation>criterion {criterion} is not in the rubric</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="242"/>
        <source>no score: a paper entry counts only with a score</source>
        <translation>no score: a paper entry counts only with a score</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="248"/>
        <source>score {score} is outside the scale {low}–{high}</source>
        <translation>score {score} is outside the scale {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="256"/>
        <source>no typist: entered_by must name who typed the entry</source>
        <translation>no typist: entered_by must name who typed the entry</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="261"/>
        <source>assessor {assessor} has a conflict of interest with region {region}; their scores of it never count</source>
        <translation>assessor {assessor} has a conflict of interest with region {region}; their scores of it never count</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="379"/>
        <source>Rater severity cannot be estimated: the scores fall into {count} groups that share no assessor ({groups}), so a strict group cannot be told apart from weak regions.</source>
        <translation>Rater severity cannot be estimated: the scores fall into {count} groups that share no assessor ({groups}), so a strict group cannot be told apart from weak regions.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="392"/>
        <source>panel {panel}</source>
        <translation>panel {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="393"/>
        <source>panels {panels}</source>
        <translation>panels {panels}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="395"/>
        <source>assessor {assessor}</source>
        <translation>assessor {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="399"/>
        <source>assessors {assessors} and {more} more</source>
        <translation>assessors {assessors} and {more} more</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="401"/>
        <source>assessors {assessors}</source>
        <translation>assessors {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="73"/>
        <source>Sheets of the kind {kind} are not available yet.</source>
        <translation>Sheets of the kind {kind} are not available yet.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="87"/>
        <source>Assessor sheets are printed from score bundles; none was given.</source>
        <translation>Assessor sheets are printed from score bundles; none was given.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="101"/>
        <source>Nothing to print: none of the regions asked for is on these sheets.</source>
        <translation>Nothing to print: none of the regions asked for is on these sheets.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="115"/>
        <source>Region sheets and the ranking report are printed from a merge; none was given.</source>
        <translation>Region sheets and the ranking report are printed from a merge; none was given.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="121"/>
        <source>The merge is of the event {merged}, not of {event}: nothing was printed.</source>
        <translation>The merge is of the event {merged}, not of {event}: nothing was printed.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="139"/>
        <source>Not a region of the event {event}: {codes}.</source>
        <translation>Not a region of the event {event}: {codes}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="146"/>
        <source>Not a panel of the event {event}: {panels}.</source>
        <translation>Not a panel of the event {event}: {panels}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_preview.py" line="125"/>
        <source>Could not print: {reason}</source>
        <translation>Could not print: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="137"/>
        <source>region {region} is not on the schedule</source>
        <translation>region {region} is not on the schedule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="141"/>
        <source>assessor {assessor} has a conflict of interest with region {region}</source>
        <translation>assessor {assessor} has a conflict of interest with region {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="149"/>
        <source>assessor {assessor} did not sit in panel {panel} when region {region} was assessed</source>
        <translation>assessor {assessor} did not sit in panel {panel} when region {region} was assessed</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="178"/>
        <source>the signed bundle has this region finalised</source>
        <translation>the signed bundle has this region finalised</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="180"/>
        <source>the signed bundle has this region finalised, and its marks differ from the paper sheet</source>
        <translation>the signed bundle has this region finalised, and its marks differ from the paper sheet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="163"/>
        <source>sequence {sequence} was made with another key ({key_id}, a new laptop?) and cannot continue the history of sequence {older} (key {older_key_id}); compare the marks</source>
        <translation>sequence {sequence} was made with another key ({key_id}, a new laptop?) and cannot continue the history of sequence {older} (key {older_key_id}); compare the marks</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="176"/>
        <source>the history shrank from {before} to {after} entries</source>
        <translation>the history shrank from {before} to {after} entries</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="184"/>
        <source>history entry {entry} was rewritten after sequence {sequence} was exported</source>
        <translation>history entry {entry} was rewritten after sequence {sequence} was exported</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="241"/>
        <source>the same file as {file}</source>
        <translation>the same file as {file}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="254"/>
        <source>assessor &quot;{assessor}&quot; is not in the roster of this event</source>
        <translation>assessor &quot;{assessor}&quot; is not in the roster of this event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="259"/>
        <source>key {key_id} was revoked by the chair</source>
        <translation>key {key_id} was revoked by the chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="264"/>
        <source>signed with the key registered for assessor {owner}, but names assessor {assessor}</source>
        <translation>signed with the key registered for assessor {owner}, but names assessor {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="277"/>
        <source>key {key_id} is not the key the roster holds for assessor {assessor}; compare its fingerprint with the assessor before pinning it</source>
        <translation>key {key_id} is not the key the roster holds for assessor {assessor}; compare its fingerprint with the assessor before pinning it</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="285"/>
        <source>key {key_id} was pinned to assessor {pinned}, not {assessor}</source>
        <translation>key {key_id} was pinned to assessor {pinned}, not {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="292"/>
        <source>key pinned to {assessor} by the chair: {reason}</source>
        <translation>key pinned to {assessor} by the chair: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="299"/>
        <source>created {created} UTC, after the deadline {deadline} UTC</source>
        <translation>created {created} UTC, after the deadline {deadline} UTC</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="304"/>
        <source>late bundle accepted by the chair</source>
        <translation>late bundle accepted by the chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="315"/>
        <source>another, different bundle of assessor {assessor} has sequence {sequence}</source>
        <translation>another, different bundle of assessor {assessor} has sequence {sequence}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="337"/>
        <source>rewritten history against sequence {sequence}: {why}</source>
        <translation>rewritten history against sequence {sequence}: {why}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="344"/>
        <source>sequence {sequence} of the same assessor is later</source>
        <translation>sequence {sequence} of the same assessor is later</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="369"/>
        <source>made for event &quot;{found}&quot;, not &quot;{expected}&quot;</source>
        <translation>made for event &quot;{found}&quot;, not &quot;{expected}&quot;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="375"/>
        <source>made for another version of this event (package {package}…); the assessor must import the current version, then export again</source>
        <translation>made for another version of this event (package {package}…); the assessor must import the current version, then export again</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="383"/>
        <source>scored with another rubric than this event&apos;s</source>
        <translation>scored with another rubric than this event&apos;s</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="385"/>
        <source>does not list exactly the regions of this event</source>
        <translation>does not list exactly the regions of this event</translation>
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
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="158"/>
        <source>Minisign public key (*.pub)</source>
        <translation>Minisign public key (*.pub)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="180"/>
        <source>My signing identity</source>
        <translation>My signing identity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="193"/>
        <source>Create identity</source>
        <translation>Create identity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="222"/>
        <source>Your signing identity is a key pair made on this laptop. Your score bundles are signed with it, so the chair can check that they come from you, unaltered. The private key never leaves this laptop and is protected by a passphrase.</source>
        <translation>Your signing identity is a key pair made on this laptop. Your score bundles are signed with it, so the chair can check that they come from you, unaltered. The private key never leaves this laptop and is protected by a passphrase.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="230"/>
        <source>As on the roster, for example Dr. Rina Hartono</source>
        <translation>As on the roster, for example Dr. Rina Hartono</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="232"/>
        <source>For example Institut Teknologi Bandung</source>
        <translation>For example Institut Teknologi Bandung</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="234"/>
        <source>Optional: the id the chair gave you, e.g. A01</source>
        <translation>Optional: the id the chair gave you, e.g. A01</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="241"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="242"/>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="247"/>
        <source>A forgotten passphrase cannot be recovered: you would need a new identity and would have to give the chair your new public key. Write it down and keep it safe.</source>
        <translation>A forgotten passphrase cannot be recovered: you would need a new identity and would have to give the chair your new public key. Write it down and keep it safe.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="257"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="258"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="259"/>
        <source>Assessor i&amp;d:</source>
        <translation>Assessor i&amp;d:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="260"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="261"/>
        <source>Type it &amp;again:</source>
        <translation>Type it &amp;again:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="268"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="357"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="267"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="416"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="286"/>
        <source>Use at least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use at least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="289"/>
        <source>Too short: {length} characters; use at least {minimum}.</source>
        <translation>Too short: {length} characters; use at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="290"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="292"/>
        <source>Acceptable, but this is among the first passphrases anyone would try. Choose words of your own.</source>
        <translation>Acceptable, but this is among the first passphrases anyone would try. Choose words of your own.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="295"/>
        <source>Acceptable, but easy to guess. Longer is stronger: try three or four words.</source>
        <translation>Acceptable, but easy to guess. Longer is stronger: try three or four words.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="296"/>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="297"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="301"/>
        <source>Now type it again.</source>
        <translation>Now type it again.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="339"/>
        <source>Created. Give your public key to the chair: export it as a file, or copy the line.</source>
        <translation>Created. Give your public key to the chair: export it as a file, or copy the line.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="356"/>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="358"/>
        <source>Assessor id:</source>
        <translation>Assessor id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="359"/>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="360"/>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="368"/>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="368"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="372"/>
        <source>When you give your public key to the chair, read the fingerprint aloud so that both of you can check it is the same key.</source>
        <translation>When you give your public key to the chair, read the fingerprint aloud so that both of you can check it is the same key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="381"/>
        <source>P&amp;ublic key (the line for the roster):</source>
        <translation>P&amp;ublic key (the line for the roster):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="383"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="385"/>
        <source>&amp;Export public key…</source>
        <translation>&amp;Export public key…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="414"/>
        <source>Signing identity of {name}</source>
        <translation>Signing identity of {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="267"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="416"/>
        <source>Panel chair</source>
        <translation>Panel chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="431"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="441"/>
        <source>The public key line is on the clipboard.</source>
        <translation>The public key line is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="450"/>
        <source>Export public key</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="462"/>
        <source>Saved {path}. Give this file to the chair; anyone can check signatures with it.</source>
        <translation>Saved {path}. Give this file to the chair; anyone can check signatures with it.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="160"/>
        <source>Your signing identity</source>
        <translation>Your signing identity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="161"/>
        <source>&amp;Create identity</source>
        <translation>&amp;Create identity</translation>
    </message>
</context>
<context>
    <name>ImportEventDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="47"/>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="78"/>
        <source>Import event package</source>
        <translation>Import event package</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="49"/>
        <source>GM100 event package (*.gm100event);;All files (*)</source>
        <translation>GM100 event package (*.gm100event);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="91"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="94"/>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="95"/>
        <source>{event_id}, version {version}</source>
        <translation>{event_id}, version {version}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="97"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="98"/>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="101"/>
        <source>Contents:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="102"/>
        <source>{regions} regions, {panels} panels, {assessors} assessors</source>
        <translation>{regions} regions, {panels} panels, {assessors} assessors</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="106"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="106"/>
        <source>the panel chair</source>
        <translation>the panel chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="114"/>
        <source>Chair&apos;s key id:</source>
        <translation>Chair&apos;s key id:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="114"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="119"/>
        <source>Compare the chair&apos;s key id and fingerprint with the ones the chair reads out or hands out on paper. Import only if they are the same: otherwise the file did not come from the chair.</source>
        <translation>Compare the chair&apos;s key id and fingerprint with the ones the chair reads out or hands out on paper. Import only if they are the same: otherwise the file did not come from the chair.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="126"/>
        <source>I have &amp;compared the key id and fingerprint with the chair&apos;s</source>
        <translation>I have &amp;compared the key id and fingerprint with the chair&apos;s</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="134"/>
        <source>&amp;You are:</source>
        <translation>&amp;You are:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="212"/>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} days)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="229"/>
        <source>You will score as {assessor}: the roster holds your signing key.</source>
        <translation>You will score as {assessor}: the roster holds your signing key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="232"/>
        <source>You will score as {assessor}, as on this laptop before.</source>
        <translation>You will score as {assessor}, as on this laptop before.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="237"/>
        <source>There is no signing identity on this laptop yet, so the roster cannot tell who you are. Choose your name; create your identity afterwards (File menu) to sign your scores.</source>
        <translation>There is no signing identity on this laptop yet, so the roster cannot tell who you are. Choose your name; create your identity afterwards (File menu) to sign your scores.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="242"/>
        <source>Your signing key ({key_id}) is not in the roster of this event. Choose your name; the chair will have to confirm your key when merging the scores.</source>
        <translation>Your signing key ({key_id}) is not in the roster of this event. Choose your name; the chair will have to confirm your key when merging the scores.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="246"/>
        <source>Choose who you are…</source>
        <translation>Choose who you are…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="278"/>
        <source>&lt;b&gt;This replaces version {installed} of this event with version {version}.&lt;/b&gt; Every score, note and history entry is kept ({scores} scores given so far).</source>
        <translation>&lt;b&gt;This replaces version {installed} of this event with version {version}.&lt;/b&gt; Every score, note and history entry is kept ({scores} scores given so far).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="283"/>
        <source>Replace version {installed}</source>
        <translation>Replace version {installed}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="287"/>
        <source>This exact version is already installed. Importing it again changes nothing.</source>
        <translation>This exact version is already installed. Importing it again changes nothing.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="289"/>
        <source>Open this event</source>
        <translation>Open this event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="292"/>
        <source>The event will be installed on this laptop and opened for scoring.</source>
        <translation>The event will be installed on this laptop and opened for scoring.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="294"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="169"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="170"/>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="171"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="172"/>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="173"/>
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="174"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="179"/>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="179"/>
        <source>paper sheet</source>
        <translation>paper sheet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="182"/>
        <source>Add &amp;bundles…</source>
        <translation>Add &amp;bundles…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="183"/>
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="184"/>
        <source>Every score bundle in a folder, such as a USB stick</source>
        <translation>Every score bundle in a folder, such as a USB stick</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="185"/>
        <source>Paper s&amp;heets…</source>
        <translation>Paper s&amp;heets…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="186"/>
        <source>&amp;Pin key…</source>
        <translation>&amp;Pin key…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="188"/>
        <source>Count a quarantined bundle after comparing its key&apos;s fingerprint</source>
        <translation>Count a quarantined bundle after comparing its key&apos;s fingerprint</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="190"/>
        <source>&amp;Accept late bundle…</source>
        <translation>&amp;Accept late bundle…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="191"/>
        <source>Set deadlin&amp;e…</source>
        <translation>Set deadlin&amp;e…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="192"/>
        <source>Input &amp;files</source>
        <translation>Input &amp;files</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="193"/>
        <source>&amp;Marks that do not count</source>
        <translation>&amp;Marks that do not count</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="195"/>
        <source>Drop score bundles or a folder here. Every file is verified against the event&apos;s roster.</source>
        <translation>Drop score bundles or a folder here. Every file is verified against the event&apos;s roster.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="229"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="231"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="233"/>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="251"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="235"/>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="239"/>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="241"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="244"/>
        <source>Reason and notes</source>
        <translation>Reason and notes</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="252"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="253"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="255"/>
        <source>Why they do not count</source>
        <translation>Why they do not count</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="265"/>
        <source>{count} {state}</source>
        <translation>{count} {state}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="269"/>
        <source>Files: {files} ({counts}).</source>
        <translation>Files: {files} ({counts}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="272"/>
        <source>No score bundles yet: add them, or drop them here.</source>
        <translation>No score bundles yet: add them, or drop them here.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="280"/>
        <source>Deadline: {time}.</source>
        <translation>Deadline: {time}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="289"/>
        <source>Select a file to read why it counts or not.</source>
        <translation>Select a file to read why it counts or not.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="292"/>
        <source>{file}: {state}.</source>
        <translation>{file}: {state}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="296"/>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="298"/>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="344"/>
        <source>Pin a key to an assessor</source>
        <translation>Pin a key to an assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="346"/>
        <source>The bundle {file} is signed with a key the roster does not hold for assessor {assessor}. Pinning counts this key as {assessor}&apos;s key in this merge.</source>
        <translation>The bundle {file} is signed with a key the roster does not hold for assessor {assessor}. Pinning counts this key as {assessor}&apos;s key in this merge.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="350"/>
        <source>I &amp;compared this fingerprint with the one on the assessor&apos;s own laptop</source>
        <translation>I &amp;compared this fingerprint with the one on the assessor&apos;s own laptop</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="362"/>
        <source>Accept a late bundle</source>
        <translation>Accept a late bundle</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="363"/>
        <source>Count the late bundle {file} of assessor {assessor}? {why}.</source>
        <translation>Count the late bundle {file} of assessor {assessor}? {why}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="378"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="383"/>
        <source>Set the deadline for bundles</source>
        <translation>Set the deadline for bundles</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="385"/>
        <source>Bundles created after this time (venue time) are late: they count only when you accept them.</source>
        <translation>Bundles created after this time (venue time) are late: they count only when you accept them.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="132"/>
        <source>Welcome to GM100 Assessor</source>
        <translation>Welcome to GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="135"/>
        <source>This assistant prepares this laptop for scoring in a few steps: the language, your signing identity, and the event package from the chair. First choose the language of the application.</source>
        <translation>This assistant prepares this laptop for scoring in a few steps: the language, your signing identity, and the event package from the chair. First choose the language of the application.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="140"/>
        <source>You can change it later under Settings → Language.</source>
        <translation>You can change it later under Settings → Language.</translation>
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
    <name>MergeModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="245"/>
        <source>Reading the event package…</source>
        <translation>Reading the event package…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="253"/>
        <source>Opening the merge session…</source>
        <translation>Opening the merge session…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="269"/>
        <source>Verifying bundle {done} of {total}…</source>
        <translation>Verifying bundle {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="279"/>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="197"/>
        <source>&amp;Inputs</source>
        <translation>&amp;Inputs</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="198"/>
        <source>&amp;Completeness</source>
        <translation>&amp;Completeness</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="199"/>
        <source>&amp;Ranking</source>
        <translation>&amp;Ranking</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="200"/>
        <source>Re&amp;liability</source>
        <translation>Re&amp;liability</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="201"/>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsitivity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="202"/>
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="203"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="207"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="208"/>
        <source>New session from event pac&amp;kage…</source>
        <translation>New session from event pac&amp;kage…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="209"/>
        <source>New session from the &amp;current event</source>
        <translation>New session from the &amp;current event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="210"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="211"/>
        <source>&amp;Save session</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="212"/>
        <source>Save session &amp;as…</source>
        <translation>Save session &amp;as…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="213"/>
        <source>Add &amp;bundles…</source>
        <translation>Add &amp;bundles…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="214"/>
        <source>Add &amp;folder…</source>
        <translation>Add &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="215"/>
        <source>&amp;Paper sheets…</source>
        <translation>&amp;Paper sheets…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="216"/>
        <source>E&amp;xport ranking…</source>
        <translation>E&amp;xport ranking…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="217"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="220"/>
        <source>&lt;h3&gt;Merge the score bundles&lt;/h3&gt;&lt;p&gt;Start from the event package the assessors scored, or reopen a saved merge session. Bundles are then added from files or a whole folder (a USB stick), each verified against the event&apos;s roster.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Merge the score bundles&lt;/h3&gt;&lt;p&gt;Start from the event package the assessors scored, or reopen a saved merge session. Bundles are then added from files or a whole folder (a USB stick), each verified against the event&apos;s roster.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="225"/>
        <source>Use the chair&apos;s current &amp;event</source>
        <translation>Use the chair&apos;s current &amp;event</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="226"/>
        <source>Open event &amp;package…</source>
        <translation>Open event &amp;package…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="227"/>
        <source>&amp;Open a saved session…</source>
        <translation>&amp;Open a saved session…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="246"/>
        <source>Merge — {app}</source>
        <translation>Merge — {app}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="257"/>
        <source>session {file}</source>
        <translation>session {file}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="259"/>
        <source>session not saved yet</source>
        <translation>session not saved yet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="262"/>
        <source>&lt;b&gt;{event}&lt;/b&gt; · {event_id} version {version} · chair key {key_id} · {saved}</source>
        <translation>&lt;b&gt;{event}&lt;/b&gt; · {event_id} version {version} · chair key {key_id} · {saved}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="270"/>
        <source>{event} — Merge — {app}[*]</source>
        <translation>{event} — Merge — {app}[*]</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="290"/>
        <source>Open the event package</source>
        <translation>Open the event package</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="290"/>
        <source>Event package (*.gm100event)</source>
        <translation>Event package (*.gm100event)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="303"/>
        <source>The chair&apos;s event package was not found on this computer. Open the exported .gm100event file instead.</source>
        <translation>The chair&apos;s event package was not found on this computer. Open the exported .gm100event file instead.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="313"/>
        <source>Open a merge session</source>
        <translation>Open a merge session</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="313"/>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="332"/>
        <source>Merge session (*.gm100merge)</source>
        <translation>Merge session (*.gm100merge)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="332"/>
        <source>Save the merge session</source>
        <translation>Save the merge session</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="346"/>
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="355"/>
        <source>Add score bundles</source>
        <translation>Add score bundles</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="355"/>
        <source>Score bundles (*.gm100bundle)</source>
        <translation>Score bundles (*.gm100bundle)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="362"/>
        <source>Add every score bundle in a folder</source>
        <translation>Add every score bundle in a folder</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="427"/>
        <source>The merge is still running: wait for it, or cancel it.</source>
        <translation>The merge is still running: wait for it, or cancel it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="435"/>
        <source>The merge session has changes that are not saved. Save them first?</source>
        <translation>The merge session has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/open_document.py" line="36"/>
        <source>To merge {file}, first open the event package it was scored for (or a merge session), then add the bundle.</source>
        <translation>To merge {file}, first open the event package it was scored for (or a merge session), then add the bundle.</translation>
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
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="264"/>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="596"/>
        <source>Paper score sheets</source>
        <translation>Paper score sheets</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="265"/>
        <source>Type a paper sheet</source>
        <translation>Type a paper sheet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="268"/>
        <source>&amp;Typed by:</source>
        <translation>&amp;Typed by:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="268"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="268"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="272"/>
        <source>Your name; a second person types the same sheet again</source>
        <translation>Your name; a second person types the same sheet again</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="275"/>
        <source>Code or name</source>
        <translation>Code or name</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="278"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="280"/>
        <source>Score ({low}–{high})</source>
        <translation>Score ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="281"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="300"/>
        <source>Score of {criterion}</source>
        <translation>Score of {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="303"/>
        <source>Note on {criterion}</source>
        <translation>Note on {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="306"/>
        <source>C&amp;lear form</source>
        <translation>C&amp;lear form</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="307"/>
        <source>&amp;Save sheet</source>
        <translation>&amp;Save sheet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="308"/>
        <source>Sheets typed so far</source>
        <translation>Sheets typed so far</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="309"/>
        <source>S&amp;heets (Enter on a sheet chooses it in the form):</source>
        <translation>S&amp;heets (Enter on a sheet chooses it in the form):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="310"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="310"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="310"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="311"/>
        <source>&amp;Differences and problems of the selected sheet:</source>
        <translation>&amp;Differences and problems of the selected sheet:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="312"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="313"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="314"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="367"/>
        <source>Type your name in “Typed by” first.</source>
        <translation>Type your name in “Typed by” first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="369"/>
        <source>Choose the assessor and the region of the sheet.</source>
        <translation>Choose the assessor and the region of the sheet.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="381"/>
        <source>{criterion} has a note but no score; a paper entry counts only with a score.</source>
        <translation>{criterion} has a note but no score; a paper entry counts only with a score.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="387"/>
        <source>{criterion}: {score} is not on the scale {low}–{high}.</source>
        <translation>{criterion}: {score} is not on the scale {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="395"/>
        <source>Nothing is typed in the sheet yet.</source>
        <translation>Nothing is typed in the sheet yet.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="403"/>
        <source>Saved for {assessor}, region {region}, typed by {name} (entries: {count}): {status}</source>
        <translation>Saved for {assessor}, region {region}, typed by {name} (entries: {count}): {status}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="570"/>
        <source>Entries imported from {file}: {count}.</source>
        <translation>Entries imported from {file}: {count}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="587"/>
        <source>Entries written to {file}: {count}.</source>
        <translation>Entries written to {file}: {count}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="407"/>
        <source>{name} had typed this sheet before: only someone else&apos;s entry confirms it.</source>
        <translation>{name} had typed this sheet before: only someone else&apos;s entry confirms it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="445"/>
        <source>Sheets: {sheets} · complete: {complete} · mismatches: {mismatches} · entries: {entries} · refused entries: {refused}</source>
        <translation>Sheets: {sheets} · complete: {complete} · mismatches: {mismatches} · entries: {entries} · refused entries: {refused}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="463"/>
        <source>{confirmed}/{total} confirmed</source>
        <translation>{confirmed}/{total} confirmed</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="467"/>
        <source>Complete: {confirmed}</source>
        <translation>Complete: {confirmed}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="470"/>
        <source>waiting for a second entry: {count}</source>
        <translation>waiting for a second entry: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="472"/>
        <source>mismatches: {count}</source>
        <translation>mismatches: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="474"/>
        <source>refused: {count}</source>
        <translation>refused: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="512"/>
        <source>{criterion}: waiting for a second entry (typed by {names})</source>
        <translation>{criterion}: waiting for a second entry (typed by {names})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="519"/>
        <source>{difference} — the first value counts: two people typed it</source>
        <translation>{difference} — the first value counts: two people typed it</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="530"/>
        <source>Refused {criterion} by {name}, line {line}: {reasons}</source>
        <translation>Refused {criterion} by {name}, line {line}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="534"/>
        <source>Refused {criterion} by {name}: {reasons}</source>
        <translation>Refused {criterion} by {name}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="537"/>
        <source>Nothing to resolve in this sheet.</source>
        <translation>Nothing to resolve in this sheet.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="542"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="542"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="543"/>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="545"/>
        <source>{value} ({names})</source>
        <translation>{value} ({names})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="551"/>
        <source>{criterion} {field}: {values}</source>
        <translation>{criterion} {field}: {values}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="559"/>
        <source>Import paper-sheet entries</source>
        <translation>Import paper-sheet entries</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="559"/>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="577"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="577"/>
        <source>Export paper-sheet entries</source>
        <translation>Export paper-sheet entries</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="597"/>
        <source>The sheet in the form is not saved. Close and lose what is typed?</source>
        <translation>The sheet in the form is not saved. Close and lose what is typed?</translation>
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
    <name>PinKeyPanel</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="55"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="56"/>
        <source>Assessor named in the bundle:</source>
        <translation>Assessor named in the bundle:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="59"/>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="60"/>
        <source>Fingerprint of this bundle&apos;s key</source>
        <translation>Fingerprint of this bundle&apos;s key</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="70"/>
        <source>None: this assessor was enrolled without a key.</source>
        <translation>None: this assessor was enrolled without a key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="71"/>
        <source>Key the roster holds:</source>
        <translation>Key the roster holds:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="74"/>
        <source>Ask the assessor to open their signing identity on their own laptop and read the fingerprint aloud (or scan its QR code). Pin the key only when every group matches.</source>
        <translation>Ask the assessor to open their signing identity on their own laptop and read the fingerprint aloud (or scan its QR code). Pin the key only when every group matches.</translation>
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
    <name>RankingView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="193"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="194"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="195"/>
        <source>Trimmed mean</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="196"/>
        <source>Adjusted for rater severity</source>
        <translation>Adjusted for rater severity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="201"/>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;hod:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="202"/>
        <source>&amp;Top:</source>
        <translation>&amp;Top:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="203"/>
        <source>Tie-&amp;break…</source>
        <translation>Tie-&amp;break…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="204"/>
        <source>Which dimension scores order regions with equal totals</source>
        <translation>Which dimension scores order regions with equal totals</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="205"/>
        <source>Incl&amp;ude in ranking…</source>
        <translation>Incl&amp;ude in ranking…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="206"/>
        <source>Ranking (the line marks the top N)</source>
        <translation>Ranking (the line marks the top N)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="234"/>
        <source>Ties: {chain}</source>
        <translation>Ties: {chain}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="242"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="244"/>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="275"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="245"/>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="276"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="247"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="253"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="254"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="262"/>
        <source>{selected} of the top {top} places are filled; {ranked} regions are ranked.</source>
        <translation>{selected} of the top {top} places are filled; {ranked} regions are ranked.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="267"/>
        <source>Regions {codes} are tied across the cut line for {places} places: the chair decides between them.</source>
        <translation>Regions {codes} are tied across the cut line for {places} places: the chair decides between them.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="277"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="278"/>
        <source>Why it is not ranked</source>
        <translation>Why it is not ranked</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="282"/>
        <source>Incomplete regions not ranked: {count}</source>
        <translation>Incomplete regions not ranked: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="296"/>
        <source>shared rank</source>
        <translation>shared rank</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="297"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="301"/>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="303"/>
        <source>tied at the cut line</source>
        <translation>tied at the cut line</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="305"/>
        <source>not selected</source>
        <translation>not selected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="306"/>
        <source>incomplete, included by the chair</source>
        <translation>incomplete, included by the chair</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="315"/>
        <source>nobody has scored it</source>
        <translation>nobody has scored it</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="318"/>
        <source>not finalised by {who}</source>
        <translation>not finalised by {who}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="321"/>
        <source>assessors who have not scored it: {count}</source>
        <translation>assessors who have not scored it: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="324"/>
        <source>criteria nobody scored: {ids}</source>
        <translation>criteria nobody scored: {ids}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="355"/>
        <source>Change the merge method</source>
        <translation>Change the merge method</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="356"/>
        <source>Merge each criterion with: {new} (now: {old})?</source>
        <translation>Merge each criterion with: {new} (now: {old})?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="368"/>
        <source>Change how many regions are selected</source>
        <translation>Change how many regions are selected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="369"/>
        <source>Select the top {new} regions (now the top {old})?</source>
        <translation>Select the top {new} regions (now the top {old})?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="380"/>
        <source>Change the tie-break chain</source>
        <translation>Change the tie-break chain</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="382"/>
        <source>Regions with equal totals are ordered by these dimension scores, highest first. Untick a dimension to leave it out.</source>
        <translation>Regions with equal totals are ordered by these dimension scores, highest first. Untick a dimension to leave it out.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="397"/>
        <source>Rank an incomplete region</source>
        <translation>Rank an incomplete region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="399"/>
        <source>Rank {code} {name} although its scoring is incomplete ({why})? Its numbers are then provisional, over what was scored.</source>
        <translation>Rank {code} {name} although its scoring is incomplete ({why})? Its numbers are then provisional, over what was scored.</translation>
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
    <name>ReliabilityView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="102"/>
        <source>Agreement per panel</source>
        <translation>Agreement per panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="103"/>
        <source>Assessors compared with the rest of their panel</source>
        <translation>Assessors compared with the rest of their panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="105"/>
        <source>Criteria where the assessors disagree: {count}</source>
        <translation>Criteria where the assessors disagree: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="109"/>
        <source>Krippendorff&apos;s alpha over all regions: interval {interval}, ordinal {ordinal}.</source>
        <translation>Krippendorff&apos;s alpha over all regions: interval {interval}, ordinal {ordinal}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="116"/>
        <source>Assessors outside the corridor: {ids}.</source>
        <translation>Assessors outside the corridor: {ids}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="123"/>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="146"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="125"/>
        <source>Regions × assessors used</source>
        <translation>Regions × assessors used</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="127"/>
        <source>Left out: regions {regions}; assessors {assessors}</source>
        <translation>Left out: regions {regions}; assessors {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="133"/>
        <source>Kendall&apos;s W</source>
        <translation>Kendall&apos;s W</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="137"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="145"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="148"/>
        <source>Mean deviation (points)</source>
        <translation>Mean deviation (points)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="152"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="154"/>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="155"/>
        <source>outside</source>
        <translation>outside</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="155"/>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="159"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="176"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="177"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="178"/>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="179"/>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="181"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="197"/>
        <source>none ({reason})</source>
        <translation>none ({reason})</translation>
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
        <source>The event is over. Its first presentation day: {day}</source>
        <translation>The event is over. Its first presentation day: {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="183"/>
        <source>No presentations today. Next presentation day: {day}</source>
        <translation>No presentations today. Next presentation day: {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="188"/>
        <source>No presentations today.</source>
        <translation>No presentations today.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="206"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="209"/>
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
    <name>SensitivityView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="227"/>
        <source>By merge method</source>
        <translation>By merge method</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="228"/>
        <source>Leaving one assessor out</source>
        <translation>Leaving one assessor out</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="233"/>
        <source>{stable} of the {selected} selected regions stay selected in every case below: {codes}.</source>
        <translation>{stable} of the {selected} selected regions stay selected in every case below: {codes}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="240"/>
        <source>{method}: not compared. {reason}</source>
        <translation>{method}: not compared. {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="248"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="249"/>
        <source>Enter the top N</source>
        <translation>Enter the top N</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="250"/>
        <source>Leave the top N</source>
        <translation>Leave the top N</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="251"/>
        <source>Tied at the cut line</source>
        <translation>Tied at the cut line</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="256"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="260"/>
        <source>Without assessor</source>
        <translation>Without assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="267"/>
        <source>{method} (in force)</source>
        <translation>{method} (in force)</translation>
    </message>
</context>
<context>
    <name>SeverityView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="280"/>
        <source>Severity of each assessor</source>
        <translation>Severity of each assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="292"/>
        <source>Above 0: more lenient than the average assessor; below 0: more severe (rubric scale points). Residual standard deviation {sigma}; {clamped} adjusted scores were cut back to the scale.</source>
        <translation>Above 0: more lenient than the average assessor; below 0: more severe (rubric scale points). Residual standard deviation {sigma}; {clamped} adjusted scores were cut back to the scale.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="300"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="301"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="302"/>
        <source>Standard error</source>
        <translation>Standard error</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="303"/>
        <source>Scores used</source>
        <translation>Scores used</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="304"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="74"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="107"/>
        <source>Print pre&amp;view of the ranking report…</source>
        <translation>Print pre&amp;view of the ranking report…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="108"/>
        <source>&amp;Print the ranking report…</source>
        <translation>&amp;Print the ranking report…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="109"/>
        <source>&amp;Save the ranking report as PDF…</source>
        <translation>&amp;Save the ranking report as PDF…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="110"/>
        <source>Print previe&amp;w of all region sheets…</source>
        <translation>Print previe&amp;w of all region sheets…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="111"/>
        <source>Print &amp;all region sheets…</source>
        <translation>Print &amp;all region sheets…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="112"/>
        <source>Save all &amp;region sheets as PDF…</source>
        <translation>Save all &amp;region sheets as PDF…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="117"/>
        <source>Printin&amp;g</source>
        <translation>Printin&amp;g</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="150"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="150"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="162"/>
        <source>Saved {file}: {pages} pages.</source>
        <translation>Saved {file}: {pages} pages.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="165"/>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="206"/>
        <source>Preparing sheet {done} of {total}…</source>
        <translation>Preparing sheet {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="221"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Sent {pages} pages to the printer.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="224"/>
        <source>Printing page {done} of {total}…</source>
        <translation>Printing page {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="228"/>
        <source>Still printing: wait for it, or cancel it.</source>
        <translation>Still printing: wait for it, or cancel it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="233"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="262"/>
        <source>Opened {file} in the PDF viewer: print it from there.</source>
        <translation>Opened {file} in the PDF viewer: print it from there.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="264"/>
        <source>No PDF viewer opened. The sheets are in {file}.</source>
        <translation>No PDF viewer opened. The sheets are in {file}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="274"/>
        <source>{event} — ranking report</source>
        <translation>{event} — ranking report</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="275"/>
        <source>{event} — score sheets</source>
        <translation>{event} — score sheets</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="276"/>
        <source>{event} — blank paper sheets</source>
        <translation>{event} — blank paper sheets</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="277"/>
        <source>{event} — schedule</source>
        <translation>{event} — schedule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="279"/>
        <source>{event} — region sheets</source>
        <translation>{event} — region sheets</translation>
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
    <name>TieBreakEditor</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="67"/>
        <source>Tie-break order</source>
        <translation>Tie-break order</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="68"/>
        <source>Tie-break &amp;order (first decides first):</source>
        <translation>Tie-break &amp;order (first decides first):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="77"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="78"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
</context>
<context>
    <name>WindowPrinting</name>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="85"/>
        <source>Print &amp;my score sheets</source>
        <translation>Print &amp;my score sheets</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="86"/>
        <source>Print blank &amp;paper sheets</source>
        <translation>Print blank &amp;paper sheets</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="87"/>
        <source>Print &amp;the schedule</source>
        <translation>Print &amp;the schedule</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="90"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="91"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="92"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="96"/>
        <source>Your scores as last exported, with the bundle&apos;s number: export first (Ctrl+E) to include your latest changes.</source>
        <translation>Your scores as last exported, with the bundle&apos;s number: export first (Ctrl+E) to include your latest changes.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="99"/>
        <source>Paper sheets to score on by hand, should a laptop fail.</source>
        <translation>Paper sheets to score on by hand, should a laptop fail.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="100"/>
        <source>The presentation schedule, a page per panel and day.</source>
        <translation>The presentation schedule, a page per panel and day.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="112"/>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="118"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="151"/>
        <source>You have not exported your scores yet. The score sheets are printed from the signed score bundle, so that the paper matches it: export first (File → Export score bundle…, Ctrl+E).</source>
        <translation>You have not exported your scores yet. The score sheets are printed from the signed score bundle, so that the paper matches it: export first (File → Export score bundle…, Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="160"/>
        <source>Your last exported score bundle (number {sequence}) is no longer at {file}: was the USB stick removed? Plug it in again, or export again (Ctrl+E) and print then.</source>
        <translation>Your last exported score bundle (number {sequence}) is no longer at {file}: was the USB stick removed? Plug it in again, or export again (Ctrl+E) and print then.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="168"/>
        <source>Your scores changed after export number {sequence}. The sheets show the exported, signed record, not the changes since. Print them anyway? (Or export again first, Ctrl+E.)</source>
        <translation>Your scores changed after export number {sequence}. The sheets show the exported, signed record, not the changes since. Print them anyway? (Or export again first, Ctrl+E.)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="185"/>
        <source>The event draft still has problems, so there is nothing to print yet. Resolve the problems listed on the Export page first.</source>
        <translation>The event draft still has problems, so there is nothing to print yet. Resolve the problems listed on the Export page first.</translation>
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
