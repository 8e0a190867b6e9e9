"""Shared helpers of the web, scale and load benchmarks (bench/web.py, skala.py, muatan.py).

Two halves: process plumbing that runs without Django (a scratch database prepared through
``manage.py``, a gunicorn server on 127.0.0.1 that stops with the benchmark, wrk runs and
percentiles), and data builders that run inside a Django process (appraisal data generated
with ``bulk_create``, sessions for the participant and the appraisal admin).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
PY = str(AKAR / ".venv" / "bin" / "python")
GUNICORN = str(AKAR / ".venv" / "bin" / "gunicorn")
SANDI_BENCH = "Bench-Cipocok-2026"  # noqa: S105 (a throwaway scratch database)

WRK_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nJSON {"requests": %d, "duration_us": %d, "errors": %d, "non2xx": %d, '
    .. '"p50_us": %d, "p95_us": %d, "p99_us": %d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def persen(data: list[float], p: float) -> float:
    """The p-th percentile by nearest rank (data need not be sorted)."""
    if not data:
        return float("nan")
    urut = sorted(data)
    return urut[min(len(urut) - 1, round(p / 100 * (len(urut) - 1)))]


def lingkungan_scratch(tmp: Path) -> dict[str, str]:
    """Environment of every process of a benchmark run: production-like settings
    (config.settings.bench), a scratch database (SQLite in ``tmp`` unless DATABASE_URL is set),
    static files collected into ``tmp``."""
    env = dict(os.environ)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.bench"
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    env["STATIC_ROOT"] = str(tmp / "static")
    env["VAR_DIR"] = str(tmp / "var")
    env["PYTHONPATH"] = str(AKAR)
    return env


def _python(env: dict[str, str], berkas: Path, *args: str) -> str:
    """Run a Python file of the project with ``env``; stop the benchmark with its output when
    it fails, else return its standard output."""
    hasil = subprocess.run(
        [PY, str(berkas), *args], env=env, cwd=AKAR, capture_output=True, text=True, check=False
    )
    if hasil.returncode != 0:
        raise SystemExit(f"{berkas.name} {' '.join(args)} gagal:\n{hasil.stdout}\n{hasil.stderr}")
    return hasil.stdout


def manage(env: dict[str, str], *args: str, tampil: bool = False) -> str:
    """Run ``manage.py`` with ``env``."""
    keluaran = _python(env, AKAR / "manage.py", *args)
    if tampil:
        print(keluaran.strip())
    return keluaran


def siapkan_basis_data(env: dict[str, str]) -> None:
    """Migrate, load the demo content and collect static files (hashed and compressed)."""
    mulai = time.perf_counter()
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "muat_demo")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    print(f"basis data scratch siap dalam {time.perf_counter() - mulai:.0f} s")


def jalankan_skrip(env: dict[str, str], skrip: str, *args: str) -> dict:
    """Run a benchmark script in its Django-set-up mode; it prints one JSON line last."""
    return json.loads(_python(env, AKAR / "bench" / skrip, *args).strip().splitlines()[-1])


def mulai_db_worker(
    env: dict[str, str], jumlah: int, *, nice: int = 0, sampai_kosong: bool = True
) -> list[subprocess.Popen]:
    """Start ``jumlah`` ``manage.py db_worker`` processes. With ``sampai_kosong`` (``--batch``)
    each runs the ready tasks until none is ready, then exits (the caller waits for them);
    without it they keep polling, as production's workers do, which deferred tasks (a
    broadcast's spread-out batches) need, and the caller stops them with
    :func:`hentikan_db_worker`. ``nice`` > 0 lowers their CPU priority (``nice -n``, which
    replaces itself with the worker: same process id), as ``Nice=`` in the worker's systemd
    unit does (docs/operasi.md)."""
    awalan = ["nice", "-n", str(nice)] if nice else []
    # Batch mode polls every 0.1 s to drain as fast as it can; polling workers keep
    # db_worker's default (1 s), as production's service does.
    mode = ["--batch", "--interval", "0.1"] if sampai_kosong else []
    return [
        subprocess.Popen(
            [*awalan, PY, str(AKAR / "manage.py"), "db_worker", *mode]
            + ["--no-reload", "--no-startup-delay"],
            env=env,
            cwd=AKAR,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(jumlah)
    ]


def hentikan_db_worker(proses: list[subprocess.Popen]) -> float:
    """Stop polling workers as systemd does (SIGTERM: the task in hand is finished first).
    Returns the CPU seconds (user + system) they used, read just before they stop."""
    cpu = sum(detik_cpu(w.pid) for w in proses)
    for w in proses:
        w.terminate()
    for w in proses:
        w.wait(timeout=60)
    return cpu


def detik_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a running process, from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        # The command name (field 2) may hold spaces; the fields after it are plain numbers.
        medan = f.read().rsplit(")", 1)[1].split()
    return (int(medan[11]) + int(medan[12])) / os.sysconf("SC_CLK_TCK")


def mulai_pengamat(env: dict[str, str], berkas: str, *args: str, nama: str) -> subprocess.Popen:
    """Start a watcher: ``berkas`` (a benchmark script) in a mode that sets Django up, says
    ``siap`` and then reads its instructions from standard input (text pipes both ways).
    Returns it once ready, so its start-up is never part of what it measures."""
    pengamat = subprocess.Popen(
        [PY, berkas, *args],
        env=env,
        cwd=AKAR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if pengamat.stdout.readline().strip() != "siap":
        pengamat.wait()
        raise SystemExit(f"{nama} gagal:\n{pengamat.stderr.read()}")
    return pengamat


def port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server_gunicorn(env: dict[str, str], *, workers: int = 2, log: Path | None = None):
    """gunicorn serving config.wsgi on 127.0.0.1 (loopback only); stopped on exit."""
    port = port_bebas()
    keluaran = open(log or os.devnull, "w")  # noqa: SIM115 (closed in finally)
    proses = subprocess.Popen(
        [
            GUNICORN,
            "config.wsgi:application",
            "--config",
            str(AKAR / "bench" / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
        ],
        env=env,
        cwd=AKAR,
        stdout=keluaran,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    alamat = f"http://127.0.0.1:{port}"
    try:
        batas = time.monotonic() + 60
        while True:
            if proses.poll() is not None:
                raise SystemExit(f"gunicorn berhenti (kode {proses.returncode}); lihat {log}")
            try:
                urllib.request.urlopen(f"{alamat}/bench/polos/", timeout=2).read()  # noqa: S310
                break
            except OSError:
                if time.monotonic() > batas:
                    raise SystemExit("gunicorn tidak menjawab dalam 60 s") from None
                time.sleep(0.3)
        yield alamat
    finally:
        # Only the server this benchmark started: its own process group.
        try:
            os.killpg(proses.pid, signal.SIGTERM)
            proses.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proses.pid, signal.SIGKILL)
        keluaran.close()


@contextmanager
def server_redis(tmp: Path):
    """A throwaway redis-server on 127.0.0.1 (no persistence, data in ``tmp``); yields its URL
    for REDIS_URL; stopped on exit."""
    if subprocess.run(["which", "redis-server"], capture_output=True, check=False).returncode:
        raise SystemExit(
            "redis-server belum terpasang: jalankan bash scripts/pasang-bench.sh --redis"
        )
    port = port_bebas()
    proses = subprocess.Popen(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        batas = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proses.poll() is not None or time.monotonic() > batas:
                    raise SystemExit("redis-server tidak mau berjalan") from None
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/1"
    finally:
        os.killpg(proses.pid, signal.SIGTERM)
        proses.wait(timeout=10)


def ambil(url: str, cookie: str = "") -> tuple[int, bytes, dict[str, str]]:
    """GET without following redirects: status, body, headers."""

    class TanpaAlih(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    pembuka = urllib.request.build_opener(TanpaAlih)
    permintaan = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    try:
        with pembuka.open(permintaan, timeout=30) as r:
            return r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)


def wrk(url: str, *, koneksi: int, detik: int, cookie: str = "", utas: int = 2) -> dict:
    """One wrk run: requests/s, p50/p95/p99 (ms), errors and non-2xx/3xx answers."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_LUA)
        lua = f.name
    perintah = [
        "wrk",
        f"-t{min(utas, koneksi)}",
        f"-c{koneksi}",
        f"-d{detik}s",
        "--timeout",
        "10s",
        "-s",
        lua,
    ]
    if cookie:
        perintah += ["-H", f"Cookie: {cookie}"]
    hasil = subprocess.run([*perintah, url], capture_output=True, text=True, check=False)
    os.unlink(lua)
    baris = [b for b in hasil.stdout.splitlines() if b.startswith("JSON ")]
    if hasil.returncode != 0 or not baris:
        raise SystemExit(f"wrk gagal untuk {url}:\n{hasil.stdout}\n{hasil.stderr}")
    data = json.loads(baris[-1][5:])
    durasi = data["duration_us"] / 1e6
    return {
        "rps": data["requests"] / durasi if durasi else 0.0,
        "p50": data["p50_us"] / 1000,
        "p95": data["p95_us"] / 1000,
        "p99": data["p99_us"] / 1000,
        "n": data["requests"],
        "galat": data["errors"] + data["non2xx"],
    }


