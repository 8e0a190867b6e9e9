"""Aturan ``pp46-2011``: PP No. 46 Tahun 2011 dengan Perka BKN No. 1 Tahun 2013.

Nilai SKP numerik: tiap kegiatan tugas jabatan dinilai pada aspek kuantitas, kualitas, waktu
dan (bila ada target biaya) biaya; nilai SKP ditambah tugas tambahan dan kreativitas; nilai
prestasi kerja 60 % SKP + 40 % perilaku.

Keputusan di tempat peraturan diam (lihat juga docs/algoritma-skor.md):

* Kegiatan dengan realisasi kuantitas 0 (tidak dilaksanakan) bernilai 0 pada semua aspek dan
  0 secara keseluruhan, tanpa memeriksa RW (yang boleh 0).
* Biaya dinilai bila target biaya > 0 (ditentukan oleh target, bukan realisasi). RB = 0 dengan
  TB > 0 sah dan mengikuti rumus (hasilnya 0).
* Rumus waktu/biaya tidak dibatasi: keterlambatan besar bisa memberi nilai negatif, seperti
  rumus Perka BKN apa adanya.
* Perilaku: lima aspek wajib, kepemimpinan hanya untuk jabatan struktural; nilai 0–100.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from ...angka import KONTEKS, format_hasil, keluaran
from .cepat import nilai_cepat
from .langkah import jelaskan_kegiatan, jelaskan_ringkasan
from .masukan import ASPEK_PERILAKU, parse, validasi
from .rumus import (
    NILAI_KREATIVITAS,
    kategori,
    nilai_dua_cabang,
    nilai_prestasi_kerja,
    nilai_tugas_tambahan,
    rata_rata,
    rincian_kegiatan,
)
from .tipe import DokumenPP46, HasilKegiatan, HasilPP46, Kegiatan, PerilakuPP46, Ukuran

__all__ = [
    "JENIS_DOKUMEN",
    "JENIS_HASIL",
    "KUNCI",
    "DokumenPP46",
    "HasilKegiatan",
    "HasilPP46",
    "Kegiatan",
    "PerilakuPP46",
    "Ukuran",
    "hitung",
    "kategori",
    "ke_json",
    "nilai_cepat",
    "parse",
    "validasi",
]

KUNCI = "pp46-2011"
JENIS_DOKUMEN = (DokumenPP46,)
JENIS_HASIL = (HasilPP46,)


def hitung(dokumen: DokumenPP46, *, langkah: bool) -> HasilPP46:
    """Hitung dokumen yang sudah lolos :func:`validasi`. ``langkah=False``: tanpa penjelasan.

    Urutan: nilai tiap kegiatan → nilai capaian SKP (rata-rata) → + tugas tambahan +
    kreativitas = nilai SKP → nilai perilaku (rata-rata aspek yang diisi) → nilai prestasi
    kerja (60/40). Kategori dari nilai yang belum dibulatkan.
    """
    with localcontext(KONTEKS):
        hasil_kegiatan = tuple(_hitung_kegiatan(k) for k in dokumen.kegiatan)
        capaian = rata_rata(h.nilai for h in hasil_kegiatan)
        tambahan = nilai_tugas_tambahan(dokumen.tugas_tambahan)
        kreativitas = NILAI_KREATIVITAS[dokumen.kreativitas]
        skp = capaian + tambahan + kreativitas
        nilai_perilaku = kategori_perilaku = prestasi = kategori_prestasi = None
        if dokumen.perilaku is not None:
            nilai_perilaku = rata_rata(_aspek_perilaku(dokumen.perilaku))
            kategori_perilaku = kategori(nilai_perilaku)
            prestasi = nilai_prestasi_kerja(skp, nilai_perilaku)
            kategori_prestasi = kategori(prestasi)
        nilai = (
            hasil_kegiatan,
            capaian,
            tambahan,
            kreativitas,
            skp,
            kategori(skp),
            nilai_perilaku,
            kategori_perilaku,
            prestasi,
            kategori_prestasi,
        )
        hasil = HasilPP46(*nilai, ())
        if not langkah:
            return hasil
        # Dibangun ulang langsung: dataclasses.replace jauh lebih mahal untuk kelas beku.
        return HasilPP46(*nilai, tuple(_jelaskan(dokumen, hasil)))


def _aspek_perilaku(p: PerilakuPP46) -> list[Decimal]:
    return [getattr(p, a) for a in ASPEK_PERILAKU if getattr(p, a) is not None]


def _hitung_kegiatan(k: Kegiatan) -> HasilKegiatan:
    by = k.biaya
    kn, kl, waktu, biaya, penghitungan, nilai = rincian_kegiatan(
        k.kuantitas.target,
        k.kuantitas.realisasi,
        k.kualitas.target,
        k.kualitas.realisasi,
        k.waktu.target,
        k.waktu.realisasi,
        by.target if by is not None else None,
        by.realisasi if by is not None else None,
    )
    b = biaya[2] if biaya is not None else None
    return HasilKegiatan(k.nama, kn, kl, waktu[2], b, penghitungan, nilai)


# ---------------------------------------------------------------------------------- langkah


def _jelaskan(dokumen: DokumenPP46, h: HasilPP46) -> list[str]:
    # Setiap angka hasil ditulis sekali lalu dipakai ulang di kalimat berikutnya.
    catatan: list[str] = []
    fh = format_hasil
    nilai = []
    for no, (k, hk) in enumerate(zip(dokumen.kegiatan, h.kegiatan, strict=True), 1):
        teks = (
            fh(hk.kuantitas),
            fh(hk.kualitas),
            fh(hk.waktu),
            fh(hk.biaya) if hk.biaya is not None else None,
            fh(hk.penghitungan),
            fh(hk.nilai),
        )
        nilai.append(teks[5])
        kn, kl, w, b = k.kuantitas, k.kualitas, k.waktu, k.biaya
        ukuran = (kn.target, kn.realisasi, kl.target, kl.realisasi, w.target, w.realisasi)
        biaya = (b.target, b.realisasi) if b is not None else (None, None)
        jelaskan_kegiatan(
            catatan,
            no,
            k.nama,
            (*ukuran, *biaya),
            nilai_dua_cabang(w.target, w.realisasi),
            nilai_dua_cabang(b.target, b.realisasi) if hk.biaya is not None else None,
            teks,
        )
    perilaku = None
    if dokumen.perilaku is not None:
        perilaku = (
            _aspek_perilaku(dokumen.perilaku),
            fh(h.nilai_perilaku),
            h.kategori_perilaku.value,
            fh(h.nilai_prestasi_kerja),
            h.kategori.value,
        )
    jelaskan_ringkasan(
        catatan,
        nilai,
        fh(h.nilai_capaian_skp),
        dokumen.tugas_tambahan,
        h.nilai_tugas_tambahan,
        dokumen.kreativitas.value if dokumen.kreativitas else None,
        h.nilai_kreativitas,
        (fh(h.nilai_skp), h.kategori_skp.value),
        perilaku,
    )
    return catatan


# ---------------------------------------------------------------------------------- keluaran


def ke_json(hasil: HasilPP46) -> dict:
    """Hasil sebagai nilai JSON: angka dibulatkan 2 desimal, urutan kunci seperti spesifikasi."""
    k = keluaran
    return {
        "aturan": KUNCI,
        "kegiatan": [
            {
                "nama": h.nama,
                "kuantitas": k(h.kuantitas),
                "kualitas": k(h.kualitas),
                "waktu": k(h.waktu),
                "biaya": k(h.biaya),
                "penghitungan": k(h.penghitungan),
                "nilai": k(h.nilai),
            }
            for h in hasil.kegiatan
        ],
        "nilai_capaian_skp": k(hasil.nilai_capaian_skp),
        "nilai_tugas_tambahan": k(hasil.nilai_tugas_tambahan),
        "nilai_kreativitas": k(hasil.nilai_kreativitas),
        "nilai_skp": k(hasil.nilai_skp),
        "kategori_skp": hasil.kategori_skp.value,
        "nilai_perilaku": k(hasil.nilai_perilaku),
        "kategori_perilaku": hasil.kategori_perilaku.value if hasil.kategori_perilaku else None,
        "nilai_prestasi_kerja": k(hasil.nilai_prestasi_kerja),
        "kategori": hasil.kategori.value if hasil.kategori else None,
        "langkah": list(hasil.langkah),
    }
