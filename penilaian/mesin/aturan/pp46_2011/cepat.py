"""Jalan cepat PP 46/2011: JSON → hasil JSON tanpa dataclass, dengan atau tanpa langkah.

Dipakai ``nilai_json`` untuk setiap dokumen. Memakai rumus yang sama (``rumus``), kalimat
langkah yang sama (``langkah``), dan memeriksa aturan yang sama dengan ``masukan``; setiap
angka hasil dibulatkan sekali untuk JSON dan kalimat (``keluaran_teks``). Begitu menemukan apa pun yang
tidak biasa (masalah, bentuk jarang), ia menyerah (``None``) dan dokumen dinilai lewat jalan
bertipe, yang juga menyusun pesan masalahnya. Kesamaan hasil kedua jalan diuji properti
(tests/mesin/test_properti.py).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...angka import DUA_DESIMAL as _D2
from ...angka import EKSAK, NOL, SERATUS, keluaran, keluaran_teks
from ...angka import KONTEKS_BULAT as _KB
from ...baca import DESIMAL_BULAT as _BULAT
from ...baca import Lambat, angka_cepat, jalan_cepat, peta_pilihan, pilih_cepat
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
# keluaran() ditulis langsung di jalur panas (lihat angka.KONTEKS_BULAT).
_bulat = _KB.quantize  # pembulatan KONTEKS_BULAT: ROUND_HALF_UP
# Teks anggota enum; lebih murah daripada properti ``.value`` di jalur panas.
_TEKS = {m: m.value for m in KategoriPP46}
_TEKS_KREATIVITAS = {m: m.value for m in Kreativitas}
# Kunci objek diperiksa dengan ``KUNCI.issuperset(objek)``: sama dengan
# ``objek.keys() <= KUNCI``, sepertiga lebih murah.


def nilai_cepat(data: dict[str, Any], langkah: bool = False) -> dict[str, Any] | None:
    """Hasil JSON sama persis dengan jalan bertipe (dengan kalimat langkah bila ``langkah``),
    atau ``None`` bila menyerah."""
    return jalan_cepat(_nilai, data, langkah)


def _ukuran(u: Any) -> tuple[Decimal, Decimal]:
    """(target, realisasi) satu ukuran; angka ``Decimal`` biasa dan bilangan bulat kecil
    (``DESIMAL_BULAT``) dibaca di tempat (seperti ``angka_cepat``, tanpa panggilan fungsi),
    bentuk lain lewat ``angka_cepat``."""
    if type(u) is not dict or not KUNCI_UKURAN.issuperset(u):
        raise Lambat
    get = u.get
    satuan = get("satuan")
    if satuan is not None and type(satuan) is not str:
        raise Lambat
    t, r = get("target"), get("realisasi")
    jenis = type(t)
    if jenis is int:
        t = _BULAT.get(t) or angka_cepat(t)
    elif jenis is not Decimal or not t.is_finite() or (t and not -15 <= t.adjusted() <= 14):
        t = angka_cepat(t)
    jenis = type(r)
    if jenis is int:
        r = _BULAT.get(r) or angka_cepat(r)
    elif jenis is not Decimal or not r.is_finite() or (r and not -15 <= r.adjusted() <= 14):
        r = angka_cepat(r)
    return t, r


def _nilai(data: dict[str, Any], catatan: list[str] | None) -> dict[str, Any]:
    """Nilai dokumen; ``catatan`` daftar kosong untuk menyusun kalimat langkah, atau ``None``."""
    if not KUNCI_DOKUMEN.issuperset(data):
        raise Lambat
    daftar = data.get("kegiatan")
    if type(daftar) is not list or not daftar:
        raise Lambat
    k_, kt = keluaran, keluaran_teks
    hasil = []
    nilai_teks = []
    jumlah = nol = NOL
    for no, k in enumerate(daftar, 1):
        if type(k) is not dict or not KUNCI_KEGIATAN.issuperset(k):
            raise Lambat
        get = k.get
        nama = get("nama")
        if nama is not None and type(nama) is not str:
            raise Lambat
        to, ro = _ukuran(get("kuantitas"))
        tk, rk = _ukuran(get("kualitas"))
        tw, rw = _ukuran(get("waktu"))
        # Dibandingkan dengan Decimal NOL: lebih murah daripada dengan int 0.
        if to <= nol or tk <= nol or tw <= nol or ro < nol or rk < nol or rw < nol:
            raise Lambat
        if ro and not rw:
            raise Lambat
        tb = rb = None
        biaya = get("biaya")
        if biaya is not None:
            tb, rb = _ukuran(biaya)
            if tb < nol or rb < nol:
                raise Lambat
        kn, kl, waktu, biaya, ph, n = rincian_kegiatan(to, ro, tk, rk, tw, rw, tb, rb)
        jumlah = _tambah(jumlah, n)
        b = biaya[2] if biaya is not None else None
        if catatan is None:
            fkn = float(_bulat(kn, _D2)) + 0.0
            fkl = float(_bulat(kl, _D2)) + 0.0
            fw = float(_bulat(waktu[2], _D2)) + 0.0
            fb = float(_bulat(b, _D2)) + 0.0 if b is not None else None
            fph = float(_bulat(ph, _D2)) + 0.0
            fn = float(_bulat(n, _D2)) + 0.0
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
        if type(p) is not dict or not KUNCI_PERILAKU.issuperset(p):
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
