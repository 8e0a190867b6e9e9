"""The evaluation page before and after the appraiser rates (issue 17): no assumed behaviour
rating or predikat before the appraiser has rated; finalising (irreversible) needs an explicit
confirmation that the server checks."""

from decimal import Decimal

import pytest

from penilaian import services
from penilaian.models import SKP, Evaluasi
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def h():
    return pabrik.hierarki()


def _url(skp) -> str:
    return f"/penilaian/skp/{skp.pk}/evaluasi/"


def _tersimpan(h, skp) -> Evaluasi:
    return services.evaluasi_simpan(
        oleh=h.lurah.user, skp=skp, versi=None, rating_perilaku="di_atas_ekspektasi"
    )


def test_sebelum_dinilai_predikat_dan_rating_perilaku_belum_dinilai(client, h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    client.force_login(h.lurah.user)
    respons = client.get(_url(skp))
    isi = respons.content.decode()
    # The engine's achievement and proposed work rating are shown as a proposal …
    assert "<dd>100,00 %</dd>" in isi
    assert "Usulan rating hasil kerja" in isi
    # … but nothing the appraiser has not decided: no predikat, no behaviour rating.
    assert '<dd data-predikat class="redup">belum dinilai</dd>' in isi
    assert "data-belum-dinilai" in isi
    for predikat in ("Sangat Baik", "Baik", "Butuh Perbaikan", "Sangat Kurang"):
        assert f">{predikat}<" not in isi
    langkah = respons.context["hasil"]["langkah"]
    assert langkah, "the achievement steps stay"
    assert not [teks for teks in langkah if teks.startswith("Predikat:")]
    # The form preselects no behaviour rating.
    pilihan = respons.context["form"]["rating_perilaku"]
    assert pilihan.value() in (None, "")
    assert '<option value="" selected>— Pilih rating perilaku —</option>' in isi


def test_tanpa_rating_perilaku_penilaian_ditolak_dengan_pesan(client, h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    client.force_login(h.lurah.user)
    respons = client.post(_url(skp), {"versi": "0", "rating_perilaku": ""})
    assert respons.status_code == 200
    assert "Rating perilaku kerja wajib dipilih." in respons.content.decode()
    assert not Evaluasi.objects.exists()


def test_setelah_dinilai_predikat_tampil(client, h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    evaluasi = _tersimpan(h, skp)
    client.force_login(h.lurah.user)
    isi = client.get(_url(skp)).content.decode()
    assert f"<strong data-predikat>{evaluasi.predikat}</strong>" in isi
    assert "data-belum-dinilai" not in isi
    # The confirmation form names the predikat that will be made final.
    assert "data-konfirmasi-finalkan" in isi
    assert f"Predikat yang akan difinalkan: <strong>{evaluasi.predikat}</strong>" in isi


def test_finalkan_tanpa_konfirmasi_ditolak_dan_tidak_mengubah_apa_pun(client, h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    evaluasi = _tersimpan(h, skp)
    client.force_login(h.lurah.user)
    respons = client.post(
        f"/penilaian/skp/{skp.pk}/evaluasi/finalkan/", {"versi": evaluasi.versi}, follow=True
    )
    isi = respons.content.decode()
    assert "Evaluasi belum difinalkan: centang konfirmasi" in isi
    evaluasi.refresh_from_db()
    skp.refresh_from_db()
    assert evaluasi.status == Evaluasi.Status.DRAFT
    assert skp.status == SKP.Status.DINILAI


def test_finalkan_dengan_konfirmasi_memfinalkan(client, h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    evaluasi = _tersimpan(h, skp)
    client.force_login(h.lurah.user)
    respons = client.post(
        f"/penilaian/skp/{skp.pk}/evaluasi/finalkan/",
        {"versi": evaluasi.versi, "konfirmasi": "on"},
        follow=True,
    )
    assert "Evaluasi difinalkan." in respons.content.decode()
    evaluasi.refresh_from_db()
    assert evaluasi.status == Evaluasi.Status.FINAL


def test_konfirmasi_tidak_membuka_finalkan_untuk_pegawai_sendiri(client, h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    evaluasi = _tersimpan(h, skp)
    client.force_login(h.staf.user)
    assert "data-konfirmasi-finalkan" not in client.get(_url(skp)).content.decode()
    client.post(
        f"/penilaian/skp/{skp.pk}/evaluasi/finalkan/",
        {"versi": evaluasi.versi, "konfirmasi": "on"},
    )
    evaluasi.refresh_from_db()
    assert evaluasi.status == Evaluasi.Status.DRAFT
