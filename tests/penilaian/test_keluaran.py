"""Outputs: PDF with verification code, public verification page, transparency threshold,
unit dashboard and XLSX export."""

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from penilaian import services
from penilaian.models import SKP, CapaianOrganisasi, Pegawai
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def _final(pegawai, atasan, realisasi=Decimal(12), perilaku="sesuai_ekspektasi", per=None):
    skp = pabrik.skp_lengkap(pegawai, status=SKP.Status.DISETUJUI, realisasi=realisasi, per=per)
    e = services.evaluasi_simpan(oleh=atasan.user, skp=skp, versi=None, rating_perilaku=perilaku)
    return services.evaluasi_finalkan(oleh=atasan.user, evaluasi=e, versi=e.versi)


def _unit_dengan(n: int):
    unit = pabrik.unit("kel-gelam", "Kelurahan Gelam")
    lurah = pabrik.pegawai("Lurah Gelam", peran=("Pegawai", "Penilai"), unit_kerja=unit)
    for i in range(n):
        staf = pabrik.pegawai(f"Staf Gelam {i}", atasan=lurah, unit_kerja=unit)
        _final(staf, lurah)
    return unit


def test_transparansi_menyembunyikan_unit_dengan_4_pegawai(client):
    _unit_dengan(4)
    pabrik.terbitkan_transparansi()
    isi = client.get("/transparansi/").content.decode()
    assert "Kelurahan Gelam" in isi
    assert "kurang dari 5 pegawai" in isi
    assert "Rata-rata capaian" not in isi
    assert "Staf Gelam" not in isi


def test_transparansi_menampilkan_agregat_mulai_5_pegawai(client):
    _unit_dengan(5)
    pabrik.terbitkan_transparansi()
    respons = client.get("/transparansi/")
    isi = respons.content.decode()
    assert respons.status_code == 200
    assert "5 pegawai dinilai" in isi
    assert "Rata-rata capaian" in isi
    assert "100,00" in isi
    assert "Staf Gelam" not in isi
    # No one's NIP (the page only names the NIP as what unlocks a document's predikat).
    assert not any(p.nip in isi for p in Pegawai.objects.all())


def test_pdf_dokumen_evaluasi_dan_halaman_verifikasi(client):
    h = pabrik.hierarki()
    evaluasi = _final(h.staf, h.lurah)
    client.force_login(h.staf.user)
    respons = client.get(f"/penilaian/skp/{evaluasi.skp_id}/dokumen-evaluasi.pdf")
    assert respons.status_code == 200
    assert respons["Content-Type"] == "application/pdf"
    assert respons.content.startswith(b"%PDF")
    client.logout()
    halaman = client.get(f"/verifikasi/{evaluasi.kode_verifikasi}/").content.decode()
    assert "Dokumen sah" in halaman
    # Authenticity only: the name masked, no predikat, no NIP, no figures (see
    # tests/penilaian/test_verifikasi.py for the NIP that reveals the predikat).
    assert "Dokumen Evaluasi Kinerja Pegawai, evaluasi Tahunan" in halaman
    assert "<dd data-nama>S*** U***</dd>" in halaman
    assert h.staf.nama not in halaman
    assert "data-predikat" not in halaman
    assert h.staf.nip not in halaman
    assert "Capaian hasil kerja" not in halaman


def test_kode_verifikasi_tidak_dikenal_404_berbahasa_indonesia(client):
    respons = client.get("/verifikasi/TIDAKADA123/")
    assert respons.status_code == 404
    assert "tidak ditemukan" in respons.content.decode().lower()


