"""Tolok ukur pemeriksa indikator: ``.venv/bin/python bench/indikator.py``.

1. Python API: indikator per detik lewat ``periksa`` (target ≥ 2.000/detik). Teksnya dibuat
   beragam (nama kelurahan, angka, urutan) agar cache kata dasar tidak membuatnya tampak cepat.
2. HTTP: p50/p95 satu pemeriksaan lewat ``POST /api/periksa-indikator`` dengan test Client Django
   di dalam proses (tanpa jaringan; seluruh middleware dan django-ninja ikut terukur).
3. Perintah ``periksa_indikator`` pada XLSX 1.000 dan 10.000 baris, masing-masing di proses baru:
   waktu, puncak tracemalloc, dan puncak RSS. Memori harus datar (tidak tumbuh 10×).

Angka terakhir dicatat di docs/pemeriksa-indikator.md.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR))

KELURAHAN = ["Banjaragung", "Banjarsari", "Cipocok Jaya", "Dalung", "Gelam", "Karundang"]
POLA = [
    ("Jumlah kegiatan posyandu yang terlaksana di Kelurahan {k}", "{n} kegiatan"),
    ("Melaksanakan posyandu balita di Kelurahan {k}", "{n} kegiatan"),
    ("Persentase pengaduan masyarakat {k} yang ditanggapi paling lambat {n} hari kerja", "90 %"),
    ("Meningkatnya kualitas pelayanan publik di Kelurahan {k}", ""),
    ("Rata-rata waktu penyelesaian surat keterangan domisili {k}", "{n} hari"),
    ("Persentase berkas {k} yang diverifikasi tepat waktu", "1{n}0 %"),
    ("Jumlah warga {k} yang mengikuti penyuluhan bahaya narkoba", "{n}0 %"),
    ("Biaya rata-rata per kegiatan sosialisasi kesehatan lingkungan {k}", "Rp {n}.500.000"),
    ("Koordinasi dengan Kelurahan {k} berjalan lancar", ""),
    ("Memfasilitasi pembentukan kelompok sadar wisata {k}", "{n} kelompok"),
]

_SKRIP_XLSX = """
import os, resource, sys, time, tracemalloc
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()
from django.core.management import call_command
tracemalloc.start()
mulai = time.perf_counter()
with open(os.devnull, "w") as nol:
    call_command("periksa_indikator", sys.argv[1], stdout=nol, stderr=nol)
detik = time.perf_counter() - mulai
puncak = tracemalloc.get_traced_memory()[1]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(detik, puncak, rss)
"""


def item_beragam(n: int) -> list[dict]:
    acak = random.Random(2026)
    hasil = []
    for i in range(n):
        teks, target = POLA[i % len(POLA)]
        k = acak.choice(KELURAHAN) + (f" RW {i % 97:02d}" if i % 3 else "")
        angka = str(acak.randint(1, 9))
        hasil.append(
            {
                "teks": teks.format(k=k, n=angka),
                "target": target.format(n=angka),
                "rhk_atasan": "Meningkatnya ketepatan waktu penyelesaian dokumen"
                if i % 4
                else None,
            }
        )
    return hasil


def ukur_api(n: int = 20_000) -> float:
    from penilaian.mesin.pemeriksa import periksa

    item = item_beragam(n)
    mulai = time.perf_counter()
    for satu in item:
        periksa(satu)
    return n / (time.perf_counter() - mulai)


def ukur_http(n: int = 2_000) -> dict[str, float]:
    """p50/p95 of one ``POST`` through the whole production request path: every middleware,
    the API's rate limit at its production setting (each request from its own client address,
    so none is refused and the limit's cache round trip is counted), the body limits, the
    checker and the JSON answer. Wall time, and the CPU time of the request (``thread_time``),
    which the other processes of a shared machine disturb far less."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    url = "/api/periksa-indikator"
    _pasang_router_bila_belum(url)
    klien = Client()
    item = item_beragam(n)
    alamat = (f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}" for i in range(1, 10**6))
    for satu in item[:50]:  # pemanasan: impor dan resolusi URL pertama
        klien.post(url, json.dumps(satu), content_type="application/json", REMOTE_ADDR=next(alamat))
    dinding, cpu = [], []
    for satu in item:
        body = json.dumps(satu)
        mulai, mulai_cpu = time.perf_counter(), time.thread_time()
        jawab = klien.post(url, body, content_type="application/json", REMOTE_ADDR=next(alamat))
        cpu.append((time.thread_time() - mulai_cpu) * 1000)
        dinding.append((time.perf_counter() - mulai) * 1000)
        assert jawab.status_code == 200, jawab.content  # noqa: S101
    p95 = lambda d: statistics.quantiles(d, n=20)[18]  # noqa: E731
    return {
        "p50": statistics.median(dinding),
        "p95": p95(dinding),
        "cpu_p50": statistics.median(cpu),
        "cpu_p95": p95(cpu),
    }


def _pasang_router_bila_belum(url: str) -> None:
    """Bila config/api.py belum memasang router pemeriksa, pasang di URLconf tolok ukur."""
    import types

    from django.conf import settings
    from django.urls import Resolver404, path, resolve

    try:
        resolve(url)
    except Resolver404:
        from ninja import NinjaAPI

        from penilaian.api_pemeriksa import router

        api = NinjaAPI(urls_namespace="bench-pemeriksa")
        api.add_router("", router)
        modul = types.ModuleType("bench_url_pemeriksa")
        modul.urlpatterns = [path("api/", api.urls)]
        sys.modules[modul.__name__] = modul
        settings.ROOT_URLCONF = modul.__name__
        print("catatan: router belum dipasang di config/api.py; memakai URLconf tolok ukur")


