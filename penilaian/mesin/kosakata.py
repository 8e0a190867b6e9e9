"""Kosakata pemeriksa indikator — satu-satunya tempat daftar kata.

Modul ini sengaja hanya berisi data. Pelatih boleh membaca dan menambahnya tanpa menyentuh
logika di ``pemeriksa.py``/``bahasa.py``. Aturan penulisan:

* tulis kata dalam huruf kecil, tanpa tanda baca;
* untuk kata kerja dan kata benda turunan, cukup tulis **kata dasarnya** (``laksana``, bukan
  ``melaksanakan``/``pelaksanaan``/``terlaksananya``): imbuhan me-/mem-/men-/meng-/meny-/ber-/di-/
  ter-/pe-/per-/ke-…-an dan akhiran -kan/-i/-an/-nya dikenali otomatis oleh ``bahasa.py``;
* ejaan tidak baku cukup ditulis sekali dalam ``EJAAN_VARIAN``;
* setelah menambah kata, jalankan ``pytest -p no:django tests/mesin`` — contoh berlabel harus
  tetap lolos.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# 1. Kata kerja kegiatan (kriteria "spesifik", temuan BUKAN_HASIL)
# ---------------------------------------------------------------------------------------------

# Kata dasar kata kerja yang menandai KEGIATAN bila indikator DIAWALI bentuk aktifnya
# (melaksanakan, menyusun, berkoordinasi, …). Nilainya adalah bentuk HASIL yang dipakai untuk
# menulis ulang indikator: "Menyusun laporan" → "Jumlah laporan yang tersusun".
# Kata kerja ber-awalan me- yang tidak ada di sini tetap dianggap kegiatan (aturan umum),
# hanya saja saran penulisan ulangnya lebih umum.
KATA_KERJA_KEGIATAN: dict[str, str] = {
    "laksana": "terlaksana",
    "laku": "terlaksana",
    "selenggara": "terselenggara",
    "ada": "terlaksana",  # mengadakan
    "ikut": "diikuti",
    "hadir": "dihadiri",
    "susun": "tersusun",
    "buat": "tersusun",
    "bantu": "terbantu",
    "koordinasi": "terkoordinasi",
    "fasilitasi": "terfasilitasi",
    "siap": "tersedia",
    "sedia": "tersedia",
    "kelola": "terkelola",
    "proses": "terproses",
    "input": "terinput",
    "entri": "terentri",
    "data": "terdata",
    "catat": "tercatat",
    "arsip": "terarsip",
    "kirim": "terkirim",
    "sampai": "tersampaikan",
    "distribusi": "terdistribusi",
    "salur": "tersalurkan",
    "pantau": "terpantau",
    "monitor": "termonitor",
    "evaluasi": "dievaluasi",
    "periksa": "diperiksa",
    "verifikasi": "terverifikasi",
    "validasi": "tervalidasi",
    "layan": "terlayani",
    "tangan": "tertangani",
    "tindaklanjut": "ditindaklanjuti",
    "selesai": "terselesaikan",
    "terima": "diterima",
    "usul": "diusulkan",
    "rekap": "terekap",
    "awas": "diawasi",
    "damping": "didampingi",
    "bina": "dibina",
    "sosialisasi": "tersosialisasikan",
    "kumpul": "terkumpul",
    "olah": "terolah",
    "analisis": "teranalisis",
    "kaji": "terkaji",
    "rencana": "terencana",
    "rapat": "terlaksana",
    "hubung": "terhubung",
    "cek": "diperiksa",
    "perbaiki": "diperbaiki",
    "baru": "diperbarui",
    "mutakhir": "dimutakhirkan",
    "urus": "terurus",
    "atur": "teratur",
    "ajar": "diajarkan",
    "latih": "terlatih",
    "didik": "terdidik",
    "ajuk": "diajukan",
    "jadwal": "terjadwal",
    "agenda": "teragenda",
    "ketik": "terketik",
    "konsep": "terkonsep",
    "tulis": "tertulis",
    "rangkum": "terangkum",
    "dokumentasi": "terdokumentasi",
    "publikasi": "terpublikasi",
    "umum": "diumumkan",
    "bentuk": "terbentuk",
    "bangun": "terbangun",
    "pelihara": "terpelihara",
    "bersih": "dibersihkan",
    "tertib": "ditertibkan",
    "survei": "disurvei",
    "identifikasi": "teridentifikasi",
    "inventarisasi": "terinventarisasi",
    "klarifikasi": "terklarifikasi",
    "mediasi": "termediasi",
    "advokasi": "teradvokasi",
    "edukasi": "teredukasi",
    "tugas": "terlaksana",  # bertugas
    "partisipasi": "terlaksana",  # berpartisipasi
    "peran": "terlaksana",  # berperan
    "kontribusi": "terlaksana",
    "kolaborasi": "terlaksana",
    "konsultasi": "terlaksana",
    "komunikasi": "terlaksana",
    "diskusi": "terlaksana",
    "musyawarah": "terlaksana",
    "kerja": "terlaksana",  # bekerja sama
    "jaga": "terjaga",
    "amankan": "diamankan",
    "wujud": "terwujud",  # mewujudkan
    "dukung": "didukung",
    "beri": "diberikan",
    "tetap": "ditetapkan",
    "sah": "disahkan",
    "tanda": "ditandatangani",
    "terbit": "diterbitkan",
    "lapor": "dilaporkan",
    "respon": "direspons",
    "tanggap": "ditanggapi",
    "kunjung": "dikunjungi",
    "jemput": "dijemput",
    "kawal": "dikawal",
    "lengkap": "dilengkapi",
    "pasang": "terpasang",
    "rawat": "terawat",
    "ganti": "diganti",
    "cetak": "tercetak",
    "unggah": "terunggah",
    "pindai": "terpindai",
}

# Kata kegiatan tanpa imbuhan yang juga menandai kegiatan bila memimpin indikator
# ("Hadir dalam rapat", "Ikut serta …", "Input data …").
KATA_KEGIATAN_DASAR: frozenset[str] = frozenset(
    {"hadir", "ikut", "turut", "bantu", "input", "entri", "entry", "update", "upload", "cek"}
)

# Kata keterangan yang boleh mendahului kata kerja kegiatan dan dilompati saat mencari kata
# pertama ("Telah melaksanakan …", "Secara rutin menyusun …").
KATA_PENGANTAR: frozenset[str] = frozenset(
    {"telah", "sudah", "dapat", "mampu", "akan", "secara", "rutin", "aktif", "selalu", "untuk"}
)

# Kata berawalan "me" yang BUKAN kata kerja kegiatan (kata benda, kata depan) agar aturan umum
# "me- di awal = kegiatan" tidak salah tembak.
BUKAN_KATA_KERJA: frozenset[str] = frozenset(
    {
        "media",
        "medis",
        "meja",
        "mekanisme",
        "menara",
        "menteri",
        "mental",
        "menu",
        "merek",
        "mesin",
        "meter",
        "metode",
        "metodologi",
        "memo",
        "memori",
        "mebel",
        "meski",
        "meskipun",
        "melalui",
        "mengenai",
        "menurut",
        "mereka",
        "merah",
        "merdeka",
        "menengah",
        "meningkat",
        "menurun",
        "membaik",
        "memburuk",
        "menguat",
        "melemah",
        "merata",
        "meluas",
    }
)

# Kata benda yang wajar dihitung langsung ("Jumlah rapat … yang diikuti"). Bila objek kegiatan
# bukan benda terhitung, saran memakai "Jumlah kegiatan … yang terlaksana".
BENDA_TERHITUNG: frozenset[str] = frozenset(
    {
        "tugas",
        "ketua",
        "pengurus",
        "arsip",
        "aset",
        "barang",
        "jalan",
        "saluran",
        "drainase",
        "bangunan",
        "fasilitas",
        "sarana",
        "prasarana",
        "bantuan",
        "proposal",
        "program",
        "rapat",
        "pelatihan",
        "bimtek",
        "workshop",
        "seminar",
        "acara",
        "undangan",
        "pertemuan",
        "musyawarah",
        "musrenbang",
        "lomba",
        "apel",
        "upacara",
        "rencana",
        "anggaran",
        "rekapitulasi",
        "bahan",
        "materi",
        "peta",
        "profil",
    }
)

# Kata kerja "melakukan" yang objeknya biasanya kata benda turunan pe-an: "Melakukan
# pembinaan kepada ketua RT" → "Jumlah ketua RT yang dibina".
KATA_KERJA_UMUM: frozenset[str] = frozenset(
    {"laksana", "laku", "ada", "selenggara", "bantu", "fasilitasi"}
)

# Kata benda turunan yang sendiri sudah merupakan layanan yang dihitung:
# "Melaksanakan pelayanan administrasi" → "Jumlah layanan administrasi yang terselesaikan".
NOMINALISASI_HASIL: dict[str, tuple[str, str]] = {
    "layan": ("layanan", "terselesaikan"),
}

# Kata depan di awal objek yang dibuang saat menulis ulang ("kepada ketua RT" → "ketua RT").
KATA_DEPAN: frozenset[str] = frozenset(
    {"kepada", "terhadap", "bagi", "untuk", "dengan", "dalam", "pada", "di", "ke", "serta"}
)

# ---------------------------------------------------------------------------------------------
# 2. Kata ukuran (kriteria "terukur", temuan TANPA_UKURAN dan SATUAN_TIDAK_SESUAI)
# ---------------------------------------------------------------------------------------------

# Kata yang menyebut apa yang diukur. Nilainya adalah jenis satuan yang diharapkan:
# "persen" (bagian dari keseluruhan), "hitungan" (banyaknya benda), "waktu" (lama),
# dan "bebas" (boleh berbagai satuan: indeks, nilai, rasio, …).
KATA_UKURAN: dict[str, str] = {
    "persentase": "persen",
    "prosentase": "persen",
    "persentasi": "persen",
    "proporsi": "persen",
    "cakupan": "persen",
    "jumlah": "hitungan",
    "banyaknya": "hitungan",
    "waktu": "waktu",
    "lama": "waktu",
    "lamanya": "waktu",
    "durasi": "waktu",
    "total": "bebas",
    "tingkat": "bebas",
    "indeks": "bebas",
    "indek": "bebas",
    "ikm": "bebas",  # indeks kepuasan masyarakat
    "skm": "bebas",  # survei kepuasan masyarakat
    "ipm": "bebas",
    "idm": "bebas",
    "nilai": "bebas",
    "skor": "bebas",
    "rasio": "bebas",
    "rata-rata": "bebas",
    "rerata": "bebas",
    "ketepatan": "bebas",
    "kecepatan": "bebas",
    "frekuensi": "bebas",
    "biaya": "bebas",
    "realisasi": "bebas",
    "capaian": "bebas",
    "angka": "bebas",  # angka kematian bayi, angka partisipasi …
    "prevalensi": "bebas",
    "laju": "bebas",
    "predikat": "bebas",
    "peringkat": "bebas",
    "volume": "bebas",
    "luas": "bebas",
    "panjang": "bebas",
    "kapasitas": "bebas",
    "besaran": "bebas",
    "efisiensi": "bebas",
    "efektivitas": "bebas",
    "kuantitas": "bebas",
    "opini": "bebas",
}

# Kata ukuran yang dalam frasa tertentu BUKAN ukuran: "tepat waktu" (jangka waktu),
# "paling lama" (batas waktu), "tingkat kecamatan" (jenjang wilayah), "nilai-nilai" (norma).
UKURAN_GUGUR_SEBELUM: dict[str, frozenset[str]] = {
    "waktu": frozenset(
        {"tepat", "dalam", "sesuai", "kurun", "setiap", "tiap", "ketepatan", "kecepatan"}
    ),
    "lama": frozenset({"paling", "selambat", "se"}),
}
UKURAN_GUGUR_SESUDAH: dict[str, frozenset[str]] = {
    "tingkat": frozenset(
        {
            "kota",
            "kabupaten",
            "kecamatan",
            "kelurahan",
            "desa",
            "provinsi",
            "nasional",
            "pusat",
            "daerah",
            "rt",
            "rw",
            "regional",
            "internasional",
            "dasar",
            "lanjut",
            "lanjutan",
            "pertama",
            "atas",
            "menengah",
        }
    ),
}

# Kata pengubah yang tidak menjadi ukuran utama; ukuran sesudahnya yang menentukan satuan
# ("Rata-rata waktu …" → ukuran waktu).
UKURAN_PENGUBAH: frozenset[str] = frozenset({"rata-rata", "rerata", "total"})

# Ukuran pertumbuhan: "Persentase peningkatan PAD" boleh melebihi 100 %.
KATA_PERTUMBUHAN: frozenset[str] = frozenset(
    {
        "peningkatan",
        "kenaikan",
        "pertumbuhan",
        "penambahan",
        "perubahan",
        "capaian",
        "pencapaian",
        "pendapatan",
        "penerimaan",
        "pad",
        "pajak",
        "retribusi",
    }
)

# Kata benda yang menunjuk orang; dipakai saran: "Jumlah warga …" → target "80 orang".
KATA_ORANG: frozenset[str] = frozenset(
    {
        "warga",
        "peserta",
        "pegawai",
        "penduduk",
        "masyarakat",
        "lansia",
        "balita",
        "bayi",
        "ibu",
        "siswa",
        "anak",
        "pemohon",
        "pengunjung",
        "pasien",
        "kader",
        "asn",
        "pns",
        "petugas",
        "remaja",
        "keluarga",
        "pelaku",
        "penerima",
        "wajib",
    }
)

# ---------------------------------------------------------------------------------------------
# 3. Satuan menurut jenisnya (temuan SATUAN_TIDAK_SESUAI, TANPA_UKURAN, TANPA_WAKTU)
# ---------------------------------------------------------------------------------------------

SATUAN_PERSEN: frozenset[str] = frozenset({"%", "persen", "prosen", "percent", "pct"})

SATUAN_WAKTU: frozenset[str] = frozenset(
    {
        "detik",
        "menit",
        "jam",
        "hari",
        "hk",  # hari kerja
        "minggu",
        "pekan",
        "bulan",
        "bln",
        "triwulan",
        "caturwulan",
        "semester",
        "tahun",
        "thn",
        "th",
    }
)

SATUAN_UANG: frozenset[str] = frozenset({"rp", "rupiah", "idr"})

# Pengali angka: "Rp 2,5 juta" = 2.500.000.
PENGALI: dict[str, int] = {
    "ribu": 1_000,
    "rb": 1_000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "triliun": 1_000_000_000_000,
}

# Satuan skala/nilai: "85 poin", "nilai 70".
SATUAN_SKOR: frozenset[str] = frozenset({"poin", "point", "skor", "nilai", "indeks", "angka"})

# Satuan hitungan yang lazim (untuk dokumentasi dan saran). Kata benda lain sesudah angka
# ("30 UMKM", "8 kelurahan") juga diterima sebagai benda yang dihitung.
SATUAN_HITUNGAN_LAZIM: frozenset[str] = frozenset(
    {
        "dokumen",
        "laporan",
        "kegiatan",
        "orang",
        "berkas",
        "sk",
        "nota",
        "surat",
        "kali",
        "data",
        "paket",
        "unit",
        "titik",
        "lokasi",
        "kelompok",
        "desa",
        "kelurahan",
        "rt",
        "rw",
        "keluarga",
        "kk",
        "rumah",
        "usulan",
        "permohonan",
        "pengaduan",
        "temuan",
        "kasus",
        "naskah",
        "perda",
        "perkara",
        "buah",
        "eksemplar",
        "set",
        "sampel",
        "sertifikat",
        "izin",
        "rekomendasi",
        "layanan",
    }
)

# Kata sesudah angka yang BUKAN satuan (kata hubung, kata depan, penunjuk waktu).
BUKAN_SATUAN: frozenset[str] = frozenset(
    {
        "per",
        "setiap",
        "tiap",
        "dari",
        "dalam",
        "yang",
        "dan",
        "atau",
        "untuk",
        "pada",
        "di",
        "ke",
        "dengan",
        "sampai",
        "hingga",
        "minus",
        "sebanyak",
        "sebesar",
        "minimal",
        "maksimal",
        "paling",
        "sekurang-kurangnya",
        "target",
        "realisasi",
        "x",
    }
)

# Kata bilangan: "dua belas laporan", "seratus persen", "nihil".
BILANGAN: dict[str, int] = {
    "nol": 0,
    "nihil": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
BILANGAN_PENGALI: dict[str, int] = {"puluh": 10, "ratus": 100}

# ---------------------------------------------------------------------------------------------
# 4. Kata kabur (kriteria "terukur", temuan KATA_KABUR)
# ---------------------------------------------------------------------------------------------

# Kata sifat yang membuat ukuran bergantung pada penilaian pribadi bila tidak didefinisikan.
KATA_KABUR: frozenset[str] = frozenset(
    {
        "optimal",
        "maksimal",
        "maksimum",
        "baik",
        "lancar",
        "efektif",
        "efisien",
        "berkualitas",
        "bermutu",
        "memadai",
        "tertib",
        "kondusif",
        "prima",
        "akuntabel",
        "transparan",
        "profesional",
        "harmonis",
        "terkendali",
        "sempurna",
        "mantap",
        "semestinya",
        "seoptimal",
        "semaksimal",
        "sebaik-baiknya",
        "seoptimal-optimalnya",
        "semaksimal-maksimalnya",
    }
)

# Frasa kabur berkata jamak (dicocokkan pada teks yang sudah dinormalkan).
FRASA_KABUR: tuple[str, ...] = (
    "sebagaimana mestinya",
    "sesuai harapan",
    "sesuai kebutuhan",
    "tepat sasaran",
    "dengan benar",
    "lebih cepat",
    "lebih tinggi",
    "lebih banyak",
    "lebih besar",
    "lebih rendah",
    "lebih mudah",
)

# Kata perubahan: kabur bila tidak ada ukuran DAN angka ("Meningkatnya kualitas …"),
# tidak kabur pada "Persentase peningkatan PAD" dengan target 10 %.
AKAR_PERUBAHAN: frozenset[str] = frozenset({"tingkat", "turun", "tambah", "kurang", "naik"})
KATA_PERUBAHAN: frozenset[str] = frozenset(
    {
        "meningkat",
        "meningkatnya",
        "meningkatkan",
        "peningkatan",
        "menurun",
        "menurunnya",
        "menurunkan",
        "penurunan",
        "bertambah",
        "bertambahnya",
        "berkurang",
        "berkurangnya",
        "mengurangi",
        "pengurangan",
        "naik",
        "naiknya",
        "kenaikan",
        "membaik",
        "membaiknya",
    }
)

# Kata kabur "lemah": hanya kabur bila teks tidak menyebut ukuran sama sekali
# ("Meningkatnya kualitas pelayanan"), tetapi wajar pada "Indeks kualitas air".
KATA_KABUR_LEMAH: frozenset[str] = frozenset({"kualitas", "mutu", "kinerja"})

# Kata yang mendefinisikan kata sesudahnya sebagai kategori resmi: "predikat Baik",
# "kondisi baik" (kategori teknis), "opini WTP".
PENDEFINISI_SEBELUM: frozenset[str] = frozenset(
    {"predikat", "kategori", "kriteria", "kondisi", "status", "opini", "nilai", "hari", "jam"}
)

# Frasa yang mendefinisikan kata kabur dalam teks (dicocokkan setelah normalisasi).
# Bentuk berangka ("dalam 3 hari kerja", "maksimal 5 hari") dikenali oleh bahasa.py.
FRASA_DEFINISI: tuple[str, ...] = (
    "tanpa kesalahan",
    "tanpa revisi",
    "tanpa koreksi",
    "tanpa catatan",
    "tanpa keluhan",
    "tanpa temuan",
    "tanpa pengembalian",
    "bebas temuan",
    "bebas dari temuan",
    "sesuai sop",
    "sesuai standar",
    "sesuai spm",
    "sesuai juknis",
    "sesuai juklak",
    "sesuai pedoman",
    "sesuai kriteria",
    "sesuai jadwal",
    "sesuai nspk",
    "sesuai permen",
    "sesuai perda",
    "sesuai perwal",
    "sesuai perbup",
    "sesuai peraturan",
    "sesuai ketentuan nomor",
    "sesuai indikator",
    "sesuai checklist",
    "sesuai daftar periksa",
)

# ---------------------------------------------------------------------------------------------
# 5. Jangka waktu (kriteria "berbatas waktu", temuan TANPA_WAKTU)
# ---------------------------------------------------------------------------------------------

# Frasa waktu tanpa angka. Bentuk berangka ("tahun 2026", "dalam 3 hari kerja") dikenali
# oleh pola di bahasa.py.
FRASA_WAKTU: tuple[str, ...] = (
    "tepat waktu",
    "paling lambat",
    "paling lama",
    "selambat-lambatnya",
    "sesuai jadwal",
    "sesuai jadual",
    "akhir tahun",
    "akhir bulan",
    "awal tahun",
    "tahun berjalan",
    "tahun anggaran",
    "periode",
    "sepanjang tahun",
    "selama",
    "hari yang sama",
    "hari itu juga",
    "saat itu juga",
    "hari kerja",
    "jam kerja",
    "jatuh tempo",
    "batas waktu",
    "tenggat waktu",
    "sebelum tanggal",
    "setiap hari",
    "tiap hari",
)

# Kata waktu yang cukup sendirian: "bulanan", "per triwulan", "setiap minggu", nama bulan.
KATA_WAKTU: frozenset[str] = frozenset(
    {
        "harian",
        "mingguan",
        "bulanan",
        "triwulanan",
        "caturwulanan",
        "semesteran",
        "tahunan",
        "triwulan",
        "semester",
        "caturwulan",
        "sehari",
        "seminggu",
        "sepekan",
        "sebulan",
        "setahun",
        "perhari",
        "perminggu",
        "perbulan",
        "pertriwulan",
        "persemester",
        "pertahun",
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    }
)

# Kata pembuka jangka ("per bulan", "setiap tahun", "tiap minggu").
PEMBUKA_JANGKA: frozenset[str] = frozenset({"per", "setiap", "tiap", "dalam", "selama"})

# ---------------------------------------------------------------------------------------------
# 6. Polaritas (temuan TARGET_TIDAK_REALISTIS)
# ---------------------------------------------------------------------------------------------

# Polaritas dibaca dari APA YANG DIHITUNG, bukan dari aspeknya (lihat pemeriksa_polaritas.py).
# Semua kata di bagian ini ditulis dalam bentuk yang muncul di teks (bukan kata dasar).

# Benda yang makin sedikit makin baik: "Jumlah pengaduan", "Angka kematian ibu". Target 0
# ("0 temuan", "nihil") wajar untuk ukuran seperti ini.
KATA_POLARITAS_TURUN: frozenset[str] = frozenset(
    {
        "temuan",
        "keluhan",
        "komplain",
        "pengaduan",
        "aduan",
        "kesalahan",
        "pungli",
        "pelanggaran",
        "tunggakan",
        "kasus",
        "kematian",
        "kesakitan",
        "stunting",
        "kemiskinan",
        "pengangguran",
        "keterlambatan",
        "kecelakaan",
        "kebakaran",
        "banjir",
        "genangan",
        "bencana",
        "sengketa",
        "konflik",
        "gangguan",
        "kerugian",
        "piutang",
        "revisi",
        "koreksi",
        "penyimpangan",
        "penyalahgunaan",
        "kriminalitas",
        "kejahatan",
        "tawuran",
        "sisa",
        "antrean",
        "antrian",
        "inflasi",
        "prevalensi",
        "backlog",
        "penumpukan",
        "tumpukan",
        "kerusakan",
        "keberatan",
        "sanggahan",
        "gugatan",
        "korban",
        "pemborosan",
        "hukuman",
        "sanksi",
    }
)

# Frasa yang makin kecil makin baik walaupun kata-katanya sendiri netral.
FRASA_POLARITAS_TURUN: tuple[str, ...] = (
    "waktu tunggu",
    "waktu antre",
    "waktu antrean",
    "lama tunggu",
    "lama antrean",
    "gizi buruk",
    "gizi kurang",
    "pungutan liar",
    "biaya per",
    "tidak layak huni",
    "tidak tepat waktu",
    "tidak sesuai",
    "tidak lengkap",
    "tidak memenuhi",
    "di luar jadwal",
    "putus sekolah",
    "buta huruf",
    "pernikahan dini",
    "pernikahan anak",
)

# Hasil yang buruk bagi benda apa pun yang dihitung: "berkas yang dikembalikan".
KATA_HASIL_BURUK: frozenset[str] = frozenset(
    {
        "dikembalikan",
        "pengembalian",
        "ditolak",
        "penolakan",
        "terlambat",
        "tertunda",
        "penundaan",
        "tertunggak",
        "menunggak",
        "gagal",
        "kegagalan",
        "rusak",
        "hilang",
        "kehilangan",
        "batal",
        "dibatalkan",
        "pembatalan",
        "salah",
        "kedaluwarsa",
        "kadaluarsa",
        "menumpuk",
        "tertumpuk",
        "direvisi",
        "mangkrak",
        "bermasalah",
        "kebocoran",
        "terhambat",
        "hambatan",
    }
)

# Sarana yang dinamai dengan benda "turun": "aplikasi antrean", "kanal pengaduan", "nomor
# antrean". Benda sesudahnya hanya menerangkan sarana itu; yang dihitung bukan antrean atau
# pengaduannya ("Persentase waktu aktif aplikasi antrean" makin tinggi makin baik).
KATA_SARANA: frozenset[str] = frozenset(
    {
        "aplikasi",
        "sistem",
        "sarana",
        "kanal",
        "saluran",
        "loket",
        "mesin",
        "nomor",
        "layanan",
        "posko",
        "kotak",
        "formulir",
        "media",
        "fitur",
        "modul",
        "portal",
        "situs",
        "papan",
        "ruang",
    }
)

# Kata yang membalik polaritas benda "turun": sesudah bendanya ("pengaduan yang
# ditindaklanjuti") atau sebelumnya ("penurunan kasus", "penyelesaian tunggakan"): yang dihitung
# lalu adalah penanganannya, makin banyak makin baik.
KATA_PEMBALIK_POLARITAS: frozenset[str] = frozenset(
    {
        "penurunan",
        "pengurangan",
        "penekanan",
        "penyelesaian",
        "diselesaikan",
        "terselesaikan",
        "terselesaikannya",
        "selesai",
        "tindak",
        "tindaklanjut",
        "ditindaklanjuti",
        "tertindaklanjuti",
        "penanganan",
        "ditangani",
        "tertangani",
        "direspons",
        "direspon",
        "ditanggapi",
        "tertanggapi",
        "dijawab",
        "terjawab",
        "dituntaskan",
        "tuntas",
        "teratasi",
        "diatasi",
        "dilunasi",
        "lunas",
        "tertagih",
        "ditagih",
        "penagihan",
        "diproses",
        "terproses",
        "dipulihkan",
        "pemberantasan",
        "penanggulangan",
        "ditanggulangi",
        "pencegahan",
        "penemuan",
        "ditemukan",
        "ketepatan",
        "verifikasi",
        "diverifikasi",
        "terverifikasi",
        "diteruskan",
        "direhabilitasi",
        "rehabilitasi",
        "diperbaiki",
        "perbaikan",
        "dievakuasi",
        "dibantu",
        "diturunkan",
        "difasilitasi",
        "terfasilitasi",
        "dimediasi",
        "termediasi",
        "dilaporkan",
        "terlaporkan",
    }
)

# Kata arah: hasil yang dituju adalah nilai yang makin rendah ("Menurunnya angka stunting" dengan
# target 14 %) atau makin tinggi ("Meningkatnya cakupan …"). Berbeda dengan "Persentase
# penurunan kasus", yang mengukur besarnya penurunan (makin besar makin baik).
KATA_ARAH_TURUN: frozenset[str] = frozenset(
    {
        "menurunnya",
        "berkurangnya",
        "menurun",
        "berkurang",
        "turunnya",
        "dikurangi",
        "ditekan",
        "tertekannya",
        "terkendalinya",
    }
)
KATA_ARAH_NAIK: frozenset[str] = frozenset(
    {"meningkatnya", "meningkat", "bertambahnya", "bertambah", "naiknya", "ditingkatkan"}
)

# Kata ingkar: "tanpa temuan", "tidak dikembalikan", "belum ditindaklanjuti" membalik
# arti kata sesudahnya.
KATA_INGKAR: frozenset[str] = frozenset(
    {"tidak", "belum", "tanpa", "bebas", "nihil", "non", "zero"}
)

# Ukuran yang makin tinggi makin baik bila bendanya tidak "turun" (mis. "Persentase berkas
# yang selesai dalam 1 hari kerja" walaupun aspeknya waktu). Tidak termasuk ukuran yang
# arahnya bergantung pada bendanya: rasio, laju, peringkat (peringkat 1 terbaik).
UKURAN_NAIK: frozenset[str] = frozenset(
    {
        "persentase",
        "proporsi",
        "cakupan",
        "jumlah",
        "banyaknya",
        "total",
        "tingkat",
        "indeks",
        "ikm",
        "skm",
        "ipm",
        "idm",
        "nilai",
        "skor",
        "rata-rata",
        "ketepatan",
        "kecepatan",
        "frekuensi",
        "realisasi",
        "capaian",
        "angka",
        "predikat",
        "volume",
        "luas",
        "panjang",
        "kapasitas",
        "efisiensi",
        "efektivitas",
        "kuantitas",
        "opini",
    }
)

# Ukuran yang, dengan target berupa lama waktu ("7 bulan", "3 hari"), berarti makin singkat
# makin baik: "Ketepatan waktu penyelesaian pembangunan" dengan target "7–8 bulan".
UKURAN_LAMA: frozenset[str] = frozenset(
    {"waktu", "lama", "lamanya", "durasi", "ketepatan", "kecepatan"}
)

# Kata di luar ukuran yang sendiri sudah menyatakan "makin tinggi makin baik".
KATA_POLARITAS_NAIK: frozenset[str] = frozenset(
    {"kepuasan", "kehadiran", "kepatuhan", "partisipasi", "keterisian", "kelengkapan"}
)

# ---------------------------------------------------------------------------------------------
# 7. Kata henti (temuan TIDAK_SELARAS): kata yang tidak membawa isi.
# ---------------------------------------------------------------------------------------------

# Dibandingkan dalam bentuk kata dasar (lihat bahasa.akar): "pelaksanaan" = "laksana".
KATA_HENTI: frozenset[str] = frozenset(
    {
        "yang",
        "dan",
        "atau",
        "di",
        "ke",
        "dari",
        "pada",
        "dalam",
        "untuk",
        "bagi",
        "dengan",
        "oleh",
        "terhadap",
        "atas",
        "serta",
        "secara",
        "sesuai",
        "per",
        "setiap",
        "tiap",
        "se",
        "para",
        "ini",
        "itu",
        "tersebut",
        "lain",
        "lainnya",
        "adalah",
        "sebagai",
        "antara",
        "melalui",
        "akan",
        "telah",
        "sudah",
        "dapat",
        "kepada",
        "tahun",
        "bulan",
        "hari",
        "kerja",
        "tepat",
        "jumlah",
        "persentase",
        "prosentase",
        "tingkat",
        "indeks",
        "nilai",
        "rata-rata",
        "capai",
        "cakup",
        "giat",
        "kegiatan",
        "laksana",
        "selenggara",
        "wujud",
        "naik",
        "turun",
        "tambah",
        "kurang",
        "baik",
        "optimal",
        "kecamatan",
        "kelurahan",
        "desa",
        "kota",
        "kabupaten",
        "provinsi",
        "wilayah",
        "daerah",
        "rt",
        "rw",
        "unit",
        "perangkat",
        "instansi",
        "lingkungan",
    }
)

# ---------------------------------------------------------------------------------------------
# 8. Kata dasar dikenal (membantu pemotong imbuhan memilih kata dasar yang benar)
# ---------------------------------------------------------------------------------------------

# "mengelola" bisa berakar "elola" atau "kelola"; kata dasar yang ada di sini (atau di
# KATA_KERJA_KEGIATAN) dipilih lebih dulu. Tambahkan bila saran penulisan ulang salah akar.
AKAR_DIKENAL: frozenset[str] = frozenset(
    {
        "kelola",
        "kirim",
        "kumpul",
        "konsep",
        "koordinasi",
        "periksa",
        "pantau",
        "tulis",
        "tanggap",
        "tangan",
        "terbit",
        "tetap",
        "temu",
        "tepat",
        "puas",
        "adu",
        "layan",
        "lapor",
        "laksana",
        "susun",
        "selesai",
        "sedia",
        "salur",
        "sampai",
        "serap",
        "sosialisasi",
        "mutakhir",
        "capai",
        "cakup",
        "giat",
        "hasil",
        "duduk",
        "penduduk",
        "tingkat",
        "turun",
        "wujud",
        "bina",
        "bentuk",
        "bangun",
        "kembang",
        "tata",
        "urus",
        "ukur",
        "nilai",
        "kaji",
        "pakai",
        "pilih",
        "pindah",
        "putus",
        "kuat",
        "kurang",
        "tambah",
        "terima",
        "tolak",
        "hitung",
        "angkut",
        "daftar",
        "dapat",
        "didik",
        "latih",
        "lindung",
        "pelihara",
        "rawat",
        "sehat",
        "tugas",
        "usaha",
        "uji",
        "ikut",
        "hadir",
        "bantu",
        "isi",
        "olah",
        "atur",
        "ambil",
        "awas",
        "edar",
        "ajar",
        "anggar",
        "aman",
        "arsip",
        "kunjung",
        "kendali",
        "pungut",
        "pajak",
        "pulih",
        "tindaklanjut",
        "verifikasi",
        "validasi",
        "fasilitasi",
        "evaluasi",
        "distribusi",
        "identifikasi",
        "inventarisasi",
        "administrasi",
        "informasi",
        "organisasi",
        "realisasi",
        "rekomendasi",
        "imunisasi",
        "mediasi",
        "advokasi",
        "edukasi",
        "publikasi",
        "dokumentasi",
        "klarifikasi",
        "kepala",
        "camat",
        "lurah",
        "pimpin",
        "tanda",
        "terang",
        "jelas",
        "ubah",
        "proses",
        "rencana",
        "cetak",
        "pasang",
        "ganti",
    }
)

# Ejaan tidak baku → baku, diterapkan pada setiap kata sebelum analisis.
EJAAN_VARIAN: dict[str, str] = {
    "mengkonsep": "mengonsep",
    "mengkoordinasikan": "mengoordinasikan",
    "mengkoordinir": "mengoordinasikan",
    "mengkoordinasi": "mengoordinasi",
    "koordinir": "koordinasi",
    "mengkordinasikan": "mengoordinasikan",
    "kordinasi": "koordinasi",
    "mensosialisasikan": "menyosialisasikan",
    "mensinkronkan": "menyinkronkan",
    "memfasilitasikan": "memfasilitasi",
    "mentaati": "menaati",
    "merubah": "mengubah",
    "prosentase": "persentase",
    "persentasi": "persentase",
    "prosen": "persen",
    "pct": "persen",
    "rerata": "rata-rata",
    "analisa": "analisis",
    "menganalisa": "menganalisis",
    "jadual": "jadwal",
    "obyek": "objek",
    "sistim": "sistem",
    "praktek": "praktik",
    "resiko": "risiko",
    "nasehat": "nasihat",
    "kwalitas": "kualitas",
    "aktifitas": "aktivitas",
    "efektifitas": "efektivitas",
    "produktifitas": "produktivitas",
    "indek": "indeks",
    "tehnis": "teknis",
    "propinsi": "provinsi",
    "milyar": "miliar",
    "ijin": "izin",
}
