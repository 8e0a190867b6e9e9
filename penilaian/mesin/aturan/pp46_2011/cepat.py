"""Jalan cepat PP 46/2011: JSON → hasil JSON tanpa dataclass dan tanpa langkah.

Dipakai ``nilai_json(..., langkah=False)`` untuk penilaian massal. Memakai rumus yang sama
(``rumus``) dan memeriksa aturan yang sama dengan ``masukan``; begitu menemukan apa pun yang
tidak biasa (masalah, bentuk jarang), ia menyerah (``None``) dan dokumen dinilai lewat jalan
bertipe, yang juga menyusun pesan masalahnya. Kesamaan hasil kedua jalan diuji properti
(tests/mesin/test_properti.py).
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Any

from ...angka import EKSAK, KONTEKS, NOL, SERATUS, keluaran
from ...baca import Lambat, angka_cepat, peta_pilihan, pilih_cepat, teks_cepat
from ...tipe import Kreativitas
from .masukan import KUNCI_DOKUMEN, KUNCI_KEGIATAN, KUNCI_PERILAKU, KUNCI_UKURAN
from .rumus import (
    NILAI_KREATIVITAS,
    kategori,
    nilai_kegiatan,
    nilai_prestasi_kerja,
    nilai_tugas_tambahan,
)

__all__ = ["nilai_cepat"]

_PETA_KREATIVITAS = peta_pilihan(Kreativitas)
_PERILAKU_WAJIB = ("orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama")
_tambah = EKSAK.add


def nilai_cepat(data: dict[str, Any]) -> dict[str, Any] | None:
    """Hasil JSON (tanpa langkah) sama persis dengan jalan bertipe, atau ``None`` bila menyerah."""
    try:
        with localcontext(KONTEKS):
            return _nilai(data)
    except Lambat:
        return None


def _ukuran(u: Any) -> tuple[Decimal, Decimal]:
    if type(u) is not dict or not u.keys() <= KUNCI_UKURAN:
        raise Lambat
    teks_cepat(u.get("satuan"))
    return angka_cepat(u.get("target")), angka_cepat(u.get("realisasi"))


def _nilai(data: dict[str, Any]) -> dict[str, Any]:
    if not data.keys() <= KUNCI_DOKUMEN:
        raise Lambat
    daftar = data.get("kegiatan")
    if type(daftar) is not list or not daftar:
        raise Lambat
    k_ = keluaran
    hasil = []
    jumlah = NOL
    for k in daftar:
        if type(k) is not dict or not k.keys() <= KUNCI_KEGIATAN:
            raise Lambat
        nama = teks_cepat(k.get("nama"))
        to, ro = _ukuran(k.get("kuantitas"))
        tk, rk = _ukuran(k.get("kualitas"))
        tw, rw = _ukuran(k.get("waktu"))
        if to <= 0 or tk <= 0 or tw <= 0 or ro < 0 or rk < 0 or rw < 0 or (ro and not rw):
            raise Lambat
        tb = rb = None
        if k.get("biaya") is not None:
            tb, rb = _ukuran(k["biaya"])
            if tb < 0 or rb < 0:
                raise Lambat
        kn, kl, w, b, ph, n = nilai_kegiatan(to, ro, tk, rk, tw, rw, tb, rb)
        jumlah = _tambah(jumlah, n)
        hasil.append(
            {
                "nama": nama,
                "kuantitas": k_(kn),
                "kualitas": k_(kl),
                "waktu": k_(w),
                "biaya": k_(b),
                "penghitungan": k_(ph),
                "nilai": k_(n),
            }
        )
    capaian = jumlah / len(hasil)
    tugas = data.get("tugas_tambahan")
    if tugas is not None:
        tugas = angka_cepat(tugas)
        if tugas < 0 or tugas != tugas.to_integral_value():
            raise Lambat
    tambahan = nilai_tugas_tambahan(int(tugas or 0))
    kreativitas = data.get("kreativitas")
    if kreativitas is not None:
        kreativitas = pilih_cepat(_PETA_KREATIVITAS, kreativitas)
    skp = capaian + tambahan + NILAI_KREATIVITAS[kreativitas]
    perilaku = prestasi = None
    p = data.get("perilaku")
    if p is not None:
        if type(p) is not dict or not p.keys() <= KUNCI_PERILAKU:
            raise Lambat
        aspek = [angka_cepat(p.get(a)) for a in _PERILAKU_WAJIB]
        if p.get("kepemimpinan") is not None:
            aspek.append(angka_cepat(p["kepemimpinan"]))
        total = NOL
        for a in aspek:
            if not NOL <= a <= SERATUS:
                raise Lambat
            total = _tambah(total, a)
        perilaku = total / len(aspek)
        prestasi = nilai_prestasi_kerja(skp, perilaku)
    return {
        "aturan": "pp46-2011",
        "kegiatan": hasil,
        "nilai_capaian_skp": k_(capaian),
        "nilai_tugas_tambahan": k_(tambahan),
        "nilai_kreativitas": k_(NILAI_KREATIVITAS[kreativitas]),
        "nilai_skp": k_(skp),
        "kategori_skp": kategori(skp).value,
        "nilai_perilaku": k_(perilaku),
        "kategori_perilaku": kategori(perilaku).value if p is not None else None,
        "nilai_prestasi_kerja": k_(prestasi),
        "kategori": kategori(prestasi).value if p is not None else None,
        "langkah": [],
    }
