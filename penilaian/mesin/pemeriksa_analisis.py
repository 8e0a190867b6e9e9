"""Analisis teks satu indikator untuk pemeriksa: kata kegiatan, ukuran, kata kabur, saran.

Dipisah dari ``pemeriksa.py`` agar aturan (apa yang menjadi temuan) terpisah dari pembacaan
bahasa (apa yang tertulis). Semua daftar kata berasal dari ``kosakata.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from . import bahasa
from . import kosakata as kk
from .bahasa import Target, Token
from .pemeriksa_polaritas import baca_polaritas

_LABEL_AWAL = frozenset({"iki", "indikator", "ik", "kinerja", "individu"})
_BATAS_SUBJEK = frozenset({"yang", "berjalan", "secara", "dapat", "sesuai", "agar", "tepat"})
# Kata yang, bila diikuti angka, mendefinisikan kriteria: "dalam 3 hari", "maksimal 5 hari".
_PEMBATAS_ANGKA = frozenset(
    {"dalam", "paling", "maksimal", "minimal", "selambat-lambatnya", "kurang", "lebih"}
)
_AWALAN_HASIL = ("ter", "di", "ke", "ber", "me")


@dataclass(slots=True)
class Analisis:
    """Hasil membaca satu indikator; dipakai oleh aturan di ``pemeriksa.py``."""

    teks: str
    teks_bersih: str
    token: tuple[Token, ...]
    kata: list[str]
    target: Target
    target_asli: str
    aspek: str | None
    awal: int
    ukuran: list[int]
    ukuran_utama: tuple[str, str] | None
    indeks_ukuran: int
    ukuran_bagian: bool
    polaritas: str
    polaritas_usulan: str | None
    alasan_polaritas: str
    kata_kegiatan: str | None
    indeks_kegiatan: int
    kata_kabur: list[str]
    jangka_waktu: bool

    # ------------------------------------------------------------------ potongan teks asli

    def _asli(self, dari: int, sampai: int | None = None) -> str:
        """Teks asli dari token ke-``dari`` sampai sebelum token ke-``sampai``."""
        if dari >= len(self.token) or (sampai is not None and sampai <= dari):
            return ""
        akhir = self.token[sampai - 1].akhir if sampai is not None else self.token[-1].akhir
        return self.teks[self.token[dari].awal : akhir].strip()

    def _lewati_kata_depan(self, i: int) -> int:
        while i < len(self.kata) and self.kata[i] in kk.KATA_DEPAN:
            i += 1
        return i

    # ------------------------------------------------------------------ saran

    def tulis_ulang_kegiatan(self) -> str:
        """ "Menyusun laporan kegiatan" → "Jumlah laporan kegiatan yang tersusun"."""
        i = self.indeks_kegiatan
        awalan, dasar = bahasa.urai(self.kata[i])
        if self.kata[i] in kk.KATA_KEGIATAN_DASAR:
            dasar = self.kata[i]
        j = self._lewati_kata_depan(i + 1)
        if j >= len(self.kata):
            return (
                'Ganti kata kegiatan itu dengan ukuran hasilnya, misalnya "Jumlah '
                'dokumen yang tersusun" beserta target seperti "12 dokumen".'
            )
        hasil = kk.KATA_KERJA_KEGIATAN.get(dasar) or _pasif(self.kata[i])
        objek = self._asli(j)
        if dasar in kk.KATA_KERJA_UMUM:
            ulang = self._ulang_nominal(j)
            if ulang:
                return ulang
            if (
                self.kata[j] not in kk.BENDA_TERHITUNG
                and self.kata[j] not in kk.SATUAN_HITUNGAN_LAZIM
            ):
                return f"Jumlah kegiatan {objek} yang {hasil}"
        return f"Jumlah {objek} yang {hasil}"

    def _ulang_nominal(self, j: int) -> str | None:
        """ "pembinaan kepada ketua RT" → "Jumlah ketua RT yang dibina" bila bendanya terhitung."""
        awalan, dasar = bahasa.urai(self.kata[j])
        if dasar in kk.NOMINALISASI_HASIL and j + 1 < len(self.kata):
            benda, hasil = kk.NOMINALISASI_HASIL[dasar]
            return f"Jumlah {benda} {self._asli(j + 1)} yang {hasil}"
        if not awalan.startswith("pe") or dasar not in kk.KATA_KERJA_KEGIATAN:
            return None
        k = self._lewati_kata_depan(j + 1)
        if k >= len(self.kata):
            return None
        benda = self.kata[k]
        if (
            benda in kk.BENDA_TERHITUNG
            or benda in kk.SATUAN_HITUNGAN_LAZIM
            or benda in kk.KATA_ORANG
        ):
            return f"Jumlah {self._asli(k)} yang {kk.KATA_KERJA_KEGIATAN[dasar]}"
        return None

    def subjek(self) -> str:
        """Pokok indikator tanpa kata hasil dan kata kabur: "kualitas pelayanan publik"."""
        i = self.awal
        if (
            i < len(self.kata)
            and self.kata[i].endswith("nya")
            and self.kata[i].startswith(_AWALAN_HASIL)
        ):
            i += 1
        while i < len(self.kata) and self.kata[i] in kk.KATA_KABUR:
            i += 1
        j = i
        while (
            j < len(self.kata)
            and self.kata[j] not in _BATAS_SUBJEK
            and self.kata[j] not in kk.KATA_KABUR
            and self.kata[j] not in kk.KATA_PERUBAHAN
        ):
            j += 1
        return _kecil(self._asli(i, j) or self.teks_bersih)

    def saran_ukuran(self) -> str:
        i = self.awal
        if i + 1 < len(self.kata):
            awalan, dasar = bahasa.urai(self.kata[i])
            if awalan.startswith("pe") and dasar in kk.KATA_KERJA_KEGIATAN and not self.kata_kabur:
                ukuran = "Persentase" if self.target.jenis == "persen" else "Jumlah"
                return f"{ukuran} {self._asli(i + 1)} yang {kk.KATA_KERJA_KEGIATAN[dasar]}"
        subjek = self.subjek()
        pokok, _, sisa = subjek.partition(" ")
        if pokok in kk.KATA_KABUR_LEMAH and sisa:
            return (
                f'Ukur {pokok} dengan indeks atau nilai yang ditetapkan, misalnya "Indeks kepuasan '
                f'masyarakat terhadap {sisa}" dengan target angka seperti "85".'
            )
        if self.target.jenis == "persen":
            return (
                f'Awali dengan ukurannya, misalnya "Persentase {subjek} yang diselesaikan sesuai '
                'SOP" dengan target dalam %, dan sebutkan SOP atau standarnya.'
            )
        return (
            f'Awali dengan ukurannya, misalnya "Jumlah {subjek} yang terlaksana" dengan target '
            'seperti "12 kegiatan", atau "Indeks …"/"Nilai …" dengan angka targetnya.'
        )

    def saran_kabur(self) -> str:
        kabur = ", ".join(f'"{k}"' for k in self.kata_kabur)
        pertama = self.kata_kabur[0]
        if pertama in kk.KATA_PERUBAHAN:
            i = self.kata.index(pertama) + 1
            if (
                i < len(self.kata)
                and self.kata[i] in kk.KATA_KABUR_LEMAH
                and i + 1 < len(self.kata)
            ):
                sisa = self._asli(self._lewati_kata_depan(i + 1))
                return (
                    f"Ukur {self.kata[i]} dengan indeks atau nilai yang ditetapkan, misalnya "
                    f'"Indeks kepuasan masyarakat terhadap {sisa}" dengan target angka '
                    "(misalnya 85), atau sebutkan besarnya peningkatan dalam angka."
                )
            objek = self._asli(i) or self.subjek()
            return (
                f'Sebutkan besarnya perubahan dengan angka, misalnya "Persentase peningkatan '
                f'{objek}" dengan target "10 %" dari kondisi awal.'
            )
        return (
            f'Ganti {kabur} dengan kriteria yang bisa diperiksa, misalnya "sesuai SOP", "tanpa '
            'kesalahan" atau "dalam 3 hari kerja".'
        )

    def saran_target(self) -> str:
        # Only a known countable unit makes a good example ("tepat waktu" names none).
        if self.target.kata_satuan in kk.SATUAN_HITUNGAN_LAZIM | kk.BENDA_TERHITUNG:
            return f'Tambahkan angka target, misalnya "{12} {self.target.kata_satuan}".'
        harapan = self.ukuran_utama[1] if self.ukuran_utama else None
        if harapan == "persen" or self.target.jenis == "persen":
            return 'Tambahkan angka target dalam persen, misalnya "95 %".'
        if harapan == "waktu":
            return 'Tambahkan angka target dalam satuan waktu, misalnya "3 hari kerja".'
        if harapan == "bebas":
            return 'Tambahkan angka target, misalnya "85" untuk indeks atau nilai.'
        return f'Tambahkan angka target beserta satuannya, misalnya "12 {self.benda_ukuran()}".'

    def benda_ukuran(self) -> str:
        """Benda yang dihitung: kata sesudah ukuran ("Jumlah warga …" → "orang")."""
        if self.indeks_ukuran >= 0:
            i = self.indeks_ukuran + 1
        else:
            i = (
                self._lewati_kata_depan(self.indeks_kegiatan + 1)
                if self.kata_kegiatan
                else len(self.kata)
            )
        if i < len(self.kata) and not self.kata[i][0].isdigit():
            benda = self.kata[i]
            if benda in kk.KATA_ORANG:
                return "orang"
            if benda in kk.BENDA_TERHITUNG or benda in kk.SATUAN_HITUNGAN_LAZIM:
                return benda
        return "kegiatan"

    def ganti_ukuran(self, baru: str) -> str:
        """Teks dengan ukuran utama diganti: "Jumlah warga …" → "Persentase warga …".

        Hanya dipanggil bila teks diawali ukuran (``ukuran_utama`` tidak None).
        """
        return f"{baru} {self._asli(self.indeks_ukuran + 1)}".strip()

    def kata_isi(self) -> Mapping[str, str]:
        return kata_isi(self.teks)


def kata_isi(teks: str) -> Mapping[str, str]:
    """Kata isi (tanpa kata henti), dengan kunci bentuk dasar: {"usun": "disusun", …}."""
    hasil: dict[str, str] = {}
    for t in bahasa.tokenisasi(teks):
        if t.angka or len(t.kata) < 3 or t.kata in kk.KATA_HENTI:
            continue
        if bahasa.akar(t.kata) in kk.KATA_HENTI or t.kata in kk.KATA_UKURAN:
            continue
        hasil.setdefault(bahasa.kunci_isi(t.kata), t.kata)
    return hasil


@lru_cache(maxsize=1024)
def kata_isi_rhk(teks: str) -> Mapping[str, str]:
    """:func:`kata_isi` untuk RHK, disimpan dalam cache karena satu RHK dipakai banyak indikator.

    Hasilnya hanya-baca. Teks indikator sendiri tidak disimpan: hampir selalu unik.
    """
    return MappingProxyType(kata_isi(teks))


def _kecil(teks: str) -> str:
    """Huruf awal kecil untuk disisipkan di tengah kalimat, kecuali singkatan ("PATEN")."""
    pokok = teks.split(" ", 1)[0]
    if len(pokok) > 1 and pokok[1].isupper():
        return teks
    return teks[:1].lower() + teks[1:]


def _pasif(kata: str) -> str:
    """Bentuk di- dari kata kerja me- yang tidak dikenal: "mengamankan" → "diamankan"."""
    calon = bahasa.potong_awalan(kata)
    return "di" + calon[0][1] if calon else "terlaksana"


# --------------------------------------------------------------------------- analisis


def analisis(
    teks: str, target: Any, satuan: str | None, aspek: str | None, polaritas: str | None
) -> Analisis:
    token = bahasa.tokenisasi(teks)
    kata = [t.kata for t in token]
    awal = _indeks_awal(kata)
    ukuran = _ukuran(kata)
    utama = _ukuran_utama(kata, ukuran, awal)
    t = bahasa.baca_target(target, satuan)
    kegiatan = _kegiatan(kata, awal)
    ukuran_bagian = (
        utama is not None
        and utama[1] == "persen"
        and not any(k in kk.KATA_PERTUMBUHAN for k in kata)
    )
    usulan, alasan = baca_polaritas(kata, utama, awal, t.jenis)
    target_asli = _teks_target(target)
    return Analisis(
        teks=teks,
        teks_bersih=teks.strip().rstrip(".;,").strip(),
        token=token,
        kata=kata,
        target=t,
        target_asli=target_asli,
        aspek=aspek,
        awal=awal,
        ukuran=ukuran,
        ukuran_utama=(kata[utama[0]], utama[1]) if utama else None,
        indeks_ukuran=utama[0] if utama else -1,
        ukuran_bagian=ukuran_bagian,
        polaritas=polaritas or usulan or "naik",
        polaritas_usulan=usulan,
        alasan_polaritas=alasan,
        kata_kegiatan=kata[kegiatan] if kegiatan is not None else None,
        indeks_kegiatan=kegiatan if kegiatan is not None else -1,
        kata_kabur=_kabur(kata, ukuran, t, token, teks),
        jangka_waktu=t.jangka_waktu or bahasa.ada_jangka_waktu(kata),
    )


def _teks_target(target: Any) -> str:
    if target is None:
        return ""
    if isinstance(target, dict):
        return f"{target.get('min')}–{target.get('maks')}"
    return str(target).strip()


def _indeks_awal(kata: list[str]) -> int:
    # Lewati penomoran dan label ("1.", "IKI 2:") di depan teks.
    i = 0
    while i < len(kata) and (kata[i][0].isdigit() or kata[i] in _LABEL_AWAL or len(kata[i]) == 1):
        i += 1
    return i


def _ukuran(kata: list[str]) -> list[int]:
    """Letak kata ukuran yang sungguh-sungguh ukuran (bukan "tepat waktu", "tingkat kota")."""
    hasil = []
    for i, k in enumerate(kata):
        if k not in kk.KATA_UKURAN:
            continue
        if i > 0 and kata[i - 1] in kk.UKURAN_GUGUR_SEBELUM.get(k, ()):
            continue
        if i + 1 < len(kata) and kata[i + 1] in kk.UKURAN_GUGUR_SESUDAH.get(k, ()):
            continue
        hasil.append(i)
    return hasil


def _ukuran_utama(kata: list[str], ukuran: list[int], awal: int) -> tuple[int, str] | None:
    """Ukuran yang memimpin teks ("Rata-rata waktu …" → waktu); None bila teks tidak diawali ukuran."""
    if not ukuran or ukuran[0] != awal:
        return None
    i = ukuran[0]
    # "Rata-rata waktu", "Tingkat persentase": ukuran sesudah pengubah yang menentukan satuan.
    while i + 1 in ukuran and kk.KATA_UKURAN[kata[i]] in ("bebas", kk.KATA_UKURAN[kata[i + 1]]):
        i += 1
    return i, kk.KATA_UKURAN[kata[i]]


def _kegiatan(kata: list[str], awal: int) -> int | None:
    """Letak kata kerja kegiatan yang memimpin teks, atau None."""
    i = awal
    while i < len(kata) and kata[i] in kk.KATA_PENGANTAR:
        i += 1
    if i >= len(kata):
        return None
    k = kata[i]
    if k in kk.KATA_KEGIATAN_DASAR:
        return i
    if k.endswith("nya") or k in kk.BUKAN_KATA_KERJA:
        return None
    if bahasa.berawalan_me(k):
        return i
    awalan, dasar = bahasa.urai(k)
    if awalan in ("ber", "be") and dasar in kk.KATA_KERJA_KEGIATAN:
        return i
    return None


def _ada_angka_dekat(kata: list[str], i: int, jarak: int = 3) -> bool:
    return any(k[0].isdigit() for k in kata[i + 1 : i + 1 + jarak])


_POLA_DEFINISI = bahasa.pola_frasa(kk.FRASA_DEFINISI, utuh=False)
_POLA_KABUR = bahasa.pola_frasa(kk.FRASA_KABUR)


def _terdefinisi(kata: list[str], token: tuple[Token, ...], teks: str) -> bool:
    """Apakah teks mendefinisikan kriterianya (tanpa kesalahan, sesuai SOP, dalam 3 hari …)?"""
    for i, k in enumerate(kata[:-1]):
        # "sesuai DTKS", "sesuai Perda 3/2020": acuan bernama (singkatan atau nama diri).
        if k == "sesuai":
            asli = teks[token[i + 1].awal : token[i + 1].akhir]
            if asli[0].isupper() and len(asli) > 1:
                return True
    if _POLA_DEFINISI.search(" " + " ".join(kata) + " "):
        return True
    return any(k in _PEMBATAS_ANGKA and _ada_angka_dekat(kata, i, 2) for i, k in enumerate(kata))


def _kabur(
    kata: list[str], ukuran: list[int], target: Target, token: tuple[Token, ...], teks: str
) -> list[str]:
    if _terdefinisi(kata, token, teks):
        return []
    ada_angka = target.berangka or any(k[0].isdigit() for k in kata)
    hasil: list[str] = [m.group()[1:] for m in _POLA_KABUR.finditer(" " + " ".join(kata) + " ")]
    for i, k in enumerate(kata):
        sebelum = kata[i - 1] if i > 0 else ""
        if k in kk.KATA_KABUR:
            if bahasa.akar(sebelum) in kk.PENDEFINISI_SEBELUM or (
                i > 1 and bahasa.akar(kata[i - 2]) in kk.PENDEFINISI_SEBELUM
            ):
                continue
            if k == "baik" and "maupun" in kata[i + 1 :]:
                continue
            if _ada_angka_dekat(kata, i, 2) or any(k in f for f in hasil):
                continue
            hasil.append(k)
        elif k in kk.KATA_PERUBAHAN:
            if (ukuran and ada_angka) or _ada_angka_dekat(kata, i):
                continue
            hasil.append(k)
        elif k in kk.KATA_KABUR_LEMAH and not ukuran:
            hasil.append(k)
    return list(dict.fromkeys(hasil))
