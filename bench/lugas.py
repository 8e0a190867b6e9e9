"""Pembanding "Decimal lugas": aturan mesin penilaian ditulis sesederhana mungkin.

    .venv/bin/python bench/lugas.py FILE > hasil.json

Dipakai ``bench/mesin.py`` dua kali dalam satu pengukuran: dict → dict (fungsi :func:`lugas`) dan
sebagai proses baris perintah yang setara dengan ``manage.py nilai`` (berkas ini dijalankan
langsung: baca seluruh berkas JSON dengan ``json.load``, nilai setiap dokumen, tulis daftar hasil
sebagai JSON ke keluaran standar). Hanya pustaka standar, tanpa mesin dan tanpa Django, supaya
waktu mulainya adalah waktu mulai Python saja.
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# Aturan yang sama ditulis sesederhana mungkin: Decimal(str(x)), periksa seperlunya dan
# berhenti pada masalah pertama, tanpa jalur, tanpa langkah.

_Q = Decimal("0.01")


def _b(x: Decimal) -> float:
    return float(x.quantize(_Q, rounding=ROUND_HALF_UP))


def _d(x: Any, positif: bool = False) -> Decimal:
    if isinstance(x, bool) or x is None:
        raise ValueError("bukan angka")
    d = Decimal(str(x))
    if d < 0 or (positif and d == 0):
        raise ValueError("angka tidak sah")
    return d


def _kategori(n: Decimal) -> str:
    if n >= 91:
        return "Sangat Baik"
    if n >= 76:
        return "Baik"
    if n >= 61:
        return "Cukup"
    if n >= 51:
        return "Kurang"
    return "Buruk"


def _dua_cabang(t: Decimal, r: Decimal) -> Decimal:
    efisiensi = 100 - r / t * 100
    nilai = (Decimal("1.76") * t - r) / t * 100
    return nilai if efisiensi <= 24 else 76 - (nilai - 100)


def lugas_pp46(doc: dict[str, Any]) -> dict[str, Any]:
    keluar, total = [], Decimal(0)
    if not doc["kegiatan"]:
        raise ValueError("tanpa kegiatan")
    for k in doc["kegiatan"]:
        to, ro = _d(k["kuantitas"]["target"], True), _d(k["kuantitas"]["realisasi"])
        tk, rk = _d(k["kualitas"]["target"], True), _d(k["kualitas"]["realisasi"])
        tw, rw = _d(k["waktu"]["target"], True), _d(k["waktu"]["realisasi"])
        b = k.get("biaya")
        tb = _d(b["target"]) if b else Decimal(0)
        rb = _d(b["realisasi"]) if b else Decimal(0)
        if ro > 0 and rw == 0:
            raise ValueError("RW 0")
        if ro == 0:
            aspek = [Decimal(0)] * (4 if tb > 0 else 3)
        else:
            aspek = [ro / to * 100, rk / tk * 100, _dua_cabang(tw, rw)]
            if tb > 0:
                aspek.append(_dua_cabang(tb, rb))
        s = sum(aspek)
        n = s / len(aspek)
        total += n
        keluar.append({"nama": k.get("nama"), "kuantitas": _b(aspek[0]), "kualitas": _b(aspek[1]),
                       "waktu": _b(aspek[2]), "biaya": _b(aspek[3]) if tb > 0 else None,
                       "penghitungan": _b(s), "nilai": _b(n)})  # fmt: skip
    capaian = total / len(keluar)
    tt = int(doc.get("tugas_tambahan") or 0)
    tambahan = Decimal(0 if tt <= 0 else 1 if tt <= 3 else 2 if tt <= 6 else 3)
    kreativitas = {None: 0, "unit_kerja": 3, "organisasi": 6, "nasional": 12}[
        doc.get("kreativitas")
    ]
    skp = capaian + tambahan + kreativitas
    hasil = {"aturan": "pp46-2011", "kegiatan": keluar, "nilai_capaian_skp": _b(capaian),
             "nilai_tugas_tambahan": float(tambahan), "nilai_kreativitas": float(kreativitas),
             "nilai_skp": _b(skp), "kategori_skp": _kategori(skp), "nilai_perilaku": None,
             "kategori_perilaku": None, "nilai_prestasi_kerja": None, "kategori": None,
             "langkah": []}  # fmt: skip
    p = doc.get("perilaku")
    if p:
        nilai = [_d(v) for v in p.values()]
        perilaku = sum(nilai) / len(nilai)
        prestasi = Decimal("0.6") * skp + Decimal("0.4") * perilaku
        hasil.update(nilai_perilaku=_b(perilaku), kategori_perilaku=_kategori(perilaku),
                     nilai_prestasi_kerja=_b(prestasi), kategori=_kategori(prestasi))  # fmt: skip
    return hasil


_MATRIKS = {
    ("di_atas_ekspektasi", "di_bawah_ekspektasi"): "Kurang/Misconduct",
    ("di_atas_ekspektasi", "sesuai_ekspektasi"): "Baik",
    ("di_atas_ekspektasi", "di_atas_ekspektasi"): "Sangat Baik",
    ("sesuai_ekspektasi", "di_bawah_ekspektasi"): "Kurang/Misconduct",
    ("sesuai_ekspektasi", "sesuai_ekspektasi"): "Baik",
    ("sesuai_ekspektasi", "di_atas_ekspektasi"): "Baik",
    ("di_bawah_ekspektasi", "di_bawah_ekspektasi"): "Sangat Kurang",
    ("di_bawah_ekspektasi", "sesuai_ekspektasi"): "Butuh Perbaikan",
    ("di_bawah_ekspektasi", "di_atas_ekspektasi"): "Butuh Perbaikan",
}
_PERSEN_AK = {"Sangat Baik": 150, "Baik": 100, "Butuh Perbaikan": 75, "Kurang/Misconduct": 50,
              "Sangat Kurang": 25}  # fmt: skip


def _rating(c: Decimal, atas: Decimal, sesuai: Decimal) -> str:
    if c >= atas:
        return "di_atas_ekspektasi"
    return "sesuai_ekspektasi" if c >= sesuai else "di_bawah_ekspektasi"


def lugas_permen(doc: dict[str, Any]) -> dict[str, Any]:
    kb = doc.get("kebijakan") or {"nama": "Kebijakan bawaan", "ambang_di_atas": 110,
                                  "ambang_sesuai": 90}  # fmt: skip
    atas, sesuai = _d(kb["ambang_di_atas"]), _d(kb["ambang_sesuai"])
    daftar, total, n_utama = [], Decimal(0), 0
    for rhk in doc["rhk"]:
        indikator, jumlah = [], Decimal(0)
        for i in rhk["indikator"]:
            polaritas = i.get("polaritas") or (
                "naik" if i["aspek"] in ("kuantitas", "kualitas") else "turun"
            )
            r, t = _d(i["realisasi"]), i["target"]
            if isinstance(t, dict):
                rendah, tinggi = _d(t["min"]), _d(t["maks"])
                t = tinggi if r > tinggi else rendah if r < rendah else None
            else:
                t = _d(t)
            if t is None:
                t, c = r, Decimal(100)
            elif t == 0:
                c = Decimal(100) if r == 0 else Decimal(0)
            elif polaritas == "naik":
                c = r / t * 100
            else:
                c = max(Decimal(0), (1 + (1 - r / t)) * 100)
            jumlah += min(c, Decimal(120))
            indikator.append({"teks": i["teks"], "aspek": i["aspek"], "polaritas": polaritas,
                              "polaritas_bawaan": i.get("polaritas") is None,
                              "target_dipakai": _b(t), "capaian": _b(c)})  # fmt: skip
        c = jumlah / len(indikator)
        jenis = rhk.get("jenis", "utama")
        if jenis == "utama":
            total += c
            n_utama += 1
        daftar.append({"teks": rhk["teks"], "jenis": jenis, "capaian": _b(c),
                       "rating_usulan": _rating(c, atas, sesuai), "indikator": indikator})  # fmt: skip
    capaian = total / n_utama
    usulan = _rating(capaian, atas, sesuai)
    final = doc.get("rating_hasil_kerja") or usulan
    predikat = _MATRIKS[final, doc["rating_perilaku"]]
    jf = doc.get("jabatan_fungsional")
    ak = None
    if jf:
        ak = _b(_PERSEN_AK[predikat] * _d(jf["koefisien"]) * _d(jf["bulan"]) / 1200)
    return {"aturan": "permenpanrb-6-2022", "kebijakan": {"nama": kb["nama"],
            "ambang_di_atas": _b(atas), "ambang_sesuai": _b(sesuai)}, "rhk": daftar,
            "capaian_hasil_kerja": _b(capaian), "rating_hasil_kerja_usulan": usulan,
            "rating_hasil_kerja": final, "rating_berbeda_dari_usulan": final != usulan,
            "rating_perilaku": doc["rating_perilaku"], "predikat": predikat,
            "angka_kredit": ak, "langkah": []}  # fmt: skip


def lugas(doc: dict[str, Any]) -> dict[str, Any]:
    return lugas_pp46(doc) if doc["aturan"] == "pp46-2011" else lugas_permen(doc)


def main(path: str) -> None:
    """Baris perintah pembanding: satu berkas berisi daftar dokumen → daftar hasil di stdout."""
    with open(path, encoding="utf-8") as f:
        dokumen = json.load(f)
    # json.dumps memakai penyandi C; json.dump ke berkas memakai penyandi Python yang jauh lebih
    # lambat, dan pembanding tidak boleh diperlambat.
    sys.stdout.write(json.dumps([lugas(d) for d in dokumen], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
