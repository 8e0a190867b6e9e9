"""Periodic (per-quarter) evaluation: the same engine and kebijakan as the annual one, on the
realisation of that quarter; the employee sees each finalised quarter; the annual evaluation
and the SKP's status are untouched by a quarter."""

from decimal import Decimal

import pytest

from penilaian import mesin, services
from penilaian.mappers import dokumen_dari_skp
from penilaian.models import SKP, Evaluasi, Periode
from penilaian.selectors import kebijakan_aktif
from penilaian.services import KesalahanPenilaian
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def h():
    return pabrik.hierarki()


def _skp_dengan_triwulan(h, *, tw1=Decimal(3), tw2=Decimal(6)) -> SKP:
    """An approved SKP (target 12 laporan) with running realisation in Triwulan I and II."""
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI)
    iki = skp.rhk.get().indikator.get()
    services.realisasi_simpan(oleh=h.staf.user, indikator=iki, periode_evaluasi="tw1", nilai=tw1)
    services.realisasi_simpan(oleh=h.staf.user, indikator=iki, periode_evaluasi="tw2", nilai=tw2)
    return skp


def _nilai(h, skp: SKP, periode: str = "tahunan") -> Evaluasi:
    """The direct atasan saves an evaluation of ``periode`` following the engine's proposal."""
    return services.evaluasi_simpan(
        oleh=h.lurah.user,
        skp=skp,
        versi=None,
        rating_perilaku="sesuai_ekspektasi",
        periode_evaluasi=periode,
    )


GALAT_B03 = "Periode evaluasi “b03” tidak termasuk kadens periode SKP ini"


def _url(skp, periode=None) -> str:
    alamat = f"/penilaian/skp/{skp.pk}/evaluasi/"
    return f"{alamat}?periode_evaluasi={periode}" if periode else alamat


def test_hasil_triwulan_sama_dengan_mesin_pada_dokumen_triwulan_itu(h):
    skp = _skp_dengan_triwulan(h)
    hasil = services.evaluasi_hitung_usulan(skp=skp, periode_evaluasi="tw1")
    langsung = mesin.nilai_json(
        dokumen_dari_skp(
            skp,
            kebijakan=kebijakan_aktif(),
            rating_perilaku="sesuai_ekspektasi",
            periode_evaluasi="tw1",
        )
    )
    assert hasil == langsung
    assert hasil["capaian_hasil_kerja"] == 25.0
    assert services.evaluasi_hitung_usulan(skp=skp, periode_evaluasi="tw2") != hasil


def test_evaluasi_triwulan_disimpan_dari_realisasi_triwulan_itu(h):
    skp = _skp_dengan_triwulan(h)
    evaluasi = _nilai(h, skp, "tw2")
    assert evaluasi.periode_evaluasi == "tw2"
    assert evaluasi.masukan_mesin["rhk"][0]["indikator"][0]["realisasi"] == 6
    assert evaluasi.hasil_mesin["capaian_hasil_kerja"] == 50.0
    assert evaluasi.kebijakan == skp.periode.kebijakan
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DISETUJUI


def test_finalkan_triwulan_tidak_memfinalkan_skp_dan_tahunan_tetap_bisa_dinilai(h):
    skp = _skp_dengan_triwulan(h)
    tw1 = _nilai(h, skp, "tw1")
    tw1 = services.evaluasi_finalkan(oleh=h.lurah.user, evaluasi=tw1, versi=tw1.versi)
    assert tw1.status == Evaluasi.Status.FINAL
    assert tw1.kode_verifikasi
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DISETUJUI
    tahunan = _nilai(h, skp)
    assert tahunan.periode_evaluasi == "tahunan"
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DINILAI
    assert skp.evaluasi.count() == 2


def test_periode_di_luar_kadens_ditolak_oleh_layanan(h):
    skp = _skp_dengan_triwulan(h)
    with pytest.raises(KesalahanPenilaian, match="Periode evaluasi"):
        _nilai(h, skp, "b03")
    assert not Evaluasi.objects.exists()


def test_penilai_menilai_dan_memfinalkan_triwulan_lewat_halaman(client, h):
    skp = _skp_dengan_triwulan(h)
    client.force_login(h.lurah.user)
    isi = client.get(_url(skp, "tw1")).content.decode()
    assert "Evaluasi kinerja Triwulan I 2026" in isi
    assert "<dd>25,00 %</dd>" in isi
    # The appraiser is told why an early quarter's capaian is low and that the rating is theirs.
    assert "realisasi berjalan sampai akhir periode ini terhadap target tahunan" in isi
    respons = client.post(
        _url(skp, "tw1"),
        {"periode_evaluasi": "tw1", "rating_perilaku": "di_atas_ekspektasi", "versi": "0"},
    )
    assert respons.status_code == 302
    assert respons["Location"] == _url(skp, "tw1")
    evaluasi = skp.evaluasi.get(periode_evaluasi="tw1")
    assert evaluasi.status == Evaluasi.Status.DRAFT
    assert evaluasi.rating_hasil_kerja == "di_bawah_ekspektasi"
    assert evaluasi.rating_perilaku == "di_atas_ekspektasi"
    respons = client.post(
        f"/penilaian/skp/{skp.pk}/evaluasi/finalkan/",
        {"periode_evaluasi": "tw1", "versi": evaluasi.versi, "konfirmasi": "on"},
    )
    assert respons["Location"] == _url(skp, "tw1")
    evaluasi.refresh_from_db()
    assert evaluasi.status == Evaluasi.Status.FINAL
    assert not skp.evaluasi.filter(periode_evaluasi="tahunan").exists()
    isi = client.get(_url(skp, "tw1")).content.decode()
    assert 'data-status-evaluasi="final"' in isi
    assert "Simpan penilaian" not in isi


