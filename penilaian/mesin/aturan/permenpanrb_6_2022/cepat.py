"""Jalan cepat PermenPANRB 6/2022 (kuantitatif): JSON → hasil JSON tanpa dataclass.

Seperti ``pp46_2011.cepat``: rumus yang sama (``skor.capaian_iki``, ``predikat``), kalimat
langkah yang sama (``langkah``), pemeriksaan yang sama dengan ``masukan``; kualitatif,
distribusi, dan apa pun yang tidak biasa diserahkan ke jalan bertipe (``None``). Kesamaan hasil
diuji properti dan dengan sidik jari keluaran (tests/mesin/test_keluaran_tetap.py).
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Any

from ...angka import EKSAK, KONTEKS, NOL, SERATUS, format_hasil, keluaran, keluaran_teks
from ...baca import Lambat, angka_cepat, pilih_cepat, teks_cepat
from ...tipe import KEBIJAKAN_BAWAAN, Aspek, JenisRHK, Kebijakan, Polaritas, Predikat, Rating
from .langkah import BATAS_TEKS, LABEL, jelaskan_ringkasan, kalimat_iki, kalimat_rhk
from .masukan import (
    KUNCI_DOKUMEN,
    KUNCI_IKI,
    KUNCI_JF,
    KUNCI_KEBIJAKAN,
    KUNCI_RENTANG,
    KUNCI_RHK,
    PETA_ASPEK,
    PETA_JENIS,
    PETA_ORGANISASI,
    PETA_POLARITAS,
    PETA_RATING,
)
from .masukan import (
    pilihan_opsional as _opsional,
)
from .predikat import angka_kredit, predikat_dari_rating, rating_dari_capaian, rating_pimpinan
from .skor import BATAS_CAPAIAN_RHK as _BATAS
from .skor import capaian_angka, target_rentang
from .tipe import POLARITAS_BAWAAN

__all__ = ["nilai_cepat"]

_tambah = EKSAK.add
# Teks anggota enum; lebih murah daripada properti ``.value`` di jalur panas.
_TEKS = {m: m.value for e in (Aspek, Polaritas, Rating, Predikat, JenisRHK) for m in e}
_BULAN = frozenset(range(1, 13))
_UTAMA = JenisRHK.UTAMA
_NAIK = Polaritas.NAIK


def nilai_cepat(data: dict[str, Any], langkah: bool = False) -> dict[str, Any] | None:
    """Hasil JSON sama persis dengan jalan bertipe (dengan kalimat langkah bila ``langkah``),
    atau ``None`` bila menyerah."""
    if "distribusi" in data or data.get("pendekatan", "kuantitatif") != "kuantitatif":
        return None
    try:
        with localcontext(KONTEKS):
            return _nilai(data, [] if langkah else None)
    except Lambat:
        return None


def _kebijakan(obj: Any) -> Kebijakan:
    if obj is None:
        return KEBIJAKAN_BAWAAN
    if type(obj) is not dict or not obj.keys() <= KUNCI_KEBIJAKAN:
        raise Lambat
    nama = teks_cepat(obj.get("nama"), wajib=True)
    atas = angka_cepat(obj.get("ambang_di_atas"))
    sesuai = angka_cepat(obj.get("ambang_sesuai"))
    if sesuai < 0 or atas < sesuai:
        raise Lambat
    return Kebijakan(nama, atas, sesuai)


def _target(
    mentah: Any, realisasi: Decimal, polaritas: Polaritas
) -> tuple[Decimal | None, tuple[Decimal, Decimal] | None]:
    """(target angka yang dipakai atau ``None`` bila realisasi di dalam target rentang,
    (min, maks) bila targetnya rentang)."""
    if type(mentah) is dict:
        if not mentah.keys() <= KUNCI_RENTANG:
            raise Lambat
        rendah, tinggi = angka_cepat(mentah.get("min")), angka_cepat(mentah.get("maks"))
        if rendah < 0 or rendah > tinggi or (not tinggi and polaritas is _NAIK):
            raise Lambat
        return target_rentang(rendah, tinggi, realisasi), (rendah, tinggi)
    target = angka_cepat(mentah)
    if target < 0 or (not target and polaritas is _NAIK):
        raise Lambat
    return target, None


def _nilai(data: dict[str, Any], catatan: list[str] | None) -> dict[str, Any]:
    """Nilai dokumen; ``catatan`` daftar kosong untuk menyusun kalimat langkah, atau ``None``."""
    if not data.keys() <= KUNCI_DOKUMEN:
        raise Lambat
    kebijakan = _kebijakan(data.get("kebijakan"))
    perilaku = pilih_cepat(PETA_RATING, data.get("rating_perilaku"))
    penilai = _opsional(PETA_RATING, data.get("rating_hasil_kerja"))
    organisasi = _opsional(PETA_ORGANISASI, data.get("capaian_kinerja_organisasi"))
    jf = data.get("jabatan_fungsional")
    if jf is not None:
        if type(jf) is not dict or not jf.keys() <= KUNCI_JF:
            raise Lambat
        koefisien, bulan = angka_cepat(jf.get("koefisien")), angka_cepat(jf.get("bulan"))
        if koefisien <= 0 or bulan not in _BULAN:
            raise Lambat
    daftar = data.get("rhk")
    if type(daftar) is not list or not daftar:
        raise Lambat
    k_, kt, teks_ = keluaran, keluaran_teks, _TEKS
    hasil_rhk = []
    jumlah_utama = NOL
    n_utama = 0
    for no, rhk in enumerate(daftar, 1):
        if type(rhk) is not dict or not rhk.keys() <= KUNCI_RHK:
            raise Lambat
        teks = teks_cepat(rhk.get("teks"), wajib=True)
        jenis = _opsional(PETA_JENIS, rhk.get("jenis")) or _UTAMA
        atasan = teks_cepat(rhk.get("rhk_atasan"))
        rating = _opsional(PETA_RATING, rhk.get("rating"))
        indikator = rhk.get("indikator")
        if type(indikator) is not list or not indikator:
            raise Lambat
        hasil_iki = []
        bagian = []
        total = NOL
        for no_iki, iki in enumerate(indikator, 1):
            if type(iki) is not dict or not iki.keys() <= KUNCI_IKI:
                raise Lambat
            get = iki.get
            teks_iki = teks_cepat(get("teks"), wajib=True)
            satuan = get("satuan")
            if satuan is not None and type(satuan) is not str:
                raise Lambat
            aspek = pilih_cepat(PETA_ASPEK, get("aspek"))
            polaritas = get("polaritas")
            bawaan = polaritas is None
            polaritas = (
                POLARITAS_BAWAAN[aspek] if bawaan else pilih_cepat(PETA_POLARITAS, polaritas)
            )
            realisasi = angka_cepat(get("realisasi"))
            if realisasi < 0:
                raise Lambat
            dipakai, rentang = _target(get("target"), realisasi, polaritas)
            if dipakai is None:
                dipakai, capaian = realisasi, SERATUS
            else:
                capaian = capaian_angka(dipakai, realisasi, polaritas)
            di_atas_batas = capaian > _BATAS
            total = _tambah(total, _BATAS if di_atas_batas else capaian)
            if catatan is None:
                fd, fc = k_(dipakai), k_(capaian)
            else:
                (fd, _), (fc, sc) = kt(dipakai), kt(capaian)
                bagian.append(BATAS_TEKS if di_atas_batas else sc)
                catatan.append(
                    kalimat_iki(
                        no,
                        no_iki,
                        teks_[aspek],
                        teks_[polaritas],
                        bawaan,
                        realisasi,
                        rentang,
                        dipakai,
                        capaian,
                        sc,
                    )
                )
            hasil_iki.append(
                {
                    "teks": teks_iki,
                    "aspek": teks_[aspek],
                    "polaritas": teks_[polaritas],
                    "polaritas_bawaan": bawaan,
                    "target_dipakai": fd,
                    "capaian": fc,
                }
            )
        capaian_rhk = total / len(hasil_iki)
        usulan = rating_dari_capaian(capaian_rhk, kebijakan)
        if jenis is _UTAMA:
            jumlah_utama = _tambah(jumlah_utama, capaian_rhk)
            n_utama += 1
        if catatan is None:
            fc = k_(capaian_rhk)
        else:
            fc, sc = kt(capaian_rhk)
            catatan.append(kalimat_rhk(no, teks_[jenis], bagian, sc, LABEL[usulan]))
        hasil_rhk.append(
            {
                "teks": teks,
                "jenis": teks_[jenis],
                "rhk_atasan": atasan,
                "rating": teks_[rating] if rating else None,
                "capaian": fc,
                "rating_usulan": teks_[usulan],
                "indikator": hasil_iki,
            }
        )
    if not n_utama:
        raise Lambat
    capaian_hk = jumlah_utama / n_utama
    if organisasi is not None:
        usulan = rating_pimpinan(organisasi)
    else:
        usulan = rating_dari_capaian(capaian_hk, kebijakan)
    final = penilai or usulan
    predikat = predikat_dari_rating(final, perilaku)
    ak = angka_kredit(predikat, koefisien, bulan) if jf is not None else None
    predikat = teks_[predikat]
    if catatan is None:
        fc = k_(capaian_hk)
    else:
        fc, sc = kt(capaian_hk)
        jelaskan_ringkasan(
            catatan,
            sc,
            n_utama,
            n_utama < len(hasil_rhk),
            (kebijakan.nama, kebijakan.ambang_di_atas, kebijakan.ambang_sesuai),
            LABEL[organisasi] if organisasi is not None else None,
            (LABEL[usulan], LABEL[final], penilai is not None, LABEL[perilaku]),
            predikat,
            (koefisien, int(bulan), format_hasil(ak)) if ak is not None else None,
        )
    return {
        "aturan": "permenpanrb-6-2022",
        "pendekatan": "kuantitatif",
        "kebijakan": {
            "nama": kebijakan.nama,
            "ambang_di_atas": k_(kebijakan.ambang_di_atas),
            "ambang_sesuai": k_(kebijakan.ambang_sesuai),
        },
        "rhk": hasil_rhk,
        "capaian_hasil_kerja": fc,
        "rating_hasil_kerja_usulan": teks_[usulan],
        "rating_hasil_kerja": teks_[final],
        "rating_berbeda_dari_usulan": final is not usulan,
        "rating_perilaku": teks_[perilaku],
        "predikat": predikat,
        "angka_kredit": k_(ak),
        "langkah": catatan if catatan is not None else [],
    }
