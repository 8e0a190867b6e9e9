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

from ...angka import KONTEKS, format_angka, format_hasil, keluaran
from .cepat import nilai_cepat
from .masukan import ASPEK_PERILAKU, parse, validasi
from .rumus import (
    NILAI_KREATIVITAS,
    kategori,
    nilai_dua_cabang,
    nilai_kegiatan,
    nilai_prestasi_kerja,
    nilai_tugas_tambahan,
    rata_rata,
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
    return HasilKegiatan(
        k.nama,
        *nilai_kegiatan(
            k.kuantitas.target,
            k.kuantitas.realisasi,
            k.kualitas.target,
            k.kualitas.realisasi,
            k.waktu.target,
            k.waktu.realisasi,
            by.target if by is not None else None,
            by.realisasi if by is not None else None,
        ),
    )


# ---------------------------------------------------------------------------------- langkah


def _jelaskan(dokumen: DokumenPP46, h: HasilPP46) -> list[str]:
    catatan: list[str] = []
    for no, (k, hk) in enumerate(zip(dokumen.kegiatan, h.kegiatan, strict=True), 1):
        _jelaskan_kegiatan(catatan, no, k, hk)
    f, fh = format_angka, format_hasil
    nilai = " + ".join(fh(x.nilai) for x in h.kegiatan)
    catatan.append(f"Nilai capaian SKP = ({nilai})/{len(h.kegiatan)} = {fh(h.nilai_capaian_skp)}")
    catatan.append(
        f"Nilai tugas tambahan: {dokumen.tugas_tambahan} tugas → {f(h.nilai_tugas_tambahan)}"
    )
    nama = dokumen.kreativitas.value.replace("_", " ") if dokumen.kreativitas else "tidak ada"
    catatan.append(f"Nilai kreativitas: {nama} → {f(h.nilai_kreativitas)}")
    catatan.append(
        f"Nilai SKP = {fh(h.nilai_capaian_skp)} + {f(h.nilai_tugas_tambahan)} + "
        f"{f(h.nilai_kreativitas)} = {fh(h.nilai_skp)} ({h.kategori_skp})"
    )
    if dokumen.perilaku is None:
        catatan.append("Perilaku tidak diisi, maka nilai prestasi kerja tidak dihitung")
        return catatan
    aspek = _aspek_perilaku(dokumen.perilaku)
    catatan.append(
        f"Nilai perilaku = ({' + '.join(map(f, aspek))})/{len(aspek)} = "
        f"{fh(h.nilai_perilaku)} ({h.kategori_perilaku})"
    )
    catatan.append(
        f"Nilai prestasi kerja = 60 % × {fh(h.nilai_skp)} + 40 % × {fh(h.nilai_perilaku)} = "
        f"{fh(h.nilai_prestasi_kerja)} ({h.kategori})"
    )
    return catatan


def _jelaskan_kegiatan(catatan: list[str], no: int, k: Kegiatan, h: HasilKegiatan) -> None:
    judul = f"Kegiatan {no}" + (f" ({k.nama})" if k.nama else "")
    if not k.kuantitas.realisasi:
        catatan.append(
            f"{judul}: tidak dilaksanakan (realisasi kuantitas 0), "
            "maka semua aspek dan nilai kegiatan = 0"
        )
        return
    f, fh = format_angka, format_hasil
    kn, kl = k.kuantitas, k.kualitas
    catatan.append(
        f"{judul}: Kuantitas: {f(kn.realisasi)}/{f(kn.target)} × 100 = {fh(h.kuantitas)}"
    )
    catatan.append(f"{judul}: Kualitas: {f(kl.realisasi)}/{f(kl.target)} × 100 = {fh(h.kualitas)}")
    catatan.append(f"{judul}: {_kalimat_dua_cabang('Waktu', k.waktu, h.waktu)}")
    bagian = [h.kuantitas, h.kualitas, h.waktu]
    if h.biaya is not None:
        catatan.append(f"{judul}: {_kalimat_dua_cabang('Biaya', k.biaya, h.biaya)}")
        bagian.append(h.biaya)
    elif k.biaya is not None:
        catatan.append(f"{judul}: Biaya tidak dinilai karena target biaya 0")
    catatan.append(
        f"{judul}: penghitungan {' + '.join(map(fh, bagian))} = {fh(h.penghitungan)}; "
        f"nilai kegiatan {fh(h.penghitungan)}/{len(bagian)} = {fh(h.nilai)}"
    )


def _kalimat_dua_cabang(aspek: str, ukuran: Ukuran, nilai: Decimal) -> str:
    pertama, efisiensi, _ = nilai_dua_cabang(ukuran.target, ukuran.realisasi)
    t, r = format_angka(ukuran.target), format_angka(ukuran.realisasi)
    awal = f"{aspek}: efisiensi 100 − ({r}/{t} × 100) = {format_hasil(efisiensi)} %"
    if pertama:
        rumus = f"((1,76 × {t} − {r})/{t}) × 100"
        return f"{awal} ≤ 24 %, maka nilai {aspek.lower()} = {rumus} = {format_hasil(nilai)}"
    rumus = f"76 − (((1,76 × {t} − {r})/{t} × 100) − 100)"
    return f"{awal} > 24 %, maka nilai {aspek.lower()} = {rumus} = {format_hasil(nilai)}"


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