def buat_xlsx(path: Path, baris: int) -> None:
    from openpyxl import Workbook

    buku = Workbook(write_only=True)
    lembar = buku.create_sheet()
    lembar.append(["teks", "target", "satuan", "aspek", "rhk", "rhk_atasan"])
    for satu in item_beragam(baris):
        lembar.append([satu["teks"], satu["target"], None, None, None, satu["rhk_atasan"]])
    buku.save(path)


def ukur_xlsx(baris: int, folder: Path) -> tuple[float, float, float]:
    path = folder / f"indikator-{baris}.xlsx"
    buat_xlsx(path, baris)
    keluaran = subprocess.run(
        [sys.executable, "-c", _SKRIP_XLSX, str(path)],
        cwd=AKAR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    detik, puncak, rss = (float(x) for x in keluaran)
    return detik, puncak / 2**20, rss / 1024


def ukur_python_p95(n: int = 5_000) -> tuple[float, float]:
    """p95 satu pemeriksaan lewat ``periksa`` saja, untuk indikator yang belum layak (yang juga
    menyusun ``rumusan_usulan``, jalur terlama) dan untuk semua indikator."""
    from penilaian.mesin.pemeriksa import periksa

    semua, kabur = [], []
    for item in item_beragam(n):
        mulai = time.perf_counter()
        hasil = periksa(item)
        lama = (time.perf_counter() - mulai) * 1000
        semua.append(lama)
        if not hasil.layak:
            kabur.append(lama)
    p95 = lambda d: statistics.quantiles(d, n=20)[18]  # noqa: E731
    return p95(semua), p95(kabur)


def ukur_mutu_tingkat_dua() -> dict[str, tuple[int, int]]:
    """Kesepakatan polaritas dan mutu rumusan usulan pada tests/data/indikator-uji.jsonl."""
    from penilaian.mesin.pemeriksa import memuat, pemicu_teks, periksa

    berkas = AKAR / "tests" / "data" / "indikator-uji.jsonl"
    data = [json.loads(b) for b in berkas.read_text(encoding="utf-8").splitlines() if b]
    dijawab = benar = rumusan = layak = bersih = 0
    for item in data:
        hasil = periksa(item)
        if hasil.polaritas_usulan is not None:
            dijawab += 1
            benar += hasil.polaritas_usulan == item["polaritas_benar"]
        if hasil.rumusan_usulan:
            rumusan += 1
            layak += all(periksa({**hasil.rumusan_usulan, "target": t}).layak for t in (1, 50, 100))
            pemicu = [p for t in hasil.temuan for p in pemicu_teks(t)]
            bersih += not any(memuat(hasil.rumusan_usulan["teks"], p) for p in pemicu)
    return {
        "polaritas benar / dijawab": (benar, dijawab),
        "polaritas dijawab / butir": (dijawab, len(data)),
        "rumusan layak / rumusan": (layak, rumusan),
        "rumusan bebas pemicu / rumusan": (bersih, rumusan),
    }


def main() -> None:
    per_detik = ukur_api()
    p95_semua, p95_kabur = ukur_python_p95()
    beban_awal = os.getloadavg()[0]
    http = ukur_http()
    with tempfile.TemporaryDirectory() as folder:
        kecil = ukur_xlsx(1_000, Path(folder))
        besar = ukur_xlsx(10_000, Path(folder))
    baris = [
        ("Python API (periksa)", f"{per_detik:,.0f} indikator/detik", "≥ 2.000/detik"),
        ("HTTP POST satu item, p50", f"{http['p50']:.2f} ms", ""),
        ("HTTP POST satu item, p95", f"{http['p95']:.2f} ms", "≤ 5 ms"),
        (
            "HTTP POST satu item, waktu CPU p50 / p95",
            f"{http['cpu_p50']:.2f} / {http['cpu_p95']:.2f} ms",
            "",
        ),
        ("periksa satu item, p95", f"{p95_semua:.2f} ms", "≤ 5 ms"),
        ("periksa satu item belum layak (dengan rumusan), p95", f"{p95_kabur:.2f} ms", "≤ 5 ms"),
    ]
    for nama, (a, b) in ukur_mutu_tingkat_dua().items():
        ambang = "≥ 95 %" if nama.startswith("polaritas benar") else "≥ 85 %"
        ambang = "≥ 90 %" if nama.startswith("rumusan") else ambang
        baris.append((f"Data uji: {nama}", f"{a}/{b} ({100 * a / b:.1f} %)", ambang))
    for nama, (detik, puncak, rss) in (("1.000", kecil), ("10.000", besar)):
        baris.append(
            (
                f"XLSX {nama} baris (perintah)",
                f"{detik:.2f} s, tracemalloc {puncak:.1f} MiB, RSS {rss:.0f} MiB",
                "memori datar",
            )
        )
    baris.append(("Rasio puncak tracemalloc 10.000/1.000", f"{besar[1] / kecil[1]:.2f}×", "≈ 1×"))
    baris.append(
        (
            "Beban rata-rata 1 menit (awal / akhir)",
            f"{beban_awal:.2f} / {os.getloadavg()[0]:.2f}",
            f"{os.cpu_count()} inti",
        )
    )
    lebar = max(len(b[0]) for b in baris)
    lebar2 = max(len(b[1]) for b in baris)
    print(f"{'ukuran'.ljust(lebar)}  {'hasil'.ljust(lebar2)}  target")
    for nama, hasil, target in baris:
        print(f"{nama.ljust(lebar)}  {hasil.ljust(lebar2)}  {target}")


if __name__ == "__main__":
    main()
