<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AssessorWindow</name>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="167"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="196"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Region</source>
        <translation>&amp;Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="203"/>
        <source>&amp;Import event package…</source>
        <translation>&amp;Impor paket kegiatan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="204"/>
        <source>&amp;Export score bundle…</source>
        <translation>&amp;Ekspor paket nilai…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="205"/>
        <source>My &amp;signing identity…</source>
        <translation>Identitas &amp;penanda tangan saya…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Find region…</source>
        <translation>&amp;Cari daerah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="207"/>
        <source>Go to region &amp;list</source>
        <translation>Ke &amp;daftar daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Next region</source>
        <translation>Daerah &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="209"/>
        <source>&amp;Previous region</source>
        <translation>Daerah &amp;sebelumnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="210"/>
        <source>Go to &amp;current slot</source>
        <translation>Ke sesi paparan saat &amp;ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="211"/>
        <source>F&amp;inalise region</source>
        <translation>&amp;Finalkan daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="212"/>
        <source>Re&amp;open region…</source>
        <translation>Buka &amp;kembali daerah…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="213"/>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="214"/>
        <source>&amp;About GM100 Assessor</source>
        <translation>&amp;Tentang GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="216"/>
        <source>The score database on this laptop</source>
        <translation>Basis data nilai di laptop ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="242"/>
        <source>No presentation is scheduled from now on.</source>
        <translation>Tidak ada lagi paparan yang dijadwalkan mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="249"/>
        <location filename="../../gm100_desktop/ui/main_window.py" line="256"/>
        <source>Open a region first.</source>
        <translation>Buka daerah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="251"/>
        <source>{code} finalised and saved.</source>
        <translation>{code} telah difinalkan dan tersimpan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="259"/>
        <source>{code} reopened; the reason is in its history.</source>
        <translation>{code} dibuka kembali; alasannya tercatat di riwayat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="276"/>
        <source>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Offline scoring for Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Score database: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Log files: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GM100 Assessor {version}&lt;/h3&gt;&lt;p&gt;Penilaian luring untuk Gerakan Menuju 100 Smart City.&lt;/p&gt;&lt;p&gt;Folder data: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;Basis data nilai: &lt;code&gt;{store}&lt;/code&gt;&lt;br&gt;Berkas log: &lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="286"/>
        <source>About GM100 Assessor</source>
        <translation>Tentang GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="328"/>
        <source>Exported {file} (number {sequence}).</source>
        <translation>{file} telah diekspor (nomor {sequence}).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="347"/>
        <source>Opened {event}; you score as {assessor}.</source>
        <translation>{event} dibuka; Anda menilai sebagai {assessor}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="358"/>
        <source>Signing key unreadable</source>
        <translation>Kunci penanda tangan tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="362"/>
        <source>No signing key</source>
        <translation>Belum ada kunci penanda tangan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="363"/>
        <source>Create one with File → My signing identity…</source>
        <translation>Buat melalui Berkas → Identitas penanda tangan saya…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="366"/>
        <source>Key {key_id}</source>
        <translation>Kunci {key_id}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="368"/>
        <source>Your signing key. Fingerprint: {fingerprint}</source>
        <translation>Kunci penanda tangan Anda. Sidik jari: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="413"/>
        <source>Saved {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="430"/>
        <source>{name} · {panel}</source>
        <translation>{name} · {panel}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="431"/>
        <source>no panel</source>
        <translation>tanpa panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/main_window.py" line="469"/>
        <source>Could not save the settings: {error}</source>
        <translation>Pengaturan tidak dapat disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="283"/>
        <source>Score for {criterion}</source>
        <translation>Nilai untuk {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="289"/>
        <source>Note on {criterion}</source>
        <translation>Catatan untuk {criterion}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="295"/>
        <source>weight {weight}</source>
        <translation>bobot {weight}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="344"/>
        <source>Not scored yet. Type {low}–{high} or click a level.</source>
        <translation>Belum dinilai. Ketik {low}–{high} atau klik salah satu tingkat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="348"/>
        <source>Not scored.</source>
        <translation>Belum dinilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="355"/>
        <source>preview — Space or Enter chooses it</source>
        <translation>pratinjau — Spasi atau Enter untuk memilihnya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="362"/>
        <source>Note (required)</source>
        <translation>Catatan (wajib)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="362"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="380"/>
        <source>Optional note</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="388"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="280"/>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="390"/>
        <source>Saved {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="375"/>
        <source>A note is required for a score at either end of the scale.</source>
        <translation>Catatan wajib diisi untuk nilai di ujung skala.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="378"/>
        <source>Explain the score of {value}</source>
        <translation>Jelaskan alasan nilai {value}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/criterion_row.py" line="393"/>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gm100_desktop/ui/errors.py" line="33"/>
        <location filename="../../gm100_desktop/ui/errors.py" line="47"/>
        <source>GM100 Assessor</source>
        <translation>GM100 Assessor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/errors.py" line="42"/>
        <source>An unexpected error occurred. Your saved scores are safe.

{error}

Details are in {folder}</source>
        <translation>Terjadi kesalahan yang tidak terduga. Nilai yang sudah tersimpan tetap aman.

{error}

Rinciannya ada di {folder}</translation>
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
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="140"/>
        <source>number {sequence}, {time}</source>
        <translation>nomor {sequence}, {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="145"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="151"/>
        <source>Folder for the score bundle</source>
        <translation>Folder untuk paket nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="152"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="154"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="171"/>
        <source>A note in the open region could not be saved; it will not be in the bundle.</source>
        <translation>Sebuah catatan pada daerah yang terbuka gagal disimpan; catatan itu tidak akan masuk ke paket nilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="177"/>
        <source>&lt;b&gt;Exported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berhasil diekspor.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="190"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="191"/>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="192"/>
        <source>Sequence number:</source>
        <translation>Nomor urut:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="193"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="198"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="199"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="235"/>
        <source>The last folder, {folder}, is not available now. Is the USB stick plugged in?</source>
        <translation>Folder terakhir, {folder}, saat ini tidak tersedia. Apakah USB sudah terpasang?</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="253"/>
        <source>Choose an existing folder: {folder} does not exist.</source>
        <translation>Pilih folder yang ada: {folder} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="261"/>
        <source>Nothing was exported: your signing identity was not unlocked.</source>
        <translation>Tidak ada yang diekspor: identitas penanda tangan Anda tidak dibuka.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="293"/>
        <source>Contents: scores {scores}, finalised regions {finalised}, history entries {history}.</source>
        <translation>Isi: nilai {scores}, daerah final {finalised}, entri riwayat {history}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/export_dialog.py" line="301"/>
        <source>Close</source>
        <translation>Tutup</translation>
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
        <location filename="../../gm100_desktop/errors.py" line="441"/>
        <source>Assessor {assessor} is not in the roster.</source>
        <translation>Asesor {assessor} tidak ada dalam daftar asesor.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/cli.py" line="393"/>
        <source>Confirmation needed: check the chair&apos;s key id above, then run again with --yes.</source>
        <translation>Konfirmasi diperlukan: periksa ID kunci ketua panel di atas, lalu jalankan lagi dengan --yes.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="129"/>
        <source>The demo has between 1 and {most} regions.</source>
        <translation>Demo berisi 1 sampai {most} daerah.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/demo_files.py" line="133"/>
        <source>The demo needs at least one region and one assessor per panel (at most 999 assessors).</source>
        <translation>Demo memerlukan sedikitnya satu daerah dan satu asesor per panel (paling banyak 999 asesor).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/services/event_builder.py" line="69"/>
        <source>Version {requested} is not possible: a new event package needs a version above {previous}.</source>
        <translation>Versi {requested} tidak dapat digunakan: paket kegiatan baru memerlukan versi di atas {previous}.</translation>
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
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="108"/>
        <source>Minisign public key (*.pub)</source>
        <translation>Kunci publik minisign (*.pub)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="148"/>
        <source>My signing identity</source>
        <translation>Identitas penanda tangan saya</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="161"/>
        <source>Create identity</source>
        <translation>Buat identitas</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="163"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="190"/>
        <source>Your signing identity is a key pair made on this laptop. Your score bundles are signed with it, so the chair can check that they come from you, unaltered. The private key never leaves this laptop and is protected by a passphrase.</source>
        <translation>Identitas penanda tangan Anda adalah sepasang kunci yang dibuat di laptop ini. Paket nilai Anda ditandatangani dengannya, sehingga ketua panel dapat memeriksa bahwa paket itu berasal dari Anda dan tidak diubah. Kunci privat tidak pernah meninggalkan laptop ini dan dilindungi oleh frasa sandi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="198"/>
        <source>As on the roster, for example Dr. Rina Hartono</source>
        <translation>Seperti pada daftar asesor, misalnya Dr. Rina Hartono</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="200"/>
        <source>For example Institut Teknologi Bandung</source>
        <translation>Misalnya Institut Teknologi Bandung</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="202"/>
        <source>Optional: the id the chair gave you, e.g. A01</source>
        <translation>Opsional: ID dari ketua panel, misalnya A01</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="209"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="210"/>
        <source>New passphrase again</source>
        <translation>Ulangi frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="215"/>
        <source>A forgotten passphrase cannot be recovered: you would need a new identity and would have to give the chair your new public key. Write it down and keep it safe.</source>
        <translation>Frasa sandi yang terlupa tidak dapat dipulihkan: Anda harus membuat identitas baru dan menyerahkan kunci publik yang baru kepada ketua panel. Catat frasa sandi Anda dan simpan di tempat yang aman.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="225"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="226"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institusi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="227"/>
        <source>Assessor i&amp;d:</source>
        <translation>ID &amp;asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="228"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="229"/>
        <source>Type it &amp;again:</source>
        <translation>Ketik &amp;lagi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="235"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="318"/>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="235"/>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="375"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="253"/>
        <source>Use at least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Gunakan sedikitnya {minimum} karakter. Beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="256"/>
        <source>Too short: {length} characters; use at least {minimum}.</source>
        <translation>Terlalu pendek: {length} karakter; gunakan sedikitnya {minimum}.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="257"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="258"/>
        <source>Acceptable, but easy to guess. Longer is stronger: try three or four words.</source>
        <translation>Dapat diterima, tetapi mudah ditebak. Makin panjang makin kuat: cobalah tiga atau empat kata.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="259"/>
        <source>Good.</source>
        <translation>Baik.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="260"/>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="264"/>
        <source>Now type it again.</source>
        <translation>Sekarang ketik sekali lagi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="300"/>
        <source>Created. Give your public key to the chair: export it as a file, or copy the line.</source>
        <translation>Identitas telah dibuat. Serahkan kunci publik Anda kepada ketua panel: ekspor sebagai berkas, atau salin barisnya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="317"/>
        <source>Institution:</source>
        <translation>Institusi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="319"/>
        <source>Assessor id:</source>
        <translation>ID asesor:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="320"/>
        <source>Created:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="321"/>
        <source>Key file:</source>
        <translation>Berkas kunci:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="329"/>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="329"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="332"/>
        <source>When you give your public key to the chair, read the fingerprint aloud so that both of you can check it is the same key.</source>
        <translation>Saat menyerahkan kunci publik kepada ketua panel, bacakan sidik jarinya agar Anda berdua dapat memastikan bahwa kuncinya sama.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="341"/>
        <source>P&amp;ublic key (the line for the roster):</source>
        <translation>Kunci p&amp;ublik (baris untuk daftar asesor):</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="343"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="345"/>
        <source>&amp;Export public key…</source>
        <translation>&amp;Ekspor kunci publik…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="373"/>
        <source>Signing identity of {name}</source>
        <translation>Identitas penanda tangan {name}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="375"/>
        <source>Panel chair</source>
        <translation>Ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="390"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="400"/>
        <source>The public key line is on the clipboard.</source>
        <translation>Baris kunci publik telah disalin ke papan klip.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="409"/>
        <source>Export public key</source>
        <translation>Ekspor kunci publik</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/identity_dialog.py" line="421"/>
        <source>Saved {path}. Give this file to the chair; anyone can check signatures with it.</source>
        <translation>{path} telah disimpan. Serahkan berkas ini kepada ketua panel; siapa pun dapat memeriksa tanda tangan dengannya.</translation>
    </message>
</context>
<context>
    <name>ImportEventDialog</name>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="49"/>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="80"/>
        <source>Import event package</source>
        <translation>Impor paket kegiatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="51"/>
        <source>GM100 event package (*.gm100event);;All files (*)</source>
        <translation>Paket kegiatan GM100 (*.gm100event);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="93"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="96"/>
        <source>Event:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="97"/>
        <source>{event_id}, version {version}</source>
        <translation>{event_id}, versi {version}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="99"/>
        <source>Dates:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="100"/>
        <source>Venue:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="103"/>
        <source>Contents:</source>
        <translation>Isi:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="104"/>
        <source>{regions} regions, {panels} panels, {assessors} assessors</source>
        <translation>{regions} daerah, {panels} panel, {assessors} asesor</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="108"/>
        <source>Signed by:</source>
        <translation>Ditandatangani oleh:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="108"/>
        <source>the panel chair</source>
        <translation>ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="116"/>
        <source>Chair&apos;s key id:</source>
        <translation>ID kunci ketua panel:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="116"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="121"/>
        <source>Compare the chair&apos;s key id and fingerprint with the ones the chair reads out or hands out on paper. Import only if they are the same: otherwise the file did not come from the chair.</source>
        <translation>Bandingkan ID kunci dan sidik jari ketua panel dengan yang dibacakan atau dibagikan tertulis oleh ketua panel. Impor hanya jika keduanya sama: jika berbeda, berkas ini tidak berasal dari ketua panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="128"/>
        <source>I have &amp;compared the key id and fingerprint with the chair&apos;s</source>
        <translation>Saya sudah &amp;membandingkan ID kunci dan sidik jari dengan milik ketua panel</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="136"/>
        <source>&amp;You are:</source>
        <translation>&amp;Anda adalah:</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="214"/>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} hari)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="231"/>
        <source>You will score as {assessor}: the roster holds your signing key.</source>
        <translation>Anda akan menilai sebagai {assessor}: daftar asesor memuat kunci penanda tangan Anda.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="234"/>
        <source>You will score as {assessor}, as on this laptop before.</source>
        <translation>Anda akan menilai sebagai {assessor}, seperti sebelumnya di laptop ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="239"/>
        <source>There is no signing identity on this laptop yet, so the roster cannot tell who you are. Choose your name; create your identity afterwards (File menu) to sign your scores.</source>
        <translation>Belum ada identitas penanda tangan di laptop ini, sehingga daftar asesor tidak dapat menunjukkan siapa Anda. Pilih nama Anda; buat identitas Anda sesudahnya (menu Berkas) untuk menandatangani nilai Anda.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="244"/>
        <source>Your signing key ({key_id}) is not in the roster of this event. Choose your name; the chair will have to confirm your key when merging the scores.</source>
        <translation>Kunci penanda tangan Anda ({key_id}) tidak ada dalam daftar asesor kegiatan ini. Pilih nama Anda; ketua panel harus mengonfirmasi kunci Anda saat menggabungkan nilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="248"/>
        <source>Choose who you are…</source>
        <translation>Pilih nama Anda…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="280"/>
        <source>&lt;b&gt;This replaces version {installed} of this event with version {version}.&lt;/b&gt; Every score, note and history entry is kept ({scores} scores given so far).</source>
        <translation>&lt;b&gt;Versi {installed} kegiatan ini akan diganti dengan versi {version}.&lt;/b&gt; Semua nilai, catatan, dan entri riwayat tetap disimpan ({scores} nilai sudah diberikan).</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="285"/>
        <source>Replace version {installed}</source>
        <translation>Ganti versi {installed}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="289"/>
        <source>This exact version is already installed. Importing it again changes nothing.</source>
        <translation>Versi yang sama persis sudah terpasang. Mengimpornya lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="291"/>
        <source>Open this event</source>
        <translation>Buka kegiatan ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="294"/>
        <source>The event will be installed on this laptop and opened for scoring.</source>
        <translation>Kegiatan akan dipasang di laptop ini dan dibuka untuk penilaian.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/import_event_dialog.py" line="296"/>
        <source>Import</source>
        <translation>Impor</translation>
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
    <name>RegionList</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="306"/>
        <source>Re&amp;gions</source>
        <translation>Da&amp;erah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="307"/>
        <source>Search code, name or province (Ctrl+F)</source>
        <translation>Cari kode, nama, atau provinsi (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="309"/>
        <source>Type to filter the regions; Enter opens the first match, Esc clears.</source>
        <translation>Ketik untuk menyaring daerah; Enter membuka hasil pertama, Esc mengosongkan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="383"/>
        <source>Enter opens the selected region for scoring.</source>
        <translation>Enter membuka daerah yang dipilih untuk dinilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="392"/>
        <source>{code} {name}: {state}. Enter opens it for scoring.</source>
        <translation>{code} {name}: {state}. Enter membukanya untuk dinilai.</translation>
    </message>
</context>
<context>
    <name>RegionListModel</name>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="108"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="108"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="108"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="108"/>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="167"/>
        <source>Conflict of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="169"/>
        <source>Finalised {scored}/{total}</source>
        <translation>Final {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="171"/>
        <source>In progress {scored}/{total}</source>
        <translation>Sedang dinilai {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="172"/>
        <source>Not started {scored}/{total}</source>
        <translation>Belum dinilai {scored}/{total}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="178"/>
        <source>Presentation {start}–{end}</source>
        <translation>Paparan {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="189"/>
        <source>Conflict of interest: {reason}. You cannot score this region.</source>
        <translation>Konflik kepentingan: {reason}. Anda tidak dapat menilai daerah ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/region_list.py" line="190"/>
        <source>declared by the secretariat</source>
        <translation>ditetapkan oleh sekretariat</translation>
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
    <name>SchedulePanel</name>
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
        <source>No presentations today. Next presentation day: {day}</source>
        <translation>Tidak ada paparan hari ini. Hari paparan berikutnya: {day}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="182"/>
        <source>No presentations today.</source>
        <translation>Tidak ada paparan hari ini.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="199"/>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/schedule_panel.py" line="202"/>
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
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="175"/>
        <source>Score needed</source>
        <translation>Perlu nilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="177"/>
        <source>Note needed</source>
        <translation>Perlu catatan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="216"/>
        <source>Region note</source>
        <translation>Catatan daerah</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="219"/>
        <source>Overall impression of the presentation (optional)</source>
        <translation>Kesan umum atas paparan (opsional)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="220"/>
        <source>Note on the region</source>
        <translation>Catatan untuk daerah ini</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="221"/>
        <source>Finalise</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="223"/>
        <source>Lock this region&apos;s scores (Ctrl+Enter). Every criterion must be scored.</source>
        <translation>Kunci nilai daerah ini (Ctrl+Enter). Semua kriteria harus sudah dinilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="225"/>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="226"/>
        <source>Unlock this region to change scores; a reason is required.</source>
        <translation>Buka kunci daerah ini untuk mengubah nilai; alasan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="379"/>
        <source>The score could not be saved.</source>
        <translation>Nilai tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="395"/>
        <source>The note could not be saved.</source>
        <translation>Catatan tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="501"/>
        <source>&lt;b&gt;Conflict of interest.&lt;/b&gt; You cannot score {region}: {reason}. The other assessors of the panel score it.</source>
        <translation>&lt;b&gt;Konflik kepentingan.&lt;/b&gt; Anda tidak dapat menilai {region}: {reason}. Daerah ini dinilai oleh asesor lain di panel.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="511"/>
        <source>&lt;b&gt;Finalised&lt;/b&gt; {time}. The scores are locked; choose Reopen… and give a reason to change them.</source>
        <translation>&lt;b&gt;Final&lt;/b&gt; {time}. Nilai sudah dikunci; pilih Buka kembali… dan berikan alasan untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="528"/>
        <source>No region selected</source>
        <translation>Belum ada daerah yang dipilih</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="529"/>
        <source>Choose a region from the schedule to start scoring.</source>
        <translation>Pilih daerah dari jadwal untuk mulai menilai.</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="537"/>
        <source>slot {day} {start}–{end}</source>
        <translation>sesi {day} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="551"/>
        <source>Not started</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="552"/>
        <source>In progress</source>
        <translation>Sedang dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="553"/>
        <source>Finalised</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="575"/>
        <source>{dimension} — not scored yet, 0 of {criteria}</source>
        <translation>{dimension} — belum dinilai, 0 dari {criteria}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="579"/>
        <source>{dimension} — {score} / 100, {scored} of {criteria} scored</source>
        <translation>{dimension} — {score} / 100, {scored} dari {criteria} dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="587"/>
        <source>Total: not scored yet</source>
        <translation>Total: belum dinilai</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="589"/>
        <source>Total {score} / 100</source>
        <translation>Total {score} / 100</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="592"/>
        <source>Total {score} / 100 (provisional: {scored} of {criteria} criteria scored)</source>
        <translation>Total {score} / 100 (sementara: {scored} dari {criteria} kriteria dinilai)</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="605"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="217"/>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="607"/>
        <source>Saved {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../gm100_desktop/ui/scoring_form.py" line="609"/>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
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
</TS>
