"""Tolok ukur muatan dengan tulisan: ``make bench-muatan`` (``.venv/bin/python bench/muatan.py``).

32 simulated participants at once for 60 s against gunicorn (2 workers, production settings)
on 127.0.0.1, each in its own thread with its own cookies: log in through the login form, then
repeat: read a lesson, check an indicator live, submit a simulator attempt (steps 2 and 3 of
the case), and answer a quiz (start an attempt, answer every question) when the demo has one.
Afterwards the database is counted: stored simulator attempts must equal the successful
submissions, and stored quiz answers the answered questions (no lost writes); any other
answer than the expected one is an error (target: zero).

SQLite in a temporary folder by default; PostgreSQL when DATABASE_URL is set (a scratch
database that the run may fill).

    .venv/bin/python bench/muatan.py [--peserta 32] [--detik 60]
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _umum  # noqa: E402

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def siapkan(jumlah: int) -> dict:
    """Inside Django: participant accounts enrolled in the demo course, the simulator case and
    its model answer as form data, the quiz slug (when there is a published quiz)."""
    _umum.django_setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from kursus import services as layanan_kursus
    from kursus.models import KursusPage, PelajaranPage
    from simulasi import services
    from simulasi.models import KasusSimulasi

    User = get_user_model()
    kursus = KursusPage.objects.live().first()
    pelajaran = PelajaranPage.objects.live().child_of(kursus).order_by("path").first()
    grup = Group.objects.filter(name="Peserta")
    nama = []
    for i in range(jumlah):
        user, _ = User.objects.get_or_create(username=f"muatan{i:02d}")
        user.set_password(_umum.SANDI_BENCH)
        user.save()
        user.groups.set(grup)
        layanan_kursus.pendaftaran_buat(user=user, kursus=kursus)
        nama.append(user.username)
    kasus = KasusSimulasi.objects.filter(live=True).order_by("pk").first()
    model = services.jawaban_model(kasus)
    indikator = {
        "rhk": model["rhk"],
        "iki-TOTAL_FORMS": "5",
        "iki-INITIAL_FORMS": "0",
        "iki-MIN_NUM_FORMS": "5",
        "iki-MAX_NUM_FORMS": "50",
    }
    realisasi = {}
    for i, iki in enumerate(model["indikator"]):
        for k in ("teks", "aspek", "target", "satuan"):
            indikator[f"iki-{i}-{k}"] = iki[k]
        indikator[f"iki-{i}-polaritas"] = iki.get("polaritas") or ""
        realisasi[f"realisasi_{i}"] = iki["realisasi"]
    if kasus.minta_prediksi:
        realisasi["prediksi"] = "Baik"
    return {
        "pengguna": nama,
        "pelajaran": pelajaran.url,
        "kasus": kasus.slug,
        "indikator": indikator,
        "realisasi": realisasi,
        "kuis": _kuis(),
    }


def _kuis() -> str | None:
    try:
        from kursus.kuis.models import Kuis

        kuis = Kuis.objects.order_by("pk").first()
        return kuis.slug if kuis else None
    except Exception:  # noqa: BLE001 (quizzes are still being built)
        return None


def hitung(pengguna: list[str]) -> dict:
    """Inside Django: what is stored for the load's participants."""
    _umum.django_setup()
    from simulasi.models import PercobaanSimulasi

    hasil = {"percobaan": PercobaanSimulasi.objects.filter(pengguna__username__in=pengguna).count()}
    try:
        from kursus.kuis.models import JawabanPeserta

        hasil["jawaban_kuis"] = JawabanPeserta.objects.filter(
            percobaan__user__username__in=pengguna
        ).count()
    except Exception:  # noqa: BLE001
        hasil["jawaban_kuis"] = 0
    return hasil


