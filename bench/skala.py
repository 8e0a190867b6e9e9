"""Tolok ukur skala: ``make bench-skala`` (``.venv/bin/python bench/skala.py``).

1. Generates 10,000 employees (50 units of 200) with an SKP each (2 RHK × 1 IKI with an annual
   realisation; 80 % final with a final evaluation carrying a real engine result) through
   ``bulk_create``, in a scratch database (SQLite in a temporary folder, or DATABASE_URL).
2. Serves the site with gunicorn (2 workers, production settings) and measures the unit
   dashboard (as Admin Kepegawaian) and the public transparency page with wrk at concurrency
   1 and 8: p50/p95/p99, target p95 < 300 ms.
3. Re-scores every SKP through the background task backend (``bench/tugas.py``, batches of
   ``--batch`` SKPs) in a separate worker process: total time (target < 60 s) and the worker's
   resident memory after each batch (flat: the batches do not accumulate).

    .venv/bin/python bench/skala.py [--pegawai 10000] [--unit 50] [--detik 10] [--batch 500]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _umum  # noqa: E402

TARGET_P95_MS = 300
TARGET_NILAI_ULANG_S = 60


def buat(pegawai: int, unit: int) -> dict:
    _umum.django_setup()
    from django.contrib.auth import get_user_model

    from penilaian.models import SKP, Evaluasi, Periode

    periode = Periode.objects.get(aktif=True)
    mulai = time.perf_counter()
    units = _umum.buat_pegawai(jumlah=pegawai, jumlah_unit=unit, periode=periode)
    detik = time.perf_counter() - mulai
    admin = get_user_model().objects.get(username="kepegawaian")
    return {
        "detik": detik,
        "skp": SKP.objects.count(),
        "evaluasi_final": Evaluasi.objects.filter(status="final").count(),
        "unit": units[0].kode,
        "cookie_admin": _umum.sesi_untuk(admin),
    }


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def nilai_ulang(batch: int) -> dict:
    """The worker: enqueue one task per batch of SKP ids."""
    _umum.django_setup()
    from django.db import reset_queries

    from bench.tugas import nilai_ulang_skp
    from penilaian.models import SKP

    total = {"dinilai": 0, "sama": 0, "beda": 0, "belum_lengkap": 0}
    rss = []
    mulai = time.perf_counter()
    # The ids only (8 bytes each); the SKPs themselves are loaded batch by batch by the task.
    ids = list(SKP.objects.order_by("pk").values_list("pk", flat=True))
    for awal in range(0, len(ids), batch):
        hasil = nilai_ulang_skp.enqueue(ids[awal : awal + batch])
        for k, v in hasil.return_value.items():
            total[k] += v
        reset_queries()
        rss.append(round(_rss_mb(), 1))
    return {"detik": time.perf_counter() - mulai, "rss_mb": rss, **total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pegawai", type=int, default=10_000)
    parser.add_argument("--unit", type=int, default=50)
    parser.add_argument("--detik", type=int, default=10, help="lama tiap run wrk")
    parser.add_argument("--batch", type=int, default=500, help="SKP per tugas")
    parser.add_argument("--buat", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--nilai-ulang", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.buat:
        print(json.dumps(buat(args.pegawai, args.unit)))
        return
    if args.nilai_ulang:
        print(json.dumps(nilai_ulang(args.batch)))
        return
    _umum.wajib_wrk()
    gagal = []
    with tempfile.TemporaryDirectory(prefix="bench-skala-") as tmp:
        env = _umum.lingkungan_scratch(Path(tmp))
        print(f"basis data: {env['DATABASE_URL'].split('@')[-1]}")
        _umum.siapkan_basis_data(env)
        data = _umum.jalankan_skrip(
            env, "skala.py", "--buat", "--pegawai", str(args.pegawai), "--unit", str(args.unit)
        )
        print(
            f"{args.pegawai} pegawai di {args.unit} unit: {data['skp']} SKP, "
            f"{data['evaluasi_final']} evaluasi final, dibuat dalam {data['detik']:.1f} s"
        )
        halaman = {
            f"dasbor-unit ({args.pegawai // args.unit} pegawai)": (
                f"/penilaian/unit/{data['unit']}/",
                data["cookie_admin"],
            ),
            f"transparansi ({args.unit} unit)": ("/transparansi/", ""),
        }
        with _umum.server_gunicorn(env, log=Path(tmp) / "gunicorn.log") as alamat:
            for nama, (url, cookie) in halaman.items():
                status, isi, _ = _umum.ambil(alamat + url, cookie)
                if status != 200:
                    raise SystemExit(f"{nama}: jawaban {status}\n{isi[:300]!r}")
                for _ in range(5):
                    _umum.ambil(alamat + url, cookie)
                for k in (1, 8):
                    r = _umum.wrk(alamat + url, koneksi=k, detik=args.detik, cookie=cookie)
                    print(
                        f"  c={k} {nama:<28} {r['rps']:6.1f} req/s  p50 {r['p50']:6.1f}  "
                        f"p95 {r['p95']:6.1f}  p99 {r['p99']:6.1f} ms  galat {r['galat']}",
                        flush=True,
                    )
                    if r["p95"] > TARGET_P95_MS or r["galat"]:
                        gagal.append(f"{nama} c={k}: p95 {r['p95']:.0f} ms, galat {r['galat']}")
        hasil = _umum.jalankan_skrip(env, "skala.py", "--nilai-ulang", "--batch", str(args.batch))
        rss = hasil["rss_mb"]
        print(
            f"nilai ulang {hasil['dinilai']} SKP lewat django-tasks ({len(rss)} tugas × "
            f"{args.batch}) dalam {hasil['detik']:.1f} s "
            f"({hasil['dinilai'] / hasil['detik']:.0f} SKP/s); evaluasi final: {hasil['sama']} "
            f"predikat sama, {hasil['beda']} berbeda; {hasil['belum_lengkap']} SKP draf belum "
            "lengkap untuk dinilai"
        )
        print(
            f"memori worker (RSS MB) sesudah tugas ke-1, ke-2, tengah, terakhir: {rss[0]}, "
            f"{rss[min(1, len(rss) - 1)]}, {rss[len(rss) // 2]}, {rss[-1]}"
        )
        if hasil["detik"] > TARGET_NILAI_ULANG_S:
            gagal.append(f"nilai ulang {hasil['detik']:.0f} s > {TARGET_NILAI_ULANG_S} s")
        if hasil["beda"]:
            gagal.append("nilai ulang tidak mereproduksi semua hasil tersimpan")
        if len(rss) > 2 and rss[-1] - rss[1] > 20:
            gagal.append(f"memori naik {rss[-1] - rss[1]:.0f} MB dari tugas ke-2 ke terakhir")
    print("Di luar target: " + "; ".join(gagal) if gagal else "Semua target terpenuhi.")


if __name__ == "__main__":
    main()
