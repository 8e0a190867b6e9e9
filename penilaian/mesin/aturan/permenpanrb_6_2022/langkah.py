"""Kalimat langkah PermenPANRB 6/2022, satu-satunya tempat teksnya ditulis.

Dipakai jalan bertipe (``skor.hitung`` dengan ``langkah=True``) dan jalan cepat (``cepat``),
yang memberi angka yang sama: angka masukan sebagai ``Decimal`` (ditulis di sini dengan
:func:`format_angka`), angka hasil yang sudah ditulis :func:`format_hasil` oleh pemanggil, dan
pilihan sebagai teks (``"naik"``; label rating ``"di atas ekspektasi"``), sehingga kalimat tidak
membaca properti enum di jalur panas.
"""

from __future__ import annotations

from decimal import Decimal

from ...angka import NOL, SERATUS, format_angka, format_hasil
from ...tipe import CapaianOrganisasi, Rating
from .predikat import PERSENTASE_ANGKA_KREDIT

__all__ = ["BATAS_TEKS", "LABEL", "kalimat_iki", "kalimat_rhk", "jelaskan_ringkasan"]

#: Label rating dan capaian organisasi untuk kalimat: ``di atas ekspektasi``.
LABEL: dict[Rating | CapaianOrganisasi, str] = {
    m: m.label for e in (Rating, CapaianOrganisasi) for m in e
}
#: Batas capaian tiap IKI dalam capaian RHK (120 %), ditulis seperti ``format_hasil``.
BATAS_TEKS = "120,00"
_BATAS = Decimal(120)
_DUA_RATUS = Decimal(200)
# Persentase angka kredit per predikat (teks predikat), sudah ditulis.
_PERSEN_AK = {p.value: format_angka(n) for p, n in PERSENTASE_ANGKA_KREDIT.items()}


def kalimat_iki(
    no: int,
    no_iki: int,
    aspek: str,
    polaritas: str,
    bawaan: bool,
    realisasi: Decimal,
    rentang: tuple[Decimal, Decimal] | None,
    dipakai: Decimal,
    capaian: Decimal,
    capaian_teks: str,
) -> str:
    """Kalimat satu IKI kuantitatif.

    ``rentang`` = (min, maks) bila targetnya rentang; ``dipakai`` target yang dipakai (realisasi
    itu sendiri bila di dalam rentang); ``capaian`` belum dibatasi 120 (nol bila negatif),
    ``capaian_teks`` capaian yang sudah ditulis.
    """
    f = format_angka
    r = f(realisasi)
    awal = (
        f"RHK {no}, IKI {no_iki} ({aspek}, polaritas {polaritas}, bawaan aspek): "
        if bawaan
        else f"RHK {no}, IKI {no_iki} ({aspek}, polaritas {polaritas}): "
    )
    if rentang is not None:
        rendah, tinggi = rentang
        teks_rentang = f"target rentang {f(rendah)}–{f(tinggi)}"
        if rendah <= realisasi <= tinggi:
            return f"{awal}{teks_rentang}, realisasi {r} di dalam rentang, maka capaian = 100 %"
        sisi = f"> maks {f(tinggi)}" if realisasi > tinggi else f"< min {f(rendah)}"
        awal += f"{teks_rentang}, realisasi {r} {sisi}, maka target dipakai {f(dipakai)}; "
    if not dipakai:
        return f"{awal}target 0, realisasi {r}, maka capaian = {capaian_teks} %"
    td = f(dipakai)
    if polaritas == "naik":
        kalimat = f"{awal}capaian = {r}/{td} × 100 = {capaian_teks} %"
    elif capaian:
        # Capaian positif adalah rumusnya apa adanya.
        kalimat = f"{awal}capaian = (1 + (1 − {r}/{td})) × 100 = {capaian_teks} %"
    else:
        mentah = (_DUA_RATUS * dipakai - SERATUS * realisasi) / dipakai
        kalimat = f"{awal}capaian = (1 + (1 − {r}/{td})) × 100 = {format_hasil(mentah)} %"
        if mentah < NOL:
            kalimat += ", tidak boleh kurang dari 0, maka capaian = 0,00 %"
    if capaian > _BATAS:
        kalimat += "; dihitung 120 % dalam capaian RHK"
    return kalimat


def kalimat_rhk(no: int, jenis: str, bagian: list[str], capaian: str, usulan: str) -> str:
    """Kalimat capaian satu RHK; ``bagian`` capaian IKI yang sudah dibatasi dan ditulis."""
    return (
        f"RHK {no} ({jenis}): capaian = ({' + '.join(bagian)})/{len(bagian)} = {capaian} %, "
        f"usulan rating {usulan}"
    )


def jelaskan_ringkasan(
    catatan: list[str],
    capaian_hk: str | None,
    n_utama: int,
    ada_tambahan: bool,
    kebijakan: tuple[str, Decimal, Decimal],
    organisasi: str | None,
    rating: tuple[str | None, str, bool, str],
    predikat: str,
    angka_kredit: tuple[Decimal, int, str] | None,
) -> None:
    """Kalimat capaian hasil kerja, usulan rating, rating final, predikat dan angka kredit.

    ``capaian_hk`` capaian hasil kerja tertulis (``None``: kualitatif); ``kebijakan`` = (nama,
    ambang di atas, ambang sesuai); ``organisasi`` label capaian organisasi pimpinan unit;
    ``rating`` = (label usulan atau ``None``, label final, apakah dari pejabat penilai, label
    perilaku); ``angka_kredit`` = (koefisien, bulan, angka kredit tertulis) bila ada.
    """
    usulan, final, dari_penilai, perilaku = rating
    if capaian_hk is not None:
        catatan.append(
            f"Capaian hasil kerja = rata-rata capaian {n_utama} RHK utama = {capaian_hk} %"
            + ("; RHK tambahan dilaporkan, tidak menurunkan hasil" if ada_tambahan else "")
        )
    if organisasi is not None:
        catatan.append(
            f"Pimpinan unit: capaian kinerja organisasi {organisasi}, maka usulan rating "
            f"hasil kerja {usulan}"
        )
    elif capaian_hk is not None:
        nama, atas, sesuai = kebijakan
        catatan.append(
            f"Menurut {nama} (≥ {format_angka(atas)} % di atas ekspektasi, "
            f"≥ {format_angka(sesuai)} % sesuai ekspektasi): capaian "
            f"{capaian_hk} %, maka usulan rating hasil kerja {usulan}"
        )
    if dari_penilai:
        beda = "" if usulan is None or final == usulan else ", berbeda dari usulan"
        catatan.append(f"Rating hasil kerja dari pejabat penilai: {final}{beda}")
    else:
        catatan.append(f"Rating hasil kerja mengikuti usulan: {final}")
    catatan.append(f"Predikat: hasil kerja {final} × perilaku {perilaku} = {predikat}")
    if angka_kredit is not None:
        koefisien, bulan, ak = angka_kredit
        catatan.append(
            f"Angka kredit = {_PERSEN_AK[predikat]} % × {format_angka(koefisien)} × "
            f"{bulan}/12 = {ak}"
        )
