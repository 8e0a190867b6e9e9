"""The trainer's report per case: figures on a known data set, admin pages and exports."""

import csv
import io

import pytest
from django.urls import reverse

from simulasi import selectors, services
from tests.factories import PenggunaFactory

from .conftest import jawaban_baik

pytestmark = pytest.mark.django_db

KABUR = {
    "teks": "Melaksanakan pelayanan dengan baik",
    "aspek": "kuantitas",
    "target": "100",
    "satuan": "%",
    "polaritas": "",
    "realisasi": "100",
}
WAKTU = {
    "teks": "Rata-rata waktu penyelesaian surat pengantar administrasi kependudukan",
    "aspek": "waktu",
    "target": "2",
    "satuan": "hari",
    "polaritas": "",
    "realisasi": "1.5",
}


@pytest.fixture
def data_laporan(kasus_demo, buat_pengguna):
    """Three attempts on the PATEN case by two participants, one on another case."""
    kasus = kasus_demo["paten-adminduk"]
    a, b = buat_pengguna("Peserta"), buat_pengguna("Peserta")
    baik = jawaban_baik()
    lengkap = jawaban_baik(indikator=[baik["indikator"][0], WAKTU])
    buruk = jawaban_baik(indikator=[KABUR])
    hasil = [
        services.percobaan_simpan(kasus=kasus, pengguna=a, jawaban=lengkap),
        services.percobaan_simpan(kasus=kasus, pengguna=a, jawaban=baik),
        services.percobaan_simpan(kasus=kasus, pengguna=b, jawaban=buruk),
    ]
    services.percobaan_simpan(kasus=kasus_demo["trantibum"], pengguna=b, jawaban=buruk)
    return kasus, hasil


def test_angka_laporan_pada_data_diketahui(data_laporan):
    kasus, percobaan = data_laporan
    # lengkap: quality 100, coverage 100 → 100; baik: 100, 50 → 80; buruk: 50, 50 → 50
    assert [p.skor for p in percobaan] == [100, 80, 50]
    laporan = selectors.laporan_kasus(kasus, user=PenggunaFactory())
    assert laporan.jumlah == 3
    assert laporan.jumlah_peserta == 2
    assert laporan.rata_skor == 76.7
    assert laporan.distribusi == [("0–39", 0), ("40–59", 1), ("60–79", 0), ("80–100", 2)]
    assert laporan.temuan == [("BUKAN_HASIL", 1), ("KATA_KABUR", 1), ("TANPA_WAKTU", 1)]


def test_admin_laporan_untuk_pelatih(client, data_laporan, buat_pengguna):
    kasus, _ = data_laporan
    client.force_login(buat_pengguna("Pelatih"))
    indeks = client.get(reverse("simulasi_laporan"))
    assert indeks.status_code == 200
    assert kasus.judul in indeks.content.decode()
    isi = client.get(reverse("simulasi_laporan_kasus", args=[kasus.pk])).content.decode()
    assert "<strong data-jumlah>3</strong>" in isi
    assert "KATA_KABUR" in isi


def test_admin_laporan_tertutup_untuk_peserta(client, data_laporan, buat_pengguna):
    kasus, _ = data_laporan
    client.force_login(buat_pengguna("Peserta"))
    respons = client.get(reverse("simulasi_laporan_kasus", args=[kasus.pk]))
    assert respons.status_code in (302, 403)


def test_ekspor_csv(client, data_laporan, buat_pengguna):
    kasus, _ = data_laporan
    client.force_login(buat_pengguna("Pelatih"))
    respons = client.get(reverse("simulasi_laporan_kasus", args=[kasus.pk]), {"ekspor": "csv"})
    baris = list(csv.reader(io.StringIO(respons.content.decode())))
    assert baris[0] == list(selectors.KOLOM_EKSPOR)
    assert sorted(int(b[2]) for b in baris[1:]) == [50, 80, 100]


def test_ekspor_xlsx(client, data_laporan, buat_pengguna):
    from openpyxl import load_workbook

    kasus, _ = data_laporan
    client.force_login(buat_pengguna("Pelatih"))
    respons = client.get(reverse("simulasi_laporan_kasus", args=[kasus.pk]), {"ekspor": "xlsx"})
    buku = load_workbook(io.BytesIO(respons.content))
    baris = list(buku["Percobaan"].iter_rows(values_only=True))
    assert len(baris) == 4
    assert ("jumlah_percobaan", 3) in list(buku["Ringkasan"].iter_rows(values_only=True))


def test_pelatih_dapat_menyunting_kasus_di_admin(client, kasus_demo, buat_pengguna):
    client.force_login(buat_pengguna("Pelatih"))
    kasus = kasus_demo["paten-adminduk"]
    assert client.get(reverse("wagtailsnippets_simulasi_kasussimulasi:list")).status_code == 200
    assert (
        client.get(
            reverse("wagtailsnippets_simulasi_kasussimulasi:edit", args=[kasus.pk])
        ).status_code
        == 200
    )
