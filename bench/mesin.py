"""Tolok ukur mesin penilaian: dokumen per detik, rasio terhadap pembanding, memori puncak.

    .venv/bin/python bench/mesin.py [--jumlah 100000] [--jumlah-cli 20000] [--tanpa-cli]

Membangkitkan dokumen (separuh pp46-2011 dengan 5 kegiatan, separuh permenpanrb-6-2022
dengan 5 RHK × 2 IKI), lalu mengukur:

1. penilaian saja (dict hasil ``loads_desimal`` → dict hasil) atas N dokumen, tanpa dan dengan
   langkah, dan pembanding "Decimal lugas" (``bench/lugas.py``: aturan yang sama ditulis
   sesederhana mungkin, tanpa jalur masalah, berhenti pada masalah pertama);
2. baris perintah atas satu berkas berisi ``--jumlah-cli`` dokumen: pembanding sebagai proses
   (``bench/lugas.py FILE``: ``json.load``, nilai, ``json.dumps``) dan ``manage.py nilai``
   tanpa dan dengan langkah, berselang-seling dalam satu jalannya tolok ukur; dicetak kedua
   rasio (manage.py nilai / pembanding, waktu CPU proses);
3. waktu mulai ``manage.py nilai`` dan memori puncaknya untuk N dokumen (harus datar: daftar
   dialirkan).

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))

from bench.lugas import lugas  # noqa: E402
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
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(kode, detik, r.ru_utime + r.ru_stime, r.ru_maxrss)
"""


@dataclass(frozen=True)
class Proses:
    """Satu jalannya baris perintah: waktu dinding, waktu CPU (user + sys), memori puncak."""

    dinding: float
    cpu: float
    mib: float


def perintah_nilai(path: str, langkah: bool, akar: Path = AKAR) -> list[str]:
    """``manage.py nilai`` (pohon kode ``akar``) seperti yang diketik pengguna."""
    perintah = [sys.executable, str(akar / "manage.py"), "nilai", path]
    return perintah if langkah else [*perintah, "--tanpa-langkah"]


def perintah_lugas(path: str) -> list[str]:
    """Pembanding Decimal lugas sebagai proses baris perintah (``bench/lugas.py``)."""
    return [sys.executable, str(AKAR / "bench" / "lugas.py"), path]


def jalankan(perintah: list[str], jumlah: int, folder: str) -> Proses:
    """Jalankan ``perintah`` dalam proses tersendiri, keluaran ke berkas; ukur prosesnya."""
    keluaran = os.path.join(folder, "hasil.json")
    jalan = subprocess.run(
        [sys.executable, "-c", _PEMBUNGKUS, keluaran, *perintah],
        capture_output=True,
        text=True,
        check=True,
        cwd=AKAR,
    )
    kode, dinding, cpu, maxrss = jalan.stdout.split()
    if kode != "0":
        raise SystemExit(f"{' '.join(perintah)} gagal ({kode}): {jalan.stderr}")
    with open(keluaran, encoding="utf-8") as f:
        hasil = json.load(f)
    if len(hasil) != jumlah:
        raise SystemExit(f"{' '.join(perintah)}: {len(hasil)} hasil, bukan {jumlah}")
    return Proses(float(dinding), float(cpu), int(maxrss) / 1024)


def bandingkan_cli(path: str, jumlah: int, folder: str, ulang: int = 3) -> dict[str, Proses]:
    """Pembanding dan ``manage.py nilai`` (tanpa/dengan langkah) atas berkas yang sama.

    Diselang-seling ``ulang`` putaran (pembanding, tanpa langkah, dengan langkah), sehingga
    ketiganya mengalami beban mesin yang sama; untuk tiap perintah diambil putaran dengan waktu
    CPU terkecil (mesin dipakai bersama: waktu CPU tidak ikut menghitung waktu menunggu giliran).
    """
    perintah = {
        "lugas": perintah_lugas(path),
        "tanpa": perintah_nilai(path, False),
        "dengan": perintah_nilai(path, True),
    }
    terbaik: dict[str, Proses] = {}
    for _ in range(ulang):
        for nama, p in perintah.items():
            hasil = jalankan(p, jumlah, folder)
            if nama not in terbaik or hasil.cpu < terbaik[nama].cpu:
                terbaik[nama] = hasil
    return terbaik


