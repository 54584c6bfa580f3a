<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssessorWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="137"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="161"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Find region…</source>
        <translation>&amp;Find region…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="165"/>
        <source>Go to region &amp;list</source>
        <translation>Go to region &amp;list</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Next region</source>
        <translation>&amp;Next region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="167"/>
        <source>&amp;Previous region</source>
        <translation>&amp;Previous region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="168"/>
        <source>Go to &amp;current slot</source>
        <translation>Go to &amp;current slot</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="169"/>
        <source>F&amp;inalise region</source>
        <translation>F&amp;inalise region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="170"/>
        <source>Re&amp;open region…</source>
        <translation>Re&amp;open region…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="171"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="172"/>
        <source>&amp;About GM100 Assessor</source>
        <translation>&amp;About GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="174"/>
        <source>The score database on this laptop</source>
        <translation>The score database on this laptop</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="199"/>
        <source>No presentation is scheduled from now on.</source>
        <translation>No presentation is scheduled from now on.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="206"/>
        <location filename="../../gm100_desktop/ui/main_window.py" line="213"/>
        <source>Open a region first.</source>
        <translation>Open a region first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="208"/>
        <source>{code} finalised and saved.</source>
        <translation>{code} finalised and saved.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="216"/>
        <source>{code} reopened; the reason is in its history.</source>
        <translation>{code} reopened; the reason is in its history.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="233"/>
        <source>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="243"/>
        <source>About GM100 Assessor</source>
        <translation>About GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="265"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="282"/>
        <source>{name} · {panel}</source>
        <translation>{name} · {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="283"/>
        <source>no panel</source>
        <translation>no panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="321"/>
        <source>Could not save the settings: {error}</source>
        <translation>Could not save the settings: {error}</translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../gm100_desktop/ui/errors.py" line="32"/>
        <location filename="../../gm100_desktop/ui/errors.py" line="44"/>
        <source>GM100 Assessor</source>
        <translation>GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/errors.py" line="40"/>
        <source>An unexpected error occurred. Your saved scores are safe.

{error}

Details are in {folder}</source>
        <translation>An unexpected error occurred. Your saved scores are safe.

{error}

Details are in {folder}</translation>
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
        <source>There is no {role} signing identity on this computer (looked for {path}). Create one first: gm100 identity create --name &quot;Your name&quot; --role {role}</source>
        <translation>There is no {role} signing identity on this computer (looked for {path}). Create one first: gm100 identity create --name &quot;Your name&quot; --role {role}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="209"/>
        <source>A signing identity for the {role} role already exists in {path}. It was not replaced: scores signed with it could no longer be matched to you. Move the file away first if you really need a new key.</source>
        <translation>A signing identity for the {role} role already exists in {path}. It was not replaced: scores signed with it could no longer be matched to you. Move the file away first if you really need a new key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="221"/>
        <source>Wrong passphrase for the signing identity {path}. Nothing was signed.</source>
        <translation>Wrong passphrase for the signing identity {path}. Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="232"/>
        <source>Passphrase problem: {reason}</source>
        <translation>Passphrase problem: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="245"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="256"/>
        <source>{file}: refused as unsafe or damaged archive: {reason}</source>
        <translation>{file}: refused as unsafe or damaged archive: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="262"/>
        <source>{file}: signature check failed: {reason}</source>
        <translation>{file}: signature check failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="268"/>
        <source>{file}: its parts do not match: {reason}</source>
        <translation>{file}: its parts do not match: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="278"/>
        <source>{file}: this score bundle belongs to {found}, not to {expected}.</source>
        <translation>{file}: this score bundle belongs to {found}, not to {expected}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="289"/>
        <source>Cannot import {file}: {reason}</source>
        <translation>Cannot import {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="293"/>
        <source>Cannot import {file}: it is version {version} of the event {event}, but version {installed} is already installed. An older version never replaces a newer one.</source>
        <translation>Cannot import {file}: it is version {version} of the event {event}, but version {installed} is already installed. An older version never replaces a newer one.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="304"/>
        <source>Cannot import {file}: version {version} of the event {event} is already installed with different content. Ask the chair for a package with a higher version number.</source>
        <translation>Cannot import {file}: version {version} of the event {event} is already installed with different content. Ask the chair for a package with a higher version number.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="315"/>
        <source>Cannot import {file}: it is signed by chair key {new_key}, but the installed version of the event was signed by chair key {old_key}. Check with the chair in person before accepting a new chair key.</source>
        <translation>Cannot import {file}: it is signed by chair key {new_key}, but the installed version of the event was signed by chair key {old_key}. Check with the chair in person before accepting a new chair key.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="328"/>
        <source>Cannot tell which assessor of the roster you are: {reason} Choose yourself with --as ASSESSOR_ID (roster: {roster}).</source>
        <translation>Cannot tell which assessor of the roster you are: {reason} Choose yourself with --as ASSESSOR_ID (roster: {roster}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="339"/>
        <source>The chair registered key {roster_key} for assessor {assessor}, but this computer&apos;s identity has key {local_key}. Scores signed with it would be refused; use the identity you gave the chair.</source>
        <translation>The chair registered key {roster_key} for assessor {assessor}, but this computer&apos;s identity has key {local_key}. Scores signed with it would be refused; use the identity you gave the chair.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="350"/>
        <source>The demo event is for practice and is not signed by a chair, so its scores cannot be exported as a signed score bundle. Import the chair&apos;s event package (.gm100event) first.</source>
        <translation>The demo event is for practice and is not signed by a chair, so its scores cannot be exported as a signed score bundle. Import the chair&apos;s event package (.gm100event) first.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="361"/>
        <source>Could not write {path}: {reason}. No file was left under that name; your scores are safe in the database.</source>
        <translation>Could not write {path}: {reason}. No file was left under that name; your scores are safe in the database.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="374"/>
        <source>The score database {path} was written by a newer GM100 Assessor (schema {revision}). Install the newer version to open it.</source>
        <translation>The score database {path} was written by a newer GM100 Assessor (schema {revision}). Install the newer version to open it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="387"/>
        <source>{file}: {count} problem(s); nothing was imported.
{problems}</source>
        <translation>{file}: {count} problem(s); nothing was imported.
{problems}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/cli.py" line="308"/>
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
    <name>RegionList</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="299"/>
        <source>Re&amp;gions</source>
        <translation>Re&amp;gions</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="300"/>
        <source>Search code, name or province (Ctrl+F)</source>
        <translation>Search code, name or province (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="302"/>
        <source>Type to filter the regions; Enter opens the first match, Esc clears.</source>
        <translation>Type to filter the regions; Enter opens the first match, Esc clears.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="376"/>
        <source>Enter opens the selected region for scoring.</source>
        <translation>Enter opens the selected region for scoring.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="385"/>
        <source>{code} {name}: {state}. Enter opens it for scoring.</source>
        <translation>{code} {name}: {state}. Enter opens it for scoring.</translation>
    </message>
</context>
<context>
    <name>RegionListModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="101"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="101"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="101"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="101"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="160"/>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="162"/>
        <source>Finalised {scored}/{total}</source>
        <translation>Finalised {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="164"/>
        <source>In progress {scored}/{total}</source>
        <translation>In progress {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="165"/>
        <source>Not started {scored}/{total}</source>
        <translation>Not started {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="171"/>
        <source>Presentation {start}–{end}</source>
        <translation>Presentation {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="182"/>
        <source>Conflict of interest: {reason}. You cannot score this region.</source>
        <translation>Conflict of interest: {reason}. You cannot score this region.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="183"/>
        <source>declared by the secretariat</source>
        <translation>declared by the secretariat</translation>
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
    <name>RubricGuide</name>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="142"/>
        <source>&lt;b&gt;{low}–{high}&lt;/b&gt; choose a level</source>
        <translation>&lt;b&gt;{low}–{high}&lt;/b&gt; choose a level</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="144"/>
        <source>&lt;b&gt;digits&lt;/b&gt; type a level</source>
        <translation>&lt;b&gt;digits&lt;/b&gt; type a level</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="145"/>
        <source>&lt;b&gt;← →&lt;/b&gt; preview, &lt;b&gt;Space&lt;/b&gt; chooses</source>
        <translation>&lt;b&gt;← →&lt;/b&gt; preview, &lt;b&gt;Space&lt;/b&gt; chooses</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="146"/>
        <source>&lt;b&gt;Delete&lt;/b&gt; clears</source>
        <translation>&lt;b&gt;Delete&lt;/b&gt; clears</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="147"/>
        <source>&lt;b&gt;↑ ↓&lt;/b&gt; previous / next criterion</source>
        <translation>&lt;b&gt;↑ ↓&lt;/b&gt; previous / next criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="148"/>
        <source>&lt;b&gt;Tab&lt;/b&gt; to the note, then to the next criterion</source>
        <translation>&lt;b&gt;Tab&lt;/b&gt; to the note, then to the next criterion</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="149"/>
        <source>&lt;b&gt;Ctrl+Enter&lt;/b&gt; finalises the region</source>
        <translation>&lt;b&gt;Ctrl+Enter&lt;/b&gt; finalises the region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="151"/>
        <source>Keyboard:</source>
        <translation>Keyboard:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="157"/>
        <source>Rubric guide</source>
        <translation>Rubric guide</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="158"/>
        <source>Move to a criterion to see what each level means.</source>
        <translation>Move to a criterion to see what each level means.</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
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
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="199"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="202"/>
        <source>Enter or double-click opens this region</source>
        <translation>Enter or double-click opens this region</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="66"/>
        <source>Score {criterion} of {region}</source>
        <translation>Score {criterion} of {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="71"/>
        <source>Note on {criterion} of {region}</source>
        <translation>Note on {criterion} of {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="76"/>
        <source>Region note of {region}</source>
        <translation>Region note of {region}</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="170"/>
        <source>Score needed</source>
        <translation>Score needed</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="172"/>
        <source>Note needed</source>
        <translation>Note needed</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="211"/>
        <source>Region note</source>
        <translation>Region note</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="214"/>
        <source>Overall impression of the presentation (optional)</source>
        <translation>Overall impression of the presentation (optional)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="215"/>
        <source>Note on the region</source>
        <translation>Note on the region</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="216"/>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="218"/>
        <source>Lock this region&apos;s scores (Ctrl+Enter). Every criterion must be scored.</source>
        <translation>Lock this region&apos;s scores (Ctrl+Enter). Every criterion must be scored.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="220"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="221"/>
        <source>Unlock this region to change scores; a reason is required.</source>
        <translation>Unlock this region to change scores; a reason is required.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="373"/>
        <source>The score could not be saved.</source>
        <translation>The score could not be saved.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="389"/>
        <source>The note could not be saved.</source>
        <translation>The note could not be saved.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="495"/>
        <source>&lt;b&gt;Conflict of interest.&lt;/b&gt; You cannot score {region}: {reason}. The other assessors of the panel score it.</source>
        <translation>&lt;b&gt;Conflict of interest.&lt;/b&gt; You cannot score {region}: {reason}. The other assessors of the panel score it.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="505"/>
        <source>&lt;b&gt;Finalised&lt;/b&gt; {time}. The scores are locked; choose Reopen… and give a reason to change them.</source>
        <translation>&lt;b&gt;Finalised&lt;/b&gt; {time}. The scores are locked; choose Reopen… and give a reason to change them.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="522"/>
        <source>No region selected</source>
        <translation>No region selected</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="523"/>
        <source>Choose a region from the schedule to start scoring.</source>
        <translation>Choose a region from the schedule to start scoring.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="531"/>
        <source>slot {day} {start}–{end}</source>
        <translation>slot {day} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="545"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="546"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="547"/>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="569"/>
        <source>{dimension} — not scored yet, 0 of {criteria}</source>
        <translation>{dimension} — not scored yet, 0 of {criteria}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="573"/>
        <source>{dimension} — {score} / 100, {scored} of {criteria} scored</source>
        <translation>{dimension} — {score} / 100, {scored} of {criteria} scored</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="581"/>
        <source>Total: not scored yet</source>
        <translation>Total: not scored yet</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="583"/>
        <source>Total {score} / 100</source>
        <translation>Total {score} / 100</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="586"/>
        <source>Total {score} / 100 (provisional: {scored} of {criteria} criteria scored)</source>
        <translation>Total {score} / 100 (provisional: {scored} of {criteria} criteria scored)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="599"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="212"/>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="601"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="603"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
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
</TS>