def test_pdf_belum_final_404(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    client.force_login(h.staf.user)
    assert client.get(f"/penilaian/skp/{skp.pk}/dokumen-evaluasi.pdf").status_code == 404


def test_dasbor_unit_memberi_peringatan_kurva_distribusi(client):
    unit = _unit_dengan(3)
    lurah = unit.pegawai.get(nama="Lurah Gelam")
    periode = pabrik.periode()
    CapaianOrganisasi.objects.create(unit=unit, periode=periode, capaian="baik")
    client.force_login(lurah.user)
    isi = client.get(f"/penilaian/unit/{unit.kode}/").content.decode()
    assert "Peringatan kurva distribusi" in isi


def test_ekspor_xlsx_unit(client):
    unit = _unit_dengan(2)
    lurah = unit.pegawai.get(nama="Lurah Gelam")
    client.force_login(lurah.user)
    respons = client.get(f"/penilaian/unit/{unit.kode}/ekspor.xlsx")
    assert respons.status_code == 200
    lembar = load_workbook(io.BytesIO(respons.content)).active
    baris = list(lembar.iter_rows(min_row=3, values_only=True))
    assert len(baris) == 2
    assert {b[9] for b in baris} == {"Baik"}


def test_halaman_alur_dirender_tanpa_galat(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf)
    rhk = skp.rhk.get()
    client.force_login(h.staf.user)
    for url in (
        "/penilaian/",
        f"/penilaian/skp/{skp.pk}/",
        f"/penilaian/skp/{skp.pk}/rhk/",
        f"/penilaian/skp/{skp.pk}/rhk/{rhk.pk}/iki/",
        f"/penilaian/skp/{skp.pk}/evaluasi/",
        "/penilaian/pustaka-indikator/",
    ):
        assert client.get(url).status_code == 200, url


def test_transparansi_tanpa_pilihan_menampilkan_periode_terakhir_yang_diterbitkan(client):
    from penilaian.models import Periode

    _unit_dengan(5)
    dinilai = Periode.objects.filter(skp__isnull=False).distinct().get()
    pabrik.terbitkan_transparansi(dinilai)
    baru = Periode.objects.create(tahun=dinilai.tahun + 1, kebijakan=dinilai.kebijakan)
    Periode.objects.filter(pk=baru.pk).update(aktif=True)
    isi = client.get("/transparansi/").content.decode()
    assert "5 pegawai dinilai" in isi
    assert f'value="{dinilai.tahun}" selected' in isi


def test_transparansi_tidak_menampilkan_evaluasi_yang_belum_diterbitkan(client):
    _unit_dengan(5)
    isi = client.get("/transparansi/").content.decode()
    assert "Belum ada angka yang diterbitkan" in isi
    assert "pegawai dinilai" not in isi


def test_periode_berjalan_tidak_dapat_diterbitkan():
    _unit_dengan(5)
    with pytest.raises(services.KesalahanPenilaian, match="masih berjalan"):
        services.transparansi_terbitkan(oleh=None, periode=pabrik.periode())


def test_transparansi_dari_cache_dengan_kueri_tetap(client, django_assert_max_num_queries):
    _unit_dengan(5)
    pabrik.terbitkan_transparansi()
    pertama = client.get("/transparansi/").content.decode()
    # semua periode (with whether each is published), the chosen period's snapshots (plus
    # slack for the site's shared layout).
    with django_assert_max_num_queries(6) as kueri:
        kedua = client.get("/transparansi/").content.decode()
    assert kedua == pertama
    assert not any("hasil_mesin" in q["sql"] for q in kueri.captured_queries)


def test_transparansi_nama_unit_yang_diubah_langsung_tampil(client):
    from penilaian.models import UnitKerja

    unit = _unit_dengan(5)
    pabrik.terbitkan_transparansi()
    assert "Kelurahan Gelam" in client.get("/transparansi/").content.decode()
    UnitKerja.objects.filter(pk=unit.pk).update(nama="Kelurahan Gelam Raya")
    assert "Kelurahan Gelam Raya" in client.get("/transparansi/").content.decode()


def test_transparansi_tanpa_pilihan_beralih_ke_periode_baru_setelah_diterbitkan(client):
    unit = _unit_dengan(5)
    lama = pabrik.periode()
    pabrik.terbitkan_transparansi(lama)
    assert f'value="{lama.tahun}" selected' in client.get("/transparansi/").content.decode()
    baru = pabrik.periode(lama.tahun + 1, aktif=False)
    lurah = unit.pegawai.get(nama="Lurah Gelam")
    skp = pabrik.skp_lengkap(
        unit.pegawai.get(nama="Staf Gelam 0"),
        status=SKP.Status.DISETUJUI,
        realisasi=Decimal(12),
        per=baru,
    )
    e = services.evaluasi_simpan(
        oleh=lurah.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    services.evaluasi_finalkan(oleh=lurah.user, evaluasi=e, versi=e.versi)
    assert f'value="{lama.tahun}" selected' in client.get("/transparansi/").content.decode()
    pabrik.terbitkan_transparansi(baru)
    # The new period withholds every unit (1 evaluation): the page stays on the period with
    # figures and names the newer one with a link to it.
    isi = client.get("/transparansi/").content.decode()
    assert f'value="{lama.tahun}" selected' in isi
    assert f"Angka periode {baru.tahun} sudah diterbitkan" in isi
    isi = client.get(f"/transparansi/?tahun={baru.tahun}").content.decode()
    assert f'value="{baru.tahun}" selected' in isi
    assert "kurang dari 5 pegawai" in isi
    # Once the new period shows a unit, it is the default.
    # (five more: a republication needs at least AMBANG_PUBLIKASI_ULANG changed evaluations)
    pabrik.pegawai("Staf Gelam 5", atasan=lurah, unit_kerja=unit)
    for i in range(1, 6):
        _final(unit.pegawai.get(nama=f"Staf Gelam {i}"), lurah, per=baru)
    services.transparansi_terbitkan(oleh=None, periode=baru)
    isi = client.get("/transparansi/").content.decode()
    assert f'value="{baru.tahun}" selected' in isi
    assert "data-periode-tertahan" not in isi
