"""Tolok ukur notifikasi: ``make bench-notifikasi`` (``.venv/bin/python bench/notifikasi.py``).

"A notification to all 100,000 queued in < 30 s" (issue 18). In a scratch database (SQLite in
a temporary folder, or DATABASE_URL), with the task queue in the database as production runs
it (django-tasks-db, TASKS_BACKEND=database):

1. ``--pengguna`` active accounts are created with ``bulk_create`` (not measured);
2. *antre*: ``situs.notifikasi.siarkan`` to every account, as an announcement would call it:
   the ids are read in chunks and one ``buat_notifikasi`` task per ``UKURAN_BATCH`` is written
   to the task table. This is what the request (or the event task) waits for;
3. *kuras*: ``--worker`` ``manage.py db_worker`` processes, polling as in production, run
   those tasks; each applies the preferences and writes its inbox rows with one
   ``INSERT … SELECT``. The batches after the first are deferred ``JEDA_BATCH`` apart (1 s:
   a broadcast takes a steady few per cent of the machine), so the drain lasts about
   batches × ``JEDA_BATCH``. The figure is the wall time until every task has finished
   (checked: one inbox row per account); the workers are then stopped.

``make bench-skala-pg`` (bench/skala.py) also measures the other half of the target, "without
slowing page requests by more than 10 % while it drains", with :func:`selama_melayani`: the
unit dashboard under wrk before the broadcast and again while the workers drain it.

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
    return {
        "detik": detik,
        "batch": batch,
        "penerima": penerima.count(),
        "tugas_antre": DBTaskResult.objects.count(),
    }


def pantau_kuras() -> None:
    """Set Django up and say ``siap``; after a line on standard input, poll the task table
    (every 0.1 s, then every 0.5 s), say ``mulai`` once a worker has claimed the first task,
    and at the end print the seconds from the start line to the first claim and to the last
    finished task."""
    _umum.django_setup()
    from django_tasks_db.models import DBTaskResult

    # The broadcast's tasks (earlier runs' finished tasks may share the table); read before
    # the workers start, so this process is connected by then too.
    # READY, due or not: the batches after the first are deferred (situs.notifikasi.JEDA_BATCH).
    tugas = DBTaskResult.objects.filter(
        pk__in=list(DBTaskResult.objects.filter(status="READY").values_list("pk", flat=True))
    )
    semua = tugas.count()
    print("siap", flush=True)
    sys.stdin.readline()
    mulai = time.perf_counter()
    diklaim = None
    while True:
        if diklaim is None and tugas.filter(status="READY").count() < semua:
            diklaim = time.perf_counter() - mulai
            print("mulai", flush=True)
        if tugas.finished().count() >= semua:
            break
        # Finely until the first claim (the measurement starts there), then gently: this
        # watcher's queries run beside the pages being measured.
        time.sleep(0.1 if diklaim is None else 0.5)
    print(json.dumps({"klaim_pertama": diklaim, "selesai": time.perf_counter() - mulai}))


def selama_melayani(
    env: dict[str, str],
    *,
    url: str,
    cookie: str,
    koneksi: int,
    detik: int,
    worker: int,
    nice: int,
) -> dict:
    """Page latency before and while a broadcast to every account drains, in the database
    ``env`` points at (accounts already there, task table empty, ``url`` served).

    1. wrk on ``url`` for ``detik`` seconds: the figure before;
    2. *antre*: ``siarkan`` to every account (what the request waits for);
    3. ``worker`` ``db_worker`` processes start (``nice``); once the first has claimed a task
       (Django's start-up is not "draining" yet), wrk on ``url`` again for ``detik`` seconds;
       whether the queue was still draining when that run ended is reported: otherwise the
       second figure covers idle time too and understates the slowdown;
    4. the drain's end, the inbox rows and the failed tasks are counted.
    """
    env = dict(env, TASKS_BACKEND="database")
    sebelum = _umum.wrk(url, koneksi=koneksi, detik=detik, cookie=cookie)
    awal = _umum.jalankan_skrip(env, "notifikasi.py", "--hitung")
    antri = _umum.jalankan_skrip(env, "notifikasi.py", "--antre")
    pengamat = _umum.mulai_pengamat(
        env, str(Path(__file__).resolve()), "--pantau-kuras", nama="pengamat antrean"
    )
    mulai = time.perf_counter()
    proses = _umum.mulai_db_worker(env, worker, nice=nice, sampai_kosong=False)
    pengamat.stdin.write("mulai\n")
    pengamat.stdin.flush()
    if pengamat.stdout.readline().strip() != "mulai":
        for w in proses:
            w.kill()  # only the workers this run started
        pengamat.wait()
        raise SystemExit(f"pengamat antrean gagal:\n{pengamat.stderr.read()}")
    # The workers' CPU from here on is the drain's, without Django's start-up.
    cpu_mulai, saat_mulai = sum(_umum.detik_cpu(w.pid) for w in proses), time.perf_counter()
    selama = _umum.wrk(url, koneksi=koneksi, detik=detik, cookie=cookie)
    masih_dikuras = pengamat.poll() is None
    keluaran, galat = pengamat.communicate()
    kuras = time.perf_counter() - mulai
    cpu_kuras = _umum.hentikan_db_worker(proses) - cpu_mulai
    detik_kuras = time.perf_counter() - saat_mulai
    if pengamat.returncode != 0:
        raise SystemExit(f"pengamat antrean gagal:\n{galat}")
    for w in proses:
        if w.returncode != 0:
            raise SystemExit(f"db_worker gagal:\n{w.stderr.read()}")
    waktu = json.loads(keluaran.strip().splitlines()[-1])
    akhir = _umum.jalankan_skrip(env, "notifikasi.py", "--hitung")
    return {
        "sebelum": sebelum,
        "selama": selama,
        "antre": antri["detik"],
        "batch": antri["batch"],
        "penerima": antri["penerima"],
        "notifikasi_baru": akhir["notifikasi"] - awal["notifikasi"],
        "tugas_gagal": akhir["tugas_gagal"],
        "klaim_pertama": waktu["klaim_pertama"],
        "kuras": kuras,
        "cpu_kuras": cpu_kuras,
        "detik_kuras": detik_kuras,
        "masih_dikuras": masih_dikuras,
    }


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
    parser.add_argument("--pantau-kuras", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pantau_kuras:
        pantau_kuras()
        return
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
        pengamat = _umum.mulai_pengamat(
            env, str(Path(__file__).resolve()), "--pantau-kuras", nama="pengamat antrean"
        )
        mulai = time.perf_counter()
        worker = _umum.mulai_db_worker(env, args.worker, sampai_kosong=False)
        pengamat.stdin.write("mulai\n")
        pengamat.stdin.flush()
        keluaran, galat = pengamat.communicate()
        kuras = time.perf_counter() - mulai
        cpu_worker = _umum.hentikan_db_worker(worker)
        if pengamat.returncode != 0:
            raise SystemExit(f"pengamat antrean gagal:\n{galat}")
        for w in worker:
            if w.returncode != 0:
                raise SystemExit(f"db_worker gagal:\n{w.stderr.read()}")
        akhir = _umum.jalankan_skrip(env, "notifikasi.py", "--hitung")
        total = antri["detik"] + kuras
        print(
            f"kuras: {akhir['notifikasi']} baris kotak masuk oleh {args.worker} db_worker dalam "
            f"{kuras:.1f} s (termasuk start proses worker); tugas gagal: {akhir['tugas_gagal']}"
        )
        print(
            f"CPU db_worker: {cpu_worker:.1f} s selama {kuras:.1f} s kuras "
            f"({cpu_worker / kuras * 100:.1f} % satu inti, termasuk start Django)"
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
