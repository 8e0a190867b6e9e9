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
    # Setiap angka hasil ditulis sekali lalu dipakai ulang di kalimat berikutnya.
    catatan: list[str] = []
    nilai = [
        _jelaskan_kegiatan(catatan, no, k, hk)
        for no, (k, hk) in enumerate(zip(dokumen.kegiatan, h.kegiatan, strict=True), 1)
    ]
    f, fh = format_angka, format_hasil
    capaian, skp = fh(h.nilai_capaian_skp), fh(h.nilai_skp)
    tambahan, kreativitas = f(h.nilai_tugas_tambahan), f(h.nilai_kreativitas)
    catatan.append(f"Nilai capaian SKP = ({' + '.join(nilai)})/{len(nilai)} = {capaian}")
    catatan.append(f"Nilai tugas tambahan: {dokumen.tugas_tambahan} tugas → {tambahan}")
    nama = dokumen.kreativitas.value.replace("_", " ") if dokumen.kreativitas else "tidak ada"
    catatan.append(f"Nilai kreativitas: {nama} → {kreativitas}")
    catatan.append(f"Nilai SKP = {capaian} + {tambahan} + {kreativitas} = {skp} ({h.kategori_skp})")
    if dokumen.perilaku is None:
        catatan.append("Perilaku tidak diisi, maka nilai prestasi kerja tidak dihitung")
        return catatan
    aspek = _aspek_perilaku(dokumen.perilaku)
    perilaku = fh(h.nilai_perilaku)
    catatan.append(
        f"Nilai perilaku = ({' + '.join(map(f, aspek))})/{len(aspek)} = "
        f"{perilaku} ({h.kategori_perilaku})"
    )
    catatan.append(
        f"Nilai prestasi kerja = 60 % × {skp} + 40 % × {perilaku} = "
        f"{fh(h.nilai_prestasi_kerja)} ({h.kategori})"
    )
    return catatan


def _jelaskan_kegiatan(catatan: list[str], no: int, k: Kegiatan, h: HasilKegiatan) -> str:
    """Tambahkan kalimat satu kegiatan ke ``catatan``; kembalikan nilai kegiatan yang tertulis."""
    judul = f"Kegiatan {no}" + (f" ({k.nama})" if k.nama else "")
    f, fh = format_angka, format_hasil
    if not k.kuantitas.realisasi:
        catatan.append(
            f"{judul}: tidak dilaksanakan (realisasi kuantitas 0), "
            "maka semua aspek dan nilai kegiatan = 0"
        )
        return fh(h.nilai)
    kn, kl = k.kuantitas, k.kualitas
    bagian = [fh(h.kuantitas), fh(h.kualitas), fh(h.waktu)]
    catatan.append(f"{judul}: Kuantitas: {f(kn.realisasi)}/{f(kn.target)} × 100 = {bagian[0]}")
    catatan.append(f"{judul}: Kualitas: {f(kl.realisasi)}/{f(kl.target)} × 100 = {bagian[1]}")
    catatan.append(f"{judul}: {_kalimat_dua_cabang('Waktu', k.waktu, bagian[2])}")
    if h.biaya is not None:
        bagian.append(fh(h.biaya))
        catatan.append(f"{judul}: {_kalimat_dua_cabang('Biaya', k.biaya, bagian[3])}")
    elif k.biaya is not None:
        catatan.append(f"{judul}: Biaya tidak dinilai karena target biaya 0")
    penghitungan, nilai = fh(h.penghitungan), fh(h.nilai)
    catatan.append(
        f"{judul}: penghitungan {' + '.join(bagian)} = {penghitungan}; "
        f"nilai kegiatan {penghitungan}/{len(bagian)} = {nilai}"
    )
    return nilai


def _kalimat_dua_cabang(aspek: str, ukuran: Ukuran, nilai: str) -> str:
    """Kalimat rumus waktu/biaya; ``nilai`` adalah hasilnya yang sudah ditulis."""
    pertama, efisiensi, _ = nilai_dua_cabang(ukuran.target, ukuran.realisasi)
    t, r = format_angka(ukuran.target), format_angka(ukuran.realisasi)
    awal = f"{aspek}: efisiensi 100 − ({r}/{t} × 100) = {format_hasil(efisiensi)} %"
    if pertama:
        rumus = f"((1,76 × {t} − {r})/{t}) × 100"
        return f"{awal} ≤ 24 %, maka nilai {aspek.lower()} = {rumus} = {nilai}"
    rumus = f"76 − (((1,76 × {t} − {r})/{t} × 100) − 100)"
    return f"{awal} > 24 %, maka nilai {aspek.lower()} = {rumus} = {nilai}"


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
