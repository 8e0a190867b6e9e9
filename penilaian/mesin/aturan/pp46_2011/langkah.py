"""Kalimat langkah PP 46/2011, satu-satunya tempat teksnya ditulis.

Dipakai jalan bertipe (``hitung`` dengan ``langkah=True``) dan jalan cepat (``cepat``), yang
memberi angka yang sama: angka masukan sebagai ``Decimal`` (ditulis di sini dengan
:func:`format_angka`) dan angka hasil yang sudah ditulis :func:`format_hasil` oleh pemanggil
(jalan cepat menulisnya sekali untuk JSON dan kalimat, lihat ``keluaran_teks``).
"""

from __future__ import annotations

from decimal import Decimal

from ...angka import format_angka, format_hasil
from .rumus import Cabang

__all__ = ["jelaskan_kegiatan", "jelaskan_ringkasan"]


def jelaskan_kegiatan(
    catatan: list[str],
    no: int,
    nama: str | None,
    ukuran: tuple[
        Decimal, Decimal, Decimal, Decimal, Decimal, Decimal, Decimal | None, Decimal | None
    ],
    waktu: Cabang,
    biaya: Cabang | None,
    teks: tuple[str, str, str, str | None, str, str],
) -> None:
    """Kalimat satu kegiatan.

    ``ukuran`` = (TO, RO, TK, RK, TW, RW, TB, RB); ``waktu``/``biaya`` hasil ``nilai_dua_cabang``
    (``biaya`` ``None`` bila tidak dinilai); ``teks`` = hasil yang sudah ditulis (kuantitas,
    kualitas, waktu, biaya atau ``None``, penghitungan, nilai).
    """
    judul = f"Kegiatan {no} ({nama})" if nama else f"Kegiatan {no}"
    to, ro, tk, rk, tw, rw, tb, rb = ukuran
    if not ro:
        catatan.append(
            f"{judul}: tidak dilaksanakan (realisasi kuantitas 0), "
            "maka semua aspek dan nilai kegiatan = 0"
        )
        return
    f = format_angka
    kn, kl, w, b, penghitungan, nilai = teks
    catatan.append(f"{judul}: Kuantitas: {f(ro)}/{f(to)} × 100 = {kn}")
    catatan.append(f"{judul}: Kualitas: {f(rk)}/{f(tk)} × 100 = {kl}")
    catatan.append(f"{judul}: {_dua_cabang('Waktu', tw, rw, waktu, w)}")
    if biaya is not None:
        catatan.append(f"{judul}: {_dua_cabang('Biaya', tb, rb, biaya, b)}")
        bagian, n = f"{kn} + {kl} + {w} + {b}", 4
    else:
        if tb is not None:
            catatan.append(f"{judul}: Biaya tidak dinilai karena target biaya 0")
        bagian, n = f"{kn} + {kl} + {w}", 3
    catatan.append(
        f"{judul}: penghitungan {bagian} = {penghitungan}; "
        f"nilai kegiatan {penghitungan}/{n} = {nilai}"
    )


def _dua_cabang(aspek: str, target: Decimal, realisasi: Decimal, cabang: Cabang, nilai: str) -> str:
    """Kalimat rumus waktu/biaya; ``nilai`` adalah hasilnya yang sudah ditulis."""
    pertama, efisiensi, _ = cabang
    t, r = format_angka(target), format_angka(realisasi)
    awal = f"{aspek}: efisiensi 100 − ({r}/{t} × 100) = {format_hasil(efisiensi)} %"
    if pertama:
        rumus = f"((1,76 × {t} − {r})/{t}) × 100"
        return f"{awal} ≤ 24 %, maka nilai {aspek.lower()} = {rumus} = {nilai}"
    rumus = f"76 − (((1,76 × {t} − {r})/{t} × 100) − 100)"
    return f"{awal} > 24 %, maka nilai {aspek.lower()} = {rumus} = {nilai}"


def jelaskan_ringkasan(
    catatan: list[str],
    nilai_kegiatan: list[str],
    capaian: str,
    tugas_tambahan: int,
    tambahan: Decimal,
    kreativitas: str | None,
    nilai_kreativitas: Decimal,
    skp: tuple[str, str],
    perilaku: tuple[list[Decimal], str, str, str, str] | None,
) -> None:
    """Kalimat capaian SKP, tugas tambahan, kreativitas, nilai SKP, perilaku dan prestasi kerja.

    ``kreativitas``: teks pilihannya (``"unit_kerja"``) atau ``None``; ``skp`` = (nilai SKP
    tertulis, kategori); ``perilaku`` = (aspek yang diisi, nilai perilaku tertulis, kategorinya,
    nilai prestasi kerja tertulis, kategorinya) atau ``None`` bila perilaku tidak diisi.
    """
    tambahan_teks, kreativitas_teks = format_angka(tambahan), format_angka(nilai_kreativitas)
    nilai_skp, kategori_skp = skp
    catatan.append(
        f"Nilai capaian SKP = ({' + '.join(nilai_kegiatan)})/{len(nilai_kegiatan)} = {capaian}"
    )
    catatan.append(f"Nilai tugas tambahan: {tugas_tambahan} tugas → {tambahan_teks}")
    nama = kreativitas.replace("_", " ") if kreativitas else "tidak ada"
    catatan.append(f"Nilai kreativitas: {nama} → {kreativitas_teks}")
    catatan.append(
        f"Nilai SKP = {capaian} + {tambahan_teks} + {kreativitas_teks} = {nilai_skp} "
        f"({kategori_skp})"
    )
    if perilaku is None:
        catatan.append("Perilaku tidak diisi, maka nilai prestasi kerja tidak dihitung")
        return
    aspek, nilai_perilaku, kategori_perilaku, prestasi, kategori = perilaku
    catatan.append(
        f"Nilai perilaku = ({' + '.join(map(format_angka, aspek))})/{len(aspek)} = "
        f"{nilai_perilaku} ({kategori_perilaku})"
    )
    catatan.append(
        f"Nilai prestasi kerja = 60 % × {nilai_skp} + 40 % × {nilai_perilaku} = "
        f"{prestasi} ({kategori})"
    )
