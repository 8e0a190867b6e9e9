"""Page behaviour that services alone do not show: conflict messages keep the user's input,
the pustaka fills the IKI form, the checker warns inline, forbidden actions explain why."""

from decimal import Decimal

import pytest

from penilaian.models import SKP, PustakaIndikator
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def test_simpan_dengan_versi_usang_menampilkan_pesan_dan_isian_tetap_ada(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf)
    rhk = skp.rhk.get()
    iki = rhk.indikator.get()
    url = f"/penilaian/skp/{skp.pk}/rhk/{rhk.pk}/iki/{iki.pk}/"
    client.force_login(h.staf.user)
    versi_dimuat = skp.versi
    data = {
        "teks": "Jumlah laporan kependudukan per bulan",
        "aspek": "kuantitas",
        "target": "12",
        "satuan": "laporan",
        "polaritas": "naik",
    }
    assert client.post(url, {**data, "versi": versi_dimuat}).status_code == 302
    kedua = {**data, "teks": "Persentase laporan tepat waktu per bulan", "versi": versi_dimuat}
    respons = client.post(url, kedua)
    isi = respons.content.decode()
    assert respons.status_code == 200
    assert "sudah diubah oleh" in isi
    assert "muat ulang" in isi
    assert "Persentase laporan tepat waktu per bulan" in isi  # nothing the user typed is lost
    iki.refresh_from_db()
    assert iki.teks == "Jumlah laporan kependudukan per bulan"


def test_pustaka_mengisi_formulir_indikator(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf)
    p = PustakaIndikator.objects.create(
        teks="Persentase surat masuk yang diagendakan pada hari yang sama",
        aspek="kuantitas",
        target=Decimal(100),
        satuan="%",
    )
    client.force_login(h.staf.user)
    isi = client.get(
        f"/penilaian/skp/{skp.pk}/rhk/{skp.rhk.get().pk}/iki/?pustaka={p.pk}"
    ).content.decode()
    assert "Persentase surat masuk yang diagendakan pada hari yang sama</textarea>" in isi


def test_temuan_pemeriksa_tampil_pada_draf(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf)
    iki = skp.rhk.get().indikator.get()
    iki.teks = "Melaksanakan pelayanan dengan optimal"
    iki.save()
    client.force_login(h.staf.user)
    isi = client.get(f"/penilaian/skp/{skp.pk}/").content.decode()
    assert "Pemeriksa indikator: belum terukur" in isi


def test_aksi_terlarang_dijelaskan_dalam_bahasa_indonesia(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    client.force_login(h.camat.user)  # sees the SKP, but is not the direct atasan
    respons = client.post(f"/penilaian/skp/{skp.pk}/setujui/", {"versi": skp.versi}, follow=True)
    assert "Hanya atasan langsung" in respons.content.decode()
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DIAJUKAN


def _iki_kabur(skp):
    iki = skp.rhk.get().indikator.get()
    iki.teks = "Melaksanakan pelayanan dengan optimal"
    iki.save()
    return iki


def test_atasan_melihat_temuan_saat_menyetujui(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    _iki_kabur(skp)
    client.force_login(h.lurah.user)
    isi = client.get(f"/penilaian/skp/{skp.pk}/").content.decode()
    assert "Pemeriksa indikator: belum terukur" in isi


def test_ajukan_dengan_temuan_meminta_centang_konfirmasi(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf)
    _iki_kabur(skp)
    client.force_login(h.staf.user)
    halaman = client.get(f"/penilaian/skp/{skp.pk}/").content.decode()
    assert "data-konfirmasi-temuan" in halaman and 'name="abaikan_temuan"' in halaman
    url = f"/penilaian/skp/{skp.pk}/ajukan/"
    isi = client.post(url, {"versi": skp.versi}, follow=True).content.decode()
    assert "centang konfirmasi" in isi
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DRAFT
    client.post(url, {"versi": skp.versi, "abaikan_temuan": "1"})
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DIAJUKAN


def test_halaman_evaluasi_menampilkan_temuan_realisasi_bukti_dan_usulan_mesin(client):
    from django.core.files.base import ContentFile

    from penilaian.models import BuktiDukung

    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal("11"))
    iki = _iki_kabur(skp)
    BuktiDukung.objects.create(
        realisasi=iki.realisasi.get(),
        berkas=ContentFile(b"%PDF-1.4", name="laporan.pdf"),
        nama_asli="laporan-november.pdf",
        jenis_konten="application/pdf",
        ukuran=8,
    )
    client.force_login(h.lurah.user)
    isi = client.get(f"/penilaian/skp/{skp.pk}/evaluasi/").content.decode()
    assert "data-tinjau-iki" in isi
    assert "Pemeriksa indikator: belum terukur" in isi
    assert "laporan-november.pdf" in isi and "data-bukti" in isi
    assert "data-usulan-mesin" in isi and "Usulan mesin: capaian hasil kerja" in isi


def test_formulir_iki_skp_mengisi_usulan_polaritas_dan_meminta_konfirmasi(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf)
    rhk = skp.rhk.get()
    client.force_login(h.staf.user)
    url = f"/penilaian/skp/{skp.pk}/rhk/{rhk.pk}/iki/"
    data = {"teks": "Jumlah pengaduan layanan", "aspek": "kuantitas", "target": "5",
            "satuan": "pengaduan", "versi": skp.versi}  # fmt: skip
    isi = client.post(url, data).content.decode()
    assert "polaritas belum dipilih. Pemeriksa mengusulkan “turun”" in isi
    assert '<option value="turun" selected>' in isi
    assert "Bawaan menurut aspek" not in isi
    assert client.post(url, {**data, "polaritas": "turun"}).status_code == 302
    assert rhk.indikator.get(teks="Jumlah pengaduan layanan").polaritas == "turun"
