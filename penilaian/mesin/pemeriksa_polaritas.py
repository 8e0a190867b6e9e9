"""Polaritas dibaca dari rumusan indikator: apa yang dihitung, bukan aspeknya.

"Persentase berkas yang selesai dalam 1 hari kerja" (aspek waktu) makin tinggi makin baik;
"Jumlah pengaduan" (aspek kuantitas) makin sedikit makin baik; "Jumlah pengaduan yang
ditindaklanjuti" kembali makin banyak makin baik. Urutan aturannya (yang pertama mengena menang):

1. Ukuran yang memimpin teks adalah lama waktu ("Rata-rata waktu tunggu …") atau biaya:
   ``turun``.
2. Frasa yang buruk apa pun bendanya ("waktu tunggu", "tidak sesuai", "gizi buruk"): ``turun``.
3. Hasil yang buruk ("berkas yang dikembalikan", "keterlambatan"): ``turun``; diingkari
   ("tidak dikembalikan", "tanpa pengembalian"): ``naik``.
4. Benda yang makin sedikit makin baik ("pengaduan", "temuan", "kasus"): ``turun``, kecuali
   diingkari ("tanpa temuan"), didahului kata pembalik ("penurunan kasus", "penyelesaian
   tunggakan") atau diikuti kata penanganan yang tidak diingkari ("pengaduan yang
   ditindaklanjuti"): ``naik``.
5. Ada ukuran hasil (jumlah, persentase, cakupan, indeks …) atau kata seperti "kepuasan":
   ``naik``.
6. Selain itu polaritas tidak dapat dipastikan: ``None``, dan orangnya yang memilih.

Semua daftar kata ada di ``kosakata.py`` bagian 6.
"""

from __future__ import annotations

from . import bahasa
from . import kosakata as kk

__all__ = ["baca_polaritas"]

_POLA_TURUN = bahasa.pola_frasa(kk.FRASA_POLARITAS_TURUN)


def _ingkar(kata: list[str], i: int) -> bool:
    """Apakah kata ke-``i`` diingkari ("tidak dikembalikan", "belum ditindaklanjuti")?"""
    return i > 0 and kata[i - 1] in kk.KATA_INGKAR


def _naik(alasan: str) -> tuple[str, str]:
    return "naik", alasan + " Makin tinggi makin baik."


def _turun(alasan: str, akhir: str = "Makin sedikit makin baik.") -> tuple[str, str]:
    return "turun", f"{alasan} {akhir}"


def baca_polaritas(kata: list[str], utama: tuple[int, str] | None) -> tuple[str | None, str]:
    """(polaritas usulan, alasannya dalam satu kalimat pendek) untuk deretan kata indikator.

    ``utama`` adalah (letak, jenis satuan) ukuran yang memimpin teks, bila ada.
    """
    if utama is not None and "biaya" in kata[: utama[0] + 1]:
        return _turun('Ukuran "biaya" adalah besarnya biaya.', "Makin hemat makin baik.")
    if utama is not None and utama[1] == "waktu":
        return _turun(f'Ukuran "{kata[utama[0]]}" adalah lama waktu.', "Makin singkat makin baik.")
    cocok = _POLA_TURUN.search(" " + " ".join(kata) + " ")
    if cocok:
        return _turun(f'Yang dihitung adalah "{cocok.group().strip()}".')
    for i, k in enumerate(kata):
        if k in kk.KATA_HASIL_BURUK:
            if _ingkar(kata, i):
                return _naik(f'Yang dihitung adalah yang "{kata[i - 1]} {k}".')
            return _turun(f'Yang dihitung adalah yang "{k}".')
    for i, k in enumerate(kata):
        if k in kk.KATA_POLARITAS_TURUN:
            return _benda_turun(kata, i)
    return _ukuran_naik(kata, utama)


def _benda_turun(kata: list[str], i: int) -> tuple[str, str]:
    benda = kata[i]
    if _ingkar(kata, i):
        return _naik(f'Yang dihitung adalah yang "{kata[i - 1]} {benda}".')
    for j in range(i - 1, -1, -1):
        if kata[j] in kk.KATA_PEMBALIK_POLARITAS:
            return _naik(f'Yang diukur adalah "{kata[j]} {benda}", bukan banyaknya {benda}.')
    for j in range(i + 1, len(kata)):
        if kata[j] in kk.KATA_PEMBALIK_POLARITAS:
            if _ingkar(kata, j):
                return _turun(f'Yang dihitung adalah {benda} yang "{kata[j - 1]} {kata[j]}".')
            return _naik(f'Yang dihitung adalah {benda} yang "{kata[j]}", bukan banyaknya {benda}.')
    return _turun(f'Yang dihitung adalah "{benda}".')


def _ukuran_naik(kata: list[str], utama: tuple[int, str] | None) -> tuple[str | None, str]:
    if utama is not None and kata[utama[0]] in kk.UKURAN_NAIK:
        return _naik(f'Ukuran "{kata[utama[0]]}" menghitung hasil yang dicapai.')
    for k in kata:
        if k in kk.KATA_POLARITAS_NAIK:
            return _naik(f'Yang diukur adalah "{k}".')
    for k in kata:
        if k in kk.UKURAN_NAIK:
            return _naik(f'Ukuran "{k}" menghitung hasil yang dicapai.')
    return None, ""
