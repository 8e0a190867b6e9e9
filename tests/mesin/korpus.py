"""Korpus dokumen sah yang dibangkitkan dengan benih tetap, untuk uji keluaran byte demi byte.

Mencakup kedua aturan dan bentuk yang jarang di tolok ukur: angka 0–3 desimal, angka besar
(rupiah sampai 10^13), target rentang, polaritas turun, RHK tambahan, rating hasil kerja yang
ditetapkan, pendekatan kualitatif, jabatan fungsional, kebijakan sendiri, dan teks berisi
huruf non-ASCII, tanda kutip, garis miring terbalik, dan karakter kendali (yang harus di-escape).
"""

from __future__ import annotations

import random
from typing import Any

TEKS = [
    "Menyusun laporan keuangan",
    'Laporan "triwulan" \\ rekap',
    "Pelayanan KTP-el — ≥ 95 %, ½ hari",
    "Baris\nbaru\tdan \x01 kendali \x7f",
    "<b>HTML</b> & 'kutip'",
    "Rapat koordinasi 😀 Cipocok Jaya",
    "",
]
RATING = ["di_bawah_ekspektasi", "sesuai_ekspektasi", "di_atas_ekspektasi"]


def _angka(acak: random.Random, bawah: float, atas: float) -> Any:
    """Angka JSON acak: bulat, atau dengan 1–3 desimal (``json.dumps`` menulisnya apa adanya)."""
    desimal = acak.choice([0, 0, 1, 2, 3])
    nilai = round(acak.uniform(bawah, atas), desimal)
    return int(nilai) if desimal == 0 else nilai


def _ukuran(acak: random.Random, bawah: float, atas: float) -> dict[str, Any]:
    target = _angka(acak, max(bawah, 1), atas)
    return {"target": target, "realisasi": _angka(acak, max(bawah, 0.5), float(target) * 1.3)}


def dokumen_pp46(acak: random.Random) -> dict[str, Any]:
    daftar = []
    for _ in range(acak.randint(1, 6)):
        k: dict[str, Any] = {
            "nama": acak.choice(TEKS),
            "kuantitas": {**_ukuran(acak, 1, 500), "satuan": acak.choice(["laporan", "dokumen"])},
            "kualitas": _ukuran(acak, 50, 100),
            "waktu": _ukuran(acak, 1, 12),
        }
        if acak.random() < 0.6:
            k["biaya"] = _ukuran(acak, 1_000, acak.choice([5e6, 9e12]))
        daftar.append(k)
    d: dict[str, Any] = {
        "aturan": "pp46-2011",
        "kegiatan": daftar,
        "perilaku": {
            a: _angka(acak, 40, 100)
            for a in ["orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama"]
        },
    }
    if acak.random() < 0.7:
        d["tugas_tambahan"] = acak.randint(0, 8)
    if acak.random() < 0.7:
        d["kreativitas"] = acak.choice([None, "unit_kerja", "organisasi", "nasional"])
    return d


def _iki(acak: random.Random) -> dict[str, Any]:
    i: dict[str, Any] = {
        "teks": acak.choice(TEKS) or "Persentase layanan",
        "aspek": acak.choice(["kuantitas", "kualitas", "waktu", "biaya"]),
    }
    if acak.random() < 0.3:
        bawah = _angka(acak, 1, 50)
        i["target"] = {"min": bawah, "maks": bawah + _angka(acak, 1, 50)}
        i["realisasi"] = _angka(acak, 0.5, 120)
    else:
        i.update(_ukuran(acak, 1, 1_000))
    if acak.random() < 0.3:
        i["polaritas"] = acak.choice(["naik", "turun"])
    if acak.random() < 0.5:
        i["satuan"] = acak.choice(["%", "hari", "dokumen"])
    return i


def dokumen_permen(acak: random.Random) -> dict[str, Any]:
    daftar = []
    for n in range(acak.randint(1, 6)):
        r: dict[str, Any] = {
            "teks": acak.choice(TEKS) or "Meningkatnya layanan",
            "jenis": "utama" if n == 0 or acak.random() < 0.7 else "tambahan",
            "indikator": [_iki(acak) for _ in range(acak.randint(1, 3))],
        }
        if acak.random() < 0.3:
            r["rhk_atasan"] = acak.choice(TEKS)
        daftar.append(r)
    d: dict[str, Any] = {
        "aturan": "permenpanrb-6-2022",
        "rhk": daftar,
        "rating_perilaku": acak.choice(RATING),
    }
    if acak.random() < 0.3:
        d["rating_hasil_kerja"] = acak.choice(RATING)
    if acak.random() < 0.5:
        atas = _angka(acak, 101, 130)
        d["kebijakan"] = {"nama": acak.choice(TEKS) or "Kebijakan unit", "ambang_di_atas": atas,
                          "ambang_sesuai": _angka(acak, 60, 100)}  # fmt: skip
    if acak.random() < 0.4:
        d["jabatan_fungsional"] = {"koefisien": _angka(acak, 1, 50), "bulan": acak.randint(1, 12)}
    return d


def korpus(jumlah: int, benih: int = 13) -> list[dict[str, Any]]:
    """``jumlah`` dokumen sah, berselang-seling kedua aturan, sama untuk benih yang sama."""
    acak = random.Random(benih)
    return [dokumen_pp46(acak) if i % 2 == 0 else dokumen_permen(acak) for i in range(jumlah)]
