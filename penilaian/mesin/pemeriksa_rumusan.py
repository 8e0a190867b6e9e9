"""Rumusan usulan: satu indikator (atau RHK) utuh yang menggantikan rumusan yang belum layak.

Cara menyusunnya, untuk indikator yang belum layak:

1. **Pokok** rumusan asli diambil: kata kegiatan di depan, kata hasil ("terwujudnya"), kata
   perubahan ("meningkatnya"), kata kabur ("optimal", "secara optimal", "lebih cepat") dan
   ukuran yang memimpin dibuang; kata sisanya tetap ditulis seperti aslinya ("PATEN", "RT").
2. Beberapa **calon** disusun dari pokok itu menurut jenisnya (kegiatan → "Jumlah … yang
   tersusun"; layanan dan berkas → "Persentase … yang diselesaikan sesuai SOP"; kualitas →
   "Indeks kepuasan masyarakat terhadap …"; ukuran yang satuannya salah → ukuran yang cocok).
3. Pemeriksa (``pemeriksa.py``) memeriksa setiap calon dengan satuannya dan sebuah target
   contoh, lalu memilih calon pertama yang layak dan bebas dari kata pemicu temuan. Calon
   terakhir ("Persentase … yang diselesaikan sesuai SOP") selalu layak untuk target 1–100 %.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import bahasa
from . import kosakata as kk
from .pemeriksa_analisis import Analisis
from .pemeriksa_polaritas import hasil_nominal

__all__ = ["Calon", "calon_rhk", "calon_rumusan", "pokok"]

# Kata sambung yang tidak boleh menggantung di awal atau akhir pokok.
_GANTUNG = frozenset(
    {
        "yang",
        "secara",
        "dengan",
        "dan",
        "serta",
        "lebih",
        "untuk",
        "agar",
        "sehingga",
        "di",
        "ke",
        "dari",
        "pada",
        "dalam",
        "sebagai",
        "oleh",
        "atau",
        "berjalan",
        "makin",
        "semakin",
        "kian",
        "sangat",
        "cukup",
        "paling",
        "dapat",
        "bisa",
        "menjadi",
    }
)
_BATAS_POKOK = frozenset({"sesuai", "agar", "sehingga", "supaya", "guna", "melalui"})
_PENGUAT = frozenset({"lebih", "makin", "semakin", "kian", "sangat", "cukup", "paling", "secara"})
_KEPALA_LAYANAN = frozenset(
    {
        "layanan",
        "permohonan",
        "berkas",
        "dokumen",
        "surat",
        "pengaduan",
        "laporan",
        "administrasi",
        "izin",
        "perizinan",
        "data",
        "arsip",
        "usulan",
        "rekomendasi",
    }
)
_POLA_KABUR = bahasa.pola_frasa(kk.FRASA_KABUR)


@dataclass(frozen=True, slots=True)
class Calon:
    teks: str
    satuan: str | None
    polaritas: str | None
    aspek: str | None
    #: Target contoh yang dipakai pemeriksa untuk menguji calon ini.
    contoh_target: int | None = None

    def ke_json(self) -> dict[str, str | None]:
        return {
            "teks": self.teks,
            "satuan": self.satuan,
            "polaritas": self.polaritas,
            "aspek": self.aspek,
        }


def _buang(a: Analisis, dari: int) -> set[int]:
    """Letak token yang tidak ikut ke pokok: kata kabur, perubahan, hasil, penguatnya."""
    kata = a.kata
    buang: set[int] = set()
    teks = " " + " ".join(kata) + " "
    for m in _POLA_KABUR.finditer(teks):
        awal = teks[: m.start() + 1].count(" ") - 1
        buang.update(range(awal, awal + m.group().strip().count(" ") + 1))
    for i in range(dari, len(kata)):
        k = kata[i]
        if (
            k in kk.KATA_KABUR
            or k in kk.KATA_PERUBAHAN
            or k in a.kata_kabur
            or k == a.kata_kegiatan
        ):
            buang.add(i)
            j = i - 1
            while j >= dari and kata[j] in _PENGUAT | {"yang", "dengan", "dan"}:
                buang.add(j)
                j -= 1
    return buang


def pokok(a: Analisis, lewati_ukuran: bool = True) -> tuple[str, str]:
    """(pokok indikator dalam tulisan asli, kata kepalanya dalam huruf kecil).

    "Meningkatkan pelayanan PATEN secara optimal" → ("pelayanan PATEN", "pelayanan").
    """
    kata = a.kata
    i = a.awal
    if a.indeks_kegiatan >= 0:
        i = a._lewati_kata_depan(a.indeks_kegiatan + 1)
    elif lewati_ukuran and a.indeks_ukuran >= 0:
        i = a.indeks_ukuran + 1
    buang = _buang(a, i)
    while i < len(kata) and (
        i in buang
        or kata[i] in _GANTUNG
        or kata[i] in kk.KATA_KABUR_LEMAH
        or (kata[i].endswith("nya") and kata[i].startswith(("ter", "di", "ke", "ber", "me")))
    ):
        i += 1
    # Pokok berhenti di keterangan ("sesuai …", "agar …"): rumusan baru memberi kriterianya sendiri.
    akhir = next((j for j in range(i, len(kata)) if kata[j] in _BATAS_POKOK), len(kata))
    simpan = [j for j in range(i, akhir) if j not in buang and not kata[j][0].isdigit()]
    while simpan and kata[simpan[-1]] in _GANTUNG:
        simpan.pop()
    if not simpan:
        return "", ""
    teks = " ".join(a.teks[a.token[j].awal : a.token[j].akhir] for j in simpan)
    return _kecil(teks), kata[simpan[0]]


def _kecil(teks: str) -> str:
    pokok_, _, _ = teks.partition(" ")
    if len(pokok_) > 1 and pokok_[1].isupper():
        return teks
    return teks[:1].lower() + teks[1:]


def _layanan(isi: str, kepala: str) -> str:
    """Benda layanan yang dihitung: "pelayanan PATEN" → "permohonan layanan PATEN …",
    "pelayanan pasien" → "pasien yang dilayani sesuai SOP"."""
    sisa = isi.split(" ")
    if kepala == "pelayanan" and len(sisa) > 1 and sisa[1].lower() in kk.KATA_ORANG:
        return " ".join(sisa[1:]) + " yang dilayani sesuai SOP"
    if kepala in ("pelayanan", "layanan"):
        isi = " ".join(["permohonan layanan", *sisa[1:]])
    return f"{isi} yang diselesaikan sesuai SOP"


# Kata hasil yang terlalu umum untuk dihitung: "Jumlah lingkungan yang terwujud" tidak bermakna.
_HASIL_UMUM = frozenset({"terwujud", "tercapai", "tercipta", "terjaga", "terjamin", "terbangun"})


def calon_rumusan(a: Analisis, kode: set[str]) -> list[Calon]:
    """Calon rumusan untuk indikator yang belum layak, dari yang paling dekat dengan aslinya."""
    calon: list[Calon] = []
    isi, kepala = pokok(a)
    masalah_teks = kode & {"BUKAN_HASIL", "KATA_KABUR", "TANPA_UKURAN", "SATUAN_TIDAK_SESUAI"}
    if not masalah_teks and a.teks_bersih:
        calon.append(_teks_sama(a))
    if "SATUAN_TIDAK_SESUAI" in kode and "KATA_KABUR" not in kode and isi:
        calon.extend(_satuan_cocok(a, isi))
    if a.kata_kegiatan is not None and not a.kata_kabur:
        calon.append(Calon(a.tulis_ulang_kegiatan(), a.benda_ukuran(), "naik", "kuantitas", 12))
    elif a.kata_kegiatan is not None and isi:
        # "Mengelola arsip kecamatan dengan baik" → "Jumlah arsip kecamatan yang terkelola".
        hasil = kk.KATA_KERJA_KEGIATAN.get(bahasa.akar(a.kata_kegiatan))
        if hasil and a.target.jenis == "persen":
            calon.append(_persen(f"{isi} yang {hasil}"))
        elif hasil:
            satuan = a.target.kata_satuan if a.target.jenis == "hitungan" else _satuan_benda(isi)
            calon.append(Calon(f"Jumlah {isi} yang {hasil}", satuan, "naik", "kuantitas", 12))
    if isi:
        calon.extend(_dari_pokok(a, isi, kepala))
    calon.append(_persen(f"{isi or 'pekerjaan'} yang diselesaikan sesuai SOP"))
    return calon


def _dari_pokok(a: Analisis, isi: str, kepala: str) -> list[Calon]:
    calon: list[Calon] = []
    hasil = a.kata[a.awal][:-3] if hasil_nominal(a.kata[a.awal]) else ""
    if hasil and hasil not in _HASIL_UMUM and " yang " not in f" {isi} ":
        # "Terselenggaranya Musrenbang" → "Jumlah Musrenbang yang terselenggara".
        if a.target.jenis == "persen":
            calon.append(_persen(f"{isi} yang {hasil} sesuai standar"))
        else:
            satuan = _satuan_benda(isi)
            calon.append(Calon(f"Jumlah {isi} yang {hasil}", satuan, "naik", "kuantitas", 12))
    awalan, dasar = bahasa.urai(kepala)
    if awalan.startswith("pe") and dasar in kk.KATA_KERJA_KEGIATAN and " " in isi:
        # "pengarsipan dokumen" → "Jumlah dokumen yang terarsip".
        benda = isi.split(" ", 1)[1]
        kerja = kk.KATA_KERJA_KEGIATAN[dasar]
        if kepala != "pelayanan":
            if a.target.jenis == "persen":
                calon.append(_persen(f"{benda} yang {kerja}"))
            else:
                satuan = _satuan_benda(benda)
                calon.append(Calon(f"Jumlah {benda} yang {kerja}", satuan, "naik", "kuantitas", 12))
    perubahan = next((k for k in a.kata_kabur if k in kk.KATA_PERUBAHAN), None)
    if any(k in kk.KATA_KABUR_LEMAH for k in a.kata) or (
        kepala.startswith("ke") and kepala.endswith("an")
    ):
        indeks = f"Indeks kepuasan masyarakat terhadap {isi}"
        calon.append(Calon(indeks, "indeks", "naik", "kualitas", 85))
    elif kepala in _KEPALA_LAYANAN or kepala == "pelayanan":
        calon.append(_persen(_layanan(isi, kepala)))
    elif perubahan is not None:
        # "Meningkatnya partisipasi warga" → "Persentase peningkatan partisipasi warga".
        arah = "penurunan" if bahasa.akar(perubahan) in ("turun", "kurang") else "peningkatan"
        calon.append(_persen(f"{arah} {isi}"))
    elif " yang " in f" {isi} ":
        calon.append(_persen(f"{isi} sesuai standar"))
    else:
        calon.append(_persen(f"{isi} yang sesuai standar"))
    return calon


def _persen(isi: str) -> Calon:
    return Calon(f"Persentase {isi}", "%", "naik", "kualitas", 95)


def _satuan_benda(benda: str) -> str:
    kepala = benda.split(" ", 1)[0].lower()
    if kepala in kk.KATA_ORANG:
        return "orang"
    # Kata benda yang bukan satuan ("dalam", "tahun", angka) diganti "kegiatan".
    return kepala if bahasa.jenis_satuan(kepala) == "hitungan" else "kegiatan"


def _teks_sama(a: Analisis) -> Calon:
    """Rumusannya sudah baik; yang salah target, satuan yang kosong, atau polaritasnya."""
    harapan = a.ukuran_utama[1] if a.ukuran_utama else None
    if harapan == "persen" or (harapan is None and a.target.jenis == "persen"):
        satuan, contoh = "%", 95
    elif harapan == "waktu":
        satuan, contoh = "hari kerja", 3
    elif harapan == "hitungan":
        satuan, contoh = a.benda_ukuran(), 12
    else:
        satuan = a.target.kata_satuan or "indeks"
        contoh = 85
    polaritas = a.polaritas_usulan or a.polaritas
    return Calon(a.teks_bersih, satuan, polaritas, a.aspek or "kuantitas", contoh)


def _satuan_cocok(a: Analisis, isi: str) -> list[Calon]:
    """Ukuran yang cocok dengan satuan target: "Persentase laporan" + "12 laporan" → "Jumlah …"."""
    jenis = a.target.jenis
    if jenis == "persen":
        if a.ukuran_utama is not None and a.ukuran_utama[1] == "waktu":
            return [_persen(f"{isi} yang selesai tepat waktu")]
        return [_persen(isi)]
    if jenis == "hitungan":
        satuan = a.target.kata_satuan or "kegiatan"
        return [Calon(f"Jumlah {isi}", satuan, "naik", "kuantitas", 12)]
    return []


def calon_rhk(a: Analisis) -> list[Calon]:
    """Calon rumusan RHK: hasil kerja, bukan kegiatan ("Tersusunnya laporan keuangan")."""
    isi, _ = pokok(a, lewati_ukuran=False)
    isi = isi or "pekerjaan"
    calon: list[Calon] = []
    if a.kata_kegiatan is not None:
        _, dasar = bahasa.urai(a.kata_kegiatan)
        hasil = kk.KATA_KERJA_KEGIATAN.get(dasar, "")
        if hasil.startswith("ter"):
            calon.append(Calon(f"{hasil.capitalize()}nya {isi}", None, None, None))
    calon.append(Calon(f"Terselenggaranya {isi} sesuai SOP", None, None, None))
    return calon
