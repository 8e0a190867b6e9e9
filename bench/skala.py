"""Tolok ukur skala: ``make bench-skala`` (``.venv/bin/python bench/skala.py``).

1. Generates 10,000 employees (50 units of 200) with an SKP each (2 RHK × 1 IKI with an annual
   realisation; 80 % final with a final evaluation carrying a real engine result) through
   ``bulk_create``, in a scratch database (SQLite in a temporary folder, or DATABASE_URL).
2. Serves the site with gunicorn (2 workers, production settings) and measures the unit
   dashboard (as Admin Kepegawaian) and the public transparency page with wrk at concurrency
   1 and 8: p50/p95/p99, target p95 < 300 ms.
3. Re-scores every SKP through the background task backend as production runs it: the tasks
   (``penilaian/tugas.py``, batches of ``--batch`` SKPs, each loaded with prefetches) are
   queued in the database (django-tasks-db, TASKS_BACKEND=database) and separate
   ``manage.py db_worker`` processes (``--worker``, one per core) run them: total time
   (target < 60 s) and the workers' resident memory sampled every 0.2 s together with the
   number of tasks finished (read from the task table), so that memory is compared from just
   after warm-up (imports, first batches) to the end: flat, the batches do not accumulate.

    .venv/bin/python bench/skala.py [--pegawai 10000] [--unit 50] [--detik 10]
                                    [--batch 250] [--worker 2] [--target-nilai-ulang 60]

4. Broadcasts a notification to as many accounts as employees (bench/notifikasi.py): the unit
   dashboard under wrk at 8 connections before, the time to queue it (target < 30 s), then the
   dashboard again while ``--worker`` ``db_worker`` processes drain the queue: p95 before and
   during, slowdown target ≤ 10 %. The workers run at ``--nice-worker`` 10, as the worker's
   systemd unit in docs/operasi.md does, so that page requests come first.

``make bench-skala-pg`` runs it at 100,000 employees (500 units of 200) on a throwaway
PostgreSQL server (scripts/pg-sementara.sh), with the 120 s re-scoring target of issue 18.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _umum  # noqa: E402

TARGET_P95_MS = 300
TARGET_ANTRE_NOTIFIKASI_S = 30
#: Largest slowdown of the dashboard's p95 while a broadcast drains (issue 18).
TARGET_PERLAMBATAN_PERSEN = 10
TARGET_NILAI_ULANG_S = 60
#: A worker is warm (imports done, connection open, its first batches loaded and freed) once
#: this many tasks per worker have finished; memory is compared from then on.
PEMANASAN_TUGAS_PER_WORKER = 2
#: Largest growth of the largest worker's resident memory from just after warm-up to the end
#: (one batch of 250 SKPs with its prefetches takes 10–15 MB while it runs).
BATAS_NAIK_MEMORI_MB = 10


def buat(pegawai: int, unit: int) -> dict:
    _umum.django_setup()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from penilaian.models import SKP, Evaluasi, Periode

    periode = Periode.objects.get(aktif=True)
    mulai = time.perf_counter()
    units = _umum.buat_pegawai(jumlah=pegawai, jumlah_unit=unit, periode=periode)
    detik = time.perf_counter() - mulai
    if connection.vendor == "postgresql":
        # A server in use has its statistics; right after a bulk load autovacuum would be
        # vacuuming and analysing the new tables during the first measurements instead.
        with connection.cursor() as c:
            c.execute("VACUUM ANALYZE")
    admin = get_user_model().objects.get(username="kepegawaian")
    return {
        "detik": detik,
        "skp": SKP.objects.count(),
        "evaluasi_final": Evaluasi.objects.filter(status="final").count(),
        "unit": units[0].kode,
        "cookie_admin": _umum.sesi_untuk(admin),
    }


def antrekan(batch: int) -> dict:
    """Enqueue one re-scoring task per batch of SKP ids into the database queue."""
    _umum.django_setup()
    from penilaian.models import SKP
    from penilaian.tugas import nilai_ulang_skp

    ids = list(SKP.objects.order_by("pk").values_list("pk", flat=True))
    hasil = [nilai_ulang_skp.enqueue(ids[a : a + batch]).id for a in range(0, len(ids), batch)]
    return {"tugas": hasil}


def kumpulkan(ids: list[str]) -> dict:
    """Sum the stored return values of the finished tasks."""
    _umum.django_setup()
    from penilaian.tugas import nilai_ulang_skp

    total = {"dinilai": 0, "sama": 0, "beda": 0, "belum_lengkap": 0, "tidak_selesai": 0}
    for i in ids:
        hasil = nilai_ulang_skp.get_result(i)
        if hasil.status != "SUCCESSFUL":
            total["tidak_selesai"] += 1
            continue
        for k, v in hasil.return_value.items():
            total[k] += v
    return total


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for baris in f:
                if baris.startswith("VmRSS:"):
                    return int(baris.split()[1]) / 1024
    except OSError:
        return None
    return None


def pantau(tugas: list[str]) -> dict:
    """Set Django up, say ``siap``, read the workers' process ids from standard input, then
    every 0.2 s record the number of the tasks finished (from the task table) and the resident
    memory of the largest live worker, until every task has finished or no worker is left."""
    _umum.django_setup()
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.exists()  # connected before the workers start
    print("siap", flush=True)
    pid = [int(p) for p in sys.stdin.readline().split(",")]
    sampel = []
    mulai = time.perf_counter()
    while True:
        selesai = DBTaskResult.objects.filter(id__in=tugas).finished().count()
        ukuran = [u for u in (_rss_mb(p) for p in pid) if u]
        if ukuran:
            sampel.append((selesai, round(max(ukuran), 1)))
        if selesai >= len(tugas) or not ukuran:
            return {"sampel": sampel, "detik": time.perf_counter() - mulai}
        time.sleep(0.2)


def periksa_memori(
    sampel: list[tuple[int, float]], *, tugas: int, worker: int, detik: float
) -> tuple[str, str | None]:
    """Compare the largest worker's memory just after warm-up with the end: the largest sample
    taken while the next ``w`` tasks after warm-up were finishing (``w`` = warm-up tasks) with
    the largest sample taken while the last ``w`` were. A maximum over a window of several
    batches, so the rise and fall inside one batch is no growth. Returns the line to print and
    the failure (``None`` when flat)."""
    w = PEMANASAN_TUGAS_PER_WORKER * worker
    semua = [rss for _, rss in sampel] or [0.0]
    kepala = (
        f"memori db_worker terbesar (RSS MB, {len(sampel)} sampel dalam {detik:.1f} s): "
        f"sampel pertama {semua[0]}, puncak {max(semua)}"
    )
    if tugas < 3 * w:
        return f"{kepala}; terlalu sedikit tugas ({tugas}) untuk memisahkan pemanasan", None
    setelah = [rss for n, rss in sampel if w <= n < 2 * w]
    if not setelah:  # those tasks finished between two samples: the first sample after them
        setelah = [rss for n, rss in sampel if n >= w][:1]
    akhir = [rss for n, rss in sampel if n >= tugas - w]
    if not setelah or not akhir:
        return f"{kepala}; sampel setelah pemanasan atau di akhir tidak ada", "memori tidak terukur"
    naik = max(akhir) - max(setelah)
    baris = (
        f"{kepala}; setelah pemanasan (tugas ke-{w + 1}–{2 * w} dari {tugas} berjalan) "
        f"{max(setelah)}, akhir ({w} tugas terakhir) {max(akhir)}: naik {naik:.1f} MB "
        f"(batas {BATAS_NAIK_MEMORI_MB} MB)"
    )
    if naik > BATAS_NAIK_MEMORI_MB:
        return baris, f"memori naik {naik:.1f} MB setelah pemanasan"
    return baris, None


def nilai_ulang(env: dict[str, str], batch: int, jumlah_worker: int) -> dict:
    """Queue every SKP in batches, then run ``jumlah_worker`` ``db_worker`` processes until the
    queue is empty, watched by a process that samples their memory and the task table."""
    env = dict(env, TASKS_BACKEND="database")
    tugas = _umum.jalankan_skrip(env, "skala.py", "--antrekan", "--batch", str(batch))["tugas"]
    # The watcher sets Django up before the workers start, so it sees them from their first
    # moment and its own start-up is not part of the measured time.
    pengamat = _umum.mulai_pengamat(
        env,
        str(Path(__file__).resolve()),
        "--pantau",
        "--tugas-id",
        ",".join(tugas),
        nama="pengamat memori",
    )
    mulai = time.perf_counter()
    worker = _umum.mulai_db_worker(env, jumlah_worker)
    keluaran, galat = pengamat.communicate(",".join(str(w.pid) for w in worker) + "\n")
    # CPU time of the workers alone (user + system, start-up included): read from the children
    # reaped from here on, which are only they. On a shared machine the wall time depends on
    # the other processes; this does not.
    cpu_awal = resource.getrusage(resource.RUSAGE_CHILDREN)
    for w in worker:
        if pengamat.returncode != 0:
            w.kill()  # only the workers this run started
        w.wait()
    detik = time.perf_counter() - mulai
    cpu_akhir = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_akhir.ru_utime - cpu_awal.ru_utime) + (cpu_akhir.ru_stime - cpu_awal.ru_stime)
    if pengamat.returncode != 0:
        raise SystemExit(f"pengamat memori gagal:\n{galat}")
    for w in worker:
        if w.returncode != 0:
            raise SystemExit(f"db_worker gagal:\n{w.stderr.read()}")
    pantauan = json.loads(keluaran.strip().splitlines()[-1])
    total = _umum.jalankan_skrip(env, "skala.py", "--kumpulkan", ",".join(tugas))
    return {
        "detik": detik,
        "cpu": cpu,
        "sampel": pantauan["sampel"],
        "detik_sampel": pantauan["detik"],
        "tugas": len(tugas),
        **total,
    }


def siaran(env: dict[str, str], args: argparse.Namespace, data: dict, tmp: Path) -> list[str]:
    """Step 4: a broadcast to ``--pegawai`` accounts while the unit dashboard is served."""
    import notifikasi

    akun = _umum.jalankan_skrip(env, "notifikasi.py", "--buat", "--pengguna", str(args.pegawai))
    print(f"{akun['pengguna']} akun ada (dibuat dalam {akun['detik']:.1f} s, tidak diukur)")
    with _umum.server_gunicorn(env, log=tmp / "gunicorn-notifikasi.log") as alamat:
        url = f"{alamat}/penilaian/unit/{data['unit']}/"
        for _ in range(5):
            _umum.ambil(url, data["cookie_admin"])
        h = notifikasi.selama_melayani(
            env,
            url=url,
            cookie=data["cookie_admin"],
            koneksi=8,
            detik=args.detik_siaran,
            worker=args.worker,
            nice=args.nice_worker,
        )
    print(
        f"siaran notifikasi: antre {h['batch']} tugas untuk {h['penerima']} penerima dalam "
        f"{h['antre']:.2f} s; kuras oleh {args.worker} db_worker (nice {args.nice_worker}) "
        f"{h['kuras']:.1f} s (klaim pertama setelah {h['klaim_pertama']:.1f} s; CPU worker "
        f"sejak klaim pertama {h['cpu_kuras']:.1f} s dalam {h['detik_kuras']:.1f} s = "
        f"{h['cpu_kuras'] / h['detik_kuras'] * 100:.1f} % satu inti); "
        f"{h['notifikasi_baru']} baris kotak masuk, {h['tugas_gagal']} tugas gagal"
    )
    naik = (h["selama"]["p95"] / h["sebelum"]["p95"] - 1) * 100
    for nama in ("sebelum", "selama"):
        r = h[nama]
        print(
            f"  c=8 dasbor-unit {nama + ' dikuras':<15} {r['rps']:6.1f} req/s  p50 "
            f"{r['p50']:6.1f}  p95 {r['p95']:6.1f}  p99 {r['p99']:6.1f} ms  galat {r['galat']}"
        )
    print(
        f"  perlambatan p95 selama dikuras: {naik:+.1f} % (target ≤ {TARGET_PERLAMBATAN_PERSEN} %); "
        f"antrean {'masih' if h['masih_dikuras'] else 'sudah tidak'} dikuras di akhir pengukuran"
    )
    gagal = []
    if h["antre"] >= TARGET_ANTRE_NOTIFIKASI_S:
        gagal.append(f"antre notifikasi {h['antre']:.1f} s")
    if h["notifikasi_baru"] != h["penerima"] or h["tugas_gagal"]:
        gagal.append("tidak semua penerima mendapat notifikasi")
    if h["sebelum"]["galat"] or h["selama"]["galat"]:
        gagal.append("galat HTTP selama siaran")
    if not h["masih_dikuras"]:
        gagal.append("antrean habis sebelum pengukuran selesai: perlambatan tidak terukur penuh")
    if naik > TARGET_PERLAMBATAN_PERSEN:
        gagal.append(f"perlambatan dasbor selama siaran {naik:.0f} %")
    return gagal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pegawai", type=int, default=10_000)
    parser.add_argument("--unit", type=int, default=50)
    parser.add_argument("--detik", type=int, default=10, help="lama tiap run wrk")
    parser.add_argument("--batch", type=int, default=250, help="SKP per tugas")
    parser.add_argument("--worker", type=int, default=2, help="proses db_worker")
    parser.add_argument(
        "--target-nilai-ulang",
        type=float,
        default=TARGET_NILAI_ULANG_S,
        help="batas detik penilaian ulang semua SKP (60 untuk 10.000, 120 untuk 100.000)",
    )
    parser.add_argument(
        "--tanpa-notifikasi", action="store_true", help="lewati pengukuran siaran notifikasi"
    )
    parser.add_argument(
        "--detik-siaran",
        type=int,
        default=20,
        help="lama tiap run wrk sebelum dan selama siaran dikuras (p95 dari lebih banyak "
        "permintaan; siaran 100.000 akun dikuras ±100 s)",
    )
    parser.add_argument(
        "--nice-worker",
        type=int,
        default=10,
        help="prioritas CPU (nice) db_worker selama siaran dikuras; 10 seperti "
        "kinerja-tugas.service di docs/operasi.md, 0 untuk prioritas sama dengan halaman",
    )
    parser.add_argument("--buat", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--antrekan", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--kumpulkan", help=argparse.SUPPRESS)
    parser.add_argument("--pantau", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tugas-id", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.buat:
        print(json.dumps(buat(args.pegawai, args.unit)))
        return
    if args.antrekan:
        print(json.dumps(antrekan(args.batch)))
        return
    if args.kumpulkan:
        print(json.dumps(kumpulkan(args.kumpulkan.split(","))))
        return
    if args.pantau:
        print(json.dumps(pantau(args.tugas_id.split(","))))
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
        hasil = nilai_ulang(env, args.batch, args.worker)
        print(
            f"nilai ulang {hasil['dinilai']} SKP lewat antrean basis data django-tasks dan "
            f"{args.worker} proses db_worker ({hasil['tugas']} tugas × {args.batch} SKP; "
            f"{hasil['tidak_selesai']} tidak selesai) dalam {hasil['detik']:.1f} s "
            f"({hasil['dinilai'] / hasil['detik']:.0f} SKP/s; CPU worker {hasil['cpu']:.1f} s "
            f"termasuk start); evaluasi final: {hasil['sama']} predikat sama, {hasil['beda']} berbeda; {hasil['belum_lengkap']} SKP draf belum "
            "lengkap untuk dinilai"
        )
        baris, naik = periksa_memori(
            [tuple(x) for x in hasil["sampel"]],
            tugas=hasil["tugas"],
            worker=args.worker,
            detik=hasil["detik_sampel"],
        )
        print(baris)
        if hasil["detik"] > args.target_nilai_ulang:
            gagal.append(f"nilai ulang {hasil['detik']:.0f} s > {args.target_nilai_ulang:.0f} s")
        if hasil["beda"] or hasil["tidak_selesai"]:
            gagal.append("nilai ulang tidak mereproduksi semua hasil tersimpan")
        if naik:
            gagal.append(naik)
        if not args.tanpa_notifikasi:
            gagal += siaran(env, args, data, Path(tmp))
    print("Di luar target: " + "; ".join(gagal) if gagal else "Semua target terpenuhi.")


if __name__ == "__main__":
    main()
