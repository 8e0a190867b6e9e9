"""CPU cost of the worst request the API accepts: ``make bench-api``.

Each shape below fills the limits of ``penilaian.api_batas`` (body size, items, text length)
in the way that costs the most for its endpoint, and is sent through Django's test client in
this process (all middleware, the rate limit switched off, django-ninja, the engine). For each
shape: the response status (must be 200: the request is accepted), the body size, and the
median and worst CPU time (``time.process_time``, so other processes on a shared machine do
not count) over the repetitions. Target: the worst median at most 100 ms (issue 19).
Figures are written to docs/keamanan.md, section "API".
"""

from __future__ import annotations

import copy
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR))

ULANG = 15
TARGET_MS = 100

KALIMAT = [
    "Persentase pengaduan masyarakat Kelurahan Banjaragung yang ditanggapi paling lambat 3 hari"
    " kerja",
    "Melaksanakan koordinasi dengan optimal dan meningkatnya kualitas pelayanan publik secara"
    " maksimal",
    "Jumlah dokumen kependudukan 1.250 berkas selesai dalam 1 hari kerja sesuai SOP Rp 2.500.000",
    "Rata-rata waktu penyelesaian surat keterangan domisili Cipocok Jaya 2,5 hari per triwulan",
]


def _teks(panjang: int, geser: int = 0) -> str:
    """Indicator-like text of exactly ``panjang`` characters, varied so no cache helps."""
    bagian: list[str] = []
    i = geser
    while sum(len(b) + 1 for b in bagian) < panjang:
        bagian.append(f"{KALIMAT[i % len(KALIMAT)]} {i}")
        i += 1
    return " ".join(bagian)[:panjang]


def _kata_acak(panjang: int, benih: int) -> str:
    """Made-up words, new at every call: no cache of word stems can have seen them."""
    acak = random.Random(benih)
    kata: list[str] = []
    while sum(len(k) + 1 for k in kata) < panjang:
        kata.append("".join(acak.choices("aiueobcdgklmnprstyz", k=acak.randint(4, 12))))
    return " ".join(kata)[:panjang]


def _isi_sampai(buat, maks_badan: int) -> list:
    """The longest list of ``buat(i)`` items whose JSON fits in ``maks_badan`` bytes."""
    daftar: list = []
    while True:
        calon = daftar + [buat(len(daftar))]
        if len(json.dumps(calon).encode()) > maks_badan:
            return daftar
        daftar = calon


