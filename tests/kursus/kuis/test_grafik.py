"""Issue 17 item 3: the quiz reports' charts (item difficulty, pre/post per unit) with their
tables, on the same figures."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal as D

import pytest
from django.urls import reverse

from kursus.kuis import grafik, laporan
from penilaian.mesin.angka import format_ringkas
from tests.factories import PenggunaFactory
from tests.penilaian import pabrik

from .test_laporan import _kerjakan

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def _bagian(isi: str, penanda: str) -> str:
    return isi.split(penanda, 1)[1].split("</section>", 1)[0]


def _svg(bagian: str) -> ET.Element:
    return ET.fromstring(re.search(r"<svg .*?</svg>", bagian, flags=re.S).group(0))  # noqa: S314


@pytest.fixture
def kuis_12_soal(buat_pengguna, buat_soal, buat_kuis):
    """Twelve questions; four participants answer the first 11, 8, 5 and 2 correctly, so the
    later a question, the fewer got it right (the last: nobody)."""
    soal = [buat_soal("tunggal") for _ in range(12)]
    kuis = buat_kuis(soal, nilai_lulus=60)
    for jumlah in (11, 8, 5, 2):
        _kerjakan(buat_pengguna("Peserta"), kuis, soal, jumlah)
    return kuis, soal


def test_kesukaran_terendah_dulu_dan_grafik_sepuluh_tersulit(kuis_12_soal, monkeypatch):
    kuis, soal = kuis_12_soal
    hasil = laporan.laporan_kuis(kuis, user=PenggunaFactory())
    baris = grafik.kesukaran_butir(hasil)
    assert len(baris) == 12
    assert [b.kode for b in baris[:1]] == [soal[-1].kode]
    assert [b.persen_benar for b in baris] == sorted(b.persen_benar for b in baris)
    assert baris[0].persen_benar == D("0.00") and baris[-1].persen_benar == D("100.00")
    # Equal to the report's own difficulty, as a percentage.
    butir = {b.soal.kode: b.kesukaran for b in hasil.butir}
    assert all(b.persen_benar == butir[b.kode] * 100 for b in baris)
    terekam = {}
    asli = grafik.grafik.batang
    monkeypatch.setattr(grafik.grafik, "batang", lambda **k: terekam.update(k) or asli(**k))
    grafik.grafik_kesukaran(baris)
    assert terekam["label"] == [b.kode for b in baris[:10]]


def test_laporan_kuis_grafik_dan_tabel_angka_sama(client, buat_pengguna, kuis_12_soal):
    kuis, _ = kuis_12_soal
    client.force_login(buat_pengguna("Pelatih"))
    isi = client.get(reverse("kuis_laporan_kuis", args=[kuis.pk])).content.decode()
    bagian = _bagian(isi, "data-kesukaran>")
    svg = _svg(bagian)
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Soal tersulit: persentase poin yang diperoleh"
    assert (
        "10 soal" in svg.find(f"{SVG}desc").text and "dari 12 soal" in svg.find(f"{SVG}desc").text
    )
    tabel = re.findall(
        r'<tr><th scope="row">([^<]+)</th><td>[^<]*</td><td>(\d+)</td><td>([^<]+)</td>', bagian
    )
    assert len(tabel) == 12
    hasil = grafik.kesukaran_butir(laporan.laporan_kuis(kuis, user=PenggunaFactory()))
    assert [(k, p) for k, _n, p in tabel] == [
        (b.kode, format_ringkas(b.persen_benar)) for b in hasil
    ]
    # Every chart label is a question code in the table.
    teks_svg = "".join(svg.itertext())
    assert all(k in teks_svg for k, _n, _p in tabel[:10])


def test_laporan_kuis_tanpa_jawaban_tanpa_grafik(client, buat_pengguna, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal("tunggal")])
    client.force_login(buat_pengguna("Pelatih"))
    isi = client.get(reverse("kuis_laporan_kuis", args=[kuis.pk])).content.decode()
    assert "Belum ada jawaban yang dianalisis." in _bagian(isi, "data-kesukaran>")
    assert "<svg" not in _bagian(isi, "data-kesukaran>")


def test_kenaikan_per_unit_dan_halaman(client, buat_pengguna, buat_soal, buat_kuis, buat_kursus):
    soal_pre = [buat_soal("tunggal") for _ in range(10)]
    soal_post = [buat_soal("tunggal") for _ in range(10)]
    pre = buat_kuis(soal_pre, nilai_lulus=0)
    post = buat_kuis(soal_post)
    gelam, kalang = (
        pabrik.unit("kel-gelam", "Kelurahan Gelam"),
        pabrik.unit("kel-kal", "Kelurahan Kalang"),
    )
    a = pabrik.pegawai("Ani Gelam", unit_kerja=gelam).user
    b = pabrik.pegawai("Budi Gelam", unit_kerja=gelam).user
    c = pabrik.pegawai("Cici Kalang", unit_kerja=kalang).user
    tanpa = buat_pengguna("Peserta", username="tamu")
    for user, sebelum, sesudah in ((a, 4, 8), (b, 6, 9), (c, 5, 6), (tanpa, 2, 7)):
        _kerjakan(user, pre, soal_pre, sebelum)
        _kerjakan(user, post, soal_post, sesudah)
    hasil = laporan.laporan_kenaikan(pre_test=pre, post_test=post, user=PenggunaFactory())
    baris = grafik.kenaikan_per_unit(hasil)
    assert [(x.unit, x.jumlah, x.rata_pre, x.rata_post, x.kenaikan) for x in baris] == [
        ("Kelurahan Gelam", 2, D(50), D("85.00"), D("35.00")),
        ("Kelurahan Kalang", 1, D(50), D(60), D(10)),
        ("Tanpa unit kerja", 1, D(20), D(70), D(50)),
        ("Semua peserta", 4, D("42.50"), D("75.00"), D("32.50")),
    ]
    # The cohort row is the report's own cohort means.
    assert (baris[-1].rata_pre, baris[-1].rata_post) == (hasil.rata_pre, hasil.rata_post)

    kursus = buat_kursus(1)
    kursus.pre_test, kursus.post_test = pre, post
    kursus.save()
    client.force_login(buat_pengguna("Pelatih"))
    isi = client.get(reverse("kuis_laporan_kenaikan", args=[kursus.pk])).content.decode()
    bagian = _bagian(isi, "data-kenaikan-unit>")
    svg = _svg(bagian)
    assert svg.get("role") == "img" and "4 peserta" in svg.find(f"{SVG}desc").text
    assert ">Kelurahan Gelam<" in bagian and "".join(svg.itertext()).count("Kelurahan Gelam") == 1
    tabel = re.findall(
        r'<tr><th scope="row">([^<]+)</th><td>(\d+)</td><td>([^<]+)</td><td>([^<]+)</td>', bagian
    )
    assert tabel == [
        (x.unit, str(x.jumlah), format_ringkas(x.rata_pre), format_ringkas(x.rata_post))
        for x in baris
    ]


def test_kenaikan_tanpa_peserta_lengkap_kosong(buat_soal, buat_kuis):
    pre, post = buat_kuis([buat_soal()]), buat_kuis([buat_soal()])
    hasil = laporan.laporan_kenaikan(pre_test=pre, post_test=post, user=PenggunaFactory())
    assert grafik.kenaikan_per_unit(hasil) == [] and grafik.grafik_kenaikan([]) is None
