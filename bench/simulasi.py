"""Tolok ukur simulator: ``make bench-simulasi`` (``.venv/bin/python bench/simulasi.py``).

p50/p95 of the live indicator check (``GET /simulasi/periksa/``, the HTML fragment the page
swaps in while a participant types) for one indicator, target p95 ≤ 50 ms; and of the what-if
endpoint (``POST /simulasi/percobaan/<pk>/andaikan/``, JSON, runs the engine on both regimes).

Measured in-process with Django's test ``Client`` under ``config.settings.test`` on a fresh test
database (full middleware, session and authentication, template rendering; no network or WSGI
server). Texts vary per request so the checker's word caches do not flatter the figures.
Figures are recorded in docs/simulasi.md.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

KELURAHAN = ["Banjaragung", "Banjarsari", "Cipocok Jaya", "Dalung", "Gelam", "Karundang"]
POLA = [
    ("Jumlah kegiatan posyandu yang terlaksana di Kelurahan {k}", "{n}", "kegiatan"),
    ("Melaksanakan posyandu balita di Kelurahan {k} dengan baik", "{n}", "kegiatan"),
    ("Persentase pengaduan warga {k} yang ditanggapi dalam {n} hari kerja", "90", "%"),
    ("Rata-rata waktu penyelesaian surat keterangan domisili {k}", "{n}", "hari"),
    ("Meningkatnya pelayanan kepada warga {k} secara optimal", "1.{n}00", "%"),
]


def _harus_200(respons) -> None:
    if respons.status_code != 200:
        raise SystemExit(f"jawaban {respons.status_code}: {respons.content[:300]!r}")


def _persen(data: list[float], p: float) -> float:
    data = sorted(data)
    return data[min(len(data) - 1, round(p / 100 * (len(data) - 1)))]


def _ukur(fungsi, n: int) -> list[float]:
    hasil = []
    for i in range(n):
        mulai = time.perf_counter()
        fungsi(i)
        hasil.append((time.perf_counter() - mulai) * 1000)
    return hasil


def main() -> None:
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    from django.test.runner import DiscoverRunner

    runner = DiscoverRunner(verbosity=0)
    lama = runner.setup_databases()
    try:
        from django.contrib.auth import get_user_model

        from penilaian import demo as demo_penilaian
        from simulasi import demo, services

        demo_penilaian.muat_kebijakan_dan_periode()
        kasus = demo.muat()[0]
        user = get_user_model().objects.create_user("bench", password="x")  # noqa: S106
        klien = Client()
        klien.force_login(user)
        alamat = reverse("simulasi:periksa")

        def periksa(i: int) -> None:
            teks, target, satuan = POLA[i % len(POLA)]
            k, n = KELURAHAN[i % len(KELURAHAN)], 2 + i % 9
            respons = klien.get(
                alamat,
                {
                    "iki-teks": teks.format(k=k, n=n),
                    "iki-target": target.format(n=n),
                    "iki-satuan": satuan,
                    "iki-aspek": "kuantitas",
                    "rhk": "Meningkatnya kualitas pelayanan kelurahan",
                    "rhk_atasan": kasus.rhk_atasan,
                },
            )
            _harus_200(respons)

        percobaan = services.percobaan_simpan(
            kasus=kasus, pengguna=user, jawaban=dict(services.jawaban_model(kasus), prediksi="")
        )
        alamat_andai = reverse("simulasi:andaikan", args=[percobaan.pk])

        def andaikan(i: int) -> None:
            respons = klien.post(
                alamat_andai,
                {"realisasi_0": str(80 + i % 40), "realisasi_1": "1,5"},
                HTTP_ACCEPT="application/json",
            )
            _harus_200(respons)

        for nama, fungsi, target in (
            ("periksa (GET /simulasi/periksa/, 1 indikator)", periksa, 50),
            ("andaikan (POST …/andaikan/, 2 IKI, 2 aturan)", andaikan, None),
        ):
            _ukur(fungsi, 50)  # warm-up
            waktu = _ukur(fungsi, 1000)
            p50, p95 = statistics.median(waktu), _persen(waktu, 95)
            batas = (
                f" (target p95 ≤ {target} ms: {'LULUS' if p95 <= target else 'GAGAL'})"
                if target
                else ""
            )
            print(
                f"{nama}: p50 {p50:.2f} ms, p95 {p95:.2f} ms, maks {max(waktu):.2f} ms, n=1000{batas}"
            )
    finally:
        runner.teardown_databases(lama)


if __name__ == "__main__":
    main()
