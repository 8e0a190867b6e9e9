"""Jalan cepat PermenPANRB 6/2022 (kuantitatif): JSON → hasil JSON tanpa dataclass.

Seperti ``pp46_2011.cepat``: rumus yang sama (``skor.capaian_iki``, ``predikat``), kalimat
langkah yang sama (``langkah``), pemeriksaan yang sama dengan ``masukan``; kualitatif,
distribusi, dan apa pun yang tidak biasa diserahkan ke jalan bertipe (``None``). Kesamaan hasil
diuji properti dan dengan sidik jari keluaran (tests/mesin/test_keluaran_tetap.py).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...angka import DUA_DESIMAL as _D2
from ...angka import EKSAK, NOL, SERATUS, format_hasil, keluaran, keluaran_teks
from ...angka import KONTEKS_BULAT as _KB
from ...baca import DESIMAL_BULAT as _BULAT
from ...baca import Lambat, angka_cepat, jalan_cepat, pilih_cepat, teks_cepat
from ...tipe import KEBIJAKAN_BAWAAN, Aspek, JenisRHK, Polaritas, Predikat, Rating
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
from .predikat import angka_kredit, predikat_dari_rating, rating_dari_ambang, rating_pimpinan
from .skor import BATAS_CAPAIAN_RHK as _BATAS
from .skor import capaian_angka, target_rentang
from .tipe import POLARITAS_BAWAAN

__all__ = ["nilai_cepat"]

_tambah = EKSAK.add
# keluaran() ditulis langsung di jalur panas (lihat angka.KONTEKS_BULAT).
_bulat = _KB.quantize  # pembulatan KONTEKS_BULAT: ROUND_HALF_UP
# Teks anggota enum; lebih murah daripada properti ``.value`` di jalur panas.
_TEKS = {m: m.value for e in (Aspek, Polaritas, Rating, Predikat, JenisRHK) for m in e}
# Kunci objek diperiksa dengan ``KUNCI.issuperset(objek)``: sama dengan
# ``objek.keys() <= KUNCI``, sepertiga lebih murah.
_BULAN = frozenset(range(1, 13))
_UTAMA = JenisRHK.UTAMA
_ASPEK = PETA_ASPEK
_POLARITAS = PETA_POLARITAS
_NAIK = Polaritas.NAIK
_BAWAAN = (KEBIJAKAN_BAWAAN.nama, KEBIJAKAN_BAWAAN.ambang_di_atas, KEBIJAKAN_BAWAAN.ambang_sesuai)


def nilai_cepat(data: dict[str, Any], langkah: bool = False) -> dict[str, Any] | None:
    """Hasil JSON sama persis dengan jalan bertipe (dengan kalimat langkah bila ``langkah``),
    atau ``None`` bila menyerah."""
    if "distribusi" in data or data.get("pendekatan", "kuantitatif") != "kuantitatif":
        return None
    return jalan_cepat(_nilai, data, langkah)


def _kebijakan(obj: Any) -> tuple[str, Decimal, Decimal]:
    """(nama, ambang di atas, ambang sesuai): tuple, lebih murah daripada ``Kebijakan``."""
    if obj is None:
        return _BAWAAN
    if type(obj) is not dict or not KUNCI_KEBIJAKAN.issuperset(obj):
        raise Lambat
    nama = teks_cepat(obj.get("nama"), wajib=True)
    atas = angka_cepat(obj.get("ambang_di_atas"))
    sesuai = angka_cepat(obj.get("ambang_sesuai"))
    if sesuai < 0 or atas < sesuai:
        raise Lambat
    return nama, atas, sesuai


def _nilai(data: dict[str, Any], catatan: list[str] | None) -> dict[str, Any]:
    """Nilai dokumen; ``catatan`` daftar kosong untuk menyusun kalimat langkah, atau ``None``."""
    if not KUNCI_DOKUMEN.issuperset(data):
        raise Lambat
    nama_kebijakan, di_atas, sesuai = _kebijakan(data.get("kebijakan"))
    perilaku = pilih_cepat(PETA_RATING, data.get("rating_perilaku"))
    penilai = _opsional(PETA_RATING, data.get("rating_hasil_kerja"))
    organisasi = _opsional(PETA_ORGANISASI, data.get("capaian_kinerja_organisasi"))
    jf = data.get("jabatan_fungsional")
    if jf is not None:
        if type(jf) is not dict or not KUNCI_JF.issuperset(jf):
            raise Lambat
        koefisien, bulan = angka_cepat(jf.get("koefisien")), angka_cepat(jf.get("bulan"))
        if koefisien <= 0 or bulan not in _BULAN:
            raise Lambat
    daftar = data.get("rhk")
    if type(daftar) is not list or not daftar:
        raise Lambat
    k_, kt, teks_ = keluaran, keluaran_teks, _TEKS
    hasil_rhk = []
    jumlah_utama = nol = NOL
    n_utama = 0
    for no, rhk in enumerate(daftar, 1):
        if type(rhk) is not dict or not KUNCI_RHK.issuperset(rhk):
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
            if type(iki) is not dict or not KUNCI_IKI.issuperset(iki):
                raise Lambat
            get = iki.get
            teks_iki = get("teks")
            if type(teks_iki) is not str or not teks_iki.strip():
                raise Lambat
            satuan = get("satuan")
            if satuan is not None and type(satuan) is not str:
                raise Lambat
            aspek = get("aspek")
            aspek = _ASPEK.get(aspek) if type(aspek) is str else None
            if aspek is None:
                raise Lambat
            polaritas = get("polaritas")
            bawaan = polaritas is None
            if bawaan:
                polaritas = POLARITAS_BAWAAN[aspek]
            else:
                polaritas = _POLARITAS.get(polaritas) if type(polaritas) is str else None
                if polaritas is None:
                    raise Lambat
            naik = polaritas is _NAIK
            r = get("realisasi")
            # Angka Decimal biasa dan bilangan bulat kecil dibaca di tempat, tanpa memanggil
            # angka_cepat (seperti pp46_2011.cepat._ukuran; ±1 % waktu baris perintah).
            jenis_angka = type(r)
            if jenis_angka is int:
                r = _BULAT.get(r) or angka_cepat(r)
            elif (
                jenis_angka is not Decimal
                or not r.is_finite()
                or (r and not -15 <= r.adjusted() <= 14)
            ):
                r = angka_cepat(r)
            if r < nol:
                raise Lambat
            t = get("target")
            rentang = None
            if type(t) is dict:
                if not KUNCI_RENTANG.issuperset(t):
                    raise Lambat
                rendah, tinggi = angka_cepat(t.get("min")), angka_cepat(t.get("maks"))
                if rendah < nol or rendah > tinggi or (naik and not tinggi):
                    raise Lambat
                rentang = (rendah, tinggi)
                t = target_rentang(rendah, tinggi, r)
            else:
                jenis_angka = type(t)
                if jenis_angka is int:
                    t = _BULAT.get(t) or angka_cepat(t)
                elif (
                    jenis_angka is not Decimal
                    or not t.is_finite()
                    or (t and not -15 <= t.adjusted() <= 14)
                ):
                    t = angka_cepat(t)
                if t < nol or (naik and not t):
                    raise Lambat
            if t is None:
                dipakai, capaian = r, SERATUS
            else:
                dipakai, capaian = t, capaian_angka(t, r, polaritas)
            di_atas_batas = capaian > _BATAS
            total = _tambah(total, _BATAS if di_atas_batas else capaian)
            if catatan is None:
                fd = float(_bulat(dipakai, _D2)) + 0.0
                fc = float(_bulat(capaian, _D2)) + 0.0
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
                        r,
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
        usulan = rating_dari_ambang(capaian_rhk, di_atas, sesuai)
        if jenis is _UTAMA:
            jumlah_utama = _tambah(jumlah_utama, capaian_rhk)
            n_utama += 1
        if catatan is None:
            fc = float(_bulat(capaian_rhk, _D2)) + 0.0
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
        usulan = rating_dari_ambang(capaian_hk, di_atas, sesuai)
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
            (nama_kebijakan, di_atas, sesuai),
            LABEL[organisasi] if organisasi is not None else None,
            (LABEL[usulan], LABEL[final], penilai is not None, LABEL[perilaku]),
            predikat,
            (koefisien, int(bulan), format_hasil(ak)) if ak is not None else None,
        )
    return {
        "aturan": "permenpanrb-6-2022",
        "pendekatan": "kuantitatif",
        "kebijakan": {
            "nama": nama_kebijakan,
            "ambang_di_atas": k_(di_atas),
            "ambang_sesuai": k_(sesuai),
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
