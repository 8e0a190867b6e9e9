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
   bila ia nama sarana ("aplikasi antrean", "kanal pengaduan": dilewati), diingkari ("tanpa temuan"), didahului kata pembalik ("penurunan kasus", "penyelesaian
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

__all__ = ["baca_polaritas", "hasil_nominal"]

_POLA_TURUN = bahasa.pola_frasa(kk.FRASA_POLARITAS_TURUN)
_TOPIK = frozenset({"tentang", "mengenai", "terkait", "perihal"})


def _ingkar(kata: list[str], i: int) -> bool:
    """Apakah kata ke-``i`` diingkari ("tidak dikembalikan", "bebas dari temuan")?"""
    if i > 1 and kata[i - 1] in ("dari", "adanya"):
        i -= 1
    return i > 0 and kata[i - 1] in kk.KATA_INGKAR


def _kata_ingkar(kata: list[str], i: int) -> str:
    """Teks ingkar beserta katanya: "bebas dari temuan", "tanpa temuan"."""
    awal = i - 2 if kata[i - 1] in ("dari", "adanya") else i - 1
    return " ".join(kata[awal : i + 1])


def _naik(alasan: str) -> tuple[str, str]:
    return "naik", alasan + " Makin tinggi makin baik."


def _turun(alasan: str, akhir: str = "Makin sedikit makin baik.") -> tuple[str, str]:
    return "turun", f"{alasan} {akhir}"


def baca_polaritas(
    kata: list[str], utama: tuple[int, str] | None, awal: int = 0, jenis_target: str | None = None
) -> tuple[str | None, str]:
    """(polaritas usulan, alasannya dalam satu kalimat pendek) untuk deretan kata indikator.

    ``utama`` adalah (letak, jenis satuan) ukuran yang memimpin teks, bila ada; ``awal`` letak
    kata pertama sesudah penomoran; ``jenis_target`` jenis satuan target ("hitungan", …).
    """
    if utama is not None and "biaya" in kata[: utama[0] + 1]:
        return _turun('Ukuran "biaya" adalah besarnya biaya.', "Makin hemat makin baik.")
    if utama is not None and utama[1] == "waktu":
        return _turun(f'Ukuran "{kata[utama[0]]}" adalah lama waktu.', "Makin singkat makin baik.")
    if jenis_target == "waktu" and (utama is None or kata[utama[0]] in kk.UKURAN_LAMA):
        return _turun("Targetnya lama waktu.", "Makin singkat makin baik.")
    if utama is not None and _lama_proses(kata, utama[0] + 1):
        satuan = kata[utama[0] + 1]
        return _turun(
            f'Yang dihitung adalah {satuan} "{kata[utama[0] + 2]}".', "Makin singkat makin baik."
        )
    teks = " " + " ".join(kata) + " "
    cocok = _POLA_TURUN.search(teks)
    if cocok:
        # Frasa dibaca seperti benda "turun": "rumah tidak layak huni yang direhabilitasi".
        frasa = cocok.group().strip()
        akhir = teks[: cocok.end()].count(" ") - 1
        return _benda_turun(kata, akhir, frasa)
    for i, k in enumerate(kata):
        if k in kk.KATA_HASIL_BURUK:
            if _ingkar(kata, i):
                return _naik(f'Yang dihitung adalah yang "{_kata_ingkar(kata, i)}".')
            return _turun(f'Yang dihitung adalah yang "{k}".')
    for k in kata:
        if k in kk.KATA_ARAH_TURUN:
            return _turun(f'Yang dituju adalah nilai yang "{k}".', "Makin rendah makin baik.")
    for i, k in enumerate(kata):
        # "rapat tentang stunting": bendanya pokok bahasan, bukan yang dihitung; "aplikasi
        # antrean": bendanya nama sarana.
        if k in kk.KATA_POLARITAS_TURUN and not (
            i > 0 and (kata[i - 1] in _TOPIK or kata[i - 1] in kk.KATA_SARANA)
        ):
            return _benda_turun(kata, i)
    for k in kata:
        if k in kk.KATA_ARAH_NAIK:
            return _naik(f'Yang dituju adalah nilai yang "{k}".')
    return _ukuran_naik(kata, utama, awal, jenis_target)


def _lama_proses(kata: list[str], i: int) -> bool:
    """ "Jumlah hari penyelesaian …": satuan waktu lalu kata proses pe-…-an (sebuah lama)."""
    return (
        i + 1 < len(kata)
        and kata[i] in kk.SATUAN_WAKTU
        and kata[i + 1].startswith("pe")
        and kata[i + 1].endswith("an")
    )


def _benda_turun(kata: list[str], i: int, benda: str = "") -> tuple[str, str]:
    """Benda "turun" berakhir di kata ke-``i`` (``benda``: frasanya bila lebih dari satu kata)."""
    awal = i - benda.count(" ")
    benda = benda or kata[i]
    if _ingkar(kata, awal):
        return _naik(f'Yang dihitung adalah yang "{_kata_ingkar(kata, awal)}".')
    for j in range(awal - 1, -1, -1):
        if kata[j] in kk.KATA_PEMBALIK_POLARITAS:
            return _naik(f'Yang diukur adalah "{kata[j]} {benda}", bukan banyaknya {benda}.')
    for j in range(i + 1, len(kata)):
        if kata[j] in kk.KATA_PEMBALIK_POLARITAS:
            if _ingkar(kata, j):
                return _turun(f'Yang dihitung adalah {benda} yang "{kata[j - 1]} {kata[j]}".')
            return _naik(f'Yang dihitung adalah {benda} yang "{kata[j]}", bukan banyaknya {benda}.')
    return _turun(f'Yang dihitung adalah "{benda}".')


def _ukuran_naik(
    kata: list[str], utama: tuple[int, str] | None, awal: int, jenis_target: str | None
) -> tuple[str | None, str]:
    if utama is not None and kata[utama[0]] in kk.UKURAN_NAIK:
        return _naik(f'Ukuran "{kata[utama[0]]}" menghitung hasil yang dicapai.')
    for k in kata:
        if k in kk.KATA_POLARITAS_NAIK:
            return _naik(f'Yang diukur adalah "{k}".')
    for k in kata:
        if k in kk.UKURAN_NAIK:
            return _naik(f'Ukuran "{k}" menghitung hasil yang dicapai.')
    if awal < len(kata) and hasil_nominal(kata[awal]):
        return _naik(f'"{kata[awal]}" menyatakan hasil yang dituju.')
    if jenis_target == "hitungan":
        return _naik("Targetnya banyaknya hasil kerja.")
    return None, ""


def hasil_nominal(kata: str) -> bool:
    """Kata hasil bentuk -nya di awal teks: "Tersusunnya", "Terselenggaranya", "Dilaksanakannya"."""
    return kata.endswith("nya") and kata.startswith(("ter", "di")) and len(kata) > 7
