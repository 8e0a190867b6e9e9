"""The trainer's side in the Wagtail admin: snippets, validation, marking, reports, import."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kursus.kuis import laporan, services
from kursus.kuis.models import Kuis, PercobaanKuis, Soal

from .conftest import benar

pytestmark = pytest.mark.django_db

SLOT_KOSONG = {
    "slot_acak-TOTAL_FORMS": "0",
    "slot_acak-INITIAL_FORMS": "0",
    "slot_acak-MIN_NUM_FORMS": "0",
    "slot_acak-MAX_NUM_FORMS": "1000",
}


@pytest.fixture
def pelatih(buat_pengguna, client):
    user = buat_pengguna("Pelatih")
    client.force_login(user)
    return user


def _form_soal(jenis, pilihan=(), pasangan=(), **kunci):
    data = {
        "kode": "baru-01",
        "kategori": kunci.pop("kategori"),
        "jenis": jenis,
        "teks": "Pertanyaan baru?",
        "bobot": "1",
        "toleransi": "0",
        "penjelasan": "",
        "jawaban_isian": "",
        "jawaban_angka": "",
        "rubrik": "",
        "jawaban_benar_salah": "",
        "pilihan-TOTAL_FORMS": str(len(pilihan)),
        "pilihan-INITIAL_FORMS": "0",
        "pilihan-MIN_NUM_FORMS": "0",
        "pilihan-MAX_NUM_FORMS": "1000",
        "pasangan-TOTAL_FORMS": str(len(pasangan)),
        "pasangan-INITIAL_FORMS": "0",
        "pasangan-MIN_NUM_FORMS": "0",
        "pasangan-MAX_NUM_FORMS": "1000",
        "gambar_alt": "",
    }
    for i, (premis, jawaban) in enumerate(pasangan):
        data |= {
            f"pasangan-{i}-premis": premis,
            f"pasangan-{i}-jawaban": jawaban,
            f"pasangan-{i}-ORDER": str(i + 1),
            f"pasangan-{i}-DELETE": "",
            f"pasangan-{i}-id": "",
        }
    for i, (teks, benar_) in enumerate(pilihan):
        data |= {
            f"pilihan-{i}-teks": teks,
            f"pilihan-{i}-ORDER": str(i + 1),
            f"pilihan-{i}-DELETE": "",
            f"pilihan-{i}-id": "",
        }
        if benar_:
            data[f"pilihan-{i}-benar"] = "on"
    data.update(kunci)
    return data


def test_pelatih_melihat_bank_soal_kuis_dan_kategori(client, pelatih, buat_soal, buat_kuis):
    soal = buat_soal()
    kuis = buat_kuis([soal])
    for nama in ("soal", "kuis", "kategorisoal"):
        assert client.get(reverse(f"wagtailsnippets_kursus_{nama}:list")).status_code == 200
    assert (
        client.get(reverse("wagtailsnippets_kursus_soal:edit", args=[soal.pk])).status_code == 200
    )
    assert (
        client.get(reverse("wagtailsnippets_kursus_kuis:edit", args=[kuis.pk])).status_code == 200
    )
    html = client.get(reverse("wagtailsnippets_kursus_soal:list")).content.decode()
    assert "Impor XLSX" in html and "Ekspor XLSX" in html


def test_pelatih_menambah_soal_pilihan_dengan_pilihan_jawaban_inline(client, pelatih, buat_soal):
    kategori = buat_soal().kategori
    data = _form_soal("tunggal", [("Benar", True), ("Salah", False)], kategori=kategori.pk)
    respons = client.post(reverse("wagtailsnippets_kursus_soal:add"), data)
    assert respons.status_code == 302, respons.content.decode()[:3000]
    soal = Soal.objects.get(kode="baru-01")
    assert [(p.teks, p.benar) for p in soal.pilihan.all()] == [("Benar", True), ("Salah", False)]


def test_form_soal_menolak_kunci_yang_tidak_cocok(client, pelatih, buat_soal):
    kategori = buat_soal().kategori
    data = _form_soal("tunggal", [("A", True), ("B", True)], kategori=kategori.pk)
    respons = client.post(reverse("wagtailsnippets_kursus_soal:add"), data)
    assert respons.status_code == 200
    assert "tepat satu pilihan benar" in respons.content.decode()
    data = _form_soal("angka", kategori=kategori.pk)
    respons = client.post(reverse("wagtailsnippets_kursus_soal:add"), data)
    assert "memerlukan jawaban berupa angka" in respons.content.decode()
    assert not Soal.objects.filter(kode="baru-01").exists()


@pytest.fixture
def percobaan_esai(buat_pengguna, buat_soal, buat_kuis):
    tunggal, esai = buat_soal("tunggal"), buat_soal("esai", bobot=Decimal(3))
    kuis = buat_kuis([tunggal, esai], nilai_lulus=70)
    peserta = buat_pengguna("Peserta")
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    services.jawaban_simpan(percobaan=percobaan, soal_id=tunggal.pk, pilihan=benar(tunggal))
    services.jawaban_simpan(percobaan=percobaan, soal_id=esai.pk, teks="IKI saya terukur.")
    return services.percobaan_serahkan(percobaan=percobaan), esai


def test_pelatih_menilai_esai_dari_daftar_menunggu(client, pelatih, percobaan_esai):
    percobaan, esai = percobaan_esai
    jawaban = percobaan.jawaban.get(soal=esai)
    html = client.get(reverse("kuis_penilaian")).content.decode()
    assert reverse("kuis_nilai_esai", args=[jawaban.pk]) in html
    html = client.get(reverse("kuis_nilai_esai", args=[jawaban.pk])).content.decode()
    assert "IKI saya terukur." in html and "Menyebut satuan (0–2)" in html
    respons = client.post(
        reverse("kuis_nilai_esai", args=[jawaban.pk]),
        {"kriteria_0": "2", "kriteria_1": "0,5", "komentar": "Tambahkan target."},
    )
    assert respons.status_code == 302
    percobaan.refresh_from_db()
    assert percobaan.status == PercobaanKuis.Status.SELESAI
    assert percobaan.persen == Decimal("87.50")  # (1 + 2,5) / 4


def test_nilai_melebihi_maksimum_kriteria_ditolak(client, pelatih, percobaan_esai):
    percobaan, esai = percobaan_esai
    jawaban = percobaan.jawaban.get(soal=esai)
    respons = client.post(
        reverse("kuis_nilai_esai", args=[jawaban.pk]), {"kriteria_0": "5", "kriteria_1": "0"}
    )
    assert respons.status_code == 200
    percobaan.refresh_from_db()
    assert percobaan.status == PercobaanKuis.Status.MENUNGGU_PENILAIAN


def test_peserta_tidak_dapat_menilai_atau_melihat_laporan(client, buat_pengguna, percobaan_esai):
    client.force_login(buat_pengguna("Peserta"))
    assert client.get(reverse("kuis_penilaian")).status_code in (302, 403)
    assert client.get(reverse("kuis_laporan")).status_code in (302, 403)


def test_laporan_kuis_dan_ekspor_csv_xlsx(client, pelatih, percobaan_esai):
    percobaan, _ = percobaan_esai
    url = reverse("kuis_laporan_kuis", args=[percobaan.kuis_id])
    assert "Analisis butir" in client.get(url).content.decode()
    csv = client.get(url, {"ekspor": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    assert csv.content.decode().splitlines()[0].startswith("peserta,nama,percobaan_ke")
    assert client.get(url, {"ekspor": "csv-butir"}).content.decode().startswith("kode_soal")
    xlsx = client.get(url, {"ekspor": "xlsx"})
    buku = load_workbook(io.BytesIO(xlsx.content))
    assert buku.sheetnames == ["Ringkasan", "Percobaan", "Butir", "Jawaban"]
    jawaban = client.get(url, {"ekspor": "csv-jawaban"}).content.decode().splitlines()
    assert jawaban[0] == ",".join(laporan.KOLOM_JAWABAN)
    assert len(jawaban) == 1 + percobaan.jumlah_soal


def test_laporan_kenaikan_kursus(client, pelatih, buat_soal, buat_kuis, buat_kursus):
    kursus = buat_kursus(1)
    kursus.pre_test = buat_kuis([buat_soal()])
    kursus.post_test = buat_kuis([buat_soal()])
    kursus.save()
    assert (
        reverse("kuis_laporan_kenaikan", args=[kursus.pk])
        in client.get(reverse("kuis_laporan")).content.decode()
    )
    url = reverse("kuis_laporan_kenaikan", args=[kursus.pk])
    assert "Gain ternormalisasi" in client.get(url).content.decode()
    assert client.get(url, {"ekspor": "csv"}).content.decode().startswith("peserta,nama,pre_test")
    assert client.get(url, {"ekspor": "xlsx"}).status_code == 200


def test_impor_lewat_admin_melaporkan_galat_dan_ekspor(client, pelatih, buat_soal):
    from openpyxl import Workbook

    buat_soal()
    ekspor = client.get(reverse("kuis_ekspor_soal"))
    assert load_workbook(io.BytesIO(ekspor.content)).active.max_row == 2
    buku = Workbook()
    buku.active.append(["kode", "kategori", "jenis", "teks", "kunci"])
    buku.active.append(["x-1", "K", "angka", "Berapa?", "tujuh"])
    berkas = io.BytesIO()
    buku.save(berkas)
    berkas.seek(0)
    berkas.name = "soal.xlsx"
    respons = client.post(reverse("kuis_impor_soal"), {"berkas": berkas})
    html = respons.content.decode()
    assert "Baris 2, kolom kunci: &#x27;tujuh&#x27; bukan angka." in html
    assert not Soal.objects.filter(kode="x-1").exists()


def test_kuis_tanpa_lembar_jawaban_tidak_boleh_berisi_esai(client, pelatih, buat_soal):
    esai = buat_soal("esai")
    data = {
        "judul": "Kuis esai",
        "slug": "kuis-esai",
        "deskripsi": "",
        "nilai_lulus": "70",
        "batas_percobaan": "0",
        "metode_nilai": "tertinggi",
        "jawaban_di_akhir": "on",
        "teks_berhasil": "",
        "teks_gagal": "",
        "soal_kuis-TOTAL_FORMS": "1",
        "soal_kuis-INITIAL_FORMS": "0",
        "soal_kuis-MIN_NUM_FORMS": "0",
        "soal_kuis-MAX_NUM_FORMS": "1000",
        "soal_kuis-0-soal": str(esai.pk),
        "soal_kuis-0-ORDER": "1",
        "soal_kuis-0-DELETE": "",
        "soal_kuis-0-id": "",
        **SLOT_KOSONG,
    }
    respons = client.post(reverse("wagtailsnippets_kursus_kuis:add"), data)
    assert "harus menyimpan lembar jawaban" in respons.content.decode()
    data["simpan_lembar_jawaban"] = "on"
    respons = client.post(reverse("wagtailsnippets_kursus_kuis:add"), data)
    assert respons.status_code == 302
    assert Kuis.objects.get(slug="kuis-esai").soal_kuis.count() == 1
