<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AssessorDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="41"/>
        <source>Edit assessor</source>
        <translation>Ubah asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="41"/>
        <source>Add assessor</source>
        <translation>Tambah asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="50"/>
        <source>(placed when planning)</source>
        <translation>(ditempatkan saat perencanaan)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="58"/>
        <source>Assessor &amp;id:</source>
        <translation>&amp;ID asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="26"/>
        <source>(any)</source>
        <translation>(bebas)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="27"/>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="28"/>
        <source>Academic</source>
        <translation>Akademisi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="29"/>
        <source>Practitioner</source>
        <translation>Praktisi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="60"/>
        <source>Ins&amp;titution:</source>
        <translation>Ins&amp;titusi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="61"/>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="62"/>
        <source>&amp;Panel:</source>
        <translation>Pane&amp;l:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="91"/>
        <source>The assessor id must be 1 to 32 letters, digits, &quot;.&quot;, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>ID asesor harus terdiri atas 1 sampai 32 huruf, angka, &quot;.&quot;, &quot;-&quot; atau &quot;_&quot;.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="93"/>
        <source>The assessor needs a name.</source>
        <translation>Asesor harus memiliki nama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_assessor_dialog.py" line="95"/>
        <source>Assessor {assessor} is already in the roster.</source>
        <translation>Asesor {assessor} sudah ada dalam daftar asesor.</translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="185"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Region</source>
        <translation>&amp;Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="190"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="94"/>
        <source>&amp;Import event package…</source>
        <translation>&amp;Impor paket kegiatan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="95"/>
        <source>&amp;Export score bundle…</source>
        <translation>&amp;Ekspor paket nilai…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="96"/>
        <source>My &amp;signing identity…</source>
        <translation>Identitas &amp;penanda tangan saya…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="193"/>
        <source>&amp;Find region…</source>
        <translation>&amp;Cari daerah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="194"/>
        <source>Go to region &amp;list</source>
        <translation>Ke &amp;daftar daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Next region</source>
        <translation>Daerah &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Previous region</source>
        <translation>Daerah &amp;sebelumnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="197"/>
        <source>Go to &amp;current slot</source>
        <translation>Ke sesi paparan saat &amp;ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="198"/>
        <source>F&amp;inalise region</source>
        <translation>&amp;Finalkan daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="199"/>
        <source>Re&amp;open region…</source>
        <translation>Buka &amp;kembali daerah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="200"/>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="201"/>
        <source>&amp;About GM100 Assessor</source>
        <translation>&amp;Tentang GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="203"/>
        <source>The score database on this laptop</source>
        <translation>Basis data nilai di laptop ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="228"/>
        <source>No presentation is scheduled from now on.</source>
        <translation>Tidak ada lagi paparan yang dijadwalkan mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="235"/>
        <location filename="../../gm100_desktop/ui/main_window.py" line="242"/>
        <source>Open a region first.</source>
        <translation>Buka daerah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="237"/>
        <source>{code} finalised and saved.</source>
        <translation>{code} telah difinalkan dan tersimpan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="245"/>
        <source>{code} reopened; the reason is in its history.</source>
        <translation>{code} dibuka kembali; alasannya tercatat di riwayat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="262"/>
        <source>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Penilaian luring untuk Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Folder data: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Basis data nilai: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Berkas log: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="272"/>
        <source>About GM100 Assessor</source>
        <translation>Tentang GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="143"/>
        <source>Exported {file} (number {sequence}).</source>
        <translation>{file} telah diekspor (nomor {sequence}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="164"/>
        <source>Opened {event}; you score as {assessor}.</source>
        <translation>{event} dibuka; Anda menilai sebagai {assessor}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="177"/>
        <source>Signing key unreadable</source>
        <translation>Kunci penanda tangan tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="181"/>
        <source>No signing key</source>
        <translation>Belum ada kunci penanda tangan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="183"/>
        <source>Create one with File → My signing identity…</source>
        <translation>Buat melalui Berkas → Identitas penanda tangan saya…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="188"/>
        <source>Key {key_id}</source>
        <translation>Kunci {key_id}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/file_actions.py" line="191"/>
        <source>Your signing key. Fingerprint: {fingerprint}</source>
        <translation>Kunci penanda tangan Anda. Sidik jari: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="303"/>
        <source>Saved {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="320"/>
        <source>{name} · {panel}</source>
        <translation>{name} · {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="321"/>
        <source>no panel</source>
        <translation>tanpa panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="359"/>
        <source>Could not save the settings: {error}</source>
        <translation>Pengaturan tidak dapat disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="130"/>
        <source>Merge</source>
        <translation>Penggabungan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="132"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="151"/>
        <source>Computing the ranking, reliability and sensitivity…</source>
        <translation>Menghitung peringkat, reliabilitas, dan sensitivitas…</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="71"/>
        <source>&amp;Regions</source>
        <translation>&amp;Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="72"/>
        <source>Ru&amp;bric</source>
        <translation>Ru&amp;brik</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="73"/>
        <source>R&amp;oster and keys</source>
        <translation>Daftar &amp;asesor dan kunci</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="74"/>
        <source>Panels and sche&amp;dule</source>
        <translation>Panel dan &amp;jadwal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="75"/>
        <source>E&amp;xport</source>
        <translation>Ek&amp;spor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="80"/>
        <source>&amp;Event</source>
        <translation>Ke&amp;giatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="81"/>
        <source>Plan &amp;schedule</source>
        <translation>&amp;Rencanakan jadwal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="82"/>
        <source>Sign and &amp;export…</source>
        <translation>&amp;Tandatangani dan ekspor…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="83"/>
        <source>&amp;Merge and rank…</source>
        <translation>&amp;Gabungkan dan buat peringkat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="85"/>
        <source>The event draft, saved after every change</source>
        <translation>Draf kegiatan, disimpan setiap kali ada perubahan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="91"/>
        <source>New event</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_window.py" line="92"/>
        <source>{event} — Chair — {app}</source>
        <translation>{event} — Ketua panel — {app}</translation>
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
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="56"/>
        <source>M</source>
        <comment>completeness: missing</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="57"/>
        <source>C</source>
        <comment>completeness: conflict of interest</comment>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="63"/>
        <source>finalised</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="64"/>
        <source>in progress</source>
        <translation>sedang dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="65"/>
        <source>missing</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="66"/>
        <source>conflict of interest</source>
        <translation>konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="80"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="98"/>
        <source>{assessor} does not sit in this panel for region {region}</source>
        <translation>{assessor} tidak duduk di panel ini untuk daerah {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="101"/>
        <source>{assessor}, region {region}: {state}</source>
        <translation>{assessor}, daerah {region}: {state}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="104"/>
        <source>(typed from a paper sheet)</source>
        <translation>(diketik dari lembar kertas)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="116"/>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="116"/>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="164"/>
        <source>&amp;Panel:</source>
        <translation>Pane&amp;l:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="168"/>
        <source>{f} finalised · {p} in progress · {m} missing · {c} conflict of interest (does not score) · {paper} typed from a paper sheet · blank: not seated for that region</source>
        <translation>{f} final · {p} sedang dinilai · {m} belum ada · {c} konflik kepentingan (tidak menilai) · {paper} diketik dari lembar kertas · kosong: tidak duduk di panel untuk daerah itu</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_completeness_view.py" line="210"/>
        <source>{finalised} finalised, {in_progress} in progress, {missing} missing, {conflict} conflicts</source>
        <translation>{finalised} final, {in_progress} sedang dinilai, {missing} belum ada, {conflict} konflik</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="110"/>
        <source>Conflicts of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="112"/>
        <source>&amp;Conflicts of interest (the planner keeps each region out of the assessor&apos;s panel):</source>
        <translation>&amp;Konflik kepentingan (perencana jadwal menempatkan daerah di luar panel asesor tersebut):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="114"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="114"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="114"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="115"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Hapus yang dipilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="116"/>
        <source>&amp;Import conflicts…</source>
        <translation>&amp;Impor konflik…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="117"/>
        <source>Add a conflict of interest</source>
        <translation>Tambah konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="119"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="120"/>
        <source>&amp;Search region:</source>
        <translation>&amp;Cari daerah:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="121"/>
        <source>Invited re&amp;gion:</source>
        <translation>Daerah yang &amp;diundang:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="122"/>
        <source>R&amp;eason:</source>
        <translation>A&amp;lasan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="126"/>
        <source>Code or name</source>
        <translation>Kode atau nama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="127"/>
        <source>For example: born in this region</source>
        <translation>Misalnya: lahir di daerah ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="128"/>
        <source>A&amp;dd</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="129"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="130"/>
        <source>Assessor ↔ regi&amp;on</source>
        <translation>Asesor ↔ dae&amp;rah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="131"/>
        <source>Institution ↔ province (&amp;warning only)</source>
        <translation>Institusi ↔ provinsi (hanya &amp;peringatan)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="179"/>
        <source>Choose an assessor and an invited region first.</source>
        <translation>Pilih asesor dan daerah yang diundang terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="190"/>
        <source>Added: {assessor} and {region}.</source>
        <translation>Ditambahkan: {assessor} dan {region}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="199"/>
        <source>Select a conflict of interest in the list first.</source>
        <translation>Pilih konflik kepentingan dalam daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="204"/>
        <source>Removed: {assessor} and {region}.</source>
        <translation>Dihapus: {assessor} dan {region}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="210"/>
        <source>Import conflicts of interest</source>
        <translation>Impor konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="210"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_conflicts_dialog.py" line="214"/>
        <source>{count} conflicts of interest imported.</source>
        <translation>{count} konflik kepentingan diimpor.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="88"/>
        <source>GM100 Assessor — unexpected error</source>
        <translation>GM100 Assessor — kesalahan tak terduga</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="93"/>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="99"/>
        <source>GM100 Assessor met an error it did not expect. The scores saved before it are safe. You can continue working, or quit and start the app again.</source>
        <translation>GM100 Assessor mengalami kesalahan yang tidak terduga. Nilai yang tersimpan sebelumnya tetap aman. Anda dapat melanjutkan pekerjaan, atau keluar lalu membuka aplikasi kembali.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="103"/>
        <source>It happened in a background task ({thread}).</source>
        <translation>Kesalahan terjadi pada tugas latar belakang ({thread}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="109"/>
        <source>What happened:</source>
        <translation>Yang terjadi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="116"/>
        <source>The log, with the details, is in:</source>
        <translation>Log beserta rinciannya tersimpan di:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="121"/>
        <source>Co&amp;py path</source>
        <translation>&amp;Salin lokasi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="123"/>
        <source>&amp;Open log folder</source>
        <translation>&amp;Buka folder log</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="125"/>
        <source>Show &amp;details</source>
        <translation>Tampilkan &amp;rincian</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="131"/>
        <source>Technical details</source>
        <translation>Rincian teknis</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="140"/>
        <source>If it happens again, give this log file to the secretariat.</source>
        <translation>Jika hal ini terjadi lagi, serahkan berkas log ini kepada sekretariat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="145"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="195"/>
        <source>The path of the log is on the clipboard.</source>
        <translation>Lokasi log telah disalin ke papan klip.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/crash_dialog.py" line="201"/>
        <source>The folder could not be opened; copy its path instead.</source>
        <translation>Folder tidak dapat dibuka; salin lokasinya sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="284"/>
        <source>Score for {criterion}</source>
        <translation>Nilai untuk {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="290"/>
        <source>Note on {criterion}</source>
        <translation>Catatan untuk {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="296"/>
        <source>weight {weight}</source>
        <translation>bobot {weight}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="347"/>
        <source>Not scored yet. Type {low}–{high} or click a level.</source>
        <translation>Belum dinilai. Ketik {low}–{high} atau klik salah satu tingkat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="351"/>
        <source>Not scored.</source>
        <translation>Belum dinilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="358"/>
        <source>preview — Space or Enter chooses it</source>
        <translation>pratinjau — Spasi atau Enter untuk memilihnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="365"/>
        <source>Note (required)</source>
        <translation>Catatan (wajib)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="365"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="383"/>
        <source>Optional note</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="391"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="281"/>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="393"/>
        <source>Saved {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="378"/>
        <source>A note is required for a score at either end of the scale.</source>
        <translation>Catatan wajib diisi untuk nilai di ujung skala.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="381"/>
        <source>Explain the score of {value}</source>
        <translation>Jelaskan alasan nilai {value}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="396"/>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="40"/>
        <source>Why the chair decides this</source>
        <translation>Alasan ketua panel mengambil keputusan ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="42"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="43"/>
        <source>&amp;Reason (recorded in the ranking):</source>
        <translation>&amp;Alasan (dicatat dalam peringkat):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="50"/>
        <source>Record decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/decision_dialog.py" line="51"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="320"/>
        <source>Key pinned to an assessor</source>
        <translation>Kunci ditetapkan untuk asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="321"/>
        <source>Late bundle accepted</source>
        <translation>Paket terlambat diterima</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="322"/>
        <source>Incomplete region ranked</source>
        <translation>Daerah belum lengkap diperingkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="323"/>
        <source>Merge method</source>
        <translation>Metode penggabungan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="324"/>
        <source>Top N</source>
        <translation>N teratas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="325"/>
        <source>Tie-break chain</source>
        <translation>Urutan pemecah seri</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="326"/>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="332"/>
        <source>Decisions of the chair: {count}</source>
        <translation>Keputusan ketua panel: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="334"/>
        <source>Each decision is recorded with its reason in the session and in the signed ranking.</source>
        <translation>Setiap keputusan dicatat beserta alasannya dalam sesi dan dalam peringkat yang ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="338"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="339"/>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="340"/>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="341"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="350"/>
        <source>key {key_id}</source>
        <translation>kunci {key_id}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="396"/>
        <source>Ready to score</source>
        <translation>Siap menilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="397"/>
        <source>Your signing key:</source>
        <translation>Kunci penanda tangan Anda:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="398"/>
        <source>Event:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="399"/>
        <source>You score as:</source>
        <translation>Anda menilai sebagai:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="417"/>
        <source>{event} (demo, for practice)</source>
        <translation>{event} (demo, untuk latihan)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="420"/>
        <source>{assessor} · {panel}</source>
        <translation>{assessor} · {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="421"/>
        <source>no panel</source>
        <translation>tanpa panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="426"/>
        <source>The main window opens on today&apos;s schedule of your panel. Every score is saved the moment you give it.</source>
        <translation>Jendela utama akan menampilkan jadwal panel Anda hari ini. Setiap nilai langsung tersimpan pada saat Anda memberikannya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="431"/>
        <source>The main window opens on the schedule of the demo event. When the chair gives you the event package, import it with File → Import event package… (Ctrl+O), or drop the file on the window.</source>
        <translation>Jendela utama akan menampilkan jadwal kegiatan demo. Setelah ketua panel memberikan paket kegiatan, impor paket itu melalui Berkas → Impor paket kegiatan… (Ctrl+O), atau seret berkasnya ke jendela.</translation>
    </message>
</context>
<context>
    <name>EnrolKeyDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="37"/>
        <source>pasted text</source>
        <translation>teks yang ditempelkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="39"/>
        <source>Enrol the key of {assessor}</source>
        <translation>Daftarkan kunci {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="42"/>
        <source>Load the .pub file {name} handed in, or paste the public key line. Then ask {name} to read the fingerprint from their own screen and type it below: the key is enrolled only when both match.</source>
        <translation>Muat berkas .pub yang diserahkan oleh {name}, atau tempelkan baris kunci publiknya. Kemudian mintalah {name} membacakan sidik jari dari layarnya sendiri dan ketikkan di bawah ini: kunci hanya didaftarkan apabila keduanya cocok.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="53"/>
        <source>Public &amp;key:</source>
        <translation>&amp;Kunci publik:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="55"/>
        <source>&amp;Load .pub file…</source>
        <translation>&amp;Muat berkas .pub…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="63"/>
        <source>&amp;Fingerprint read out:</source>
        <translation>Sidik jari yang &amp;dibacakan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="72"/>
        <source>&amp;Enrol key</source>
        <translation>Da&amp;ftarkan kunci</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="58"/>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="58"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="101"/>
        <source>Public key of the assessor</source>
        <translation>Kunci publik asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_enrol_dialog.py" line="101"/>
        <source>Minisign public key (*.pub)</source>
        <translation>Kunci publik minisign (*.pub)</translation>
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
        <translation>Paket kegiatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="272"/>
        <source>Import the event package (.gm100event) the chair gave you: choose the file on the USB stick, or drag it onto this page. Without it you can practise on the demo event and import the real one later (File → Import event package…).</source>
        <translation>Impor paket kegiatan (.gm100event) yang diberikan ketua panel: pilih berkasnya di USB, atau seret ke halaman ini. Tanpa paket itu, Anda dapat berlatih dengan kegiatan demo dan mengimpor paket yang sebenarnya nanti (Berkas → Impor paket kegiatan…).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="277"/>
        <source>Choose event &amp;file…</source>
        <translation>&amp;Pilih berkas kegiatan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="278"/>
        <source>&amp;Skip — use the demo event</source>
        <translation>&amp;Lewati — gunakan kegiatan demo</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="330"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="59"/>
        <source>Choose the folder for the score bundle</source>
        <translation>Pilih folder untuk paket nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="64"/>
        <source>Type the passphrase of your signing identity to sign the score bundle.</source>
        <translation>Ketik frasa sandi identitas penanda tangan Anda untuk menandatangani paket nilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="107"/>
        <source>Export score bundle</source>
        <translation>Ekspor paket nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="111"/>
        <source>Your scores, notes and change history for {event} are signed with your key and written as one .gm100bundle file. Take it to the chair on a USB stick. You can export as often as you like: the newest export replaces the older ones.</source>
        <translation>Nilai, catatan, dan riwayat perubahan Anda untuk {event} ditandatangani dengan kunci Anda dan ditulis sebagai satu berkas .gm100bundle. Serahkan berkas itu kepada ketua panel melalui USB. Anda dapat mengekspor sesering yang diperlukan: ekspor terbaru menggantikan ekspor sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="122"/>
        <source>Assessor:</source>
        <translation>Asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="124"/>
        <source>Scores:</source>
        <translation>Nilai:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="126"/>
        <source>{scored} given; regions finalised: {finalised} of {regions}</source>
        <translation>{scored} diberikan; daerah final: {finalised} dari {regions}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="135"/>
        <source>Signing key:</source>
        <translation>Kunci penanda tangan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="138"/>
        <source>Last export:</source>
        <translation>Ekspor terakhir:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="189"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="213"/>
        <source>number {sequence}, {time}</source>
        <translation>nomor {sequence}, {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="218"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="141"/>
        <source>Folder for the score bundle</source>
        <translation>Folder untuk paket nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="142"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="144"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="161"/>
        <source>A note in the open region could not be saved; it will not be in the bundle.</source>
        <translation>Sebuah catatan pada daerah yang terbuka gagal disimpan; catatan itu tidak akan masuk ke paket nilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="167"/>
        <source>&lt;b&gt;Exported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berhasil diekspor.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="180"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="181"/>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="182"/>
        <source>Sequence number:</source>
        <translation>Nomor urut:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="183"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="190"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="237"/>
        <source>The last folder, {folder}, is not available now. Is the USB stick plugged in?</source>
        <translation>Folder terakhir, {folder}, saat ini tidak tersedia. Apakah USB sudah terpasang?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="255"/>
        <source>Choose an existing folder: {folder} does not exist.</source>
        <translation>Pilih folder yang ada: {folder} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="263"/>
        <source>Nothing was exported: your signing identity was not unlocked.</source>
        <translation>Tidak ada yang diekspor: identitas penanda tangan Anda tidak dibuka.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="296"/>
        <source>Contents: scores {scores}, finalised regions {finalised}, history entries {history}.</source>
        <translation>Isi: nilai {scores}, daerah final {finalised}, entri riwayat {history}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="304"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="85"/>
        <source>Event &amp;name:</source>
        <translation>&amp;Nama kegiatan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="86"/>
        <source>&amp;Venue:</source>
        <translation>Te&amp;mpat:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="87"/>
        <source>For example Seleksi GM100 2019</source>
        <translation>Misalnya Seleksi GM100 2019</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="88"/>
        <source>For example Pusat TIK Nasional, Ciputat</source>
        <translation>Misalnya Pusat TIK Nasional, Ciputat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="89"/>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Tandatangani dan ekspor…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="90"/>
        <source>Chair &amp;identity…</source>
        <translation>&amp;Identitas ketua panel…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="111"/>
        <source>Signed by the chair identity {name}, key id {key_id}.</source>
        <translation>Ditandatangani dengan identitas ketua panel {name}, ID kunci {key_id}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="116"/>
        <source>There is no chair identity on this computer yet: create one first.</source>
        <translation>Belum ada identitas ketua panel di komputer ini: buatlah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="120"/>
        <source>Version {version} of {event}</source>
        <translation>Versi {version} dari {event}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="124"/>
        <source>Resolve the problems listed first.</source>
        <translation>Selesaikan terlebih dahulu masalah yang tercantum.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="157"/>
        <source>Export event package</source>
        <translation>Ekspor paket kegiatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="157"/>
        <source>Event package (*.gm100event)</source>
        <translation>Paket kegiatan (*.gm100event)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="164"/>
        <source>Type the passphrase of the chair identity to sign the event.</source>
        <translation>Ketikkan frasa sandi identitas ketua panel untuk menandatangani kegiatan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_export_page.py" line="177"/>
        <source>&lt;b&gt;Exported version {version}&lt;/b&gt; of {event}&lt;br&gt;File: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Package sha256: &lt;code&gt;{sha256}&lt;/code&gt;&lt;br&gt;Chair key id {key_id}; read this fingerprint out when handing the package over:</source>
        <translation>&lt;b&gt;Versi {version} telah diekspor&lt;/b&gt; dari {event}&lt;br&gt;Berkas: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;sha256 paket: &lt;code&gt;{sha256}&lt;/code&gt;&lt;br&gt;ID kunci ketua panel {key_id}; bacakan sidik jari ini saat menyerahkan paket:</translation>
    </message>
</context>
<context>
    <name>ExportRankingDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="54"/>
        <source>Choose the folder for the ranking</source>
        <translation>Pilih folder untuk peringkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="76"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="78"/>
        <source>Signed ranking (&amp;JSON, with its signature and chair.pub)</source>
        <translation>Peringkat bertanda tangan (&amp;JSON, beserta tanda tangannya dan chair.pub)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="79"/>
        <source>&amp;CSV table</source>
        <translation>Tabel &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="80"/>
        <source>&amp;XLSX workbook</source>
        <translation>Buku kerja &amp;XLSX</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="87"/>
        <source>Not available in this version</source>
        <translation>Tidak tersedia dalam versi ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="98"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="106"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="106"/>
        <source>&amp;Language of CSV and XLSX:</source>
        <translation>&amp;Bahasa CSV dan XLSX:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="113"/>
        <source>The JSON file is the ranking of record: it is signed with the chair&apos;s key, so anyone can check it with minisign and recompute it from the bundles. CSV and XLSX are made from the same report.</source>
        <translation>Berkas JSON adalah peringkat resmi: berkas itu ditandatangani dengan kunci ketua panel, sehingga siapa pun dapat memeriksanya dengan minisign dan menghitungnya ulang dari paket nilai. CSV dan XLSX dibuat dari laporan yang sama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="128"/>
        <source>Export the ranking</source>
        <translation>Ekspor peringkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="151"/>
        <source>These files exist already and will be replaced:
{files}</source>
        <translation>Berkas berikut sudah ada dan akan diganti:
{files}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="222"/>
        <source>There is no chair identity on this computer. The ranking must be signed with the key that signed the event (key id {key_id}).</source>
        <translation>Belum ada identitas ketua panel di komputer ini. Peringkat harus ditandatangani dengan kunci yang menandatangani kegiatan (ID kunci {key_id}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="228"/>
        <source>Type the passphrase of the chair identity to sign the ranking.</source>
        <translation>Ketikkan frasa sandi identitas ketua panel untuk menandatangani peringkat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="235"/>
        <source>&lt;b&gt;Written:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ditulis:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_export_dialog.py" line="239"/>
        <source>SHA-256 of the JSON: &lt;code&gt;{sha256}&lt;/code&gt;</source>
        <translation>SHA-256 berkas JSON: &lt;code&gt;{sha256}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="220"/>
        <source>Your key for the chair</source>
        <translation>Kunci Anda untuk ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="223"/>
        <source>The chair enters your public key in the roster of the event: export it to the USB stick or copy the line. Then read the fingerprint aloud: the chair types it back, and the key counts only when both match. The QR code lets you both compare it at a glance.</source>
        <translation>Ketua panel memasukkan kunci publik Anda ke daftar asesor kegiatan: ekspor kunci itu ke USB atau salin barisnya. Kemudian bacakan sidik jarinya: ketua panel mengetikkannya kembali, dan kunci hanya berlaku jika keduanya cocok. Dengan kode QR, Anda berdua dapat membandingkannya sekilas.</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <location filename="../../gm100_desktop/ui/fingerprint_view.py" line="159"/>
        <source>QR code of the key id and fingerprint</source>
        <translation>Kode QR dari ID kunci dan sidik jari</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/fingerprint_view.py" line="161"/>
        <source>Compare it with the QR code on the other screen: the same key gives the same picture.</source>
        <translation>Bandingkan dengan kode QR di layar yang satunya: kunci yang sama memberi gambar yang sama.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="483"/>
        <source>Getting started — GM100 Assessor</source>
        <translation>Memulai — GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="485"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="486"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="487"/>
        <source>&amp;Later</source>
        <translation>Nan&amp;ti</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="488"/>
        <source>&amp;Start scoring</source>
        <translation>&amp;Mulai menilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="493"/>
        <source>Close the assistant and open the app as usual. Until this laptop has a signing identity, the assistant is offered again at the next start.</source>
        <translation>Tutup asisten dan buka aplikasi seperti biasa. Selama laptop ini belum memiliki identitas penanda tangan, asisten akan ditawarkan lagi saat aplikasi dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>GM100Error</name>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="19"/>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="35"/>
        <source>{file}: {field}: {reason}</source>
        <translation>{file}: {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="56"/>
        <source>The score database {path} is damaged ({reason}). It has not been changed. You can open the most recent backup instead.</source>
        <translation>Basis data nilai {path} rusak ({reason}). Berkas itu tidak diubah. Anda dapat membuka cadangan terbaru sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="71"/>
        <source>GM100 Assessor is already open on the data folder {folder}. Close the other window first; this one will not write anything.</source>
        <translation>GM100 Assessor sudah terbuka pada folder data {folder}. Tutup jendela yang lain terlebih dahulu; jendela ini tidak akan menulis apa pun.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="84"/>
        <source>Could not save to {path}: {reason}. Nothing of this change was saved; everything saved before is safe.</source>
        <translation>Tidak dapat menyimpan ke {path}: {reason}. Perubahan ini sama sekali tidak tersimpan; semua yang tersimpan sebelumnya tetap aman.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="97"/>
        <source>Could not upgrade the score database {path} ({reason}). It was backed up to {backup} before the attempt.</source>
        <translation>Basis data nilai {path} tidak dapat ditingkatkan versinya ({reason}). Sebelum percobaan, basis data itu telah dicadangkan ke {backup}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="112"/>
        <source>No event is open. Import an event package first.</source>
        <translation>Belum ada kegiatan yang dibuka. Impor paket kegiatan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="119"/>
        <source>Region {code} is not part of this event.</source>
        <translation>Daerah {code} tidak termasuk dalam kegiatan ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="126"/>
        <source>Criterion {criterion} is not in the rubric.</source>
        <translation>Kriteria {criterion} tidak ada dalam rubrik.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="133"/>
        <source>Score {value} for {criterion} is outside the scale {low}–{high}.</source>
        <translation>Nilai {value} untuk {criterion} berada di luar skala {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="142"/>
        <source>You have a conflict of interest with {region}; it cannot be scored by you.</source>
        <translation>Anda memiliki konflik kepentingan dengan {region}; Anda tidak dapat menilai daerah ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="151"/>
        <source>{region} is finalised. Reopen it, with a reason, to change a score.</source>
        <translation>{region} sudah final. Buka kembali dengan menyertakan alasan untuk mengubah nilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="160"/>
        <source>{region} is not finalised, so there is nothing to reopen.</source>
        <translation>{region} belum final, jadi tidak ada yang perlu dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="169"/>
        <source>{region} cannot be finalised yet. Not scored: {missing}. A note is needed for scores at the end of the scale: {needs_note}.</source>
        <translation>{region} belum dapat difinalkan. Belum dinilai: {missing}. Catatan wajib diisi untuk nilai di ujung skala: {needs_note}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="184"/>
        <source>Give a reason for reopening {region}.</source>
        <translation>Berikan alasan untuk membuka kembali {region}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="198"/>
        <source>There is no {role} signing identity on this computer (looked for {path}). Create one first: in the app with File → My signing identity…, or on the command line with gm100 identity create --name &quot;Your name&quot; --role {role}</source>
        <translation>Tidak ada identitas penanda tangan {role} di komputer ini (dicari di {path}). Buat terlebih dahulu: di aplikasi melalui Berkas → Identitas penanda tangan saya…, atau di baris perintah dengan gm100 identity create --name &quot;Nama Anda&quot; --role {role}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="210"/>
        <source>A signing identity for the {role} role already exists in {path}. It was not replaced: scores signed with it could no longer be matched to you. Move the file away first if you really need a new key.</source>
        <translation>Identitas penanda tangan {role} sudah ada di {path}. Identitas itu tidak diganti: nilai yang ditandatangani dengannya tidak akan dapat lagi dicocokkan dengan Anda. Pindahkan berkas itu terlebih dahulu jika Anda benar-benar memerlukan kunci baru.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="222"/>
        <source>Wrong passphrase for the signing identity {path}. Nothing was signed.</source>
        <translation>Frasa sandi untuk identitas penanda tangan {path} salah. Tidak ada yang ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="233"/>
        <source>Passphrase problem: {reason}</source>
        <translation>Masalah frasa sandi: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="246"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="257"/>
        <source>{file}: refused as unsafe or damaged archive: {reason}</source>
        <translation>{file}: ditolak karena arsipnya tidak aman atau rusak: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="263"/>
        <source>{file}: signature check failed: {reason}</source>
        <translation>{file}: pemeriksaan tanda tangan gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="269"/>
        <source>{file}: its parts do not match: {reason}</source>
        <translation>{file}: bagian-bagiannya tidak cocok: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="279"/>
        <source>{file}: this score bundle belongs to {found}, not to {expected}.</source>
        <translation>{file}: paket nilai ini milik {found}, bukan {expected}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="290"/>
        <source>Cannot import {file}: {reason}</source>
        <translation>Tidak dapat mengimpor {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="294"/>
        <source>Cannot import {file}: it is version {version} of the event {event}, but version {installed} is already installed. An older version never replaces a newer one.</source>
        <translation>Tidak dapat mengimpor {file}: berkas ini adalah versi {version} dari kegiatan {event}, sedangkan versi {installed} sudah terpasang. Versi yang lebih lama tidak pernah menggantikan versi yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="305"/>
        <source>Cannot import {file}: version {version} of the event {event} is already installed with different content. Ask the chair for a package with a higher version number.</source>
        <translation>Tidak dapat mengimpor {file}: versi {version} dari kegiatan {event} sudah terpasang dengan isi yang berbeda. Mintalah paket dengan nomor versi yang lebih tinggi kepada ketua panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="316"/>
        <source>Cannot import {file}: it is signed by chair key {new_key}, but the installed version of the event was signed by chair key {old_key}. Check with the chair in person before accepting a new chair key.</source>
        <translation>Tidak dapat mengimpor {file}: berkas ini ditandatangani dengan kunci ketua panel {new_key}, sedangkan versi kegiatan yang terpasang ditandatangani dengan kunci ketua panel {old_key}. Pastikan langsung kepada ketua panel sebelum menerima kunci ketua panel yang baru.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="329"/>
        <source>Cannot tell which assessor of the roster you are: {reason} Choose yourself with --as ASSESSOR_ID (roster: {roster}).</source>
        <translation>Tidak dapat menentukan siapa Anda dalam daftar asesor: {reason} Pilih diri Anda dengan --as ASSESSOR_ID (daftar asesor: {roster}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="340"/>
        <source>The chair registered key {roster_key} for assessor {assessor}, but this computer&apos;s identity has key {local_key}. Scores signed with it would be refused; use the identity you gave the chair.</source>
        <translation>Ketua panel mendaftarkan kunci {roster_key} untuk asesor {assessor}, tetapi identitas di komputer ini memiliki kunci {local_key}. Nilai yang ditandatangani dengan kunci ini akan ditolak; gunakan identitas yang Anda serahkan kepada ketua panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="351"/>
        <source>The demo event is for practice and is not signed by a chair, so its scores cannot be exported as a signed score bundle. Import the chair&apos;s event package (.gm100event) first.</source>
        <translation>Kegiatan demo hanya untuk latihan dan tidak ditandatangani oleh ketua panel, sehingga nilainya tidak dapat diekspor sebagai paket nilai bertanda tangan. Impor paket kegiatan dari ketua panel (.gm100event) terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="362"/>
        <source>Could not write {path}: {reason}. No file was left under that name; your scores are safe in the database.</source>
        <translation>Tidak dapat menulis {path}: {reason}. Tidak ada berkas yang tertinggal dengan nama itu; nilai Anda aman di basis data.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="375"/>
        <source>The score database {path} was written by a newer GM100 Assessor (schema {revision}). Install the newer version to open it.</source>
        <translation>Basis data nilai {path} ditulis oleh GM100 Assessor versi yang lebih baru (skema {revision}). Pasang versi yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="388"/>
        <source>{file}: {count} problem(s); nothing was imported.
{problems}</source>
        <translation>{file}: {count} masalah; tidak ada yang diimpor.
{problems}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="404"/>
        <source>The event package was not written: {count} problem(s) to resolve first.
{problems}</source>
        <translation>Paket kegiatan tidak ditulis: ada {count} masalah yang harus diselesaikan terlebih dahulu.
{problems}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="419"/>
        <source>The public key {key_id} is already enrolled for assessor {other}. Every assessor signs with a key of their own; {assessor} was not given it.</source>
        <translation>Kunci publik {key_id} sudah didaftarkan untuk asesor {other}. Setiap asesor menandatangani dengan kuncinya sendiri; kunci itu tidak diberikan kepada {assessor}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="430"/>
        <source>The key from {source} has the fingerprint {found}, not {expected} as the assessor read it out. It was not enrolled: check the key file with {assessor} in person.</source>
        <translation>Kunci dari {source} memiliki sidik jari {found}, bukan {expected} seperti yang dibacakan asesor. Kunci itu tidak didaftarkan: periksa berkas kunci bersama {assessor} secara langsung.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="482"/>
        <source>The font file {path} is missing or cannot be read ({reason}). PDFs cannot be made without it; reinstall GM100 Assessor. Nothing was written.</source>
        <translation>Berkas fon {path} tidak ada atau tidak dapat dibaca ({reason}). PDF tidak dapat dibuat tanpa fon itu; pasang ulang GM100 Assessor. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="495"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Dibatalkan. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="507"/>
        <source>The merge cannot use these choices: {reason}</source>
        <translation>Penggabungan tidak dapat menggunakan pilihan ini: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="95"/>
        <source>Choose a rubric first.</source>
        <translation>Pilih rubrik terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="98"/>
        <source>A weight must be greater than zero; {weight} is not.</source>
        <translation>Bobot harus lebih besar dari nol; {weight} tidak memenuhi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="148"/>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="180"/>
        <location filename="../../gm100_desktop/errors.py" line="441"/>
        <source>Assessor {assessor} is not in the roster.</source>
        <translation>Asesor {assessor} tidak ada dalam daftar asesor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="161"/>
        <source>Assessor {assessor} has no key to revoke.</source>
        <translation>Asesor {assessor} tidak memiliki kunci yang dapat dicabut.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="185"/>
        <source>Region {region} is not one of the imported regions.</source>
        <translation>Daerah {region} tidak termasuk daerah yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="231"/>
        <source>A panel needs a name.</source>
        <translation>Panel harus diberi nama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="236"/>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="250"/>
        <source>There is no panel {panel}.</source>
        <translation>Panel {panel} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="261"/>
        <source>Region {region} already presents to {panel} at {time}: swap the two instead.</source>
        <translation>Daerah {region} sudah dijadwalkan memaparkan di {panel} pada {time}: tukar saja kedua daerah itu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="283"/>
        <source>Region {region} has no slot to move.</source>
        <translation>Daerah {region} tidak memiliki sesi yang dapat dipindahkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/event_draft.py" line="295"/>
        <source>Choose both an institution and a province.</source>
        <translation>Pilih institusi dan provinsi; keduanya wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/cli.py" line="451"/>
        <source>Confirmation needed: check the chair&apos;s key id above, then run again with --yes.</source>
        <translation>Konfirmasi diperlukan: periksa ID kunci ketua panel di atas, lalu jalankan lagi dengan --yes.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="131"/>
        <source>The demo has between 1 and {most} regions.</source>
        <translation>Demo berisi 1 sampai {most} daerah.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="135"/>
        <source>The demo needs at least one region and one assessor per panel (at most 999 assessors).</source>
        <translation>Demo memerlukan sedikitnya satu daerah dan satu asesor per panel (paling banyak 999 asesor).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="78"/>
        <source>Version {requested} is not possible: a new event package needs a version above {previous}.</source>
        <translation>Versi {requested} tidak dapat digunakan: paket kegiatan baru memerlukan versi di atas {previous}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="113"/>
        <source>The event needs a name.</source>
        <translation>Kegiatan memerlukan nama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="117"/>
        <source>Version {version} is not possible: use 1 or more.</source>
        <translation>Versi {version} tidak dimungkinkan: gunakan 1 atau lebih.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="131"/>
        <source>A conflict of interest names assessor {assessor}, who is not in the roster.</source>
        <translation>Sebuah konflik kepentingan menyebut asesor {assessor}, yang tidak ada dalam daftar asesor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="141"/>
        <source>A conflict of interest names region {region}, which is not invited.</source>
        <translation>Sebuah konflik kepentingan menyebut daerah {region}, yang tidak diundang.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="171"/>
        <source>No public key enrolled for {assessors}: their score bundles can only be merged once the chair pins their key after comparing fingerprints.</source>
        <translation>Belum ada kunci publik yang didaftarkan untuk {assessors}: paket nilai mereka baru dapat digabungkan setelah ketua panel menetapkan kunci mereka dengan membandingkan sidik jari.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="202"/>
        <source>The rotation leaves a presentation without any assessor: add assessors.</source>
        <translation>Rotasi menyebabkan sebuah paparan tanpa asesor: tambahkan asesor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="261"/>
        <source>{panels} panels is not possible: use 1 to {most}.</source>
        <translation>{panels} panel tidak dimungkinkan: gunakan 1 sampai {most}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="286"/>
        <source>Assessor {assessor} is placed in panel &quot;{panel}&quot;, which does not exist.</source>
        <translation>Asesor {assessor} ditempatkan di panel &quot;{panel}&quot;, yang tidak ada.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="326"/>
        <source>Assessor {assessor} is in the roster twice.</source>
        <translation>Asesor {assessor} tercantum dua kali dalam daftar asesor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="334"/>
        <source>Assessor {assessor} needs an id and a name.</source>
        <translation>Asesor {assessor} memerlukan ID dan nama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="341"/>
        <source>Assessor {assessor}: role &quot;{role}&quot; must be government, academic or practitioner.</source>
        <translation>Asesor {assessor}: peran &quot;{role}&quot; harus government (pemerintah), academic (akademisi), atau practitioner (praktisi).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="356"/>
        <source>Assessor {assessor}: the public key is not a minisign public key.</source>
        <translation>Asesor {assessor}: kunci publiknya bukan kunci publik minisign.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="367"/>
        <source>Assessors {first} and {second} have the same public key (key id {key_id}); every assessor needs a key of their own.</source>
        <translation>Asesor {first} dan {second} memiliki kunci publik yang sama (ID kunci {key_id}); setiap asesor memerlukan kuncinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="381"/>
        <source>The roster is empty: add the assessors.</source>
        <translation>Daftar asesor kosong: tambahkan para asesor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="448"/>
        <source>The event draft {file} could not be read ({reason}). It was kept as {aside} and a new, empty draft was started.</source>
        <translation>Draf kegiatan {file} tidak dapat dibaca ({reason}). Berkas itu disimpan sebagai {aside} dan draf baru yang kosong telah dimulai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="459"/>
        <source>The key {key_id} was revoked (a lost laptop) and cannot be enrolled again.</source>
        <translation>Kunci {key_id} telah dicabut (laptop hilang) dan tidak dapat didaftarkan lagi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/errors.py" line="468"/>
        <source>Type the fingerprint {assessor} reads from their screen before enrolling the key.</source>
        <translation>Ketikkan sidik jari yang dibacakan {assessor} dari layarnya sebelum mendaftarkan kunci.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="243"/>
        <source>Choose a rubric.</source>
        <translation>Pilih rubrik.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="249"/>
        <source>The key {key_id} of {assessor} was revoked: enrol a new key or remove it.</source>
        <translation>Kunci {key_id} milik {assessor} telah dicabut: daftarkan kunci baru atau hapus kunci tersebut.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="260"/>
        <source>The key of {assessor} came from a file and was not confirmed by reading back its fingerprint: use Enrol key.</source>
        <translation>Kunci milik {assessor} berasal dari berkas dan belum dikonfirmasi dengan membacakan sidik jarinya: gunakan Daftarkan kunci.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="290"/>
        <source>The schedule is not planned yet: {count} invited regions have no slot. Plan the schedule.</source>
        <translation>Jadwal belum direncanakan: {count} daerah yang diundang belum mendapat sesi paparan. Rencanakan jadwal.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="308"/>
        <source>… and {count} more regions without a slot.</source>
        <translation>… dan {count} daerah lain tanpa sesi paparan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="315"/>
        <source>The lists changed since the schedule was planned: plan the schedule again.</source>
        <translation>Daftar telah berubah sejak jadwal direncanakan: rencanakan ulang jadwal.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_draft.py" line="330"/>
        <source>{design} ({moves} assessor-sessions away from the home panel.)</source>
        <translation>{design} ({moves} sesi-asesor di luar panel asal.)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="78"/>
        <source>{minutes}-minute slots with {gap} minutes between from {start} to {end}, breaks {breaks}</source>
        <translation>sesi {minutes} menit dengan jeda {gap} menit di antaranya, dari {start} sampai {end}, istirahat {breaks}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="83"/>
        <source>{minutes}-minute slots with {gap} minutes between from {start} to {end}</source>
        <translation>sesi {minutes} menit dengan jeda {gap} menit di antaranya, dari {start} sampai {end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="87"/>
        <source>{minutes}-minute slots from {start} to {end}, breaks {breaks}</source>
        <translation>sesi {minutes} menit dari {start} sampai {end}, istirahat {breaks}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="91"/>
        <source>{minutes}-minute slots from {start} to {end}</source>
        <translation>sesi {minutes} menit dari {start} sampai {end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="198"/>
        <source>Times: a slot of {minutes} minutes is not possible: use 5 to 480 minutes.</source>
        <translation>Waktu: sesi {minutes} menit tidak dimungkinkan: gunakan 5 sampai 480 menit.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="208"/>
        <source>Times: a gap of {minutes} minutes is not possible: use 0 to 120 minutes.</source>
        <translation>Waktu: jeda {minutes} menit tidak dimungkinkan: gunakan 0 sampai 120 menit.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="218"/>
        <source>Times: the day ends ({end}) before it starts ({start}).</source>
        <translation>Waktu: hari berakhir ({end}) sebelum dimulai ({start}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="227"/>
        <source>Times: the break {start}–{end} ends before it starts.</source>
        <translation>Waktu: istirahat {start}–{end} berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="253"/>
        <source>Times: no slot fits in a day with {times}.</source>
        <translation>Waktu: tidak ada sesi yang muat dalam sehari dengan {times}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="272"/>
        <source>{region} has no slot: every panel it may present to is full ({panels}), and the other panels have an assessor with a conflict of interest with it. Add slots or days, or move an assessor.</source>
        <translation>{region} tidak mendapat sesi paparan: setiap panel yang boleh menerima paparannya sudah penuh ({panels}), dan panel lainnya memiliki asesor dengan konflik kepentingan terhadap daerah itu. Tambahkan sesi atau hari, atau pindahkan seorang asesor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="297"/>
        <source>Days: {days} is not possible: use 1 to {most} days.</source>
        <translation>Hari: {days} tidak dimungkinkan: gunakan 1 sampai {most} hari.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="305"/>
        <source>Region {code} is invited twice.</source>
        <translation>Daerah {code} diundang dua kali.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="314"/>
        <source>Panel {panel} is listed twice.</source>
        <translation>Panel {panel} tercantum dua kali.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="321"/>
        <source>There is no panel: add at least one.</source>
        <translation>Belum ada panel: tambahkan paling sedikit satu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="324"/>
        <source>There is no region to schedule.</source>
        <translation>Tidak ada daerah untuk dijadwalkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="329"/>
        <source>Assessors are placed in an unknown panel {panel}.</source>
        <translation>Asesor ditempatkan di panel {panel} yang tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="339"/>
        <source>Panel {panel} has no assessors: nobody would score the regions presenting to it.</source>
        <translation>Panel {panel} tidak memiliki asesor: tidak ada yang akan menilai daerah yang berpaparan di panel itu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="353"/>
        <source>A conflict of interest between {assessor} and {region} names an unknown assessor {assessor}.</source>
        <translation>Konflik kepentingan antara {assessor} dan {region} menyebut asesor {assessor} yang tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="359"/>
        <source>A conflict of interest between {assessor} and {region} names an unknown region {region}.</source>
        <translation>Konflik kepentingan antara {assessor} dan {region} menyebut daerah {region} yang tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="456"/>
        <source>{region} conflicts with an assessor in every panel ({listed}). It was put in {panel}, where {assessors} could not score it. Move an assessor to another panel, or add a panel.</source>
        <translation>{region} memiliki konflik kepentingan dengan seorang asesor di setiap panel ({listed}). Daerah ini ditempatkan di {panel}, tempat {assessors} tidak dapat menilainya. Pindahkan seorang asesor ke panel lain, atau tambahkan panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="529"/>
        <source>{region} from {province} presents to {panel} (moved by hand), where {assessors} is tied to that province.</source>
        <translation>{region} dari {province} berpaparan di {panel} (dipindahkan secara manual), tempat {assessors} memiliki keterkaitan dengan provinsi tersebut.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="535"/>
        <source>{region} from {province} presents to {panel} (moved by hand), where {assessors} are tied to that province.</source>
        <translation>{region} dari {province} berpaparan di {panel} (dipindahkan secara manual), tempat {assessors} memiliki keterkaitan dengan provinsi tersebut.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="542"/>
        <source>{region} from {province} presents to {panel}, where {assessors} is tied to that province (no panel without such a tie had room).</source>
        <translation>{region} dari {province} berpaparan di {panel}, tempat {assessors} memiliki keterkaitan dengan provinsi tersebut (tidak ada panel tanpa keterkaitan semacam itu yang masih memiliki tempat).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="548"/>
        <source>{region} from {province} presents to {panel}, where {assessors} are tied to that province (no panel without such a tie had room).</source>
        <translation>{region} dari {province} berpaparan di {panel}, tempat {assessors} memiliki keterkaitan dengan provinsi tersebut (tidak ada panel tanpa keterkaitan semacam itu yang masih memiliki tempat).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="578"/>
        <source>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Any one of these would fit: {ideas}.</source>
        <translation>{regions} daerah, tetapi hanya ada {capacity} sesi paparan ({panels} panel × {days} hari × {per_day} sesi sehari, {times}): {left} daerah tidak mendapat sesi paparan ({codes}). Salah satu dari pilihan berikut sudah mencukupi: {ideas}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="585"/>
        <source>{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × {per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Invite fewer regions.</source>
        <translation>{regions} daerah, tetapi hanya ada {capacity} sesi paparan ({panels} panel × {days} hari × {per_day} sesi sehari, {times}): {left} daerah tidak mendapat sesi paparan ({codes}). Undang lebih sedikit daerah.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="614"/>
        <source>{days} days</source>
        <translation>{days} hari</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="617"/>
        <source>{panels} panels</source>
        <translation>{panels} panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="627"/>
        <source>slots of {minutes} minutes</source>
        <translation>sesi {minutes} menit</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="631"/>
        <source>no gap between slots</source>
        <translation>tanpa jeda antarsesi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="636"/>
        <source>days ending at {end}</source>
        <translation>hari berakhir pukul {end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="679"/>
        <source>Assessor {assessor} is in panels {panels}, which present at the same times. Keep each assessor in one panel.</source>
        <translation>Asesor {assessor} berada di panel {panels}, yang berlangsung pada waktu yang sama. Tempatkan setiap asesor di satu panel saja.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="685"/>
        <source>Assessor {assessor} is in panels {panels} during {session}, which present at the same times. Keep each assessor in one panel.</source>
        <translation>Asesor {assessor} berada di panel {panels} selama {session}, yang berlangsung pada waktu yang sama. Tempatkan setiap asesor di satu panel saja.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="727"/>
        <source>Region {code} {name}</source>
        <translation>Daerah {code} {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="728"/>
        <source>Region {code}</source>
        <translation>Daerah {code}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/planner.py" line="740"/>
        <source>{codes} and {more} more</source>
        <translation>{codes} dan {more} lainnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="50"/>
        <source>All panels are connected: every region can be compared with every other through shared assessors.</source>
        <translation>Semua panel terhubung: setiap daerah dapat dibandingkan dengan daerah lain melalui asesor yang sama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="58"/>
        <source>{panels} ({assessors} assessors, {regions} regions)</source>
        <translation>{panels} ({assessors} asesor, {regions} daerah)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="65"/>
        <source>(no panel) ({assessors} assessors, {regions} regions)</source>
        <translation>(tanpa panel) ({assessors} asesor, {regions} daerah)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="72"/>
        <source>The panels are not connected: {count} separate groups share no assessor ({groups}). A strict panel cannot be told from weak regions across groups.</source>
        <translation>Panel tidak terhubung: {count} kelompok terpisah tidak berbagi asesor ({groups}). Panel yang ketat tidak dapat dibedakan dari daerah yang lemah antarkelompok.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="122"/>
        <source>day {day} morning</source>
        <translation>hari ke-{day} pagi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="123"/>
        <source>day {day} afternoon</source>
        <translation>hari ke-{day} siang</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/rotation.py" line="178"/>
        <source>{session}: the rotation seats assessors before regions they have a conflict of interest with ({pairs}).</source>
        <translation>{session}: rotasi menempatkan asesor di hadapan daerah yang berkonflik kepentingan dengan mereka ({pairs}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="74"/>
        <source>Region {code} has a slot in panel {panel} on {when} but is not invited: plan the schedule again.</source>
        <translation>Daerah {code} mendapat sesi paparan di panel {panel} pada {when} tetapi tidak diundang: rencanakan ulang jadwal.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="87"/>
        <source>{region} presents to panel {panel} on {when}, but there is no panel {panel}: move it to another panel.</source>
        <translation>{region} berpaparan di panel {panel} pada {when}, tetapi panel {panel} tidak ada: pindahkan ke panel lain.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="100"/>
        <source>{region} presents to panel {panel} on {when}, outside the event&apos;s days ({first} to {last}): move it to a day of the event.</source>
        <translation>{region} berpaparan di panel {panel} pada {when}, di luar hari kegiatan ({first} sampai {last}): pindahkan ke salah satu hari kegiatan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="113"/>
        <source>{region} presents to panel {panel} on {when}, where assessor {assessor} has a conflict of interest with it ({reason}): move it to another panel.</source>
        <translation>{region} berpaparan di panel {panel} pada {when}, tempat asesor {assessor} memiliki konflik kepentingan dengan daerah itu ({reason}): pindahkan ke panel lain.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="119"/>
        <source>{region} presents to panel {panel} on {when}, where assessor {assessor} has a conflict of interest with it: move it to another panel.</source>
        <translation>{region} berpaparan di panel {panel} pada {when}, tempat asesor {assessor} memiliki konflik kepentingan dengan daerah itu: pindahkan ke panel lain.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="136"/>
        <source>panel {panel} on {when}</source>
        <translation>panel {panel} pada {when}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="145"/>
        <source>{region} has {count} slots ({times}): keep one.</source>
        <translation>{region} mendapat {count} sesi paparan ({times}): pertahankan satu saja.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="156"/>
        <location filename="../../gm100_desktop/services/event_draft.py" line="300"/>
        <source>{region} has no slot: plan the schedule again.</source>
        <translation>{region} tidak mendapat sesi paparan: rencanakan ulang jadwal.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/schedule_check.py" line="177"/>
        <source>{region} and {other} both present to panel {panel} at overlapping times ({when} and {other_when}): move one of them.</source>
        <translation>{region} dan {other} sama-sama berpaparan di panel {panel} pada waktu yang bertumpang tindih ({when} dan {other_when}): pindahkan salah satunya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/cli_sheets.py" line="164"/>
        <source>{folder}: no score bundles ({suffix}) in this folder.</source>
        <translation>{folder}: tidak ada paket nilai ({suffix}) di folder ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="95"/>
        <source>In region {region}, the assessors&apos; scores for {criterion} range from {low} to {high}.</source>
        <translation>Di daerah {region}, nilai para asesor untuk {criterion} berkisar dari {low} sampai {high}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="120"/>
        <source>No other assessor has a total for the regions assessor {assessor} scored in panel {panel}, so they cannot be compared.</source>
        <translation>Tidak ada asesor lain yang memiliki nilai total untuk daerah yang dinilai asesor {assessor} di panel {panel}, sehingga nilainya tidak dapat dibandingkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="136"/>
        <source>Assessor {assessor} scores {points} points below the rest of panel {panel} on average, over {regions} regions.</source>
        <translation>Asesor {assessor} memberi nilai rata-rata {points} poin di bawah asesor lain di panel {panel}, dari {regions} daerah.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="144"/>
        <source>Assessor {assessor} scores {points} points above the rest of panel {panel} on average, over {regions} regions.</source>
        <translation>Asesor {assessor} memberi nilai rata-rata {points} poin di atas asesor lain di panel {panel}, dari {regions} daerah.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="170"/>
        <source>Criteria are flagged where the assessors&apos; scores differ by {points} or more scale points. An assessor is flagged when their region totals differ from the mean of the other assessors&apos; totals by more than {corridor} points on average (0–100 scale).</source>
        <translation>Kriteria ditandai bila nilai para asesor berselisih {points} poin skala atau lebih. Asesor ditandai bila nilai total daerahnya rata-rata berselisih lebih dari {corridor} poin dari rata-rata nilai total asesor lain (skala 0–100).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="292"/>
        <source>Every assessor of panel {panel} gave all its regions the same total, so Kendall&apos;s W is undefined.</source>
        <translation>Setiap asesor panel {panel} memberi nilai total yang sama kepada semua daerah panel itu, sehingga W Kendall tidak terdefinisi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="362"/>
        <source>Panel {panel} needs totals for at least two regions for its reliability (it has {regions}).</source>
        <translation>Reliabilitas panel {panel} memerlukan nilai total sedikitnya dua daerah (saat ini {regions}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="371"/>
        <source>Panel {panel} needs totals from at least two assessors for its reliability (it has {assessors}).</source>
        <translation>Reliabilitas panel {panel} memerlukan nilai total dari sedikitnya dua asesor (saat ini {assessors}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="380"/>
        <source>In panel {panel} no two assessors both scored two of the same regions, so its reliability cannot be computed.</source>
        <translation>Di panel {panel} tidak ada dua asesor yang sama-sama menilai dua daerah yang sama, sehingga reliabilitasnya tidak dapat dihitung.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="394"/>
        <source>Every total in panel {panel} is the same, so the ICC is undefined.</source>
        <translation>Semua nilai total di panel {panel} sama, sehingga ICC tidak terdefinisi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="401"/>
        <source>Every region of panel {panel} has the same mean total, so the regions cannot be told apart and some ICC forms are undefined.</source>
        <translation>Semua daerah di panel {panel} memiliki rata-rata nilai total yang sama, sehingga daerah-daerah itu tidak dapat dibedakan dan beberapa bentuk ICC tidak terdefinisi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="409"/>
        <source>Some ICC forms of panel {panel} are undefined for these totals.</source>
        <translation>Beberapa bentuk ICC panel {panel} tidak terdefinisi untuk nilai total ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="462"/>
        <source>No criterion of any region was scored by two or more assessors, so Krippendorff&apos;s alpha cannot be computed.</source>
        <translation>Tidak ada kriteria di daerah mana pun yang dinilai oleh dua asesor atau lebih, sehingga alpha Krippendorff tidak dapat dihitung.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/agreement.py" line="470"/>
        <source>Every criterion scored by two or more assessors has the same score throughout, so Krippendorff&apos;s alpha is undefined.</source>
        <translation>Setiap kriteria yang dinilai oleh dua asesor atau lebih selalu mendapat nilai yang sama, sehingga alpha Krippendorff tidak terdefinisi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="220"/>
        <source>assessor {assessor} is not in the event&apos;s roster</source>
        <translation>asesor {assessor} tidak ada dalam daftar asesor kegiatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="227"/>
        <source>region {region} is not one of the event&apos;s regions</source>
        <translation>daerah {region} tidak termasuk daerah kegiatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="235"/>
        <source>criterion {criterion} is not in the rubric</source>
        <translation>kriteria {criterion} tidak ada dalam rubrik</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="242"/>
        <source>no score: a paper entry counts only with a score</source>
        <translation>tanpa nilai: entri dari lembar kertas hanya dihitung jika ada nilainya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="248"/>
        <source>score {score} is outside the scale {low}–{high}</source>
        <translation>nilai {score} berada di luar skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="256"/>
        <source>no typist: entered_by must name who typed the entry</source>
        <translation>tanpa pengetik: entered_by harus menyebut siapa yang mengetik entri ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/paper.py" line="261"/>
        <source>assessor {assessor} has a conflict of interest with region {region}; their scores of it never count</source>
        <translation>asesor {assessor} memiliki konflik kepentingan dengan daerah {region}; nilainya untuk daerah itu tidak pernah dihitung</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="379"/>
        <source>Rater severity cannot be estimated: the scores fall into {count} groups that share no assessor ({groups}), so a strict group cannot be told apart from weak regions.</source>
        <translation>Keketatan penilai tidak dapat diperkirakan: nilai terbagi menjadi {count} kelompok yang tidak memiliki asesor bersama ({groups}), sehingga kelompok asesor yang ketat tidak dapat dibedakan dari daerah yang lemah.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="392"/>
        <source>panel {panel}</source>
        <translation>panel {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="393"/>
        <source>panels {panels}</source>
        <translation>panel {panels}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="395"/>
        <source>assessor {assessor}</source>
        <translation>asesor {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="399"/>
        <source>assessors {assessors} and {more} more</source>
        <translation>asesor {assessors} dan {more} lainnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/severity.py" line="401"/>
        <source>assessors {assessors}</source>
        <translation>asesor {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="73"/>
        <source>Sheets of the kind {kind} are not available yet.</source>
        <translation>Lembar jenis {kind} belum tersedia.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="87"/>
        <source>Assessor sheets are printed from score bundles; none was given.</source>
        <translation>Lembar asesor dicetak dari paket nilai; tidak ada paket nilai yang diberikan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="101"/>
        <source>Nothing to print: none of the regions asked for is on these sheets.</source>
        <translation>Tidak ada yang dicetak: tidak satu pun daerah yang diminta terdapat pada lembar ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="115"/>
        <source>Region sheets and the ranking report are printed from a merge; none was given.</source>
        <translation>Lembar daerah dan laporan peringkat dicetak dari hasil penggabungan; tidak ada hasil penggabungan yang diberikan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="121"/>
        <source>The merge is of the event {merged}, not of {event}: nothing was printed.</source>
        <translation>Penggabungan ini untuk kegiatan {merged}, bukan {event}: tidak ada yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="139"/>
        <source>Not a region of the event {event}: {codes}.</source>
        <translation>Bukan daerah kegiatan {event}: {codes}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/sheets/build.py" line="146"/>
        <source>Not a panel of the event {event}: {panels}.</source>
        <translation>Bukan panel kegiatan {event}: {panels}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_preview.py" line="125"/>
        <source>Could not print: {reason}</source>
        <translation>Tidak dapat mencetak: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="137"/>
        <source>region {region} is not on the schedule</source>
        <translation>daerah {region} tidak ada dalam jadwal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="141"/>
        <source>assessor {assessor} has a conflict of interest with region {region}</source>
        <translation>asesor {assessor} memiliki konflik kepentingan dengan daerah {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="149"/>
        <source>assessor {assessor} did not sit in panel {panel} when region {region} was assessed</source>
        <translation>asesor {assessor} tidak duduk di panel {panel} saat daerah {region} dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="178"/>
        <source>the signed bundle has this region finalised</source>
        <translation>daerah ini sudah final dalam paket nilai bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge.py" line="180"/>
        <source>the signed bundle has this region finalised, and its marks differ from the paper sheet</source>
        <translation>daerah ini sudah final dalam paket nilai bertanda tangan, dan nilainya berbeda dari lembar kertas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="163"/>
        <source>sequence {sequence} was made with another key ({key_id}, a new laptop?) and cannot continue the history of sequence {older} (key {older_key_id}); compare the marks</source>
        <translation>nomor urut {sequence} dibuat dengan kunci lain ({key_id}, laptop baru?) sehingga tidak dapat melanjutkan riwayat perubahan nomor urut {older} (kunci {older_key_id}); bandingkan nilainya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="176"/>
        <source>the history shrank from {before} to {after} entries</source>
        <translation>riwayat perubahan menyusut dari {before} menjadi {after} entri</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="184"/>
        <source>history entry {entry} was rewritten after sequence {sequence} was exported</source>
        <translation>entri riwayat ke-{entry} ditulis ulang setelah nomor urut {sequence} diekspor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="241"/>
        <source>the same file as {file}</source>
        <translation>berkas yang sama dengan {file}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="254"/>
        <source>assessor &quot;{assessor}&quot; is not in the roster of this event</source>
        <translation>asesor &quot;{assessor}&quot; tidak ada dalam daftar asesor kegiatan ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="259"/>
        <source>key {key_id} was revoked by the chair</source>
        <translation>kunci {key_id} telah dicabut oleh ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="264"/>
        <source>signed with the key registered for assessor {owner}, but names assessor {assessor}</source>
        <translation>ditandatangani dengan kunci yang terdaftar untuk asesor {owner}, tetapi menyebut asesor {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="277"/>
        <source>key {key_id} is not the key the roster holds for assessor {assessor}; compare its fingerprint with the assessor before pinning it</source>
        <translation>kunci {key_id} bukan kunci yang tercatat dalam daftar asesor untuk asesor {assessor}; bandingkan sidik jarinya dengan asesor sebelum menetapkannya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="285"/>
        <source>key {key_id} was pinned to assessor {pinned}, not {assessor}</source>
        <translation>kunci {key_id} ditetapkan untuk asesor {pinned}, bukan {assessor}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="292"/>
        <source>key pinned to {assessor} by the chair: {reason}</source>
        <translation>kunci ditetapkan untuk {assessor} oleh ketua panel: {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="299"/>
        <source>created {created} UTC, after the deadline {deadline} UTC</source>
        <translation>dibuat pada {created} UTC, setelah batas waktu {deadline} UTC</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="304"/>
        <source>late bundle accepted by the chair</source>
        <translation>paket terlambat diterima oleh ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="315"/>
        <source>another, different bundle of assessor {assessor} has sequence {sequence}</source>
        <translation>paket lain yang berbeda dari asesor {assessor} juga bernomor urut {sequence}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="337"/>
        <source>rewritten history against sequence {sequence}: {why}</source>
        <translation>riwayat perubahan ditulis ulang dibandingkan nomor urut {sequence}: {why}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="344"/>
        <source>sequence {sequence} of the same assessor is later</source>
        <translation>nomor urut {sequence} dari asesor yang sama lebih baru</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="369"/>
        <source>made for event &quot;{found}&quot;, not &quot;{expected}&quot;</source>
        <translation>dibuat untuk kegiatan &quot;{found}&quot;, bukan &quot;{expected}&quot;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="375"/>
        <source>made for another version of this event (package {package}…); the assessor must import the current version, then export again</source>
        <translation>dibuat untuk versi lain kegiatan ini (paket {package}…); asesor harus mengimpor versi terbaru, lalu mengekspor lagi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="383"/>
        <source>scored with another rubric than this event&apos;s</source>
        <translation>dinilai dengan rubrik yang berbeda dari rubrik kegiatan ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/domain/merge_intake.py" line="385"/>
        <source>does not list exactly the regions of this event</source>
        <translation>tidak memuat tepat daerah-daerah kegiatan ini</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="126"/>
        <source>History of {code} {name}</source>
        <translation>Riwayat {code} {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="128"/>
        <source>History of all regions</source>
        <translation>Riwayat semua daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="137"/>
        <source>Changes: {count}. Every change is kept, including undo, redo and reopening.</source>
        <translation>Jumlah perubahan: {count}. Setiap perubahan tetap tercatat, termasuk urungkan, ulangi, dan buka kembali.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="141"/>
        <source>Nothing has been changed yet.</source>
        <translation>Belum ada perubahan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="187"/>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="50"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="51"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="52"/>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="53"/>
        <source>Old → new</source>
        <translation>Lama → baru</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="54"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="77"/>
        <source>(whole region)</source>
        <translation>(seluruh daerah)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="89"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="90"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="91"/>
        <source>Region note</source>
        <translation>Catatan daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="92"/>
        <source>Finalised</source>
        <translation>Difinalkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="93"/>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="98"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="101"/>
        <source>not started</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="102"/>
        <source>in progress</source>
        <translation>sedang dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="103"/>
        <source>finalised</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="109"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/history_dialog.py" line="111"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="158"/>
        <source>Minisign public key (*.pub)</source>
        <translation>Kunci publik minisign (*.pub)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="180"/>
        <source>My signing identity</source>
        <translation>Identitas penanda tangan saya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="193"/>
        <source>Create identity</source>
        <translation>Buat identitas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="222"/>
        <source>Your signing identity is a key pair made on this laptop. Your score bundles are signed with it, so the chair can check that they come from you, unaltered. The private key never leaves this laptop and is protected by a passphrase.</source>
        <translation>Identitas penanda tangan Anda adalah sepasang kunci yang dibuat di laptop ini. Paket nilai Anda ditandatangani dengannya, sehingga ketua panel dapat memeriksa bahwa paket itu berasal dari Anda dan tidak diubah. Kunci privat tidak pernah meninggalkan laptop ini dan dilindungi oleh frasa sandi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="230"/>
        <source>As on the roster, for example Dr. Rina Hartono</source>
        <translation>Seperti pada daftar asesor, misalnya Dr. Rina Hartono</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="232"/>
        <source>For example Institut Teknologi Bandung</source>
        <translation>Misalnya Institut Teknologi Bandung</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="234"/>
        <source>Optional: the id the chair gave you, e.g. A01</source>
        <translation>Opsional: ID dari ketua panel, misalnya A01</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="241"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="242"/>
        <source>New passphrase again</source>
        <translation>Ulangi frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="247"/>
        <source>A forgotten passphrase cannot be recovered: you would need a new identity and would have to give the chair your new public key. Write it down and keep it safe.</source>
        <translation>Frasa sandi yang terlupa tidak dapat dipulihkan: Anda harus membuat identitas baru dan menyerahkan kunci publik yang baru kepada ketua panel. Catat frasa sandi Anda dan simpan di tempat yang aman.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="257"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="258"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institusi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="259"/>
        <source>Assessor i&amp;d:</source>
        <translation>ID &amp;asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="260"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="261"/>
        <source>Type it &amp;again:</source>
        <translation>Ketik &amp;lagi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="268"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="357"/>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="267"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="416"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="286"/>
        <source>Use at least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Gunakan sedikitnya {minimum} karakter. Beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="289"/>
        <source>Too short: {length} characters; use at least {minimum}.</source>
        <translation>Terlalu pendek: {length} karakter; gunakan sedikitnya {minimum}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="290"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="292"/>
        <source>Acceptable, but this is among the first passphrases anyone would try. Choose words of your own.</source>
        <translation>Dapat diterima, tetapi frasa sandi ini termasuk yang pertama kali dicoba orang. Pilih kata-kata Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="295"/>
        <source>Acceptable, but easy to guess. Longer is stronger: try three or four words.</source>
        <translation>Dapat diterima, tetapi mudah ditebak. Makin panjang makin kuat: cobalah tiga atau empat kata.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="296"/>
        <source>Good.</source>
        <translation>Baik.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="297"/>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="301"/>
        <source>Now type it again.</source>
        <translation>Sekarang ketik sekali lagi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="339"/>
        <source>Created. Give your public key to the chair: export it as a file, or copy the line.</source>
        <translation>Identitas telah dibuat. Serahkan kunci publik Anda kepada ketua panel: ekspor sebagai berkas, atau salin barisnya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="356"/>
        <source>Institution:</source>
        <translation>Institusi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="358"/>
        <source>Assessor id:</source>
        <translation>ID asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="359"/>
        <source>Created:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="360"/>
        <source>Key file:</source>
        <translation>Berkas kunci:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="368"/>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="368"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="372"/>
        <source>When you give your public key to the chair, read the fingerprint aloud so that both of you can check it is the same key.</source>
        <translation>Saat menyerahkan kunci publik kepada ketua panel, bacakan sidik jarinya agar Anda berdua dapat memastikan bahwa kuncinya sama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="381"/>
        <source>P&amp;ublic key (the line for the roster):</source>
        <translation>Kunci p&amp;ublik (baris untuk daftar asesor):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="383"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="385"/>
        <source>&amp;Export public key…</source>
        <translation>&amp;Ekspor kunci publik…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="414"/>
        <source>Signing identity of {name}</source>
        <translation>Identitas penanda tangan {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="267"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="416"/>
        <source>Panel chair</source>
        <translation>Ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="431"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="441"/>
        <source>The public key line is on the clipboard.</source>
        <translation>Baris kunci publik telah disalin ke papan klip.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="450"/>
        <source>Export public key</source>
        <translation>Ekspor kunci publik</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="462"/>
        <source>Saved {path}. Give this file to the chair; anyone can check signatures with it.</source>
        <translation>{path} telah disimpan. Serahkan berkas ini kepada ketua panel; siapa pun dapat memeriksa tanda tangan dengannya.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="160"/>
        <source>Your signing identity</source>
        <translation>Identitas penanda tangan Anda</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="161"/>
        <source>&amp;Create identity</source>
        <translation>&amp;Buat identitas</translation>
    </message>
</context>
<context>
    <name>ImportEventDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="47"/>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="78"/>
        <source>Import event package</source>
        <translation>Impor paket kegiatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="49"/>
        <source>GM100 event package (*.gm100event);;All files (*)</source>
        <translation>Paket kegiatan GM100 (*.gm100event);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="91"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="94"/>
        <source>Event:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="95"/>
        <source>{event_id}, version {version}</source>
        <translation>{event_id}, versi {version}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="97"/>
        <source>Dates:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="98"/>
        <source>Venue:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="101"/>
        <source>Contents:</source>
        <translation>Isi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="102"/>
        <source>{regions} regions, {panels} panels, {assessors} assessors</source>
        <translation>{regions} daerah, {panels} panel, {assessors} asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="106"/>
        <source>Signed by:</source>
        <translation>Ditandatangani oleh:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="106"/>
        <source>the panel chair</source>
        <translation>ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="114"/>
        <source>Chair&apos;s key id:</source>
        <translation>ID kunci ketua panel:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="114"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="119"/>
        <source>Compare the chair&apos;s key id and fingerprint with the ones the chair reads out or hands out on paper. Import only if they are the same: otherwise the file did not come from the chair.</source>
        <translation>Bandingkan ID kunci dan sidik jari ketua panel dengan yang dibacakan atau dibagikan tertulis oleh ketua panel. Impor hanya jika keduanya sama: jika berbeda, berkas ini tidak berasal dari ketua panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="126"/>
        <source>I have &amp;compared the key id and fingerprint with the chair&apos;s</source>
        <translation>Saya sudah &amp;membandingkan ID kunci dan sidik jari dengan milik ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="134"/>
        <source>&amp;You are:</source>
        <translation>&amp;Anda adalah:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="212"/>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} hari)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="229"/>
        <source>You will score as {assessor}: the roster holds your signing key.</source>
        <translation>Anda akan menilai sebagai {assessor}: daftar asesor memuat kunci penanda tangan Anda.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="232"/>
        <source>You will score as {assessor}, as on this laptop before.</source>
        <translation>Anda akan menilai sebagai {assessor}, seperti sebelumnya di laptop ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="237"/>
        <source>There is no signing identity on this laptop yet, so the roster cannot tell who you are. Choose your name; create your identity afterwards (File menu) to sign your scores.</source>
        <translation>Belum ada identitas penanda tangan di laptop ini, sehingga daftar asesor tidak dapat menunjukkan siapa Anda. Pilih nama Anda; buat identitas Anda sesudahnya (menu Berkas) untuk menandatangani nilai Anda.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="242"/>
        <source>Your signing key ({key_id}) is not in the roster of this event. Choose your name; the chair will have to confirm your key when merging the scores.</source>
        <translation>Kunci penanda tangan Anda ({key_id}) tidak ada dalam daftar asesor kegiatan ini. Pilih nama Anda; ketua panel harus mengonfirmasi kunci Anda saat menggabungkan nilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="246"/>
        <source>Choose who you are…</source>
        <translation>Pilih nama Anda…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="278"/>
        <source>&lt;b&gt;This replaces version {installed} of this event with version {version}.&lt;/b&gt; Every score, note and history entry is kept ({scores} scores given so far).</source>
        <translation>&lt;b&gt;Versi {installed} kegiatan ini akan diganti dengan versi {version}.&lt;/b&gt; Semua nilai, catatan, dan entri riwayat tetap disimpan ({scores} nilai sudah diberikan).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="283"/>
        <source>Replace version {installed}</source>
        <translation>Ganti versi {installed}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="287"/>
        <source>This exact version is already installed. Importing it again changes nothing.</source>
        <translation>Versi yang sama persis sudah terpasang. Mengimpornya lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="289"/>
        <source>Open this event</source>
        <translation>Buka kegiatan ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="292"/>
        <source>The event will be installed on this laptop and opened for scoring.</source>
        <translation>Kegiatan akan dipasang di laptop ini dan dibuka untuk penilaian.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="294"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="169"/>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="170"/>
        <source>superseded</source>
        <translation>digantikan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="171"/>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="172"/>
        <source>late</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="173"/>
        <source>quarantined</source>
        <translation>dikarantina</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="174"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="179"/>
        <source>bundle</source>
        <translation>paket nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="179"/>
        <source>paper sheet</source>
        <translation>lembar kertas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="182"/>
        <source>Add &amp;bundles…</source>
        <translation>Tam&amp;bah paket…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="183"/>
        <source>Add f&amp;older…</source>
        <translation>Tambah f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="184"/>
        <source>Every score bundle in a folder, such as a USB stick</source>
        <translation>Semua paket nilai dalam satu folder, misalnya di USB</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="185"/>
        <source>Paper s&amp;heets…</source>
        <translation>&amp;Lembar kertas…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="186"/>
        <source>&amp;Pin key…</source>
        <translation>T&amp;etapkan kunci…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="188"/>
        <source>Count a quarantined bundle after comparing its key&apos;s fingerprint</source>
        <translation>Hitung paket yang dikarantina setelah membandingkan sidik jari kuncinya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="190"/>
        <source>&amp;Accept late bundle…</source>
        <translation>Ter&amp;ima paket terlambat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="191"/>
        <source>Set deadlin&amp;e…</source>
        <translation>Atur batas &amp;waktu…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="192"/>
        <source>Input &amp;files</source>
        <translation>Berkas mas&amp;ukan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="193"/>
        <source>&amp;Marks that do not count</source>
        <translation>Nilai yang tidak &amp;dihitung</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="195"/>
        <source>Drop score bundles or a folder here. Every file is verified against the event&apos;s roster.</source>
        <translation>Seret paket nilai atau folder ke sini. Setiap berkas diverifikasi terhadap daftar asesor kegiatan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="229"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="231"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="233"/>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="251"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="235"/>
        <source>Sequence</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="239"/>
        <source>Key id</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="241"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="244"/>
        <source>Reason and notes</source>
        <translation>Alasan dan keterangan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="252"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="253"/>
        <source>From</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="255"/>
        <source>Why they do not count</source>
        <translation>Alasan tidak dihitung</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="265"/>
        <source>{count} {state}</source>
        <translation>{count} {state}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="269"/>
        <source>Files: {files} ({counts}).</source>
        <translation>Berkas: {files} ({counts}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="272"/>
        <source>No score bundles yet: add them, or drop them here.</source>
        <translation>Belum ada paket nilai: tambahkan, atau seret ke sini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="280"/>
        <source>Deadline: {time}.</source>
        <translation>Batas waktu: {time}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="289"/>
        <source>Select a file to read why it counts or not.</source>
        <translation>Pilih berkas untuk melihat alasan berkas itu dihitung atau tidak.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="292"/>
        <source>{file}: {state}.</source>
        <translation>{file}: {state}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="296"/>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Sidik jari kunci: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="298"/>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="344"/>
        <source>Pin a key to an assessor</source>
        <translation>Tetapkan kunci untuk asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="346"/>
        <source>The bundle {file} is signed with a key the roster does not hold for assessor {assessor}. Pinning counts this key as {assessor}&apos;s key in this merge.</source>
        <translation>Paket {file} ditandatangani dengan kunci yang tidak tercatat dalam daftar asesor untuk asesor {assessor}. Jika ditetapkan, kunci ini dihitung sebagai kunci {assessor} dalam penggabungan ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="350"/>
        <source>I &amp;compared this fingerprint with the one on the assessor&apos;s own laptop</source>
        <translation>Saya sudah &amp;membandingkan sidik jari ini dengan yang ada di laptop asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="362"/>
        <source>Accept a late bundle</source>
        <translation>Terima paket terlambat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="363"/>
        <source>Count the late bundle {file} of assessor {assessor}? {why}.</source>
        <translation>Hitung paket terlambat {file} milik asesor {assessor}? {why}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="378"/>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="383"/>
        <source>Set the deadline for bundles</source>
        <translation>Atur batas waktu paket nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="385"/>
        <source>Bundles created after this time (venue time) are late: they count only when you accept them.</source>
        <translation>Paket nilai yang dibuat setelah waktu ini (waktu setempat di lokasi kegiatan) dianggap terlambat: paket itu hanya dihitung jika Anda menerimanya.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="132"/>
        <source>Welcome to GM100 Assessor</source>
        <translation>Selamat datang di GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="135"/>
        <source>This assistant prepares this laptop for scoring in a few steps: the language, your signing identity, and the event package from the chair. First choose the language of the application.</source>
        <translation>Asisten ini menyiapkan laptop ini untuk penilaian dalam beberapa langkah: bahasa, identitas penanda tangan Anda, dan paket kegiatan dari ketua panel. Pertama, pilih bahasa aplikasi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/first_run_wizard.py" line="140"/>
        <source>You can change it later under Settings → Language.</source>
        <translation>Anda dapat mengubahnya nanti melalui Pengaturan → Bahasa.</translation>
    </message>
</context>
<context>
    <name>LevelSelector</name>
    <message>
        <location filename="../../gm100_desktop/ui/level_selector.py" line="319"/>
        <source>not scored</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/level_selector.py" line="322"/>
        <source>Scale {low} to {high}. Current: {current}. Type a digit, or use the arrow keys and Space. Delete clears.</source>
        <translation>Skala {low} sampai {high}. Saat ini: {current}. Ketik angka, atau gunakan tombol panah dan Spasi. Delete mengosongkan.</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="245"/>
        <source>Reading the event package…</source>
        <translation>Membaca paket kegiatan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="253"/>
        <source>Opening the merge session…</source>
        <translation>Membuka sesi penggabungan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="269"/>
        <source>Verifying bundle {done} of {total}…</source>
        <translation>Memverifikasi paket {done} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_worker.py" line="279"/>
        <source>Merging…</source>
        <translation>Menggabungkan…</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="197"/>
        <source>&amp;Inputs</source>
        <translation>&amp;Masukan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="198"/>
        <source>&amp;Completeness</source>
        <translation>&amp;Kelengkapan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="199"/>
        <source>&amp;Ranking</source>
        <translation>&amp;Peringkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="200"/>
        <source>Re&amp;liability</source>
        <translation>&amp;Reliabilitas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="201"/>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsitivitas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="202"/>
        <source>Se&amp;verity</source>
        <translation>Keket&amp;atan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="203"/>
        <source>&amp;Decisions</source>
        <translation>Kepu&amp;tusan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="207"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="208"/>
        <source>New session from event pac&amp;kage…</source>
        <translation>Sesi baru dari &amp;paket kegiatan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="209"/>
        <source>New session from the &amp;current event</source>
        <translation>Sesi baru dari kegiatan saat &amp;ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="210"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Buka sesi…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="211"/>
        <source>&amp;Save session</source>
        <translation>&amp;Simpan sesi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="212"/>
        <source>Save session &amp;as…</source>
        <translation>Simpan sesi seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="213"/>
        <source>Add &amp;bundles…</source>
        <translation>&amp;Tambah paket nilai…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="214"/>
        <source>Add &amp;folder…</source>
        <translation>Tambah &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="215"/>
        <source>&amp;Paper sheets…</source>
        <translation>&amp;Lembar kertas…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="216"/>
        <source>E&amp;xport ranking…</source>
        <translation>&amp;Ekspor peringkat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="217"/>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="220"/>
        <source>&lt;h3&gt;Merge the score bundles&lt;/h3&gt;&lt;p&gt;Start from the event package the assessors scored, or reopen a saved merge session. Bundles are then added from files or a whole folder (a USB stick), each verified against the event&apos;s roster.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gabungkan paket nilai&lt;/h3&gt;&lt;p&gt;Mulailah dari paket kegiatan yang dinilai para asesor, atau buka kembali sesi penggabungan yang tersimpan. Paket nilai kemudian ditambahkan dari berkas atau dari satu folder utuh (USB), dan masing-masing diverifikasi terhadap daftar asesor kegiatan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="225"/>
        <source>Use the chair&apos;s current &amp;event</source>
        <translation>Gunakan kegiatan ketua panel saat &amp;ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="226"/>
        <source>Open event &amp;package…</source>
        <translation>Buka &amp;paket kegiatan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="227"/>
        <source>&amp;Open a saved session…</source>
        <translation>&amp;Buka sesi tersimpan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="246"/>
        <source>Merge — {app}</source>
        <translation>Penggabungan — {app}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="257"/>
        <source>session {file}</source>
        <translation>sesi {file}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="259"/>
        <source>session not saved yet</source>
        <translation>sesi belum disimpan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="262"/>
        <source>&lt;b&gt;{event}&lt;/b&gt; · {event_id} version {version} · chair key {key_id} · {saved}</source>
        <translation>&lt;b&gt;{event}&lt;/b&gt; · {event_id} versi {version} · kunci ketua panel {key_id} · {saved}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="270"/>
        <source>{event} — Merge — {app}[*]</source>
        <translation>{event} — Penggabungan — {app}[*]</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="290"/>
        <source>Open the event package</source>
        <translation>Buka paket kegiatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="290"/>
        <source>Event package (*.gm100event)</source>
        <translation>Paket kegiatan (*.gm100event)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="303"/>
        <source>The chair&apos;s event package was not found on this computer. Open the exported .gm100event file instead.</source>
        <translation>Paket kegiatan ketua panel tidak ditemukan di komputer ini. Sebagai gantinya, buka berkas .gm100event yang telah diekspor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="313"/>
        <source>Open a merge session</source>
        <translation>Buka sesi penggabungan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="313"/>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="332"/>
        <source>Merge session (*.gm100merge)</source>
        <translation>Sesi penggabungan (*.gm100merge)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="332"/>
        <source>Save the merge session</source>
        <translation>Simpan sesi penggabungan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="346"/>
        <source>Saved {file}.</source>
        <translation>{file} telah disimpan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="355"/>
        <source>Add score bundles</source>
        <translation>Tambah paket nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="355"/>
        <source>Score bundles (*.gm100bundle)</source>
        <translation>Paket nilai (*.gm100bundle)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="362"/>
        <source>Add every score bundle in a folder</source>
        <translation>Tambah semua paket nilai dalam folder</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="427"/>
        <source>The merge is still running: wait for it, or cancel it.</source>
        <translation>Penggabungan masih berjalan: tunggu hingga selesai, atau batalkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_window.py" line="435"/>
        <source>The merge session has changes that are not saved. Save them first?</source>
        <translation>Sesi penggabungan memiliki perubahan yang belum disimpan. Simpan terlebih dahulu?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/open_document.py" line="36"/>
        <source>To merge {file}, first open the event package it was scored for (or a merge session), then add the bundle.</source>
        <translation>Untuk menggabungkan {file}, buka dulu paket kegiatan tempat berkas itu dinilai (atau sesi penggabungan), lalu tambahkan paket nilainya.</translation>
    </message>
</context>
<context>
    <name>PanelsModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_panels_table.py" line="37"/>
        <source>Panel name</source>
        <translation>Nama panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_panels_table.py" line="37"/>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="264"/>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="596"/>
        <source>Paper score sheets</source>
        <translation>Lembar nilai kertas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="265"/>
        <source>Type a paper sheet</source>
        <translation>Ketik lembar kertas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="268"/>
        <source>&amp;Typed by:</source>
        <translation>Diketik &amp;oleh:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="268"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="268"/>
        <source>&amp;Region:</source>
        <translation>&amp;Daerah:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="272"/>
        <source>Your name; a second person types the same sheet again</source>
        <translation>Nama Anda; orang kedua mengetik ulang lembar yang sama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="275"/>
        <source>Code or name</source>
        <translation>Kode atau nama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="278"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="280"/>
        <source>Score ({low}–{high})</source>
        <translation>Nilai ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="281"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="300"/>
        <source>Score of {criterion}</source>
        <translation>Nilai {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="303"/>
        <source>Note on {criterion}</source>
        <translation>Catatan untuk {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="306"/>
        <source>C&amp;lear form</source>
        <translation>&amp;Kosongkan formulir</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="307"/>
        <source>&amp;Save sheet</source>
        <translation>&amp;Simpan lembar</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="308"/>
        <source>Sheets typed so far</source>
        <translation>Lembar yang sudah diketik</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="309"/>
        <source>S&amp;heets (Enter on a sheet chooses it in the form):</source>
        <translation>&amp;Lembar (Enter pada lembar memilihnya di formulir):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="310"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="310"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="310"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="311"/>
        <source>&amp;Differences and problems of the selected sheet:</source>
        <translation>&amp;Perbedaan dan masalah pada lembar yang dipilih:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="312"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="313"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="314"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="367"/>
        <source>Type your name in “Typed by” first.</source>
        <translation>Ketik nama Anda di “Diketik oleh” terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="369"/>
        <source>Choose the assessor and the region of the sheet.</source>
        <translation>Pilih asesor dan daerah lembar ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="381"/>
        <source>{criterion} has a note but no score; a paper entry counts only with a score.</source>
        <translation>{criterion} memiliki catatan tetapi tidak memiliki nilai; entri dari lembar kertas hanya dihitung jika ada nilainya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="387"/>
        <source>{criterion}: {score} is not on the scale {low}–{high}.</source>
        <translation>{criterion}: {score} tidak ada dalam skala {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="395"/>
        <source>Nothing is typed in the sheet yet.</source>
        <translation>Belum ada yang diketik pada lembar ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="403"/>
        <source>Saved for {assessor}, region {region}, typed by {name} (entries: {count}): {status}</source>
        <translation>Tersimpan untuk {assessor}, wilayah {region}, diketik oleh {name} (entri: {count}): {status}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="570"/>
        <source>Entries imported from {file}: {count}.</source>
        <translation>Entri yang diimpor dari {file}: {count}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="587"/>
        <source>Entries written to {file}: {count}.</source>
        <translation>Entri yang ditulis ke {file}: {count}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="407"/>
        <source>{name} had typed this sheet before: only someone else&apos;s entry confirms it.</source>
        <translation>{name} sudah pernah mengetik lembar ini: hanya entri dari orang lain yang dapat mengonfirmasinya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="445"/>
        <source>Sheets: {sheets} · complete: {complete} · mismatches: {mismatches} · entries: {entries} · refused entries: {refused}</source>
        <translation>Lembar: {sheets} · lengkap: {complete} · selisih: {mismatches} · entri: {entries} · entri ditolak: {refused}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="463"/>
        <source>{confirmed}/{total} confirmed</source>
        <translation>{confirmed}/{total} terkonfirmasi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="467"/>
        <source>Complete: {confirmed}</source>
        <translation>Lengkap: {confirmed}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="470"/>
        <source>waiting for a second entry: {count}</source>
        <translation>menunggu entri kedua: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="472"/>
        <source>mismatches: {count}</source>
        <translation>selisih: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="474"/>
        <source>refused: {count}</source>
        <translation>ditolak: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="512"/>
        <source>{criterion}: waiting for a second entry (typed by {names})</source>
        <translation>{criterion}: menunggu entri kedua (diketik oleh {names})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="519"/>
        <source>{difference} — the first value counts: two people typed it</source>
        <translation>{difference} — nilai pertama yang berlaku: dua orang telah mengetiknya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="530"/>
        <source>Refused {criterion} by {name}, line {line}: {reasons}</source>
        <translation>{criterion} dari {name} ditolak, baris {line}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="534"/>
        <source>Refused {criterion} by {name}: {reasons}</source>
        <translation>{criterion} dari {name} ditolak: {reasons}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="537"/>
        <source>Nothing to resolve in this sheet.</source>
        <translation>Tidak ada yang perlu diselesaikan pada lembar ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="542"/>
        <source>score</source>
        <translation>nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="542"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="543"/>
        <source>(no note)</source>
        <translation>(tanpa catatan)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="545"/>
        <source>{value} ({names})</source>
        <translation>{value} ({names})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="551"/>
        <source>{criterion} {field}: {values}</source>
        <translation>{field} {criterion}: {values}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="559"/>
        <source>Import paper-sheet entries</source>
        <translation>Impor entri lembar kertas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="559"/>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="577"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="577"/>
        <source>Export paper-sheet entries</source>
        <translation>Ekspor entri lembar kertas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_paper_dialog.py" line="597"/>
        <source>The sheet in the form is not saved. Close and lose what is typed?</source>
        <translation>Lembar di formulir belum disimpan. Tutup dan buang yang sudah diketik?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="41"/>
        <source>Unlock your signing identity</source>
        <translation>Buka identitas penanda tangan Anda</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="44"/>
        <source>Type the passphrase of your signing identity to sign with it.</source>
        <translation>Ketik frasa sandi identitas penanda tangan Anda untuk menandatangani.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="49"/>
        <source>{name} · key id {key_id}</source>
        <translation>{name} · ID kunci {key_id}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="57"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="58"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="71"/>
        <source>Unlock</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="73"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/passphrase_dialog.py" line="110"/>
        <source>Wrong passphrase. Nothing was signed. Check Caps Lock and the keyboard layout, then try again ({left} of {tries} tries left).</source>
        <translation>Frasa sandi salah. Tidak ada yang ditandatangani. Periksa Caps Lock dan tata letak papan ketik, lalu coba lagi (sisa {left} dari {tries} percobaan).</translation>
    </message>
</context>
<context>
    <name>PinKeyPanel</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="55"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="56"/>
        <source>Assessor named in the bundle:</source>
        <translation>Asesor yang disebut dalam paket:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="59"/>
        <source>Key id</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="60"/>
        <source>Fingerprint of this bundle&apos;s key</source>
        <translation>Sidik jari kunci paket ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="70"/>
        <source>None: this assessor was enrolled without a key.</source>
        <translation>Tidak ada: asesor ini didaftarkan tanpa kunci.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="71"/>
        <source>Key the roster holds:</source>
        <translation>Kunci dalam daftar asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_inputs_view.py" line="74"/>
        <source>Ask the assessor to open their signing identity on their own laptop and read the fingerprint aloud (or scan its QR code). Pin the key only when every group matches.</source>
        <translation>Mintalah asesor membuka identitas penanda tangannya di laptopnya sendiri dan membacakan sidik jarinya (atau memindai kode QR-nya). Tetapkan kunci hanya jika setiap kelompok karakter cocok.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="43"/>
        <source>Problem: {text}</source>
        <translation>Masalah: {text}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="46"/>
        <source>Warning: {text}</source>
        <translation>Peringatan: {text}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="49"/>
        <source>No problems: the event can be exported.</source>
        <translation>Tidak ada masalah: kegiatan dapat diekspor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="51"/>
        <source>Problems to resolve: {problems}; warnings: {warnings}</source>
        <translation>Masalah yang harus diselesaikan: {problems}; peringatan: {warnings}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="55"/>
        <source>Design: {text}</source>
        <translation>Desain: {text}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_problems.py" line="57"/>
        <source>With rotation: {text}</source>
        <translation>Dengan rotasi: {text}</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="193"/>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="194"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="195"/>
        <source>Trimmed mean</source>
        <translation>Rata-rata terpangkas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="196"/>
        <source>Adjusted for rater severity</source>
        <translation>Disesuaikan dengan keketatan penilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="201"/>
        <source>Met&amp;hod:</source>
        <translation>Meto&amp;de:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="202"/>
        <source>&amp;Top:</source>
        <translation>T&amp;eratas:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="203"/>
        <source>Tie-&amp;break…</source>
        <translation>Pemecah ser&amp;i…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="204"/>
        <source>Which dimension scores order regions with equal totals</source>
        <translation>Nilai dimensi yang mengurutkan daerah dengan nilai total yang sama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="205"/>
        <source>Incl&amp;ude in ranking…</source>
        <translation>Sertakan da&amp;lam peringkat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="206"/>
        <source>Ranking (the line marks the top N)</source>
        <translation>Peringkat (garis menandai N teratas)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="234"/>
        <source>Ties: {chain}</source>
        <translation>Seri: {chain}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="242"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="244"/>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="275"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="245"/>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="276"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="247"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="253"/>
        <source>Decided by</source>
        <translation>Penentu urutan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="254"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="262"/>
        <source>{selected} of the top {top} places are filled; {ranked} regions are ranked.</source>
        <translation>{selected} dari {top} tempat teratas telah terisi; {ranked} daerah diperingkat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="267"/>
        <source>Regions {codes} are tied across the cut line for {places} places: the chair decides between them.</source>
        <translation>Daerah {codes} seri di garis batas untuk {places} tempat: ketua panel memutuskan di antara daerah-daerah itu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="277"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="278"/>
        <source>Why it is not ranked</source>
        <translation>Alasan tidak diperingkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="282"/>
        <source>Incomplete regions not ranked: {count}</source>
        <translation>Wilayah belum lengkap yang tidak diperingkat: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="296"/>
        <source>shared rank</source>
        <translation>peringkat bersama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="297"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="301"/>
        <source>selected</source>
        <translation>terpilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="303"/>
        <source>tied at the cut line</source>
        <translation>seri di garis batas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="305"/>
        <source>not selected</source>
        <translation>tidak terpilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="306"/>
        <source>incomplete, included by the chair</source>
        <translation>belum lengkap, disertakan oleh ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="315"/>
        <source>nobody has scored it</source>
        <translation>belum ada yang menilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="318"/>
        <source>not finalised by {who}</source>
        <translation>belum difinalkan oleh {who}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="321"/>
        <source>assessors who have not scored it: {count}</source>
        <translation>asesor yang belum menilai: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="324"/>
        <source>criteria nobody scored: {ids}</source>
        <translation>kriteria yang belum dinilai siapa pun: {ids}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="355"/>
        <source>Change the merge method</source>
        <translation>Ubah metode penggabungan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="356"/>
        <source>Merge each criterion with: {new} (now: {old})?</source>
        <translation>Gabungkan setiap kriteria dengan: {new} (saat ini: {old})?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="368"/>
        <source>Change how many regions are selected</source>
        <translation>Ubah jumlah daerah yang terpilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="369"/>
        <source>Select the top {new} regions (now the top {old})?</source>
        <translation>Pilih {new} daerah teratas (saat ini {old} teratas)?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="380"/>
        <source>Change the tie-break chain</source>
        <translation>Ubah urutan pemecah seri</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="382"/>
        <source>Regions with equal totals are ordered by these dimension scores, highest first. Untick a dimension to leave it out.</source>
        <translation>Daerah dengan nilai total yang sama diurutkan menurut nilai dimensi berikut, dimulai dari yang tertinggi. Hapus centang pada dimensi untuk tidak menggunakannya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="397"/>
        <source>Rank an incomplete region</source>
        <translation>Peringkatkan daerah yang belum lengkap</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="399"/>
        <source>Rank {code} {name} although its scoring is incomplete ({why})? Its numbers are then provisional, over what was scored.</source>
        <translation>Peringkatkan {code} {name} meskipun penilaiannya belum lengkap ({why})? Angkanya kemudian bersifat sementara, dihitung dari yang sudah dinilai.</translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="302"/>
        <source>Re&amp;gions</source>
        <translation>Da&amp;erah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="303"/>
        <source>Search code, name or province (Ctrl+F)</source>
        <translation>Cari kode, nama, atau provinsi (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="305"/>
        <source>Type to filter the regions; Enter opens the first match, Esc clears.</source>
        <translation>Ketik untuk menyaring daerah; Enter membuka hasil pertama, Esc mengosongkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="379"/>
        <source>Enter opens the selected region for scoring.</source>
        <translation>Enter membuka daerah yang dipilih untuk dinilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="388"/>
        <source>{code} {name}: {state}. Enter opens it for scoring.</source>
        <translation>{code} {name}: {state}. Enter membukanya untuk dinilai.</translation>
    </message>
</context>
<context>
    <name>RegionListModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="109"/>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="168"/>
        <source>Conflict of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="170"/>
        <source>Finalised {scored}/{total}</source>
        <translation>Final {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="172"/>
        <source>In progress {scored}/{total}</source>
        <translation>Sedang dinilai {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="173"/>
        <source>Not started {scored}/{total}</source>
        <translation>Belum dinilai {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="179"/>
        <source>Presentation {start}–{end}</source>
        <translation>Paparan {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="190"/>
        <source>Conflict of interest: {reason}. You cannot score this region.</source>
        <translation>Konflik kepentingan: {reason}. Anda tidak dapat menilai daerah ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="191"/>
        <source>declared by the secretariat</source>
        <translation>ditetapkan oleh sekretariat</translation>
    </message>
</context>
<context>
    <name>RegionsModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="72"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="203"/>
        <source>&amp;Import regions…</source>
        <translation>&amp;Impor daerah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="204"/>
        <source>Import i&amp;ndicators…</source>
        <translation>Impor i&amp;ndikator…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="205"/>
        <source>&amp;Search:</source>
        <translation>Ca&amp;ri:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="206"/>
        <source>Code or name</source>
        <translation>Kode atau nama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="207"/>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="208"/>
        <source>&amp;Kind:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="209"/>
        <source>In&amp;vite all shown</source>
        <translation>&amp;Undang semua yang tampil</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="210"/>
        <source>&amp;Uninvite all shown</source>
        <translation>Batalkan undangan semua yang ta&amp;mpil</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="217"/>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="219"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="221"/>
        <source>{invited} of {total} regions invited</source>
        <translation>{invited} dari {total} daerah diundang</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="254"/>
        <source>Import regions</source>
        <translation>Impor daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="254"/>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="259"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_regions_page.py" line="259"/>
        <source>Import indicators</source>
        <translation>Impor indikator</translation>
    </message>
</context>
<context>
    <name>ReliabilityView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="102"/>
        <source>Agreement per panel</source>
        <translation>Kesepakatan per panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="103"/>
        <source>Assessors compared with the rest of their panel</source>
        <translation>Asesor dibandingkan dengan asesor lain di panelnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="105"/>
        <source>Criteria where the assessors disagree: {count}</source>
        <translation>Kriteria dengan nilai asesor yang berselisih: {count}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="109"/>
        <source>Krippendorff&apos;s alpha over all regions: interval {interval}, ordinal {ordinal}.</source>
        <translation>Alpha Krippendorff untuk semua daerah: interval {interval}, ordinal {ordinal}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="116"/>
        <source>Assessors outside the corridor: {ids}.</source>
        <translation>Asesor di luar koridor: {ids}.</translation>
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
        <translation>Daerah × asesor yang digunakan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="127"/>
        <source>Left out: regions {regions}; assessors {assessors}</source>
        <translation>Tidak disertakan: daerah {regions}; asesor {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="133"/>
        <source>Kendall&apos;s W</source>
        <translation>W Kendall</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="137"/>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="145"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="148"/>
        <source>Mean deviation (points)</source>
        <translation>Rata-rata selisih (poin)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="152"/>
        <source>Regions</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="154"/>
        <source>Corridor</source>
        <translation>Koridor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="155"/>
        <source>outside</source>
        <translation>di luar</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="155"/>
        <source>inside</source>
        <translation>di dalam</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="159"/>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="176"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="177"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="178"/>
        <source>Lowest</source>
        <translation>Terendah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="179"/>
        <source>Highest</source>
        <translation>Tertinggi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="181"/>
        <source>Scores</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="197"/>
        <source>none ({reason})</source>
        <translation>tidak ada ({reason})</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="13"/>
        <source>Reopen {region}</source>
        <translation>Buka kembali {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="17"/>
        <source>{region} is finalised. Why are you reopening it? The reason is kept in the change history that goes to the panel chair.</source>
        <translation>{region} sudah final. Mengapa Anda membukanya kembali? Alasan ini disimpan dalam riwayat perubahan yang diserahkan kepada ketua panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="24"/>
        <source>For example: changed after the panel discussion</source>
        <translation>Contoh: diubah setelah diskusi panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="25"/>
        <source>Reason for reopening</source>
        <translation>Alasan membuka kembali</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="26"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="32"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/reopen_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="51"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="52"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="53"/>
        <source>Institution</source>
        <translation>Institusi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="54"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="55"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="56"/>
        <source>Key id</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="57"/>
        <source>Fingerprint confirmed</source>
        <translation>Sidik jari dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="58"/>
        <source>Conflicts of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="72"/>
        <source>(placed when planning)</source>
        <translation>(ditempatkan saat perencanaan)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="75"/>
        <source>no key</source>
        <translation>tanpa kunci</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="79"/>
        <source>not a key</source>
        <translation>bukan kunci</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="82"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="84"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="133"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Impor daftar asesor…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="134"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="135"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="136"/>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="137"/>
        <source>Enrol &amp;key…</source>
        <translation>Daftarkan ku&amp;nci…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="138"/>
        <source>Re&amp;voke key…</source>
        <translation>Cabut kunci (&amp;laptop hilang)…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="139"/>
        <source>&amp;Conflicts of interest…</source>
        <translation>&amp;Konflik kepentingan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="151"/>
        <source>{count} assessors; {keys} keys enrolled, {confirmed} confirmed by fingerprint; {conflicts} conflicts of interest; {revoked} keys revoked.</source>
        <translation>{count} asesor; {keys} kunci terdaftar, {confirmed} dikonfirmasi dengan sidik jari; {conflicts} konflik kepentingan; {revoked} kunci dicabut.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="174"/>
        <source>Roster</source>
        <translation>Daftar asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="174"/>
        <source>Select an assessor first.</source>
        <translation>Pilih asesor terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="178"/>
        <source>Import roster</source>
        <translation>Impor daftar asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="178"/>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="183"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="183"/>
        <source>Import conflicts of interest</source>
        <translation>Impor konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="227"/>
        <source>Revoke the key of {assessor}? Do this when their laptop is lost: the next event version will not accept bundles signed with this key, and it cannot be enrolled again.</source>
        <translation>Cabut kunci {assessor}? Lakukan ini apabila laptopnya hilang: versi kegiatan berikutnya tidak akan menerima paket nilai yang ditandatangani dengan kunci ini, dan kunci ini tidak dapat didaftarkan lagi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_roster_page.py" line="233"/>
        <source>Revoke key</source>
        <translation>Cabut kunci</translation>
    </message>
</context>
<context>
    <name>RubricGuide</name>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="143"/>
        <source>&lt;b&gt;{low}–{high}&lt;/b&gt; choose a level</source>
        <translation>&lt;b&gt;{low}–{high}&lt;/b&gt; memilih tingkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="145"/>
        <source>&lt;b&gt;digits&lt;/b&gt; type a level</source>
        <translation>&lt;b&gt;angka&lt;/b&gt; mengetik tingkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="146"/>
        <source>&lt;b&gt;← →&lt;/b&gt; preview, &lt;b&gt;Space&lt;/b&gt; chooses</source>
        <translation>&lt;b&gt;← →&lt;/b&gt; pratinjau, &lt;b&gt;Spasi&lt;/b&gt; memilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="147"/>
        <source>&lt;b&gt;Delete&lt;/b&gt; clears</source>
        <translation>&lt;b&gt;Delete&lt;/b&gt; mengosongkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="148"/>
        <source>&lt;b&gt;↑ ↓&lt;/b&gt; previous / next criterion</source>
        <translation>&lt;b&gt;↑ ↓&lt;/b&gt; kriteria sebelumnya / berikutnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="149"/>
        <source>&lt;b&gt;Tab&lt;/b&gt; to the note, then to the next criterion</source>
        <translation>&lt;b&gt;Tab&lt;/b&gt; ke catatan, lalu ke kriteria berikutnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="150"/>
        <source>&lt;b&gt;Ctrl+Enter&lt;/b&gt; finalises the region</source>
        <translation>&lt;b&gt;Ctrl+Enter&lt;/b&gt; memfinalkan daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="152"/>
        <source>Keyboard:</source>
        <translation>Papan ketik:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="158"/>
        <source>Rubric guide</source>
        <translation>Panduan rubrik</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/rubric_guide.py" line="159"/>
        <source>Move to a criterion to see what each level means.</source>
        <translation>Pindah ke salah satu kriteria untuk melihat arti setiap tingkat.</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="149"/>
        <source>Built-&amp;in rubric:</source>
        <translation>Rubrik ba&amp;waan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="150"/>
        <source>&amp;Use it</source>
        <translation>&amp;Gunakan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="151"/>
        <source>&amp;Load rubric file…</source>
        <translation>&amp;Muat berkas rubrik…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="154"/>
        <source>Double-click a weight (or press F2) to change it. The share is what the item counts in the total score. The rubric is frozen into each exported event version.</source>
        <translation>Klik dua kali pada bobot (atau tekan F2) untuk mengubahnya. Porsi menunjukkan seberapa besar butir itu dihitung dalam nilai total. Rubrik dibekukan ke dalam setiap versi kegiatan yang diekspor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="163"/>
        <source>In use: {name} {version} (from {source})</source>
        <translation>Digunakan: {name} {version} (dari {source})</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="169"/>
        <source>No rubric chosen.</source>
        <translation>Belum ada rubrik yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="178"/>
        <source>Load rubric</source>
        <translation>Muat rubrik</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="178"/>
        <source>Rubric (*.json)</source>
        <translation>Rubrik (*.json)</translation>
    </message>
</context>
<context>
    <name>RubricWeightsModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="71"/>
        <source>Dimension / criterion</source>
        <translation>Dimensi / kriteria</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="71"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_rubric_page.py" line="71"/>
        <source>Share of the total</source>
        <translation>Porsi dari total</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="49"/>
        <source>Plan schedule</source>
        <translation>Rencanakan jadwal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="54"/>
        <source>You moved slots of the schedule by hand. Planning again replaces the whole schedule and your changes are lost.</source>
        <translation>Anda telah memindahkan sesi jadwal secara manual. Jika jadwal direncanakan ulang, seluruh jadwal diganti dan perubahan Anda hilang.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="61"/>
        <source>Plan again</source>
        <translation>Rencanakan ulang</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="64"/>
        <source>Keep my changes</source>
        <translation>Pertahankan perubahan saya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="211"/>
        <source>&amp;First day:</source>
        <translation>Hari &amp;pertama:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="212"/>
        <source>Number of d&amp;ays:</source>
        <translation>Jumlah &amp;hari:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="213"/>
        <source>&amp;Panels:</source>
        <translation>Pa&amp;nel:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="214"/>
        <source>&amp;Slot length (minutes):</source>
        <translation>Panjang sesi (&amp;menit):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="215"/>
        <source>&amp;Gap between slots (minutes):</source>
        <translation>Jeda antarsesi (m&amp;enit):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="216"/>
        <source>Day s&amp;tarts at:</source>
        <translation>Hari m&amp;ulai pukul:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="217"/>
        <source>Day ends b&amp;y:</source>
        <translation>Hari selesai paling lamba&amp;t pukul:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="221"/>
        <source>&amp;Lunch break</source>
        <translation>Istirahat makan s&amp;iang</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="222"/>
        <source>Rotate assessors between panels each &amp;half day</source>
        <translation>R&amp;otasi asesor antarpanel setiap setengah hari</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="223"/>
        <source>Pla&amp;n schedule</source>
        <translation>&amp;Rencanakan jadwal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="224"/>
        <source>Day &amp;in the grid:</source>
        <translation>Hari &amp;yang ditampilkan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="225"/>
        <source>Panel na&amp;mes and rooms:</source>
        <translation>Nama pane&amp;l dan ruangan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="226"/>
        <source>Mo&amp;ve to…</source>
        <translation>Pindah&amp;kan ke…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="227"/>
        <source>Cut region (then select a cell and paste)</source>
        <translation>Potong daerah (lalu pilih sel dan tempelkan)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="228"/>
        <source>Put the cut region here</source>
        <translation>Tempatkan daerah yang dipotong di sini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="229"/>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="262"/>
        <source>Day {number}: {date}</source>
        <translation>Hari {number}: {date}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="281"/>
        <source>{panel}: {assessors}</source>
        <translation>{panel}: {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="282"/>
        <source>no assessors yet</source>
        <translation>belum ada asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="287"/>
        <source>Placed when planning: {assessors}</source>
        <translation>Ditempatkan saat perencanaan: {assessors}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="345"/>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="368"/>
        <source>Select a cell with a region first.</source>
        <translation>Pilih sel yang berisi daerah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="349"/>
        <source>{region} is cut: select another cell and press Ctrl+V to put it there.</source>
        <translation>{region} dipotong: pilih sel lain, lalu tekan Ctrl+V untuk menempatkannya di sana.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="358"/>
        <source>Cut a region first (Ctrl+X), then select the cell to put it in.</source>
        <translation>Potong daerah terlebih dahulu (Ctrl+X), lalu pilih sel tujuannya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="374"/>
        <source>Move {region}</source>
        <translation>Pindahkan {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="375"/>
        <source>Move to (a free cell, or a region to swap with):</source>
        <translation>Pindahkan ke (sel kosong, atau daerah yang akan ditukar):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="377"/>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="378"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="384"/>
        <source>Day {number}, {start}–{end}, {panel}</source>
        <translation>Hari {number}, {start}–{end}, {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="391"/>
        <source>{place}: free</source>
        <translation>{place}: kosong</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="392"/>
        <source>{place}: swap with {region}</source>
        <translation>{place}: tukar dengan {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_schedule_page.py" line="400"/>
        <source>Drag a region to a free cell to move it, or onto another region to swap them; hover over a day&apos;s tab to drop it on that day. By keyboard: Ctrl+X, then Ctrl+V on another cell, or Move to (Ctrl+M).</source>
        <translation>Seret daerah ke sel kosong untuk memindahkannya, atau ke daerah lain untuk menukar keduanya; arahkan ke tab hari untuk meletakkannya pada hari itu. Dengan papan ketik: Ctrl+X, lalu Ctrl+V pada sel lain, atau Pindahkan ke (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="137"/>
        <source>several panels</source>
        <translation>beberapa panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="139"/>
        <source>S&amp;chedule — {panel}, {day}</source>
        <translation>&amp;Jadwal — {panel}, {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="140"/>
        <source>no panel</source>
        <translation>tanpa panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="146"/>
        <source>Presenting now ({start}–{end}): {region}</source>
        <translation>Sedang paparan ({start}–{end}): {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="153"/>
        <source>{time} left</source>
        <translation>sisa {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="154"/>
        <source>Time left in this presentation slot</source>
        <translation>Sisa waktu sesi paparan ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="156"/>
        <source>No presentation right now.</source>
        <translation>Tidak ada paparan saat ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="168"/>
        <source>Next: {region} at {time} (in {wait})</source>
        <translation>Berikutnya: {region} pukul {time} ({wait} lagi)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="173"/>
        <source>No more presentations scheduled.</source>
        <translation>Tidak ada lagi paparan yang dijadwalkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="177"/>
        <source>The event is over. Its first presentation day: {day}</source>
        <translation>Kegiatan telah berakhir. Hari paparan pertamanya: {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="183"/>
        <source>No presentations today. Next presentation day: {day}</source>
        <translation>Tidak ada paparan hari ini. Hari paparan berikutnya: {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="188"/>
        <source>No presentations today.</source>
        <translation>Tidak ada paparan hari ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="206"/>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="209"/>
        <source>Enter or double-click opens this region</source>
        <translation>Enter atau klik ganda membuka daerah ini</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="69"/>
        <source>Score {criterion} of {region}</source>
        <translation>Nilai {criterion} untuk {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="78"/>
        <source>Note on {criterion} of {region}</source>
        <translation>Catatan {criterion} untuk {region}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/controller.py" line="84"/>
        <source>Region note of {region}</source>
        <translation>Catatan daerah {region}</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="153"/>
        <source>Score needed</source>
        <translation>Perlu nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="155"/>
        <source>Note needed</source>
        <translation>Perlu catatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="55"/>
        <source>Region note</source>
        <translation>Catatan daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="59"/>
        <source>Overall impression of the presentation (optional)</source>
        <translation>Kesan umum atas paparan (opsional)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="61"/>
        <source>Note on the region</source>
        <translation>Catatan untuk daerah ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="62"/>
        <source>Finalise</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="64"/>
        <source>Lock this region&apos;s scores (Ctrl+Enter). Every criterion must be scored.</source>
        <translation>Kunci nilai daerah ini (Ctrl+Enter). Semua kriteria harus sudah dinilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="68"/>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="70"/>
        <source>Unlock this region to change scores; a reason is required.</source>
        <translation>Buka kunci daerah ini untuk mengubah nilai; alasan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="304"/>
        <source>The score could not be saved.</source>
        <translation>Nilai tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="320"/>
        <source>The note could not be saved.</source>
        <translation>Catatan tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="107"/>
        <source>&lt;b&gt;Conflict of interest.&lt;/b&gt; You cannot score {region}: {reason}. The other assessors of the panel score it.</source>
        <translation>&lt;b&gt;Konflik kepentingan.&lt;/b&gt; Anda tidak dapat menilai {region}: {reason}. Daerah ini dinilai oleh asesor lain di panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="118"/>
        <source>&lt;b&gt;Finalised&lt;/b&gt; {time}. The scores are locked; choose Reopen… and give a reason to change them.</source>
        <translation>&lt;b&gt;Final&lt;/b&gt; {time}. Nilai sudah dikunci; pilih Buka kembali… dan berikan alasan untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="69"/>
        <source>No region selected</source>
        <translation>Belum ada daerah yang dipilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="71"/>
        <source>Choose a region from the schedule to start scoring.</source>
        <translation>Pilih daerah dari jadwal untuk mulai menilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="81"/>
        <source>slot {day} {start}–{end}</source>
        <translation>sesi {day} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="93"/>
        <source>Not started</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="94"/>
        <source>In progress</source>
        <translation>Sedang dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_header.py" line="95"/>
        <source>Finalised</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="435"/>
        <source>{dimension} — not scored yet, 0 of {criteria}</source>
        <translation>{dimension} — belum dinilai, 0 dari {criteria}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="439"/>
        <source>{dimension} — {score} / 100, {scored} of {criteria} scored</source>
        <translation>{dimension} — {score} / 100, {scored} dari {criteria} dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="104"/>
        <source>Total: not scored yet</source>
        <translation>Total: belum dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="106"/>
        <source>Total {score} / 100</source>
        <translation>Total {score} / 100</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="110"/>
        <source>Total {score} / 100 (provisional: {scored} of {criteria} criteria scored)</source>
        <translation>Total {score} / 100 (sementara: {scored} dari {criteria} kriteria dinilai)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="89"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="56"/>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="91"/>
        <source>Saved {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/form_footer.py" line="93"/>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="227"/>
        <source>By merge method</source>
        <translation>Menurut metode penggabungan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="228"/>
        <source>Leaving one assessor out</source>
        <translation>Tanpa satu asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="233"/>
        <source>{stable} of the {selected} selected regions stay selected in every case below: {codes}.</source>
        <translation>{stable} dari {selected} daerah terpilih tetap terpilih dalam setiap kasus di bawah ini: {codes}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="240"/>
        <source>{method}: not compared. {reason}</source>
        <translation>{method}: tidak dibandingkan. {reason}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="248"/>
        <source>Selected</source>
        <translation>Terpilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="249"/>
        <source>Enter the top N</source>
        <translation>Masuk N teratas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="250"/>
        <source>Leave the top N</source>
        <translation>Keluar dari N teratas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="251"/>
        <source>Tied at the cut line</source>
        <translation>Seri di garis batas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="256"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="260"/>
        <source>Without assessor</source>
        <translation>Tanpa asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="267"/>
        <source>{method} (in force)</source>
        <translation>{method} (berlaku)</translation>
    </message>
</context>
<context>
    <name>SeverityView</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="280"/>
        <source>Severity of each assessor</source>
        <translation>Keketatan setiap asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="292"/>
        <source>Above 0: more lenient than the average assessor; below 0: more severe (rubric scale points). Residual standard deviation {sigma}; {clamped} adjusted scores were cut back to the scale.</source>
        <translation>Di atas 0: lebih longgar daripada rata-rata asesor; di bawah 0: lebih ketat (dalam poin skala rubrik). Simpangan baku residual {sigma}; {clamped} nilai yang disesuaikan dipangkas kembali ke dalam skala.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="300"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="301"/>
        <source>Severity</source>
        <translation>Keketatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="302"/>
        <source>Standard error</source>
        <translation>Galat baku</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="303"/>
        <source>Scores used</source>
        <translation>Nilai yang digunakan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_reports_view.py" line="304"/>
        <source>Regions</source>
        <translation>Daerah</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="74"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Dibatalkan. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="107"/>
        <source>Print pre&amp;view of the ranking report…</source>
        <translation>&amp;Pratinjau cetak laporan peringkat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="108"/>
        <source>&amp;Print the ranking report…</source>
        <translation>&amp;Cetak laporan peringkat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="109"/>
        <source>&amp;Save the ranking report as PDF…</source>
        <translation>&amp;Simpan laporan peringkat sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="110"/>
        <source>Print previe&amp;w of all region sheets…</source>
        <translation>P&amp;ratinjau cetak semua lembar daerah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="111"/>
        <source>Print &amp;all region sheets…</source>
        <translation>Cetak se&amp;mua lembar daerah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="112"/>
        <source>Save all &amp;region sheets as PDF…</source>
        <translation>Simpan semua &amp;lembar daerah sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="117"/>
        <source>Printin&amp;g</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="150"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="150"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="162"/>
        <source>Saved {file}: {pages} pages.</source>
        <translation>{file} telah disimpan: {pages} halaman.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="165"/>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="206"/>
        <source>Preparing sheet {done} of {total}…</source>
        <translation>Menyiapkan lembar {done} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="221"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} halaman telah dikirim ke pencetak.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="224"/>
        <source>Printing page {done} of {total}…</source>
        <translation>Mencetak halaman {done} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="228"/>
        <source>Still printing: wait for it, or cancel it.</source>
        <translation>Pencetakan masih berjalan: tunggu hingga selesai, atau batalkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="233"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="262"/>
        <source>Opened {file} in the PDF viewer: print it from there.</source>
        <translation>{file} dibuka di penampil PDF: cetak dari sana.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="264"/>
        <source>No PDF viewer opened. The sheets are in {file}.</source>
        <translation>Tidak ada penampil PDF yang terbuka. Lembar tersimpan di {file}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="274"/>
        <source>{event} — ranking report</source>
        <translation>{event} — laporan peringkat</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="275"/>
        <source>{event} — score sheets</source>
        <translation>{event} — lembar nilai asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="276"/>
        <source>{event} — blank paper sheets</source>
        <translation>{event} — lembar nilai kosong</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="277"/>
        <source>{event} — schedule</source>
        <translation>{event} — jadwal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/print_actions.py" line="279"/>
        <source>{event} — region sheets</source>
        <translation>{event} — lembar daerah</translation>
    </message>
</context>
<context>
    <name>SoftConflictsSection</name>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="84"/>
        <source>An assessor from an institution tied to a province (for example a university and its province) should not judge that province&apos;s regions. The planner avoids these pairs when it can; otherwise the schedule shows a warning. They never block the export.</source>
        <translation>Asesor dari institusi yang terkait dengan suatu provinsi (misalnya universitas dan provinsinya) sebaiknya tidak menilai daerah di provinsi tersebut. Perencana jadwal menghindari pasangan ini bila memungkinkan; jika tidak, jadwal menampilkan peringatan. Pasangan ini tidak pernah menghalangi ekspor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="89"/>
        <source>&amp;Pairs (institution ↔ province):</source>
        <translation>Pa&amp;sangan (institusi ↔ provinsi):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="91"/>
        <source>Institution</source>
        <translation>Institusi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="91"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="91"/>
        <source>Assessors of the institution</source>
        <translation>Asesor dari institusi tersebut</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="93"/>
        <source>Remove se&amp;lected</source>
        <translation>&amp;Hapus yang dipilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="94"/>
        <source>&amp;Import pairs…</source>
        <translation>&amp;Impor pasangan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="95"/>
        <source>Add a pair</source>
        <translation>Tambah pasangan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="96"/>
        <source>Instit&amp;ution:</source>
        <translation>I&amp;nstitusi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="97"/>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vinsi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="98"/>
        <source>A&amp;dd pair</source>
        <translation>&amp;Tambah pasangan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="106"/>
        <source>(none in the roster)</source>
        <translation>(tidak ada dalam daftar asesor)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="114"/>
        <source>Import the roster and the regions first.</source>
        <translation>Impor daftar asesor dan daerah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="124"/>
        <source>Added: {institution} and {province}.</source>
        <translation>Ditambahkan: {institution} dan {province}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="126"/>
        <source>{institution} and {province} are already listed.</source>
        <translation>{institution} dan {province} sudah ada dalam daftar.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="135"/>
        <source>Select a pair in the list first.</source>
        <translation>Pilih pasangan dalam daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="140"/>
        <source>Removed: {institution} and {province}.</source>
        <translation>Dihapus: {institution} dan {province}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="149"/>
        <source>Import institution ↔ province pairs</source>
        <translation>Impor pasangan institusi ↔ provinsi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="149"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/chair_soft_conflicts.py" line="154"/>
        <source>Pairs read from the file: {count}.</source>
        <translation>Pasangan yang dibaca dari berkas: {count}.</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="16"/>
        <source>Score database damaged</source>
        <translation>Basis data nilai rusak</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="21"/>
        <source>The most recent backup is {backup}. Opening it keeps the damaged file beside it, renamed, so nothing is deleted. Scores entered after that backup was made may be missing.</source>
        <translation>Cadangan terbaru adalah {backup}. Jika cadangan ini dibuka, berkas yang rusak tetap disimpan di sampingnya dengan nama baru, sehingga tidak ada yang dihapus. Nilai yang dimasukkan setelah cadangan itu dibuat mungkin tidak ada.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="28"/>
        <source>&amp;Open last backup</source>
        <translation>&amp;Buka cadangan terakhir</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="32"/>
        <source>There is no backup to open. The damaged file has been left as it is: {path}</source>
        <translation>Tidak ada cadangan yang dapat dibuka. Berkas yang rusak dibiarkan apa adanya: {path}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="48"/>
        <source>GM100 Assessor is already open</source>
        <translation>GM100 Assessor sudah terbuka</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/store_dialogs.py" line="50"/>
        <source>Cannot open the score database</source>
        <translation>Basis data nilai tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>TieBreakEditor</name>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="67"/>
        <source>Tie-break order</source>
        <translation>Urutan pemecah seri</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="68"/>
        <source>Tie-break &amp;order (first decides first):</source>
        <translation>&amp;Urutan pemecah seri (yang pertama menentukan lebih dulu):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="77"/>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/merge_results_view.py" line="78"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>WindowPrinting</name>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="85"/>
        <source>Print &amp;my score sheets</source>
        <translation>Cetak lembar nilai &amp;saya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="86"/>
        <source>Print blank &amp;paper sheets</source>
        <translation>Cetak &amp;lembar kertas kosong</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="87"/>
        <source>Print &amp;the schedule</source>
        <translation>&amp;Cetak jadwal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="90"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="91"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="92"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="96"/>
        <source>Your scores as last exported, with the bundle&apos;s number: export first (Ctrl+E) to include your latest changes.</source>
        <translation>Nilai Anda sebagaimana terakhir diekspor, dengan nomor paket nilainya: ekspor dulu (Ctrl+E) agar perubahan terakhir ikut tercetak.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="99"/>
        <source>Paper sheets to score on by hand, should a laptop fail.</source>
        <translation>Lembar kertas untuk menilai secara manual bila laptop bermasalah.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="100"/>
        <source>The presentation schedule, a page per panel and day.</source>
        <translation>Jadwal paparan, satu halaman per panel dan hari.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="112"/>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="118"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="151"/>
        <source>You have not exported your scores yet. The score sheets are printed from the signed score bundle, so that the paper matches it: export first (File → Export score bundle…, Ctrl+E).</source>
        <translation>Anda belum mengekspor nilai. Lembar nilai dicetak dari paket nilai yang ditandatangani agar kertasnya sesuai dengan paket itu: ekspor dulu (Berkas → Ekspor paket nilai…, Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="160"/>
        <source>Your last exported score bundle (number {sequence}) is no longer at {file}: was the USB stick removed? Plug it in again, or export again (Ctrl+E) and print then.</source>
        <translation>Paket nilai yang terakhir Anda ekspor (nomor {sequence}) tidak ada lagi di {file}: apakah USB sudah dicabut? Pasang kembali USB itu, atau ekspor lagi (Ctrl+E) lalu cetak.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="168"/>
        <source>Your scores changed after export number {sequence}. The sheets show the exported, signed record, not the changes since. Print them anyway? (Or export again first, Ctrl+E.)</source>
        <translation>Nilai Anda berubah setelah ekspor ke-{sequence}. Lembar ini menampilkan catatan yang diekspor dan ditandatangani, bukan perubahan sesudahnya. Tetap cetak? (Atau ekspor ulang dulu, Ctrl+E.)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/window_printing.py" line="185"/>
        <source>The event draft still has problems, so there is nothing to print yet. Resolve the problems listed on the Export page first.</source>
        <translation>Draf kegiatan masih bermasalah, jadi belum ada yang dapat dicetak. Selesaikan dulu masalah yang tercantum di halaman Ekspor.</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <location filename="../../gm100_desktop/ui/workspaces.py" line="40"/>
        <source>&amp;Workspace</source>
        <translation>Ruang &amp;kerja</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/workspaces.py" line="41"/>
        <source>&amp;Assessor</source>
        <translation>&amp;Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/workspaces.py" line="42"/>
        <source>&amp;Chair</source>
        <translation>&amp;Ketua panel</translation>
    </message>
</context>
</TS>