def wajib_wrk() -> None:
    if subprocess.run(["which", "wrk"], capture_output=True, check=False).returncode != 0:
        raise SystemExit("wrk belum terpasang: jalankan bash scripts/pasang-bench.sh")


def django_setup() -> None:
    """Set up Django in this process with the environment prepared by the parent."""
    sys.path.insert(0, str(AKAR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
    import django

    django.setup()


# --- data builders (inside a Django process) --------------------------------------------------


def nip_ke(i: int) -> str:
    """A valid, unique NIP for employee number ``i`` (0 ≤ i < 999 × 3650)."""
    import datetime

    lahir = datetime.date(1970, 1, 1) + datetime.timedelta(days=i // 999)
    return f"{lahir:%Y%m%d}200001{1 + i % 2}{i % 999 + 1:03d}"


def hasil_contoh(periode, realisasi: list[int], rating_perilaku: str) -> tuple[dict, dict]:
    """(engine document, result) for an SKP of two RHK utama with one IKI each (target 12
    laporan, realisation as given), under the period's kebijakan: built and scored the way
    ``penilaian.services`` builds and stores an evaluation."""
    from penilaian.mappers import dokumen_permen, kebijakan_ke_mesin
    from penilaian.services.nilai import dokumen_nilai

    rhk = [
        {
            "teks": f"Tersusunnya laporan kependudukan {n} yang tepat waktu",
            "jenis": "utama",
            "indikator": [
                {
                    "teks": f"Jumlah laporan kependudukan {n} yang disampaikan tepat waktu",
                    "aspek": "kuantitas",
                    "target": 12,
                    "realisasi": r,
                    "satuan": "laporan",
                }
            ],
        }
        for n, r in zip(("bulanan", "triwulanan"), realisasi, strict=True)
    ]
    dokumen = dokumen_permen(
        rhk=rhk, rating_perilaku=rating_perilaku, kebijakan=kebijakan_ke_mesin(periode.kebijakan)
    )
    hasil = dokumen_nilai(dokumen=dokumen)
    return hasil.dokumen, hasil.hasil


def buat_pegawai(*, jumlah: int, jumlah_unit: int, periode, awal: int = 0, batch: int = 2000):
    """``jumlah`` employees over ``jumlah_unit`` new units (one head per unit, the rest report
    to the head), each with an SKP of 2 RHK × 1 IKI with an annual realisation; 80 % of the
    SKPs are final with a final annual evaluation carrying a real engine result, the rest are
    spread over the other statuses. Everything through ``bulk_create``; returns the units."""
    import itertools
    import secrets

    from django.utils import timezone

    from penilaian.models import (
        SKP,
        Evaluasi,
        IndikatorKinerja,
        Pegawai,
        Realisasi,
        RencanaHasilKerja,
        UnitKerja,
    )

    induk = UnitKerja.objects.filter(jenis=UnitKerja.Jenis.KECAMATAN).first()
    units = UnitKerja.objects.bulk_create(
        [
            UnitKerja(
                kode=f"bench-{awal + u:05d}",
                nama=f"Unit Bench {awal + u:05d}",
                jenis=UnitKerja.Jenis.SEKSI,
                induk=induk,
            )
            for u in range(jumlah_unit)
        ]
    )
    units = list(UnitKerja.objects.filter(kode__in=[u.kode for u in units]).order_by("kode"))
    varian = [
        (r, perilaku, *hasil_contoh(periode, r, perilaku))
        for r, perilaku in itertools.product(
            ([12, 12], [14, 13], [9, 11], [6, 8]),
            ("sesuai_ekspektasi", "di_atas_ekspektasi"),
        )
    ]
    status_lain = [SKP.Status.DRAFT, SKP.Status.DIAJUKAN, SKP.Status.DISETUJUI, SKP.Status.DINILAI]
    sekarang = timezone.now()
    per_unit = max(1, jumlah // jumlah_unit)
    kepala = Pegawai.objects.bulk_create(
        [
            Pegawai(
                nip=nip_ke(awal + u * per_unit),
                nama=f"Kepala {unit.nama}",
                jabatan="Kepala Seksi",
                jenis_jabatan=Pegawai.JenisJabatan.STRUKTURAL,
                unit=unit,
                memimpin_unit=True,
            )
            for u, unit in enumerate(units)
        ]
    )
    kepala = list(Pegawai.objects.filter(nip__in=[k.nip for k in kepala]).order_by("unit__kode"))
    nomor = [(u, awal + u * per_unit + k) for u in range(jumlah_unit) for k in range(1, per_unit)][
        : max(0, jumlah - jumlah_unit)
    ]
    semua = list(kepala)
    for potong in range(0, len(nomor), batch):
        baru = Pegawai.objects.bulk_create(
            [
                Pegawai(
                    nip=nip_ke(i),
                    nama=f"Pegawai {i:05d}",
                    jabatan="Pelaksana",
                    jenis_jabatan=Pegawai.JenisJabatan.PELAKSANA,
                    unit=units[u],
                    atasan=kepala[u],
                )
                for u, i in nomor[potong : potong + batch]
            ]
        )
        if baru and baru[0].pk is None:  # backends without RETURNING on bulk insert
            baru = list(Pegawai.objects.filter(nip__in=[p.nip for p in baru]))
        semua.extend(baru)
    for potong in range(0, len(semua), batch):
        _buat_skp(
            semua[potong : potong + batch],
            periode=periode,
            varian=varian,
            status_lain=status_lain,
            sekarang=sekarang,
            awal=potong,
            models=(SKP, RencanaHasilKerja, IndikatorKinerja, Realisasi, Evaluasi),
            token=secrets.token_hex,
        )
    return units


def _buat_skp(pegawai, *, periode, varian, status_lain, sekarang, awal, models, token):
    from penilaian.mesin import VERSI_MESIN

    SKP, RencanaHasilKerja, IndikatorKinerja, Realisasi, Evaluasi = models
    final = [(awal + j) % 5 != 4 for j in range(len(pegawai))]
    skp = SKP.objects.bulk_create(
        [
            SKP(
                pegawai=p,
                periode=periode,
                penilai_id=p.atasan_id,
                status=SKP.Status.FINAL if f else status_lain[(awal + j) % len(status_lain)],
            )
            for j, (p, f) in enumerate(zip(pegawai, final, strict=True))
        ]
    )
    if skp and skp[0].pk is None:
        per_pegawai = dict(
            SKP.objects.filter(periode=periode, pegawai__in=pegawai).values_list("pegawai_id", "pk")
        )
        for s in skp:
            s.pk = s.id = per_pegawai[s.pegawai_id]
    pilihan = [varian[(awal + j) % len(varian)] for j in range(len(skp))]
    rhk = RencanaHasilKerja.objects.bulk_create(
        [
            RencanaHasilKerja(skp=s, teks=r["teks"], jenis="utama", urutan=k)
            for s, v in zip(skp, pilihan, strict=True)
            for k, r in enumerate(v[2]["rhk"])
        ]
    )
    if rhk and rhk[0].pk is None:
        rhk = list(RencanaHasilKerja.objects.filter(skp__in=skp).order_by("skp_id", "urutan"))
    data_iki = [r["indikator"][0] for v in pilihan for r in v[2]["rhk"]]
    iki = IndikatorKinerja.objects.bulk_create(
        [
            IndikatorKinerja(rhk=r, teks=d["teks"], aspek="kuantitas", target=12, satuan="laporan")
            for r, d in zip(rhk, data_iki, strict=True)
        ]
    )
    if iki and iki[0].pk is None:
        iki = list(
            IndikatorKinerja.objects.filter(rhk__skp__in=skp).order_by("rhk__skp_id", "rhk__urutan")
        )
    Realisasi.objects.bulk_create(
        [
            Realisasi(indikator=i, periode_evaluasi="tahunan", nilai=d["realisasi"])
            for i, d in zip(iki, data_iki, strict=True)
        ]
    )
    Evaluasi.objects.bulk_create(
        [
            Evaluasi(
                skp=s,
                periode_evaluasi="tahunan",
                status=Evaluasi.Status.FINAL,
                masukan_mesin=v[2],
                hasil_mesin=v[3],
                versi_mesin=VERSI_MESIN,
                kebijakan=periode.kebijakan,
                rating_hasil_kerja_usulan=v[3].get("rating_hasil_kerja_usulan") or "",
                rating_hasil_kerja=v[3].get("rating_hasil_kerja") or "",
                rating_perilaku=v[1],
                predikat=v[3].get("predikat") or "",
                difinalkan=sekarang,
                kode_verifikasi=token(8).upper(),
            )
            for s, v, f in zip(skp, pilihan, final, strict=True)
            if f
        ]
    )


def sesi_untuk(user) -> str:
    """A session cookie (``sessionid=…``) of ``user``, stored where the server reads it."""
    from django.conf import settings
    from django.test import Client

    klien = Client()
    klien.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return f"{settings.SESSION_COOKIE_NAME}={klien.cookies[settings.SESSION_COOKIE_NAME].value}"
