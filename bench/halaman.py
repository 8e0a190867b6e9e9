"""Waktu per permintaan di satu proses: ``make bench-halaman`` (``.venv/bin/python bench/halaman.py``).

The quick companion of ``make bench-web``: the same scratch database and sessions
(``bench/web.py --siapkan``), but each page is requested through Django's test client in this
one process (all middleware, no HTTP server, no concurrency), so a code change can be compared
in seconds and profiled. Prints per page the median and minimum time of ``--n`` requests, the
number of SQL queries and the ratio to the empty-Wagtail-page floor measured in the same run;
``--profil`` adds a cProfile listing per page.

    .venv/bin/python bench/halaman.py [--halaman lantai-wagtail,kursus,pelajaran] [--n 150]
                                      [--profil] [--data DIR]

``--data DIR`` keeps the scratch database in DIR and reuses it on the next run (migrated
again first, so it follows the code). Figures are recorded in docs/kinerja.md.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _umum  # noqa: E402


def siapkan(folder: Path) -> dict:
    env = _umum.lingkungan_scratch(folder)
    siap = folder / "siap.json"
    if siap.exists():
        _umum.manage(env, "migrate", "--noinput", "-v", "0")
    else:
        _umum.siapkan_basis_data(env)
        siap.write_text(json.dumps(_umum.jalankan_skrip(env, "web.py", "--siapkan")))
    os.environ.update(env)
    return json.loads(siap.read_text())["halaman"]


def ukur(halaman: dict, pilih: list[str], *, n: int, profil: bool) -> None:
    _umum.django_setup()
    from django.db import connection
    from django.test import Client

    hasil = {}
    for nama in pilih:
        h = halaman[nama]
        klien = Client(HTTP_HOST="127.0.0.1")
        if h["cookie"]:
            kunci, nilai = h["cookie"].split("=", 1)
            klien.cookies[kunci] = nilai
        for _ in range(20):  # caches warm, as in a running server
            r = klien.get(h["url"])
            if r.status_code != 200:
                raise SystemExit(f"{nama} {h['url']}: jawaban {r.status_code}")
        kueri: list[str] = []

        def catat(execute, sql, params, many, context, kueri=kueri):
            kueri.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(catat):
            klien.get(h["url"])
        waktu = []
        for _ in range(n):
            mulai = time.perf_counter()
            klien.get(h["url"])
            waktu.append((time.perf_counter() - mulai) * 1000)
        hasil[nama] = (statistics.median(waktu), min(waktu), len(kueri))
        if profil:
            p = cProfile.Profile()
            p.enable()
            for _ in range(n):
                klien.get(h["url"])
            p.disable()
            print(f"\n--- {nama}: kueri ---")
            for sql in kueri:
                print(f"  {sql[:150]}")
            pstats.Stats(p).sort_stats("cumulative").print_stats(40)
    lantai = hasil.get("lantai-wagtail", (None,))[0]
    print("\n| halaman | median ms | minimum ms | kueri | × lantai Wagtail (req/s) |")
    print("|---|---:|---:|---:|---:|")
    for nama, (median, minimum, jumlah) in hasil.items():
        rasio = f"{lantai / median:.2f}" if lantai else "-"
        print(f"| {nama} | {median:.2f} | {minimum:.2f} | {jumlah} | {rasio} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--halaman",
        default="lantai-wagtail,beranda,kursus,pelajaran,kasus-simulasi,dasbor-unit,transparansi",
        help="halaman dipisah koma (nama seperti di bench/web.py)",
    )
    parser.add_argument("--n", type=int, default=150, help="permintaan per halaman")
    parser.add_argument("--profil", action="store_true", help="cetak profil cProfile")
    parser.add_argument("--data", default="", help="folder basis data scratch yang dipakai ulang")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-halaman-") as tmp:
        folder = Path(args.data) if args.data else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        halaman = siapkan(folder)
        pilih = [h for h in args.halaman.split(",") if h]
        tidak_ada = [h for h in pilih if h not in halaman]
        if tidak_ada:
            raise SystemExit(f"halaman tidak dikenal: {', '.join(tidak_ada)}")
        ukur(halaman, pilih, n=args.n, profil=args.profil)


if __name__ == "__main__":
    main()
