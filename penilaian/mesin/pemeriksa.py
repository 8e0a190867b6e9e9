"""Pemeriksa indikator: apakah sebuah IKI terukur, dan mengapa tidak.

Kontraknya ada di shared/spesifikasi/pemeriksa-indikator.md; cara kerjanya dijelaskan di
docs/pemeriksa-indikator.md. Modul ini murni Python (tanpa Django) dan deterministik: masukan
yang sama selalu menghasilkan keluaran yang sama, dengan temuan dalam urutan spesifikasi.

>>> periksa({"teks": "Melaksanakan posyandu", "target": "12 kegiatan"}).temuan[0].saran
'Jumlah kegiatan posyandu yang terlaksana'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from . import kosakata as kk
from .angka import format_ringkas
from .pemeriksa_analisis import Analisis, analisis, kata_isi_rhk
from .pemeriksa_rumusan import Calon, calon_rhk, calon_rumusan

__all__ = [
    "KODE",
    "KRITERIA",
    "HasilPemeriksaan",
    "ItemIndikator",
    "ItemTidakValid",
    "Temuan",
    "memuat",
    "pemicu_teks",
    "periksa",
    "periksa_json",
]

KRITERIA: tuple[str, ...] = ("spesifik", "terukur", "dapat_dicapai", "relevan", "berbatas_waktu")

# Urutan tabel spesifikasi: (kode, kriteria, memblokir?).
KODE: tuple[tuple[str, str, bool], ...] = (
    ("BUKAN_HASIL", "spesifik", True),
    ("TANPA_UKURAN", "terukur", True),
    ("KATA_KABUR", "terukur", True),
    ("TANPA_TARGET", "terukur", True),
    ("SATUAN_TIDAK_SESUAI", "terukur", True),
    ("POLARITAS_BERTENTANGAN", "terukur", True),
    ("TARGET_TIDAK_REALISTIS", "dapat_dicapai", True),
    ("TANPA_WAKTU", "berbatas_waktu", False),
    ("TIDAK_SELARAS", "relevan", False),
)
_INFO_KODE = {kode: (kriteria, blokir) for kode, kriteria, blokir in KODE}
_URUTAN = {kode: i for i, (kode, _, _) in enumerate(KODE)}

_ASPEK = frozenset({"kuantitas", "kualitas", "waktu", "biaya"})
_POLARITAS = frozenset({"naik", "turun"})
_KOLOM_TEKS = ("satuan", "aspek", "polaritas", "rhk", "rhk_atasan")


class ItemTidakValid(ValueError):
    """Bentuk item indikator salah (bukan isi teksnya). ``lokasi`` menyebut kolomnya."""

    def __init__(self, lokasi: str, pesan: str) -> None:
        super().__init__(f"{lokasi}: {pesan}" if lokasi else pesan)
        self.lokasi = lokasi
        self.pesan = pesan

    def di(self, awalan: str) -> ItemTidakValid:
        """Salinan dengan lokasi diawali ``awalan`` (mis. "[2]" untuk item ketiga daftar)."""
        return ItemTidakValid(f"{awalan}.{self.lokasi}" if self.lokasi else awalan, self.pesan)


@dataclass(frozen=True, slots=True)
class ItemIndikator:
    """Satu IKI seperti ditulis pegawai. Gunakan :meth:`dari_dict` untuk data dari luar."""

    teks: str
    target: Any = None
    satuan: str | None = None
    aspek: str | None = None
    polaritas: str | None = None
    rhk: str | None = None
    rhk_atasan: str | None = None
    #: "iki" (indikator) atau "rhk" (hanya RHK yang diperiksa sebagai rumusan hasil kerja).
    jenis: str = "iki"

    def __post_init__(self) -> None:
        _periksa_bentuk(self)

    @classmethod
    def dari_dict(cls, data: Mapping[str, Any]) -> ItemIndikator:
        """Bangun item dari dict; kolom lain (mis. "layak" pada berkas contoh) diabaikan."""
        if not isinstance(data, Mapping):
            raise ItemTidakValid("", 'Item indikator harus berupa objek dengan kolom "teks".')
        nilai = {k: data.get(k) for k in _KOLOM_TEKS}
        for k in ("aspek", "polaritas"):
            if isinstance(nilai[k], str):
                nilai[k] = nilai[k].strip().lower() or None
        if data.get("teks") is None and isinstance(data.get("rhk"), str):
            # Hanya RHK: diperiksa sebagai rumusan hasil kerja (bukan kegiatan, tidak kabur).
            # Kolom lain tidak dipakai, tetapi bentuknya diperiksa seperti pada indikator.
            if not data["rhk"].strip():
                raise ItemTidakValid("rhk", 'Kolom "rhk" wajib diisi bila "teks" tidak ada.')
            _periksa_kolom(data.get("target"), nilai)
            return cls(teks=data["rhk"], jenis="rhk")
        if "teks" not in data or data["teks"] is None:
            raise ItemTidakValid("teks", 'Kolom "teks" wajib diisi.')
        return cls(teks=data["teks"], target=data.get("target"), **nilai)


def _periksa_bentuk(item: ItemIndikator) -> None:
    if not isinstance(item.teks, str):
        raise ItemTidakValid("teks", "Teks indikator harus berupa teks.")
    if not item.teks.strip():
        raise ItemTidakValid("teks", 'Kolom "teks" wajib diisi.')
    _periksa_kolom(item.target, {k: getattr(item, k) for k in _KOLOM_TEKS})


def _periksa_kolom(target: Any, nilai: Mapping[str, Any]) -> None:
    """The shape of every column but ``teks``: the target, text columns, aspek, polaritas."""
    _periksa_target(target, "target")
    for k in _KOLOM_TEKS:
        v = nilai[k]
        if v is not None and not isinstance(v, str):
            raise ItemTidakValid(k, f'Kolom "{k}" harus berupa teks.')
    if nilai["aspek"] is not None and nilai["aspek"] not in _ASPEK:
        raise ItemTidakValid(
            "aspek", "Aspek harus salah satu dari kuantitas, kualitas, waktu, biaya."
        )
    if nilai["polaritas"] is not None and nilai["polaritas"] not in _POLARITAS:
        raise ItemTidakValid("polaritas", 'Polaritas harus "naik" atau "turun".')


def _periksa_target(target: Any, lokasi: str) -> None:
    if target is None or isinstance(target, str):
        return
    if isinstance(target, bool) or not isinstance(target, int | float | Decimal | Mapping):
        raise ItemTidakValid(
            lokasi, 'Target harus berupa teks, angka, atau rentang {"min": …, "maks": …}.'
        )
    if isinstance(target, Mapping):
        if lokasi != "target":
            raise ItemTidakValid(lokasi, "Batas rentang harus berupa angka atau teks.")
        for batas in ("min", "maks"):
            if batas not in target:
                raise ItemTidakValid(f"target.{batas}", f'Rentang target wajib memiliki "{batas}".')
            _periksa_target(target[batas], f"target.{batas}")


@dataclass(frozen=True, slots=True)
class Temuan:
    """Satu temuan: kode, kriteria SMART yang dilanggar, kata pemicu, pesan, dan saran."""

    kode: str
    kriteria: str
    blokir: bool
    pemicu: str
    pesan: str
    saran: str

    def ke_json(self) -> dict[str, Any]:
        return {
            "kode": self.kode,
            "kriteria": self.kriteria,
            "blokir": self.blokir,
            "pemicu": self.pemicu,
            "pesan": self.pesan,
            "saran": self.saran,
        }


@dataclass(frozen=True, slots=True)
class HasilPemeriksaan:
    """Hasil pemeriksaan satu indikator (bentuk keluaran spesifikasi lewat :meth:`ke_json`)."""

    teks: str
    layak: bool
    skor: int
    kriteria: dict[str, int] = field(hash=False)
    temuan: tuple[Temuan, ...]
    polaritas_usulan: str | None = None
    alasan_polaritas: str = ""
    rumusan_usulan: dict[str, str | None] | None = field(default=None, hash=False)
    jenis: str = "iki"

    @property
    def kode(self) -> tuple[str, ...]:
        return tuple(t.kode for t in self.temuan)

    def ke_json(self) -> dict[str, Any]:
        return {
            "teks": self.teks,
            "layak": self.layak,
            "skor": self.skor,
            "kriteria": dict(self.kriteria),
            "temuan": [t.ke_json() for t in self.temuan],
            "polaritas_usulan": self.polaritas_usulan,
            "alasan_polaritas": self.alasan_polaritas,
            "rumusan_usulan": dict(self.rumusan_usulan) if self.rumusan_usulan else None,
            "jenis": self.jenis,
        }


def periksa(item: Mapping[str, Any] | ItemIndikator, *, usulan: bool = True) -> HasilPemeriksaan:
    """Periksa satu indikator (atau satu RHK bila item hanya memuat ``rhk``). Isi teks dan
    target apa pun menghasilkan hasil, tidak galat; hanya bentuk item yang salah (mis. tanpa
    ``teks``) memunculkan :class:`ItemTidakValid`. ``usulan=False`` melewatkan penyusunan
    ``rumusan_usulan`` (dipakai saat menguji calon rumusan itu sendiri)."""
    if not isinstance(item, ItemIndikator):
        item = ItemIndikator.dari_dict(item)
    if item.jenis == "rhk":
        return _periksa_rhk(item.teks, usulan)
    a = analisis(item.teks, item.target, item.satuan, item.aspek, item.polaritas)
    temuan = [
        t
        for t in (
            _bukan_hasil(a),
            _tanpa_ukuran(a),
            _kata_kabur(a),
            _tanpa_target(a),
            _satuan_tidak_sesuai(a),
            _polaritas_bertentangan(a, item.polaritas),
            _target_tidak_realistis(a),
            _tanpa_waktu(a),
            _tidak_selaras(a, item.rhk, item.rhk_atasan),
        )
        if t is not None
    ]
    temuan.sort(key=lambda t: _URUTAN[t.kode])
    layak = not any(t.blokir for t in temuan)
    rumusan = None
    if usulan and not layak:
        rumusan = _pilih(calon_rumusan(a, {t.kode for t in temuan}), temuan, _uji_iki)
        pemicu = [p for t in temuan for p in pemicu_teks(t)]
        temuan = [_saran_bersih(t, rumusan, pemicu) for t in temuan]
    return _hasil(item.teks, temuan, a, rumusan, "iki")


def _hasil(
    teks: str, temuan: list[Temuan], a: Analisis, rumusan: Calon | None, jenis: str
) -> HasilPemeriksaan:
    nilai = {}
    for krit in KRITERIA:
        milik = [t for t in temuan if t.kriteria == krit]
        nilai[krit] = 0 if any(t.blokir for t in milik) else (10 if milik else 20)
    return HasilPemeriksaan(
        teks=teks,
        layak=not any(t.blokir for t in temuan),
        skor=sum(nilai.values()),
        kriteria=nilai,
        temuan=tuple(temuan),
        polaritas_usulan=a.polaritas_usulan if jenis == "iki" else None,
        alasan_polaritas=a.alasan_polaritas if jenis == "iki" else "",
        rumusan_usulan=rumusan.ke_json() if rumusan else None,
        jenis=jenis,
    )


def _uji_iki(c: Calon) -> bool:
    return periksa(
        ItemIndikator(
            teks=c.teks,
            target=c.contoh_target,
            satuan=c.satuan,
            aspek=c.aspek,
            polaritas=c.polaritas,
        ),
        usulan=False,
    ).layak


def _uji_rhk(c: Calon) -> bool:
    return _periksa_rhk(c.teks, usulan=False).layak


def pemicu_teks(t: Temuan) -> list[str]:
    """Kata atau frasa dari teks indikator yang memicu temuan ``t`` (huruf kecil): kata
    kegiatan dan kata kabur, yang salah pada dirinya sendiri. Rumusan usulan dan saran temuan
    mana pun tidak boleh memuatnya lagi. (Pemicu temuan lain adalah pasangan ukuran–satuan atau
    target; sarannya memang menyebut ukuran yang perlu diganti.)
    """
    if t.kode in ("BUKAN_HASIL", "KATA_KABUR"):
        return [p.strip() for p in t.pemicu.split(",") if p.strip()]
    return []


def memuat(teks: str, frasa: str) -> bool:
    """Apakah ``teks`` memuat kata/frasa ``frasa`` utuh (tanpa beda huruf besar-kecil)?"""
    pola = _pola_kata(frasa.strip().lower())
    return pola is not None and pola.search(teks.lower()) is not None


@lru_cache(maxsize=4096)
def _pola_kata(frasa: str) -> re.Pattern[str] | None:
    # Batas kata seperti tokenisasi: huruf/angka/tanda hubung di dalam kata tidak memutus.
    kata = frasa.split()
    if not kata:
        return None
    isi = r"\s+".join(re.escape(k) for k in kata)
    return re.compile(rf"(?<![\w-]){isi}(?![\w-])")


def _pilih(calon: list[Calon], temuan: list[Temuan], uji) -> Calon:
    """Calon pertama yang bebas kata pemicu dan lolos ``uji``. Calon terakhir dari
    ``calon_rumusan``/``calon_rhk`` selalu memenuhi keduanya (diuji sifat di tests/mesin)."""
    pemicu = [p for t in temuan for p in pemicu_teks(t)]
    return next(
        (c for c in calon if not any(memuat(c.teks, p) for p in pemicu) and uji(c)), calon[-1]
    )


def _saran_bersih(t: Temuan, rumusan: Calon, pemicu: list[str]) -> Temuan:
    """Saran yang selaras dengan rumusan usulan dan tidak mengulang kata pemicu mana pun."""
    if t.kode == "TANPA_WAKTU":
        saran = (
            f'Tambahkan jangka waktu, misalnya "{rumusan.teks} per triwulan" atau '
            '"… dalam 3 hari kerja".'
        )
    elif any(memuat(t.saran, p) for p in pemicu):
        saran = (
            f'Tulis ulang indikatornya, misalnya "{rumusan.teks}" dengan satuan {rumusan.satuan}.'
        )
    else:
        return t
    return Temuan(t.kode, t.kriteria, t.blokir, t.pemicu, t.pesan, saran)


def _periksa_rhk(teks: str, usulan: bool) -> HasilPemeriksaan:
    """RHK menyatakan hasil kerja: bukan kegiatan ("Menyusun …") dan tidak kabur ("optimal")."""
    a = analisis(teks, None, None, None, None)
    temuan = []
    if a.kata_kegiatan is not None:
        temuan.append(
            _temuan(
                "BUKAN_HASIL",
                a.kata_kegiatan,
                "RHK masih berupa kegiatan, bukan hasil kerja yang direncanakan.",
                "",
            )
        )
    kabur = [k for k in a.kata_kabur if k in kk.KATA_KABUR or k in kk.FRASA_KABUR]
    if kabur:
        temuan.append(
            _temuan(
                "KATA_KABUR",
                ", ".join(kabur),
                "RHK memakai kata yang tidak didefinisikan, sehingga hasilnya tidak bisa "
                "diperiksa.",
                "",
            )
        )
    rumusan = None
    if usulan and temuan:
        rumusan = _pilih(calon_rhk(a), temuan, _uji_rhk)
    temuan = [
        Temuan(
            t.kode,
            t.kriteria,
            t.blokir,
            t.pemicu,
            t.pesan,
            f'Rumuskan hasilnya, misalnya "{rumusan.teks}".'
            if rumusan
            else 'Rumuskan sebagai hasil kerja, misalnya diawali "Tersusunnya" atau "Terlaksananya".',
        )
        for t in temuan
    ]
    return _hasil(teks, temuan, a, rumusan, "rhk")


def periksa_json(data: Any) -> dict[str, Any] | list[dict[str, Any]]:
    """Periksa satu item (dict) atau daftar item; kembalikan bentuk JSON spesifikasi."""
    if isinstance(data, list):
        hasil = []
        for i, item in enumerate(data):
            try:
                hasil.append(periksa(item).ke_json())
            except ItemTidakValid as e:
                raise e.di(f"[{i}]") from None
        return hasil
    if isinstance(data, Mapping):
        return periksa(data).ke_json()
    raise ItemTidakValid("", "Data harus berupa objek indikator atau daftar objek indikator.")


def _temuan(kode: str, pemicu: str, pesan: str, saran: str) -> Temuan:
    kriteria, blokir = _INFO_KODE[kode]
    return Temuan(kode, kriteria, blokir, pemicu, pesan, saran)


# --------------------------------------------------------------------------- aturan


def _bukan_hasil(a: Analisis) -> Temuan | None:
    if a.kata_kegiatan is None:
        return None
    return _temuan(
        "BUKAN_HASIL",
        a.kata_kegiatan,
        "Indikator masih berupa kegiatan, bukan ukuran hasil.",
        a.tulis_ulang_kegiatan(),
    )


def _tanpa_ukuran(a: Analisis) -> Temuan | None:
    # Bila indikator berupa kegiatan, saran BUKAN_HASIL sudah memberi ukurannya ("Jumlah …").
    if a.ukuran or a.kata_kegiatan is not None or a.target.jenis in _JENIS_BENDA:
        return None
    pemicu = a.target_asli or "(tanpa target)"
    return _temuan(
        "TANPA_UKURAN",
        pemicu,
        "Indikator tidak menyebut apa yang dihitung atau diukur; angka persen atau angka polos "
        "saja tidak menunjukkan bendanya.",
        a.saran_ukuran(),
    )


_JENIS_BENDA = frozenset({"hitungan", "uang", "waktu", "skor"})


def _kata_kabur(a: Analisis) -> Temuan | None:
    if not a.kata_kabur:
        return None
    return _temuan(
        "KATA_KABUR",
        ", ".join(a.kata_kabur),
        "Ukuran bergantung pada kata yang tidak didefinisikan, sehingga capaiannya tidak bisa "
        "diperiksa secara objektif.",
        a.saran_kabur(),
    )


def _tanpa_target(a: Analisis) -> Temuan | None:
    if a.target.berangka:
        return None
    if a.target.angka_tak_terbaca:
        # Ada angka, tetapi tidak tertulis cara Indonesia: katakan itu, jangan "tanpa target".
        return _temuan(
            "TANPA_TARGET",
            a.target_asli,
            "Angka target tidak dapat dibaca.",
            f"Angka target {a.target.angka_tak_terbaca}.",
        )
    return _temuan(
        "TANPA_TARGET",
        a.target_asli or "(tanpa target)",
        "Target belum ada atau tidak berangka.",
        a.saran_target(),
    )


def _satuan_tidak_sesuai(a: Analisis) -> Temuan | None:
    jenis = a.target.jenis
    if a.ukuran_utama is None or jenis is None:
        return None
    kata, harapan = a.ukuran_utama
    # Aspek waktu/biaya menyatakan dimensi targetnya sendiri (mis. aspek waktu "12 bulan").
    if (a.aspek, jenis) in (("waktu", "waktu"), ("biaya", "uang")):
        return None
    satuan = a.target.kata_satuan or jenis
    pemicu = f"{kata} ↔ {satuan}"
    if harapan == "persen" and jenis != "persen":
        return _temuan(
            "SATUAN_TIDAK_SESUAI",
            pemicu,
            f'Ukuran "{kata}" menuntut target dalam persen, tetapi targetnya dalam {satuan}.',
            f'Nyatakan target dalam persen, misalnya "90 %"; bila yang dihitung memang '
            f'{satuan}, ganti "{kata}" dengan "Jumlah" dan target "{_contoh(satuan)}".',
        )
    if harapan == "hitungan" and jenis == "persen":
        return _temuan(
            "SATUAN_TIDAK_SESUAI",
            pemicu,
            f'Ukuran "{kata}" menghitung banyaknya benda, tetapi targetnya dalam persen.',
            f'Nyatakan target sebagai banyaknya, misalnya "{_contoh(a.benda_ukuran())}", atau '
            f'ubah indikator menjadi "{a.ganti_ukuran("Persentase")}".',
        )
    if harapan == "waktu" and jenis != "waktu":
        return _temuan(
            "SATUAN_TIDAK_SESUAI",
            pemicu,
            f'Ukuran "{kata}" adalah ukuran waktu, tetapi targetnya dalam {satuan}.',
            'Nyatakan target dalam satuan waktu, misalnya "3 hari kerja"; '
            + (
                f"bila yang dimaksud bagian yang tepat waktu, ubah indikator menjadi "
                f'"{a.ganti_ukuran("Persentase")} yang selesai tepat waktu".'
                if jenis == "persen"
                else f"bila yang dihitung adalah {satuan}, ubah indikator menjadi "
                f'"{a.ganti_ukuran("Jumlah " + satuan)}".'
            ),
        )
    return None


_ALASAN_LEMAH = ("menghitung hasil yang dicapai", "Targetnya banyaknya", "menyatakan hasil yang")


def _polaritas_bertentangan(a: Analisis, diberikan: str | None) -> Temuan | None:
    if diberikan is None or a.polaritas_usulan is None or diberikan == a.polaritas_usulan:
        return None
    # Only what the wording states overrides a person's choice; "Jumlah …" alone (makin banyak
    # makin baik by default) does not ("Jumlah selisih kas" is rightly turun).
    if any(lemah in a.alasan_polaritas for lemah in _ALASAN_LEMAH):
        return None
    arah = {"naik": "makin tinggi makin baik", "turun": "makin rendah makin baik"}
    return _temuan(
        "POLARITAS_BERTENTANGAN",
        diberikan,
        f"Polaritas yang dipilih ({arah[diberikan]}) bertentangan dengan rumusan indikator: "
        f"{a.alasan_polaritas}",
        f'Pilih polaritas "{a.polaritas_usulan}" ({arah[a.polaritas_usulan]}), atau ubah '
        "rumusannya bila yang dimaksud memang sebaliknya.",
    )


def _contoh(satuan: str) -> str:
    return f"12 {satuan}"


def _target_tidak_realistis(a: Analisis) -> Temuan | None:
    t = a.target
    if not t.berangka:
        return None
    bawah, atas = t.nilai_min, t.nilai_maks
    assert bawah is not None and atas is not None  # noqa: S101 - dijamin t.berangka
    if bawah > atas:
        return _temuan(
            "TARGET_TIDAK_REALISTIS",
            f"{format_ringkas(bawah)} > {format_ringkas(atas)}",
            "Batas bawah rentang target lebih besar daripada batas atasnya.",
            f"Tukar batasnya menjadi min {format_ringkas(atas)} dan maks {format_ringkas(bawah)}.",
        )
    if a.ukuran_bagian and t.jenis in ("persen", None) and atas > 100:
        return _temuan(
            "TARGET_TIDAK_REALISTIS",
            f"{format_ringkas(atas)} %",
            "Bagian dari keseluruhan tidak mungkin melebihi 100 %.",
            'Tetapkan target paling tinggi "100 %"; bila yang dimaksud pertumbuhan, tulis '
            f'"{a.ganti_ukuran("Persentase peningkatan")}".',
        )
    if a.polaritas == "naik" and atas <= 0:
        satuan = t.kata_satuan or a.benda_ukuran()
        return _temuan(
            "TARGET_TIDAK_REALISTIS",
            f"{format_ringkas(atas)}",
            "Target 0 atau kurang tidak bermakna untuk ukuran yang makin tinggi makin baik.",
            f'Tetapkan target lebih dari 0, misalnya "{_contoh(satuan)}"; target 0 hanya wajar '
            'bila makin kecil makin baik (isi polaritas "turun").',
        )
    return None


def _tanpa_waktu(a: Analisis) -> Temuan | None:
    if a.jangka_waktu:
        return None
    return _temuan(
        "TANPA_WAKTU",
        "",
        "Indikator tidak menyebut jangka waktu; periode SKP sudah membatasinya, tetapi jangka "
        "yang tegas memudahkan pemantauan.",
        f'Tambahkan jangka waktu, misalnya "{a.teks_bersih} per triwulan" atau "… dalam '
        '3 hari kerja".',
    )


def _tidak_selaras(a: Analisis, rhk: str | None, rhk_atasan: str | None) -> Temuan | None:
    acuan = [r for r in (rhk, rhk_atasan) if r and r.strip()]
    if not acuan:
        return None
    isi = a.kata_isi()
    for r in acuan:
        if isi & kata_isi_rhk(r).keys():
            return None
    kata_rhk = list(kata_isi_rhk(acuan[0]).values())[:3]
    return _temuan(
        "TIDAK_SELARAS",
        ", ".join(sorted(set(isi.values()))) or a.teks_bersih,
        "Indikator tidak berbagi kata isi dengan RHK maupun RHK atasan yang diintervensi.",
        f'Kaitkan indikator dengan hasil RHK "{acuan[0].strip()}", misalnya dengan mengukur '
        f"{', '.join(kata_rhk) or 'hasil RHK tersebut'}, atau pilih RHK yang memang didukung.",
    )
