"""Tolok ukur mesin penilaian: dokumen per detik dan memori puncak.

    .venv/bin/python bench/mesin.py [--jumlah 100000] [--tanpa-cli]

Membangkitkan N dokumen (separuh pp46-2011 dengan 5 kegiatan, separuh permenpanrb-6-2022
dengan 5 RHK × 2 IKI), lalu mengukur:

1. penilaian saja (dict hasil ``loads_desimal`` → dict hasil), tanpa dan dengan langkah;
2. "Decimal lugas": implementasi sederhana aturan yang sama di berkas ini (tanpa jalur
   masalah, berhenti pada masalah pertama), sebagai pembanding;
3. baris perintah ``manage.py nilai`` atas satu berkas berisi daftar N dokumen (JSON masuk dan
   keluar, termasuk waktu mulai Django), tanpa dan dengan langkah, beserta memori puncak
   proses untuk 10.000 dan N dokumen (harus datar: daftar dialirkan).

Ini tolok ukur, bukan uji: angka bergantung pada mesin. Hasil dicatat di docs/algoritma-skor.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))

from penilaian.mesin import VERSI_MESIN, loads_desimal, nilai_json  # noqa: E402


def dokumen_pp46(acak: random.Random) -> dict[str, Any]:
    return {
        "aturan": "pp46-2011",
        "kegiatan": [
            {
                "nama": f"Kegiatan {i}",
                "kuantitas": {"target": 12, "realisasi": acak.randint(6, 14), "satuan": "laporan"},
                "kualitas": {"target": 100, "realisasi": acak.randint(60, 100)},
                "waktu": {"target": 12, "realisasi": acak.choice(["9.12", 9, 10, 12, 13])},
                "biaya": {"target": 5_000_000, "realisasi": acak.randint(3_500_000, 5_200_000)},
            }
            for i in range(5)
        ],
        "tugas_tambahan": acak.randint(0, 8),
        "kreativitas": acak.choice([None, "unit_kerja", "organisasi", "nasional"]),
        "perilaku": {
            a: acak.randint(60, 100)
            for a in ["orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama"]
        },
    }


def dokumen_permen(acak: random.Random) -> dict[str, Any]:
    return {
        "aturan": "permenpanrb-6-2022",
        "rhk": [
            {
                "teks": f"Meningkatnya layanan {i}",
                "jenis": "utama" if i < 4 else "tambahan",
                "indikator": [
                    {
                        "teks": "Persentase dokumen selesai dalam 1 hari kerja",
                        "aspek": "kuantitas",
                        "target": 95,
                        "realisasi": round(acak.uniform(70, 120), 1),
                    },
                    {
                        "teks": "Rata-rata waktu penyelesaian",
                        "aspek": "waktu",
                        "target": {"min": 1, "maks": 2},
                        "realisasi": acak.choice([0.5, 1.5, 2, 3]),
                    },
                ],
            }
            for i in range(5)
        ],
        "rating_perilaku": acak.choice(["sesuai_ekspektasi", "di_atas_ekspektasi"]),
        "kebijakan": {
            "nama": "Kebijakan Kecamatan 2026",
            "ambang_di_atas": 110,
            "ambang_sesuai": 90,
        },
        "jabatan_fungsional": {"koefisien": 12.5, "bulan": 12},
    }


def bangkitkan(jumlah: int, benih: int = 2026) -> list[dict[str, Any]]:
    acak = random.Random(benih)
    return [dokumen_pp46(acak) if i % 2 == 0 else dokumen_permen(acak) for i in range(jumlah)]


# --------------------------------------------------------------- pembanding: Decimal lugas
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


# --------------------------------------------------------------------------------- ukur


def ukur(fungsi: dict[str, Any], dokumen: list[dict[str, Any]], ulang: int = 3) -> dict[str, float]:
    """Dokumen per detik CPU untuk tiap fungsi, diukur bergantian per potongan 5.000 dokumen.

    Mesin ini dipakai bersama proses lain: waktu CPU proses (bukan waktu dinding) dan
    pengukuran yang diselang-seling membuat semua fungsi mengalami gangguan yang sama; untuk
    tiap potongan diambil putaran tercepat.
    """
    total = dict.fromkeys(fungsi, 0.0)
    for awal in range(0, len(dokumen), 5_000):
        potongan = dokumen[awal : awal + 5_000]
        terbaik = dict.fromkeys(fungsi, float("inf"))
        for _ in range(ulang):
            for nama, f in fungsi.items():
                mulai = time.process_time()
                for d in potongan:
                    f(d)
                terbaik[nama] = min(terbaik[nama], time.process_time() - mulai)
        for nama in fungsi:
            total[nama] += terbaik[nama]
    return {nama: len(dokumen) / detik for nama, detik in total.items()}


def tulis_berkas(jumlah: int, folder: str) -> str:
    path = os.path.join(folder, f"dokumen-{jumlah}.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        acak = random.Random(jumlah)
        for i in range(jumlah):
            d = dokumen_pp46(acak) if i % 2 == 0 else dokumen_permen(acak)
            f.write(("" if i == 0 else ",\n") + json.dumps(d))
        f.write("\n]\n")
    return path


_PEMBUNGKUS = """
import resource, subprocess, sys, time
mulai = time.perf_counter()
with open(sys.argv[1], "wb") as keluar:
    kode = subprocess.run(sys.argv[2:], stdout=keluar).returncode
