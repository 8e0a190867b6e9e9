"""Membaca dan memeriksa dokumen PP 46/2011 (lihat ``penilaian.mesin.baca``)."""

from __future__ import annotations

from decimal import Decimal

from ...angka import NOL, SERATUS, ubah_angka
from ...baca import (
    POSITIF,
    WAJIB,
    Lambat,
    Pembaca,
    angka_cepat,
    periksa_angka,
    pesan_pilihan,
    peta_pilihan,
    teks_cepat,
)
from ...galat import Masalah
from ...tipe import Kreativitas
from .tipe import DokumenPP46, Kegiatan, PerilakuPP46, Ukuran

__all__ = ["ASPEK_PERILAKU", "KUNCI_DOKUMEN", "KUNCI_KEGIATAN", "KUNCI_UKURAN", "parse", "validasi"]


KUNCI_DOKUMEN = frozenset({"aturan", "kegiatan", "tugas_tambahan", "kreativitas", "perilaku"})
KUNCI_KEGIATAN = frozenset({"nama", "kuantitas", "kualitas", "waktu", "biaya"})
KUNCI_UKURAN = frozenset({"target", "realisasi", "satuan"})
ASPEK_PERILAKU = (
    "orientasi_pelayanan",
    "integritas",
    "komitmen",
    "disiplin",
    "kerja_sama",
    "kepemimpinan",
)
KUNCI_PERILAKU = frozenset(ASPEK_PERILAKU)
_PETA_KREATIVITAS = peta_pilihan(Kreativitas)


def parse(data: dict) -> tuple[DokumenPP46, list[Masalah]]:
    """Baca dokumen JSON; kembalikan dokumen (nilai salah bentuk menjadi ``None``) dan masalahnya."""
    b = Pembaca()
    b.objek(data, "", KUNCI_DOKUMEN)
    kegiatan = tuple(
        _parse_kegiatan(b, k, f"kegiatan[{i}]")
        for i, k in enumerate(b.daftar(data, "kegiatan", ""))
    )
    tugas_tambahan = b.bulat(data, "tugas_tambahan", "")
    kreativitas = _parse_kreativitas(b, data.get("kreativitas"))
    perilaku = None
    obj = b.objek(data.get("perilaku"), "perilaku", KUNCI_PERILAKU)
    if obj is not None:
        perilaku = PerilakuPP46(*(b.angka(obj, a, "perilaku") for a in ASPEK_PERILAKU))
    dokumen = DokumenPP46(kegiatan, tugas_tambahan or 0, kreativitas, perilaku)
    return dokumen, b.masalah


def _parse_kreativitas(b: Pembaca, nilai: object) -> Kreativitas | None:
    # null dan 0 sama-sama berarti tidak ada kreativitas.
    if nilai is None or ubah_angka(nilai) == 0:
        return None
    hasil = _PETA_KREATIVITAS.get(nilai) if type(nilai) is str else None
    if hasil is None:
        b.catat("kreativitas", pesan_pilihan(nilai, ["0", *_PETA_KREATIVITAS]))
    return hasil


def _parse_ukuran(b: Pembaca, nilai: object, induk: str, kunci: str) -> Ukuran | None:
    return _ukuran_biasa(nilai) or _baca_ukuran(b, nilai, f"{induk}.{kunci}")


def _ukuran_biasa(nilai: object) -> Ukuran | None:
    """Ukuran berbentuk biasa, dibaca tanpa pencatat dan tanpa menyusun jalur.

    Hasilnya sama dengan :func:`_baca_ukuran`; ``None`` bila ada apa pun yang tidak biasa (angka
    hilang atau salah), dan :func:`_baca_ukuran` membacanya sambil mencatat masalahnya.
    """
    if type(nilai) is not dict or not nilai.keys() <= KUNCI_UKURAN:
        return None
    try:
        return Ukuran(
            angka_cepat(nilai.get("target")),
            angka_cepat(nilai.get("realisasi")),
            teks_cepat(nilai.get("satuan")),
        )
    except Lambat:
        return None


def _baca_ukuran(b: Pembaca, nilai: object, path: str) -> Ukuran | None:
    obj = b.objek(nilai, path, KUNCI_UKURAN)
    if obj is None:
        return None
    return Ukuran(
        b.angka(obj, "target", path), b.angka(obj, "realisasi", path), b.teks(obj, "satuan", path)
    )


def _parse_kegiatan(b: Pembaca, nilai: object, path: str) -> Kegiatan:
    obj = b.objek(nilai, path, KUNCI_KEGIATAN)
    if obj is None:
        if nilai is None:
            b.catat(path, WAJIB)
        return Kegiatan(None, None, None)
    get = obj.get
    return Kegiatan(
        _parse_ukuran(b, get("kuantitas"), path, "kuantitas"),
        _parse_ukuran(b, get("kualitas"), path, "kualitas"),
        _parse_ukuran(b, get("waktu"), path, "waktu"),
        _parse_ukuran(b, get("biaya"), path, "biaya"),
        b.teks(obj, "nama", path),
    )


def validasi(dokumen: DokumenPP46) -> list[Masalah]:
    """Aturan makna: semua masalah dokumen bertipe, dengan jalur JSON-nya."""
    b = Pembaca()
    if not dokumen.kegiatan:
        b.catat("kegiatan", "wajib berisi minimal satu kegiatan")
    for i, k in enumerate(dokumen.kegiatan):
        path = f"kegiatan[{i}]"
        ro = _periksa_ukuran(b, k.kuantitas, f"{path}.kuantitas")
        _periksa_ukuran(b, k.kualitas, f"{path}.kualitas")
        rw = _periksa_ukuran(b, k.waktu, f"{path}.waktu")
        # RW ≤ 0 hanya sah untuk kegiatan yang tidak dilaksanakan (RO = 0).
        if rw is not None and rw == 0 and ro is not None and ro > 0:
            b.catat(f"{path}.waktu.realisasi", POSITIF)
        if k.biaya is not None:
            periksa_angka(b, k.biaya.target, f"{path}.biaya.target")
            periksa_angka(b, k.biaya.realisasi, f"{path}.biaya.realisasi")
    if dokumen.tugas_tambahan < 0:
        b.catat("tugas_tambahan", "tidak boleh negatif")
    p = dokumen.perilaku
    if p is not None:
        for aspek in ASPEK_PERILAKU:
            nilai = getattr(p, aspek)
            if nilai is None:
                if aspek != "kepemimpinan":
                    b.catat(f"perilaku.{aspek}", WAJIB)
            elif not NOL <= nilai <= SERATUS:
                b.catat(f"perilaku.{aspek}", "harus antara 0 dan 100")
    return b.masalah


def _periksa_ukuran(b: Pembaca, ukuran: Ukuran | None, path: str) -> Decimal | None:
    """Target > 0 dan realisasi ≥ 0 wajib; kembalikan realisasi yang sah (atau ``None``)."""
    if ukuran is None:
        b.catat(path, WAJIB)
        return None
    periksa_angka(b, ukuran.target, f"{path}.target", positif=True)
    periksa_angka(b, ukuran.realisasi, f"{path}.realisasi")
    r = ukuran.realisasi
    return r if r is not None and r >= 0 else None