class TanpaAlih(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Peserta(threading.Thread):
    """One participant: a cookie jar, a loop of actions until the deadline."""

    def __init__(self, alamat: str, nama: str, data: dict, batas: float, catatan):
        super().__init__(daemon=True)
        self.alamat, self.nama, self.data, self.batas, self.catatan = (
            alamat,
            nama,
            data,
            batas,
            catatan,
        )
        self.jar = http.cookiejar.CookieJar()
        self.pembuka = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), TanpaAlih
        )
        self.percobaan_berhasil = 0
        self.jawaban_tersimpan: set[tuple[str, int]] = set()

    def minta(self, aksi: str, url: str, data: dict | None = None) -> tuple[int, str, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        mulai = time.perf_counter()
        try:
            with self.pembuka.open(self.alamat + url, data=body, timeout=30) as r:  # noqa: S310
                status, isi, lokasi = r.status, r.read().decode(), r.headers.get("Location", "")
        except urllib.error.HTTPError as e:
            status, isi, lokasi = e.code, e.read().decode(), e.headers.get("Location", "")
        self.catatan(aksi, (time.perf_counter() - mulai) * 1000, status)
        return status, isi, lokasi

    def kirim_form(self, aksi: str, url: str, data: dict) -> tuple[int, str, str]:
        status, isi, lokasi = self.minta(f"{aksi} (GET)", url)
        if status != 200:
            self.catatan(f"{aksi} (GET): {status} → {lokasi}", 0, status, galat=True)
        token = CSRF.search(isi)
        return self.minta(
            aksi, url, {**data, "csrfmiddlewaretoken": token.group(1) if token else ""}
        )

    def run(self) -> None:
        status, _, lokasi = self.kirim_form(
            "masuk", "/akun/masuk/", {"username": self.nama, "password": _umum.SANDI_BENCH}
        )
        if status != 302:
            self.catatan("masuk gagal", 0, status, galat=True)
            return
        kasus = self.data["kasus"]
        while time.monotonic() < self.batas:
            self.cek("pelajaran", self.minta("pelajaran", self.data["pelajaran"]), 200)
            self.cek(
                "periksa",
                self.minta(
                    "periksa",
                    "/simulasi/periksa/?"
                    + urllib.parse.urlencode(
                        {
                            "iki-teks": f"Jumlah laporan warga yang ditanggapi oleh {self.nama}",
                            "iki-target": "12",
                            "iki-satuan": "laporan",
                            "iki-aspek": "kuantitas",
                        }
                    ),
                ),
                200,
            )
            if time.monotonic() >= self.batas:
                break
            jawab = self.kirim_form(
                "simulasi indikator", f"/simulasi/{kasus}/indikator/", self.data["indikator"]
            )
            if self.cek("simulasi indikator", jawab, 302):
                jawab = self.kirim_form(
                    "simulasi realisasi", f"/simulasi/{kasus}/realisasi/", self.data["realisasi"]
                )
                if self.cek("simulasi realisasi", jawab, 302) and "/percobaan/" in jawab[2]:
                    self.percobaan_berhasil += 1
            if self.data["kuis"] and time.monotonic() < self.batas:
                self.kuis(self.data["kuis"])

    def kuis(self, slug: str) -> None:
        _, isi, _ = self.minta("kuis detail", f"/kuis/{slug}/")
        token = CSRF.search(isi)
        status, _, lokasi = self.minta(
            "kuis mulai", f"/kuis/{slug}/mulai/", {"csrfmiddlewaretoken": token and token.group(1)}
        )
        cocok = re.search(r"/kuis/percobaan/(\d+)/soal/(\d+)/", lokasi)
        if status != 302 or not cocok:
            return  # attempts used up, or the quiz cannot start now: not a write to count
        url = cocok.group(0)
        for _ in range(50):
            status, isi, _ = self.minta("kuis soal", url)
            if not self.cek("kuis soal", (status, isi, ""), 200):
                return
            data = {"aksi": "berikutnya"}
            pilihan = re.search(r'name="pilihan" value="(\d+)"', isi)
            if pilihan:
                data["pilihan"] = pilihan.group(1)
            elif 'name="teks" value="benar"' in isi:
                data["teks"] = "benar"
            elif 'name="teks"' in isi:
                data["teks"] = "12"
            token = CSRF.search(isi)
            data["csrfmiddlewaretoken"] = token.group(1) if token else ""
            status, _, lokasi = self.minta("kuis jawab", url, data)
            if not self.cek("kuis jawab", (status, "", lokasi), 302):
                return
            self.jawaban_tersimpan.add((url.split("/")[3], int(url.split("/")[5])))
            berikut = re.search(r"/kuis/percobaan/\d+/soal/\d+/", lokasi)
            if not berikut or berikut.group(0) == url:
                return
            url = berikut.group(0)

    def cek(self, aksi: str, jawab: tuple[int, str, str], harap: int) -> bool:
        if jawab[0] != harap:
            self.catatan(f"{aksi}: {jawab[0]} (harap {harap})", 0, jawab[0], galat=True)
            return False
        return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peserta", type=int, default=32)
    parser.add_argument("--detik", type=int, default=60)
    parser.add_argument("--tanpa-kuis", action="store_true", help="lewati kuis")
    parser.add_argument("--siapkan", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--hitung", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.siapkan:
        print(json.dumps(siapkan(args.siapkan)))
        return
    if args.hitung:
        print(json.dumps(hitung(args.hitung.split(","))))
        return
    with tempfile.TemporaryDirectory(prefix="bench-muatan-") as tmp:
        env = _umum.lingkungan_scratch(Path(tmp))
        print(f"basis data: {env['DATABASE_URL'].split('@')[-1]}")
        _umum.siapkan_basis_data(env)
        data = _umum.jalankan_skrip(env, "muatan.py", "--siapkan", str(args.peserta))
        if args.tanpa_kuis:
            data["kuis"] = None
        print(f"kuis: {data['kuis'] or 'tidak ada kuis terbit'}; kasus: {data['kasus']}")
        kunci = threading.Lock()
        waktu: dict[str, list[float]] = defaultdict(list)
        salah: Counter[str] = Counter()

        def catatan(aksi: str, ms: float, status: int, *, galat: bool = False) -> None:
            with kunci:
                if galat:
                    salah[aksi] += 1
                else:
                    waktu[aksi].append(ms)

        with _umum.server_gunicorn(env, log=Path(tmp) / "gunicorn.log") as alamat:
            batas = time.monotonic() + args.detik
            peserta = [Peserta(alamat, n, data, batas, catatan) for n in data["pengguna"]]
            mulai = time.perf_counter()
            for p in peserta:
                p.start()
            for p in peserta:
                p.join(timeout=args.detik + 120)
            lama = time.perf_counter() - mulai
            log = (Path(tmp) / "gunicorn.log").read_text()
        tersimpan = _umum.jalankan_skrip(env, "muatan.py", "--hitung", ",".join(data["pengguna"]))
    berhasil = sum(p.percobaan_berhasil for p in peserta)
    dijawab = sum(len(p.jawaban_tersimpan) for p in peserta)
    permintaan = sum(len(v) for v in waktu.values())
    print(
        f"{args.peserta} peserta, {lama:.0f} s: {permintaan} permintaan "
        f"({permintaan / lama:.1f}/s), galat {sum(salah.values())}"
    )
    print("| aksi | n | p50 ms | p95 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|")
    for aksi, ms in sorted(waktu.items()):
        print(
            f"| {aksi} | {len(ms)} | {statistics.median(ms):.0f} | {_umum.persen(ms, 95):.0f} "
            f"| {_umum.persen(ms, 99):.0f} |"
        )
    for aksi, n in salah.items():
        print(f"galat: {aksi} × {n}")
    print(
        f"percobaan simulasi: {berhasil} kiriman berhasil, {tersimpan['percobaan']} tersimpan; "
        f"jawaban kuis: {dijawab} soal terjawab, {tersimpan['jawaban_kuis']} tersimpan"
    )
    if "Traceback" in log or "ERROR" in log:
        print("log gunicorn memuat galat:\n" + log[-3000:])
    hilang = berhasil != tersimpan["percobaan"] or dijawab != tersimpan["jawaban_kuis"]
    if salah or hilang:
        raise SystemExit("GAGAL: ada galat atau tulisan yang hilang")
    print("Nol galat, tidak ada tulisan yang hilang.")


if __name__ == "__main__":
    main()
