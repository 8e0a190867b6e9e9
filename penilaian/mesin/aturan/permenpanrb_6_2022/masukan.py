"""Membaca dan memeriksa dokumen PermenPANRB 6/2022 (lihat ``penilaian.mesin.baca``).

Keputusan di tempat peraturan diam:

* Minimal satu RHK utama: capaian hasil kerja adalah rata-rata RHK utama.
* Target 0 hanya sah dengan polaritas turun ("0 temuan"); demikian pula rentang dengan maks 0.
* Kualitatif: ``target``/``realisasi`` boleh teks uraian; ``rating_hasil_kerja`` wajib kecuali
  untuk pimpinan unit (``capaian_kinerja_organisasi`` diisi), yang ratingnya mengikuti
  capaian organisasi.
* Kebijakan yang diisi wajib bernama, agar setiap hasil dapat ditelusuri ke kebijakannya.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...angka import ubah_angka
from ...baca import (
    BUKAN_ANGKA,
    TIDAK_NEGATIF,
    WAJIB,
    Lambat,
    Pembaca,
    angka_cepat,
    periksa_angka,
    pesan_pilihan,
    peta_pilihan,
    pilih_cepat,
    teks_cepat,
    teks_kosong,
)
from ...galat import Masalah
from ...tipe import (
    Aspek,
    CapaianOrganisasi,
    JenisRHK,
    Kebijakan,
    Pendekatan,
    Polaritas,
    Predikat,
    Rating,
)
from .tipe import IKI, RHK, DokumenDistribusi, DokumenPermen, JabatanFungsional, Rentang

__all__ = ["parse", "validasi"]

KUNCI_DOKUMEN = frozenset(
    {
        "aturan",
        "pendekatan",
        "rhk",
        "rating_hasil_kerja",
        "rating_perilaku",
        "kebijakan",
        "capaian_kinerja_organisasi",
        "jabatan_fungsional",
    }
)
KUNCI_RHK = frozenset({"teks", "jenis", "rhk_atasan", "indikator", "rating"})
KUNCI_IKI = frozenset({"teks", "aspek", "target", "realisasi", "satuan", "polaritas"})
KUNCI_RENTANG = frozenset({"min", "maks"})
KUNCI_KEBIJAKAN = frozenset({"nama", "ambang_di_atas", "ambang_sesuai"})
KUNCI_JF = frozenset({"koefisien", "bulan"})
_KUNCI_DISTRIBUSI = frozenset({"capaian_kinerja_organisasi", "predikat"})

PETA_RATING = peta_pilihan(Rating)
PETA_ASPEK = peta_pilihan(Aspek)
PETA_POLARITAS = peta_pilihan(Polaritas)
_PETA_PENDEKATAN = peta_pilihan(Pendekatan)
PETA_JENIS = peta_pilihan(JenisRHK)
PETA_ORGANISASI = peta_pilihan(CapaianOrganisasi)
_PETA_PREDIKAT = peta_pilihan(Predikat)


def parse(data: dict[str, Any]) -> tuple[DokumenPermen | DokumenDistribusi, list[Masalah]]:
    """Baca dokumen JSON (SKP atau ``distribusi``) beserta masalah bentuknya."""
    b = Pembaca()
    if "distribusi" in data:
        b.objek(data, "", frozenset({"aturan", "distribusi"}))
        return _parse_distribusi(b, data["distribusi"]), b.masalah
    b.objek(data, "", KUNCI_DOKUMEN)
    pendekatan = b.pilihan(data, "pendekatan", "", _PETA_PENDEKATAN) or Pendekatan.KUANTITATIF
    kualitatif = pendekatan is Pendekatan.KUALITATIF
    rhk = tuple(
        _parse_rhk(b, r, f"rhk[{i}]", kualitatif) for i, r in enumerate(b.daftar(data, "rhk", ""))
    )
    kebijakan = Kebijakan.DEFAULT
    obj = b.objek(data.get("kebijakan"), "kebijakan", KUNCI_KEBIJAKAN)
    if obj is not None:
        kebijakan = Kebijakan(
            # Nilai yang salah bentuk menjadi None di sini dan dilaporkan oleh validasi.
            b.teks(obj, "nama", "kebijakan"),
            b.angka(obj, "ambang_di_atas", "kebijakan"),
            b.angka(obj, "ambang_sesuai", "kebijakan"),
        )
    jf = None
    obj = b.objek(data.get("jabatan_fungsional"), "jabatan_fungsional", KUNCI_JF)
    if obj is not None:
        jf = JabatanFungsional(
            b.angka(obj, "koefisien", "jabatan_fungsional"),
            b.bulat(obj, "bulan", "jabatan_fungsional"),
        )
    dokumen = DokumenPermen(
        rhk=rhk,
        rating_perilaku=b.pilihan(data, "rating_perilaku", "", PETA_RATING),
        pendekatan=pendekatan,
        rating_hasil_kerja=b.pilihan(data, "rating_hasil_kerja", "", PETA_RATING),
        kebijakan=kebijakan,
        capaian_kinerja_organisasi=b.pilihan(
            data, "capaian_kinerja_organisasi", "", PETA_ORGANISASI
        ),
        jabatan_fungsional=jf,
    )
    return dokumen, b.masalah


def _parse_rhk(b: Pembaca, nilai: Any, path: str, kualitatif: bool) -> RHK:
    obj = b.objek(nilai, path, KUNCI_RHK)
    if obj is None:
        if nilai is None:
            b.catat(path, WAJIB)
        return RHK(None, ())
    indikator = tuple(
        (None if kualitatif else _iki_biasa(x))
        or _parse_iki(b, x, f"{path}.indikator[{j}]", kualitatif)
        for j, x in enumerate(b.daftar(obj, "indikator", path))
    )
    return RHK(
        b.teks(obj, "teks", path),
        indikator,
        b.pilihan(obj, "jenis", path, PETA_JENIS) or JenisRHK.UTAMA,
        b.teks(obj, "rhk_atasan", path),
        b.pilihan(obj, "rating", path, PETA_RATING),
    )


def pilihan_opsional(peta: dict[str, Any], nilai: Any) -> Any:
    """Anggota enum untuk teks ``nilai``, ``None`` bila kosong; ``Lambat`` bila tidak dikenal."""
    return None if nilai is None else pilih_cepat(peta, nilai)


def _iki_biasa(nilai: Any) -> IKI | None:
    """IKI kuantitatif berbentuk biasa, dibaca tanpa pencatat dan tanpa menyusun jalur.

    Hasilnya sama dengan :func:`_parse_iki`; ``None`` bila ada apa pun yang tidak biasa (angka
    hilang atau salah, pilihan tak dikenal), dan :func:`_parse_iki` membacanya sambil mencatat.
    """
    if type(nilai) is not dict or not nilai.keys() <= KUNCI_IKI:
        return None
    get = nilai.get
    try:
        target = get("target")
        if type(target) is dict:
            if not target.keys() <= KUNCI_RENTANG:
                return None
            target = Rentang(angka_cepat(target.get("min")), angka_cepat(target.get("maks")))
        else:
            target = angka_cepat(target)
        return IKI(
            teks_cepat(get("teks")),
            pilihan_opsional(PETA_ASPEK, get("aspek")),
            target,
            angka_cepat(get("realisasi")),
            pilihan_opsional(PETA_POLARITAS, get("polaritas")),
            teks_cepat(get("satuan")),
        )
    except Lambat:
        return None


def _parse_iki(b: Pembaca, nilai: Any, path: str, kualitatif: bool) -> IKI:
    obj = b.objek(nilai, path, KUNCI_IKI)
    if obj is None:
        if nilai is None:
            b.catat(path, WAJIB)
        return IKI(None, None)
    target: Decimal | Rentang | str | None
    mentah = obj.get("target")
    if type(mentah) is dict:
        rentang = b.objek(mentah, f"{path}.target", KUNCI_RENTANG)
        target = Rentang(
            b.angka(rentang, "min", f"{path}.target"), b.angka(rentang, "maks", f"{path}.target")
        )
    elif kualitatif:
        target = _uraian(b, obj, "target", path)
    else:
        target = b.angka(obj, "target", path)
    return IKI(
        b.teks(obj, "teks", path),
        b.pilihan(obj, "aspek", path, PETA_ASPEK),
        target,
        _uraian(b, obj, "realisasi", path) if kualitatif else b.angka(obj, "realisasi", path),
        b.pilihan(obj, "polaritas", path, PETA_POLARITAS),
        b.teks(obj, "satuan", path),
    )


def _uraian(b: Pembaca, obj: dict[str, Any], kunci: str, path: str) -> Decimal | str | None:
    """Kualitatif: teks uraian dibiarkan teks; angka (juga teks angka) dibaca sebagai angka."""
    nilai = obj.get(kunci)
    if type(nilai) is str and ubah_angka(nilai) is None:
        return nilai
    return b.angka(obj, kunci, path)


def _parse_distribusi(b: Pembaca, nilai: Any) -> DokumenDistribusi:
    obj = b.objek(nilai, "distribusi", _KUNCI_DISTRIBUSI)
    if obj is None:
        if nilai is None:
            b.catat("distribusi", WAJIB)
        return DokumenDistribusi(None, ())
    predikat = []
    for i, p in enumerate(b.daftar(obj, "predikat", "distribusi")):
        anggota = _PETA_PREDIKAT.get(p) if type(p) is str else None
        if anggota is None and p is not None:
            b.catat(f"distribusi.predikat[{i}]", pesan_pilihan(p, _PETA_PREDIKAT))
        predikat.append(anggota)  # None: diperiksa validasi atau sudah dilaporkan
    organisasi = b.pilihan(obj, "capaian_kinerja_organisasi", "distribusi", PETA_ORGANISASI)
    return DokumenDistribusi(organisasi, tuple(predikat))


# ---------------------------------------------------------------------------------- validasi


def validasi(dokumen: DokumenPermen | DokumenDistribusi) -> list[Masalah]:
    """Aturan makna: semua masalah dokumen bertipe, dengan jalur JSON-nya."""
    b = Pembaca()
    if isinstance(dokumen, DokumenDistribusi):
        _validasi_distribusi(b, dokumen)
        return b.masalah
    kualitatif = dokumen.pendekatan is Pendekatan.KUALITATIF
    if not dokumen.rhk:
        b.catat("rhk", "wajib berisi minimal satu RHK")
    elif all(r.jenis is not JenisRHK.UTAMA for r in dokumen.rhk):
        b.catat("rhk", "wajib berisi minimal satu RHK utama")
    for i, rhk in enumerate(dokumen.rhk):
        path = f"rhk[{i}]"
        if teks_kosong(rhk.teks):
            b.catat(f"{path}.teks", WAJIB)
        if not rhk.indikator:
            b.catat(f"{path}.indikator", "wajib berisi minimal satu indikator")
        for j, iki in enumerate(rhk.indikator):
            _validasi_iki(b, iki, f"{path}.indikator[{j}]", kualitatif)
    if dokumen.rating_perilaku is None:
        b.catat("rating_perilaku", WAJIB)
    if (
        kualitatif
        and dokumen.rating_hasil_kerja is None
        and dokumen.capaian_kinerja_organisasi is None
    ):
        b.catat("rating_hasil_kerja", "wajib diisi untuk pendekatan kualitatif")
    k = dokumen.kebijakan
    if teks_kosong(k.nama):
        b.catat("kebijakan.nama", WAJIB)
    periksa_angka(b, k.ambang_di_atas, "kebijakan.ambang_di_atas")
    periksa_angka(b, k.ambang_sesuai, "kebijakan.ambang_sesuai")
    if (
        k.ambang_di_atas is not None
        and k.ambang_sesuai is not None
        and k.ambang_sesuai > k.ambang_di_atas
    ):
        b.catat("kebijakan.ambang_sesuai", "tidak boleh lebih besar dari ambang_di_atas")
    jf = dokumen.jabatan_fungsional
    if jf is not None:
        periksa_angka(b, jf.koefisien, "jabatan_fungsional.koefisien", positif=True)
        if jf.bulan is None:
            b.catat("jabatan_fungsional.bulan", WAJIB)
        elif not 1 <= jf.bulan <= 12:
            b.catat("jabatan_fungsional.bulan", "harus antara 1 dan 12")
    return b.masalah


def _validasi_iki(b: Pembaca, iki: IKI, path: str, kualitatif: bool) -> None:
    if teks_kosong(iki.teks):
        b.catat(f"{path}.teks", WAJIB)
    if iki.aspek is None:
        b.catat(f"{path}.aspek", WAJIB)
    t, r = iki.target, iki.realisasi
    if kualitatif:
        # Uraian bebas; angka yang diberikan tetap tidak boleh negatif.
        for kunci, nilai in (("target", t), ("realisasi", r)):
            if isinstance(nilai, Decimal) and nilai < 0:
                b.catat(f"{path}.{kunci}", TIDAK_NEGATIF)
        if isinstance(t, Rentang):
            _validasi_rentang(b, t, f"{path}.target")
        return
    if isinstance(r, str):
        b.catat(f"{path}.realisasi", BUKAN_ANGKA)
    else:
        periksa_angka(b, r, f"{path}.realisasi")
    if isinstance(t, Rentang):
        nol = _validasi_rentang(b, t, f"{path}.target")
    elif isinstance(t, str):
        b.catat(f"{path}.target", BUKAN_ANGKA)
        return
    else:
        periksa_angka(b, t, f"{path}.target")
        nol = t is not None and t == 0
    if nol and iki.polaritas_dipakai is Polaritas.NAIK:
        b.catat(f"{path}.target", "target 0 hanya boleh dengan polaritas turun")


def _validasi_rentang(b: Pembaca, rentang: Rentang, path: str) -> bool:
    """Periksa rentang; kembalikan benar bila maks = 0 (target 0)."""
    periksa_angka(b, rentang.min, f"{path}.min")
    periksa_angka(b, rentang.maks, f"{path}.maks")
    if rentang.min is None or rentang.maks is None:
        return False
    if rentang.min > rentang.maks:
        b.catat(f"{path}.min", "tidak boleh lebih besar dari maks")
    return rentang.maks == 0


def _validasi_distribusi(b: Pembaca, dokumen: DokumenDistribusi) -> None:
    if dokumen.capaian_kinerja_organisasi is None:
        b.catat("distribusi.capaian_kinerja_organisasi", WAJIB)
    if not dokumen.predikat:
        b.catat("distribusi.predikat", "wajib berisi minimal satu predikat")
    for i, p in enumerate(dokumen.predikat):
        if p is None:
            b.catat(f"distribusi.predikat[{i}]", WAJIB)