detik = time.perf_counter() - mulai
print(kode, detik, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def ukur_cli(path: str, jumlah: int, langkah: bool, folder: str) -> tuple[float, float]:
    """(dokumen per detik, memori puncak MiB) ``manage.py nilai`` dalam proses tersendiri."""
    perintah = [sys.executable, str(AKAR / "manage.py"), "nilai", path]
    if not langkah:
        perintah.append("--tanpa-langkah")
    keluaran = os.path.join(folder, "hasil.json")
    jalan = subprocess.run(
        [sys.executable, "-c", _PEMBUNGKUS, keluaran, *perintah],
        capture_output=True,
        text=True,
        check=True,
        cwd=AKAR,
    )
    kode, detik, maxrss = jalan.stdout.split()
    if kode != "0":
        raise SystemExit(f"manage.py nilai gagal ({kode}): {jalan.stderr}")
    with open(keluaran, encoding="utf-8") as f:
        f.seek(0, os.SEEK_END)
        if f.tell() < jumlah:
            raise SystemExit("keluaran manage.py nilai terlalu pendek")
    return jumlah / float(detik), int(maxrss) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jumlah", type=int, default=100_000)
    parser.add_argument("--tanpa-cli", action="store_true", help="lewati pengukuran manage.py")
    args = parser.parse_args()
    n = args.jumlah

    print(f"mesin penilaian {VERSI_MESIN}, Python {sys.version.split()[0]}, {os.cpu_count()} CPU")
    print(f"membangkitkan {n:,} dokumen …")
    dokumen = [loads_desimal(json.dumps(d)) for d in bangkitkan(n)]
    # Sanity: pembanding dan mesin sepakat pada angka (langkah kosong keduanya).
    for d in dokumen[:200]:
        a, b = nilai_json(d, langkah=False), lugas(d)
        if d["aturan"] == "permenpanrb-6-2022":
            for r in a["rhk"]:
                r.pop("rhk_atasan"), r.pop("rating")
            a.pop("pendekatan")
        if a != b:
            raise SystemExit(f"pembanding tidak sepakat dengan mesin:\n{a}\n{b}")

    # Dokumen masukan dibekukan dari pengumpul sampah siklik, agar jutaan objek masukan tidak
    # dipindai berulang selama pengukuran (perintah nilai tidak pernah memegang semuanya).
    gc.collect()
    gc.freeze()
    laju = ukur(
        {
            "tanpa": lambda d: nilai_json(d, langkah=False),
            "lugas": lugas,
        },
        dokumen,
    )
    tanpa, pembanding = laju["tanpa"], laju["lugas"]
    dengan = ukur({"dengan": lambda d: nilai_json(d, langkah=True)}, dokumen, ulang=1)["dengan"]
    print()
    print("penilaian saja (dict → dict)            dokumen/detik CPU")
    print(f"  mesin, tanpa langkah                 {tanpa:>12,.0f}")
    print(f"  mesin, dengan langkah                {dengan:>12,.0f}")
    print(f"  Decimal lugas (pembanding)           {pembanding:>12,.0f}")
    print(f"  rasio mesin tanpa langkah/pembanding {tanpa / pembanding:>12.2f}")
    del dokumen

    if args.tanpa_cli:
        return
    print()
    print("baris perintah manage.py nilai (JSON masuk dan keluar, termasuk mulai Django)")
    with tempfile.TemporaryDirectory() as folder:
        # Daftar kosong: hanya waktu mulai Python + Django, untuk dipisahkan dari laju per dokumen.
        kosong = os.path.join(folder, "kosong.json")
        with open(kosong, "w", encoding="utf-8") as f:
            f.write("[]")
        mulai = 1 / ukur_cli(kosong, 1, False, folder)[0]
        print(f"  waktu mulai (daftar kosong): {mulai:.2f} detik")
        for jumlah in sorted({min(10_000, n), n}):
            path = tulis_berkas(jumlah, folder)
            for langkah in (False, True):
                laju, mib = ukur_cli(path, jumlah, langkah, folder)
                tanpa_mulai = jumlah / max(jumlah / laju - mulai, 1e-9)
                label = "dengan langkah" if langkah else "tanpa langkah "
                print(f"  {jumlah:>7,} dokumen, {label}: {laju:>7,.0f} dokumen/detik "
                      f"({tanpa_mulai:,.0f} tanpa waktu mulai), memori puncak {mib:,.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