def _tw1_final(h) -> tuple[SKP, Evaluasi]:
    skp = _skp_dengan_triwulan(h, tw1=Decimal(12))
    e = _nilai(h, skp, "tw1")
    return skp, services.evaluasi_finalkan(oleh=h.lurah.user, evaluasi=e, versi=e.versi)


def test_pegawai_melihat_triwulan_yang_final_dan_daftar_per_periode(client, h):
    skp, evaluasi = _tw1_final(h)
    client.force_login(h.staf.user)
    isi = client.get(_url(skp, "tw1")).content.decode()
    assert "Evaluasi kinerja Triwulan I 2026" in isi
    assert 'data-status-evaluasi="final"' in isi
    assert f"data-predikat>{evaluasi.predikat}<" in isi
    assert "Simpan penilaian" not in isi
    assert "Finalkan evaluasi" not in isi
    halaman_skp = client.get(f"/penilaian/skp/{skp.pk}/").content.decode()
    for kode in ("tw1", "tw2", "tw3", "tw4", "tahunan"):
        assert f'data-evaluasi-periode="{kode}"' in halaman_skp
    assert "?periode_evaluasi=tw1" in halaman_skp
    pdf = client.get(f"/penilaian/skp/{skp.pk}/dokumen-evaluasi.pdf?periode_evaluasi=tw1")
    assert pdf.status_code == 200
    assert pdf["Content-Disposition"].endswith('-2026-tw1.pdf"')
    # The annual evaluation is not final: its document does not exist yet.
    assert client.get(f"/penilaian/skp/{skp.pk}/dokumen-evaluasi.pdf").status_code == 404


def test_pegawai_lain_mendapat_404_untuk_evaluasi_triwulan(client, h):
    skp, _evaluasi = _tw1_final(h)
    client.force_login(h.staf_lain.user)
    assert client.get(_url(skp, "tw1")).status_code == 404
    alamat_pdf = f"/penilaian/skp/{skp.pk}/dokumen-evaluasi.pdf?periode_evaluasi=tw1"
    assert client.get(alamat_pdf).status_code == 404
    respons = client.post(
        f"/penilaian/skp/{skp.pk}/evaluasi/finalkan/", {"periode_evaluasi": "tw1", "versi": 1}
    )
    assert respons.status_code == 404


def test_pegawai_tidak_dapat_menilai_triwulannya_sendiri(client, h):
    skp = _skp_dengan_triwulan(h)
    client.force_login(h.staf.user)
    respons = client.post(
        _url(skp, "tw1"), {"periode_evaluasi": "tw1", "rating_perilaku": "di_atas_ekspektasi"}
    )
    assert respons.status_code == 404
    assert not Evaluasi.objects.exists()


def test_periode_b03_pada_kadens_triwulanan_menjadi_galat_formulir(client, h):
    skp = _skp_dengan_triwulan(h)
    assert skp.periode.kadens == Periode.Kadens.TRIWULANAN
    client.force_login(h.lurah.user)
    respons = client.post(
        _url(skp), {"periode_evaluasi": "b03", "rating_perilaku": "sesuai_ekspektasi"}
    )
    assert respons.status_code == 200
    assert "periode_evaluasi" in respons.context["form"].errors
    isi = respons.content.decode()
    assert GALAT_B03 in isi
    assert not Evaluasi.objects.exists()


def test_periode_tak_dikenal_di_alamat_dijelaskan_dan_tahunan_ditampilkan(client, h):
    skp = _skp_dengan_triwulan(h)
    client.force_login(h.lurah.user)
    isi = client.get(_url(skp, "b03")).content.decode()
    assert GALAT_B03 in isi
    assert "Evaluasi kinerja tahunan 2026" in isi


def test_finalkan_dengan_periode_di_luar_kadens_tidak_mengubah_apa_pun(client, h):
    skp, _evaluasi = _tw1_final(h)
    tahunan = _nilai(h, skp)
    client.force_login(h.lurah.user)
    respons = client.post(
        f"/penilaian/skp/{skp.pk}/evaluasi/finalkan/",
        {"periode_evaluasi": "s1", "versi": tahunan.versi},
        follow=True,
    )
    assert "Periode evaluasi “s1” tidak termasuk kadens" in respons.content.decode()
    tahunan.refresh_from_db()
    assert tahunan.status == Evaluasi.Status.DRAFT


@pytest.mark.parametrize(
    ("periode", "bulan", "angka_kredit"),
    # koefisien 12,5 × 100 % (Baik) × bulan / 12
    [("tw1", 3, Decimal("3.13")), ("tahunan", 12, Decimal("12.50"))],
)
def test_angka_kredit_evaluasi_memakai_bulan_yang_dicakup(h, periode, bulan, angka_kredit):
    """A quarter's evaluation of a JF credits the quarter's three months, not a year
    (PermenPANRB 1/2023 and PerBKN 3/2023: pro rata by months; docs/algoritma-skor.md)."""
    h.staf.jenis_jabatan = h.staf.JenisJabatan.FUNGSIONAL
    h.staf.koefisien_jf = Decimal("12.5")
    h.staf.save()
    skp = _skp_dengan_triwulan(h, tw1=Decimal(12), tw2=Decimal(12))
    evaluasi = services.evaluasi_simpan(
        oleh=h.lurah.user,
        skp=skp,
        versi=None,
        rating_perilaku="sesuai_ekspektasi",
        rating_hasil_kerja="sesuai_ekspektasi",
        periode_evaluasi=periode,
    )
    assert evaluasi.predikat == "Baik"
    assert evaluasi.masukan_mesin["jabatan_fungsional"] == {"koefisien": 12.5, "bulan": bulan}
    assert evaluasi.angka_kredit == angka_kredit