def bentuk(ulang: int) -> list[tuple[str, str, object]]:
    """(name, URL, body) per shape; ``ulang`` varies the made-up words between repetitions."""
    from penilaian.api_batas import MAKS_BADAN, MAKS_ITEM, MAKS_TEKS
    from penilaian.api_mesin import CONTOH_DISTRIBUSI, CONTOH_PERMEN, CONTOH_PP46

    ruang = MAKS_BADAN - 64
    hasil: list[tuple[str, str, object]] = []

    # Indicator checker: the cost grows with the text analysed.
    per_item = ruang // MAKS_ITEM - 40
    hasil.append(
        (
            f"periksa: {MAKS_ITEM} item, teks ±{per_item} karakter",
            "/api/periksa-indikator",
            [{"teks": _teks(per_item, i), "target": "12 kegiatan"} for i in range(MAKS_ITEM)],
        )
    )
    hasil.append(
        (
            f"periksa: {MAKS_ITEM} item, kata acak ±{per_item} karakter",
            "/api/periksa-indikator",
            [
                {"teks": _kata_acak(per_item, ulang * MAKS_ITEM + i), "target": "12 kegiatan"}
                for i in range(MAKS_ITEM)
            ],
        )
    )
    hasil.append(
        (
            f"periksa: teks, rhk, rhk_atasan {MAKS_TEKS} karakter",
            "/api/periksa-indikator",
            _isi_sampai(
                lambda i: {
                    "teks": _teks(MAKS_TEKS, i),
                    "target": {"min": "1.000", "maks": "2.500"},
                    "satuan": "dokumen",
                    "aspek": "kuantitas",
                    "rhk": _teks(MAKS_TEKS, i + 1),
                    "rhk_atasan": _teks(MAKS_TEKS, i + 2),
                },
                ruang,
            ),
        )
    )
    hasil.append(
        (
            f"periksa: {MAKS_ITEM} item pendek",
            "/api/periksa-indikator",
            [{"teks": _teks(60, i), "target": "90 %"} for i in range(MAKS_ITEM)],
        )
    )
    # Scoring engine, with the explanation steps (the default).
    permen = copy.deepcopy(CONTOH_PERMEN)
    rhk = permen["rhk"][0]
    permen["rhk"] = _isi_sampai(lambda i: {**rhk, "teks": f"{rhk['teks']} {i}"}, ruang - 400)
    hasil.append((f"nilai: 1 dokumen, {len(permen['rhk'])} RHK", "/api/nilai", permen))
    hasil.append(
        (
            f"nilai: daftar {MAKS_ITEM} dokumen permenpanrb",
            "/api/nilai",
            _isi_sampai(lambda i: CONTOH_PERMEN, ruang)[:MAKS_ITEM],
        )
    )
    pp46 = copy.deepcopy(CONTOH_PP46)
    kegiatan = pp46["kegiatan"][0]
    pp46["kegiatan"] = _isi_sampai(lambda i: {**kegiatan, "nama": f"Kegiatan {i}"}, ruang - 400)
    hasil.append((f"nilai: pp46, {len(pp46['kegiatan'])} kegiatan", "/api/nilai", pp46))
    distribusi = copy.deepcopy(CONTOH_DISTRIBUSI)
    distribusi["distribusi"]["predikat"] = _isi_sampai(lambda i: "Sangat Baik", ruang - 200)
    hasil.append(
        (
            f"nilai: distribusi {len(distribusi['distribusi']['predikat'])} predikat",
            "/api/nilai",
            distribusi,
        )
    )
    return hasil


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.API_LAJU = None  # the cost of the request, not of the refusal
    klien = Client()
    terburuk = 0.0
    print(f"{'bentuk':<52} {'status':>6} {'badan':>9} {'median':>9} {'maks':>9}")
    # The first request of a process loads the checker's vocabulary and the engine's lazy
    # tables; it is reported apart, then every shape is measured warm.
    for url, data in (("/api/periksa-indikator", {"teks": "Jumlah laporan"}), ("/api/nilai", {})):
        mulai = time.process_time()
        klien.post(url, data=json.dumps(data), content_type="application/json")
        print(f"pemanasan {url}: {(time.process_time() - mulai) * 1000:.0f} ms (sekali per proses)")
    ukuran: dict[str, list[float]] = {}
    status: dict[str, tuple[int, int, bytes]] = {}
    for ulang in range(ULANG):
        for nama, url, data in bentuk(ulang):
            badan = json.dumps(data).encode()
            mulai = time.process_time()
            r = klien.post(url, data=badan, content_type="application/json")
            ukuran.setdefault(nama, []).append((time.process_time() - mulai) * 1000)
            status[nama] = (r.status_code, len(badan), r.content[:200])
    for nama, waktu in ukuran.items():
        kode, panjang, isi = status[nama]
        if kode != 200:
            print(f"{nama}: ditolak {kode} {isi!r}")
            return 1
        median = statistics.median(waktu)
        terburuk = max(terburuk, median)
        print(f"{nama:<52} {kode:>6} {panjang:>8}B {median:>7.1f}ms {max(waktu):>7.1f}ms")
    print(f"permintaan diterima terberat: median {terburuk:.1f} ms CPU (target ≤ {TARGET_MS} ms)")
    return 0 if terburuk <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
