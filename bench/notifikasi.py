"""Tolok ukur notifikasi: ``make bench-notifikasi`` (``.venv/bin/python bench/notifikasi.py``).

"A notification to all 100,000 queued in < 30 s" (issue 18). In a scratch database (SQLite in
a temporary folder, or DATABASE_URL), with the task queue in the database as production runs
it (django-tasks-db, TASKS_BACKEND=database):

1. ``--pengguna`` active accounts are created with ``bulk_create`` (not measured);
2. *antre*: ``situs.notifikasi.siarkan`` to every account, as an announcement would call it:
   the ids are read in chunks and one ``buat_notifikasi`` task per ``UKURAN_BATCH`` is written
   to the task table. This is what the request (or the event task) waits for;
3. *kuras*: ``--worker`` ``manage.py db_worker --batch`` processes run those tasks until the
   queue is empty; each task applies the preferences and bulk-inserts its inbox rows. The
   figure is the wall time until every inbox row exists (checked: one row per account).

Announcements default to the inbox only (no email), so no outbox rows are written; the email
path per recipient is the outbox's (``situs.surel.antre_surel``), measured separately by the
outbox's tests, not here.

    .venv/bin/python bench/notifikasi.py [--pengguna 100000] [--worker 1]
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

TARGET_ANTRE_S = 30


def buat(jumlah: int) -> dict:
    _umum.django_setup()
    from django.contrib.auth import get_user_model

    User = get_user_model()
    mulai = time.perf_counter()
    for awal in range(0, jumlah, 5000):
        User.objects.bulk_create(
            User(username=f"bench{i:06d}", password="!", is_active=True)  # noqa: S106 - unusable
            for i in range(awal, min(jumlah, awal + 5000))
        )
    return {"pengguna": User.objects.count(), "detik": time.perf_counter() - mulai}


def antre() -> dict:
    _umum.django_setup()
    from django.contrib.auth import get_user_model
    from django_tasks_db.models import DBTaskResult

    from situs.notifikasi import siarkan

    penerima = get_user_model().objects.order_by("pk").values_list("pk", flat=True)
    mulai = time.perf_counter()
    batch = siarkan(
        jenis="pengumuman",
        penerima=penerima,
        judul="Sosialisasi SKP 2027 di aula kecamatan",
        isi="Hadiri sosialisasi penyusunan SKP 2027, Senin pukul 09.00 WIB.",
        tautan="/sosialisasi/",
    )
    detik = time.perf_counter() - mulai
    return {"detik": detik, "batch": batch, "tugas_antre": DBTaskResult.objects.count()}


def hitung() -> dict:
    _umum.django_setup()
    from django_tasks_db.models import DBTaskResult

    from situs.models import Notifikasi

    return {
        "notifikasi": Notifikasi.objects.count(),
        "tugas_gagal": DBTaskResult.objects.filter(status="FAILED").count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pengguna", type=int, default=100_000)
    parser.add_argument("--worker", type=int, default=1, help="proses db_worker")
    parser.add_argument("--buat", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--antre", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--hitung", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.buat:
        print(json.dumps(buat(args.pengguna)))
        return
    if args.antre:
        print(json.dumps(antre()))
        return
    if args.hitung:
        print(json.dumps(hitung()))
        return
    with tempfile.TemporaryDirectory(prefix="bench-notifikasi-") as tmp:
        env = dict(_umum.lingkungan_scratch(Path(tmp)), TASKS_BACKEND="database")
        print(f"basis data: {env['DATABASE_URL'].split('@')[-1]}")
        _umum.manage(env, "migrate", "--noinput", "-v", "0")
        data = _umum.jalankan_skrip(
            env, "notifikasi.py", "--buat", "--pengguna", str(args.pengguna)
        )
        print(f"{data['pengguna']} akun dibuat dalam {data['detik']:.1f} s (tidak diukur)")
        antri = _umum.jalankan_skrip(env, "notifikasi.py", "--antre")
        print(
            f"antre: {antri['batch']} tugas (batch) untuk {data['pengguna']} penerima dalam "
            f"{antri['detik']:.2f} s"
        )
        mulai = time.perf_counter()
        worker = _umum.mulai_db_worker(env, args.worker)
        for w in worker:
            w.wait()
        kuras = time.perf_counter() - mulai
        for w in worker:
            if w.returncode != 0:
                raise SystemExit(f"db_worker gagal:\n{w.stderr.read()}")
        akhir = _umum.jalankan_skrip(env, "notifikasi.py", "--hitung")
        total = antri["detik"] + kuras
        print(
            f"kuras: {akhir['notifikasi']} baris kotak masuk oleh {args.worker} db_worker dalam "
            f"{kuras:.1f} s (termasuk start proses worker); tugas gagal: {akhir['tugas_gagal']}"
        )
        print(f"total antre + kuras: {total:.1f} s (target antre < {TARGET_ANTRE_S} s)")
        gagal = []
        if akhir["notifikasi"] != data["pengguna"] or akhir["tugas_gagal"]:
            gagal.append("tidak semua penerima mendapat notifikasi")
        if antri["detik"] >= TARGET_ANTRE_S:
            gagal.append(f"antre {antri['detik']:.1f} s ≥ {TARGET_ANTRE_S} s")
        if gagal:
            raise SystemExit("GAGAL: " + "; ".join(gagal))


if __name__ == "__main__":
    main()
