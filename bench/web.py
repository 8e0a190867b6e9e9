"""Tolok ukur web: ``make bench-web`` (``.venv/bin/python bench/web.py``).

Serves the site with gunicorn (2 sync workers, ``config.settings.bench`` = production settings
with DEBUG off, static files hashed, compressed and served by WhiteNoise) on 127.0.0.1 from a
scratch database loaded with ``muat_demo`` plus appraisal data (SQLite in a temporary folder,
or DATABASE_URL when set), and drives it with wrk at concurrency 8 and 32 for each page.
Prints requests/s and p50/p95/p99 for each page, and its ratio to two floors measured in the
same run: an empty Wagtail page of the same site (a plain ``Page`` in the site's base template)
and a plain Django view behind the full middleware.

    .venv/bin/python bench/web.py [--detik 4] [--runde 3] [--koneksi 8,32] [--halaman kursus]
                                  [--redis]

``--redis`` (``make bench-web-redis``) runs a throwaway redis-server for the cache and the
sessions, as production does (docs/operasi.md).

The pages take turns: ``--runde`` rounds of ``--detik`` seconds per page, and the figures are
medians over the rounds, each page's ratio taken to the floors of its own round (this shared
machine is noisy). Bounded: about pages × levels × rounds × seconds; the server stops with the
script.
Figures are recorded in docs/kinerja.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _umum  # noqa: E402

TARGET_P95_MS = 150
TARGET_RASIO = 0.8
LANTAI = ("lantai-wagtail", "lantai-django")


def siapkan() -> dict:
    """Inside Django: the floor page, appraisal data, sessions, a quiz attempt; returns
    {name: {"url": …, "cookie": …}} for the pages to measure."""
    _umum.django_setup()
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from kursus import services as layanan_kursus
    from kursus.models import KursusPage, PelajaranPage
    from penilaian.models import Pegawai, Periode, UnitKerja
    from simulasi.models import KasusSimulasi
    from situs.models import HomePage

    beranda = HomePage.objects.get()
    if not Page.objects.filter(slug="kosong").exists():
        beranda.add_child(instance=Page(title="Halaman kosong", slug="kosong"))
    periode = Periode.objects.get(aktif=True)
    if not UnitKerja.objects.filter(kode__startswith="bench-").exists():
        # 7 units of 30 employees, 80 % with a final evaluation: a kelurahan-sized dashboard.
        _umum.buat_pegawai(jumlah=210, jumlah_unit=7, periode=periode)
    unit = UnitKerja.objects.filter(kode__startswith="bench-").order_by("kode").first()

    User = get_user_model()
    peserta = User.objects.get(username="peserta")
    admin_kepegawaian = User.objects.get(username="kepegawaian")
    kursus = KursusPage.objects.live().first()
    pelajaran = list(PelajaranPage.objects.live().child_of(kursus).order_by("path"))
    layanan_kursus.pendaftaran_buat(user=peserta, kursus=kursus)
    for halaman in pelajaran[:2]:
        layanan_kursus.kemajuan_tandai_selesai(user=peserta, pelajaran=halaman)
    kasus = KasusSimulasi.objects.order_by("pk").first()
    sesi_peserta = _umum.sesi_untuk(peserta)
    sesi_admin = _umum.sesi_untuk(admin_kepegawaian)
    periksa = (
        "/simulasi/periksa/?iki-teks=Jumlah+kegiatan+posyandu+yang+terlaksana+di+Kelurahan+Gelam"
        "&iki-target=12&iki-satuan=kegiatan&iki-aspek=kuantitas"
        "&rhk=Meningkatnya+kualitas+pelayanan+kelurahan"
    )
    halaman = {
        "lantai-django": {"url": "/bench/polos/", "cookie": sesi_peserta},
        "lantai-wagtail": {"url": "/kosong/", "cookie": sesi_peserta},
        "beranda": {"url": "/", "cookie": ""},
        "kursus": {"url": kursus.url, "cookie": sesi_peserta},
        "pelajaran": {"url": pelajaran[2].url, "cookie": sesi_peserta},
        "kasus-simulasi": {"url": f"/simulasi/{kasus.slug}/", "cookie": sesi_peserta},
        "periksa-indikator": {"url": periksa, "cookie": sesi_peserta},
        "dasbor-unit": {"url": f"/penilaian/unit/{unit.kode}/", "cookie": sesi_admin},
        "transparansi": {"url": "/transparansi/", "cookie": ""},
    }
    soal = _soal_kuis(peserta)
    if soal:
        halaman["soal-kuis"] = {"url": soal, "cookie": sesi_peserta}
    return {
        "halaman": halaman,
        "catatan": {
            "pegawai": Pegawai.objects.count(),
            "kuis": "ada" if soal else "tidak ada kuis terbit di data demo",
        },
    }


def _soal_kuis(user) -> str | None:
    """The first question page of a fresh quiz attempt, when the demo has a published quiz
    (quizzes are being built: any failure means "no quiz page to measure")."""
    try:
        from kursus.kuis import services
        from kursus.kuis.models import Kuis

        kuis = Kuis.objects.order_by("pk").first()
        if kuis is None:
            return None
        percobaan = services.percobaan_mulai(user=user, kuis=kuis)
        return f"/kuis/percobaan/{percobaan.pk}/soal/1/"
    except Exception as e:  # noqa: BLE001 (an optional page of an app still in progress)
        print(f"soal kuis dilewati: {e!r}", file=sys.stderr)
        return None


def ukur(alamat: str, halaman: dict, *, koneksi: list[int], detik: int, runde: int) -> dict:
    """``runde`` rounds; in each, every page runs ``detik`` seconds in turn, so a burst of load
    from elsewhere on the machine falls on pages and floors alike. Per page: the median over
    rounds of requests/s and percentiles, and the median over rounds of the ratio to each floor
    measured in the same round."""
    for nama, h in halaman.items():
        status, isi, _ = _umum.ambil(alamat + h["url"], h["cookie"])
        if status != 200:
            raise SystemExit(f"{nama} {h['url']}: jawaban {status}\n{isi[:500]!r}")
        for _ in range(20):  # warm both workers' caches
            _umum.ambil(alamat + h["url"], h["cookie"])
    hasil: dict[str, dict[int, dict]] = {}
    for k in koneksi:
        per_runde: dict[str, list[dict]] = {nama: [] for nama in halaman}
        for r in range(runde):
            for nama, h in halaman.items():
                per_runde[nama].append(
                    _umum.wrk(alamat + h["url"], koneksi=k, detik=detik, cookie=h["cookie"])
                )
            for nama in halaman:
                ini = per_runde[nama][r]
                for lantai in LANTAI:
                    ini[f"x {lantai}"] = ini["rps"] / per_runde[lantai][r]["rps"]
            print(f"  c={k} runde {r + 1}/{runde} selesai", flush=True)
        for nama, daftar in per_runde.items():
            hasil.setdefault(nama, {})[k] = {
                kunci: statistics.median(d[kunci] for d in daftar) for kunci in daftar[0]
            } | {"galat": sum(d["galat"] for d in daftar), "n": sum(d["n"] for d in daftar)}
    return hasil


def cek_statis(alamat: str) -> str:
    """Hashed, compressed static files with a long-lived cache header."""
    _, isi, _ = _umum.ambil(alamat + "/")
    teks = isi.decode()
    awal = teks.index("/static/css/")
    url = teks[awal : teks.index('"', awal)]
    permintaan = _umum.urllib.request.Request(  # noqa: S310 (loopback)
        alamat + url, headers={"Accept-Encoding": "br, gzip"}
    )
    with _umum.urllib.request.urlopen(permintaan, timeout=10) as r:  # noqa: S310
        return (
            f"{url}: Cache-Control {r.headers.get('Cache-Control')!r}, "
            f"Content-Encoding {r.headers.get('Content-Encoding')!r}"
        )


def cetak_tabel(hasil: dict, koneksi: list[int]) -> None:
    print()
    print(
        "| halaman | c | req/s | p50 ms | p95 ms | p99 ms | permintaan | galat "
        "| × lantai Wagtail | × lantai Django |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    gagal = []
    for k in koneksi:
        for nama, per_k in hasil.items():
            r = per_k[k]
            print(
                f"| {nama} | {k} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} "
                f"| {r['p99']:.1f} | {r['n']} | {r['galat']} | {r['x lantai-wagtail']:.2f} "
                f"| {r['x lantai-django']:.3f} |"
            )
            if r["galat"]:
                gagal.append(f"{nama} c={k}: {r['galat']} galat")
            if k == 8 and r["p95"] > TARGET_P95_MS:
                gagal.append(f"{nama} c=8: p95 {r['p95']:.0f} ms > {TARGET_P95_MS} ms")
            if nama in ("kursus", "pelajaran") and r["x lantai-wagtail"] < TARGET_RASIO:
                gagal.append(
                    f"{nama} c={k}: {r['x lantai-wagtail']:.2f}× lantai Wagtail < {TARGET_RASIO}×"
                )
    print()
    if gagal:
        print("Di luar target (mesin ini bising; ulangi sebelum menyimpulkan):")
        for g in gagal:
            print(f"  - {g}")
    else:
        print(
            f"Semua target terpenuhi (p95 ≤ {TARGET_P95_MS} ms pada c=8; kursus/pelajaran ≥ "
            f"{TARGET_RASIO}× lantai Wagtail)."
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detik", type=int, default=4, help="lama tiap run wrk")
    parser.add_argument("--runde", type=int, default=3, help="putaran bergiliran")
    parser.add_argument("--koneksi", default="8,32", help="tingkat konkurensi, dipisah koma")
    parser.add_argument("--halaman", default="", help="hanya halaman ini (ditambah lantai)")
    parser.add_argument(
        "--redis", action="store_true", help="cache dan sesi di redis-server sementara"
    )
    parser.add_argument("--siapkan", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.siapkan:
        print(json.dumps(siapkan()))
        return
    _umum.wajib_wrk()
    koneksi = [int(k) for k in args.koneksi.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp, ExitStack() as tumpukan:
        env = _umum.lingkungan_scratch(Path(tmp))
        print(f"basis data: {env['DATABASE_URL'].split('@')[-1]}")
        if args.redis:
            env["REDIS_URL"] = tumpukan.enter_context(_umum.server_redis(Path(tmp)))
            print(f"cache dan sesi: {env['REDIS_URL']}")
        _umum.siapkan_basis_data(env)
        siap = _umum.jalankan_skrip(env, "web.py", "--siapkan")
        halaman = siap["halaman"]
        if args.halaman:
            pilih = set(args.halaman.split(",")) | set(LANTAI)
            halaman = {n: h for n, h in halaman.items() if n in pilih}
        print(f"data: {siap['catatan']}")
        mulai = time.perf_counter()
        with _umum.server_gunicorn(env, log=Path(tmp) / "gunicorn.log") as alamat:
            print(
                f"gunicorn 2 worker sinkron di {alamat}; wrk {args.detik} s per halaman, "
                f"{args.runde} putaran bergiliran per tingkat konkurensi"
            )
            print(cek_statis(alamat))
            hasil = ukur(alamat, halaman, koneksi=koneksi, detik=args.detik, runde=args.runde)
        cetak_tabel(hasil, koneksi)
        print(f"selesai dalam {time.perf_counter() - mulai:.0f} s")


if __name__ == "__main__":
    main()