def uraian(jumlah: int) -> None:
    """Waktu CPU per dokumen tiap tahap, dalam satu proses: baca JSON, nilai, tulis JSON.

    Menunjukkan dasar biaya baris perintah: membaca dan menulis JSON yang sama dibayar
    pembanding maupun ``manage.py nilai``.
    """
    from penilaian.json_cepat import tulis_hasil
    from penilaian.mesin.aliran import tulis_json

    teks = json.dumps(bangkitkan(jumlah))
    tahap: dict[str, float] = {}

    def catat(nama: str, f: Any) -> Any:
        terbaik, hasil = float("inf"), None
        for _ in range(3):
            mulai = time.process_time()
            hasil = f()
            terbaik = min(terbaik, time.process_time() - mulai)
        tahap[nama] = terbaik / jumlah * 1e6
        return hasil

    dokumen = catat("baca JSON, angka Decimal (loads_desimal)", lambda: loads_desimal(teks))
    mentah = catat("baca JSON (json.loads, pembanding)", lambda: json.loads(teks))
    tanpa = catat("mesin, tanpa langkah", lambda: [nilai_json(d, langkah=False) for d in dokumen])
    dengan = catat("mesin, dengan langkah", lambda: [nilai_json(d) for d in dokumen])
    lugas_ = catat("pembanding lugas", lambda: [lugas(d) for d in mentah])
    catat("tulis JSON hasil tanpa langkah (json)", lambda: [tulis_json(h) for h in tanpa])
    catat("tulis JSON hasil dengan langkah (json)", lambda: [tulis_json(h) for h in dengan])
    catat("tulis JSON hasil tanpa langkah (msgspec)", lambda: [tulis_hasil(h) for h in tanpa])
    catat("tulis JSON hasil dengan langkah (msgspec)", lambda: [tulis_hasil(h) for h in dengan])
    catat("tulis JSON hasil pembanding (json.dumps)", lambda: json.dumps(lugas_))
    print(f"beban rata-rata mesin: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"mikrodetik CPU per dokumen, {jumlah:,} dokumen, terbaik dari 3")
    for nama, us in tahap.items():
        print(f"  {nama:44} {us:>7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jumlah", type=int, default=100_000)
    parser.add_argument(
        "--jumlah-cli",
        type=int,
        default=20_000,
        help="dokumen per berkas untuk rasio baris perintah",
    )
    parser.add_argument("--tanpa-cli", action="store_true", help="lewati pengukuran manage.py")
    parser.add_argument(
        "--uraian", action="store_true", help="hanya biaya per tahap (baca, nilai, tulis JSON)"
    )
    args = parser.parse_args()
    n = args.jumlah
    if args.uraian:
        uraian(min(n, 20_000))
        return

    print(f"mesin penilaian {VERSI_MESIN}, Python {sys.version.split()[0]}, {os.cpu_count()} CPU")
    print(f"beban rata-rata mesin: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
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
    m = args.jumlah_cli
    print(f"baris perintah, {m:,} dokumen dalam satu berkas JSON, JSON hasil ke berkas")
    print("(proses tersendiri, termasuk waktu mulai; terbaik dari 3 putaran berselang-seling)")
    with tempfile.TemporaryDirectory() as folder:
        path = tulis_berkas(m, folder)
        hasil = bandingkan_cli(path, m, folder)
        label = {
            "lugas": "pembanding: bench/lugas.py",
            "tanpa": "manage.py nilai --tanpa-langkah",
            "dengan": "manage.py nilai (dengan langkah)",
        }
        print(f"  {'':34} {'dok/detik CPU':>14} {'dok/detik dinding':>18} {'memori':>8}")
        for nama, p in hasil.items():
            print(f"  {label[nama]:34} {m / p.cpu:>14,.0f} {m / p.dinding:>18,.0f} "
                  f"{p.mib:>5,.0f} MiB")  # fmt: skip
        acuan = hasil["lugas"].cpu
        print(
            f"  rasio manage.py nilai dengan langkah/pembanding  {acuan / hasil['dengan'].cpu:>6.2f}"
        )
        print(
            f"  rasio manage.py nilai --tanpa-langkah/pembanding {acuan / hasil['tanpa'].cpu:>6.2f}"
        )
        kosong = os.path.join(folder, "kosong.json")
        with open(kosong, "w", encoding="utf-8") as f:
            f.write("[]")
        mulai = jalankan(perintah_nilai(kosong, False), 0, folder)
        print(f"  waktu mulai manage.py nilai (daftar kosong): {mulai.dinding:.2f} detik dinding, "
              f"{mulai.cpu:.2f} detik CPU")  # fmt: skip
        if n > m:
            # Memori harus datar: daftar dialirkan, tidak pernah dimuat utuh.
            besar = tulis_berkas(n, folder)
            for langkah in (False, True):
                p = jalankan(perintah_nilai(besar, langkah), n, folder)
                teks = "dengan langkah" if langkah else "tanpa langkah "
                print(f"  {n:>7,} dokumen, {teks}: {n / p.cpu:>7,.0f} dokumen/detik CPU, "
                      f"memori puncak {p.mib:,.0f} MiB")  # fmt: skip
    print(f"beban rata-rata mesin di akhir: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
