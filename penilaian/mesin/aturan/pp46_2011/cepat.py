"""Jalan cepat PP 46/2011: JSON → hasil JSON tanpa dataclass, dengan atau tanpa langkah.

Dipakai ``nilai_json`` untuk setiap dokumen. Memakai rumus yang sama (``rumus``), kalimat
langkah yang sama (``langkah``), dan memeriksa aturan yang sama dengan ``masukan``; setiap
angka hasil dibulatkan sekali untuk JSON dan kalimat (``keluaran_teks``). Begitu menemukan apa pun yang
tidak biasa (masalah, bentuk jarang), ia menyerah (``None``) dan dokumen dinilai lewat jalan
bertipe, yang juga menyusun pesan masalahnya. Kesamaan hasil kedua jalan diuji properti
(tests/mesin/test_properti.py).
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Any

from ...angka import EKSAK, KONTEKS, NOL, SERATUS, keluaran, keluaran_teks
from ...baca import Lambat, angka_cepat, peta_pilihan, pilih_cepat, teks_cepat
from ...tipe import KategoriPP46, Kreativitas
from .langkah import jelaskan_kegiatan, jelaskan_ringkasan
from .masukan import KUNCI_DOKUMEN, KUNCI_KEGIATAN, KUNCI_PERILAKU, KUNCI_UKURAN
from .rumus import (
    NILAI_KREATIVITAS,
    kategori,
    nilai_prestasi_kerja,
    nilai_tugas_tambahan,
    rincian_kegiatan,
)

__all__ = ["nilai_cepat"]

_PETA_KREATIVITAS = peta_pilihan(Kreativitas)
_PERILAKU_WAJIB = ("orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama")
_tambah = EKSAK.add
# Teks anggota enum; lebih murah daripada properti ``.value`` di jalur panas.
_TEKS = {m: m.value for m in KategoriPP46}
_TEKS_KREATIVITAS = {m: m.value for m in Kreativitas}


def nilai_cepat(data: dict[str, Any], langkah: bool = False) -> dict[str, Any] | None:
    """Hasil JSON sama persis dengan jalan bertipe (dengan kalimat langkah bila ``langkah``),
    atau ``None`` bila menyerah."""
    try:
        with localcontext(KONTEKS):
            return _nilai(data, [] if langkah else None)
    except Lambat:
        return None


def _ukuran(u: Any) -> tuple[Decimal, Decimal]:
    if type(u) is not dict or not u.keys() <= KUNCI_UKURAN:
        raise Lambat
    teks_cepat(u.get("satuan"))
    return angka_cepat(u.get("target")), angka_cepat(u.get("realisasi"))


def _nilai(data: dict[str, Any], catatan: list[str] | None) -> dict[str, Any]:
    """Nilai dokumen; ``catatan`` daftar kosong untuk menyusun kalimat langkah, atau ``None``."""
    if not data.keys() <= KUNCI_DOKUMEN:
        raise Lambat
    daftar = data.get("kegiatan")
    if type(daftar) is not list or not daftar:
        raise Lambat
    k_, kt = keluaran, keluaran_teks
    hasil = []
    nilai_teks = []
    jumlah = NOL
    for no, k in enumerate(daftar, 1):
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
        kn, kl, waktu, biaya, ph, n = rincian_kegiatan(to, ro, tk, rk, tw, rw, tb, rb)
        jumlah = _tambah(jumlah, n)
        b = biaya[2] if biaya is not None else None
        if catatan is None:
            fkn, fkl, fw, fb, fph, fn = k_(kn), k_(kl), k_(waktu[2]), k_(b), k_(ph), k_(n)
        else:
            (fkn, skn), (fkl, skl), (fw, sw) = kt(kn), kt(kl), kt(waktu[2])
            (fb, sb), (fph, sph), (fn, sn) = kt(b), kt(ph), kt(n)
            nilai_teks.append(sn)
            jelaskan_kegiatan(
                catatan,
                no,
                nama,
                (to, ro, tk, rk, tw, rw, tb, rb),
                waktu,
                biaya,
                (skn, skl, sw, sb, sph, sn),
            )
        hasil.append(
            {
                "nama": nama,
                "kuantitas": fkn,
                "kualitas": fkl,
                "waktu": fw,
                "biaya": fb,
                "penghitungan": fph,
                "nilai": fn,
            }
        )
    capaian = jumlah / len(hasil)
    tugas = data.get("tugas_tambahan")
    if tugas is not None:
        tugas = angka_cepat(tugas)
        if tugas < 0 or tugas != tugas.to_integral_value():
            raise Lambat
    tugas = int(tugas or 0)
    tambahan = nilai_tugas_tambahan(tugas)
    kreativitas = data.get("kreativitas")
    if kreativitas is not None:
        kreativitas = pilih_cepat(_PETA_KREATIVITAS, kreativitas)
    nilai_kreativitas = NILAI_KREATIVITAS[kreativitas]
    skp = capaian + tambahan + nilai_kreativitas
    kategori_skp = _TEKS[kategori(skp)]
    perilaku = prestasi = kategori_perilaku = kategori_prestasi = None
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
        kategori_perilaku, kategori_prestasi = _TEKS[kategori(perilaku)], _TEKS[kategori(prestasi)]
    if catatan is None:
        fc, fs, fp, fpk = k_(capaian), k_(skp), k_(perilaku), k_(prestasi)
    else:
        (fc, sc), (fs, ss), (fp, sp), (fpk, spk) = kt(capaian), kt(skp), kt(perilaku), kt(prestasi)
        jelaskan_ringkasan(
            catatan,
            nilai_teks,
            sc,
            tugas,
            tambahan,
            _TEKS_KREATIVITAS.get(kreativitas),
            nilai_kreativitas,
            (ss, kategori_skp),
            (aspek, sp, kategori_perilaku, spk, kategori_prestasi) if p is not None else None,
        )
    return {
        "aturan": "pp46-2011",
        "kegiatan": hasil,
        "nilai_capaian_skp": fc,
        "nilai_tugas_tambahan": k_(tambahan),
        "nilai_kreativitas": k_(nilai_kreativitas),
        "nilai_skp": fs,
        "kategori_skp": kategori_skp,
        "nilai_perilaku": fp,
        "kategori_perilaku": kategori_perilaku,
        "nilai_prestasi_kerja": fpk,
        "kategori": kategori_prestasi,
        "langkah": catatan if catatan is not None else [],
    }
