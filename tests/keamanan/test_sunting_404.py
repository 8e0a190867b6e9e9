"""Edit forms answer 404 to whoever may see the SKP but not edit it (GET and POST), and the
owner still gets them while the SKP is a draft: the role × edit-URL matrix over a draft SKP."""

import pytest
from django.urls import reverse

from penilaian.models import SKP, IndikatorKinerja, RencanaHasilKerja
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

PERAN = (
    "peserta",
    "pemilik",
    "pegawai_lain",
    "atasan_langsung",
    "atasan_lebih_tinggi",
    "admin_kepegawaian",
    "superuser",
)
HANYA_PEMILIK = {p: (200 if p == "pemilik" else 404) for p in PERAN}
URL = ("rhk_tambah", "rhk_ubah", "iki_tambah", "iki_ubah")


@pytest.fixture
def dunia(buat_pengguna):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DRAFT)
    rhk = skp.rhk.get()
    iki = rhk.indikator.get()
    pengguna = {
        "peserta": buat_pengguna("Peserta"),
        "pemilik": h.staf.user,
        "pegawai_lain": h.staf_lain.user,
        "atasan_langsung": h.lurah.user,
        "atasan_lebih_tinggi": h.camat.user,
        "admin_kepegawaian": buat_pengguna("Admin Kepegawaian"),
        "superuser": buat_pengguna(is_superuser=True, is_staff=True),
    }
    return skp, rhk, iki, pengguna


def _url(nama, skp, rhk, iki) -> str:
    kwargs = {"pk": skp.pk}
    if nama != "rhk_tambah":
        kwargs["rhk_pk"] = rhk.pk
    if nama == "iki_ubah":
        kwargs["iki_pk"] = iki.pk
    return reverse(f"penilaian:{nama}", kwargs=kwargs)


def _data(nama, skp) -> dict:
    if nama.startswith("rhk"):
        return {
            "versi": skp.versi,
            "teks": "Tersusunnya rencana yang diubah orang lain",
            "jenis": "utama",
        }
    return {
        "versi": skp.versi,
        "teks": "Jumlah dokumen yang diubah orang lain",
        "aspek": "kuantitas",
        "target": "5",
        "satuan": "dokumen",
    }


@pytest.mark.parametrize("peran", PERAN)
def test_matriks_formulir_sunting_skp_draf(client, dunia, peran):
    skp, rhk, iki, pengguna = dunia
    client.force_login(pengguna[peran])
    salah = []
    for nama in URL:
        url = _url(nama, skp, rhk, iki)
        get = client.get(url).status_code
        if get != HANYA_PEMILIK[peran]:
            salah.append(f"GET {nama}: {get} ≠ {HANYA_PEMILIK[peran]}")
        if peran != "pemilik":
            post = client.post(url, _data(nama, skp)).status_code
            if post != 404:
                salah.append(f"POST {nama}: {post} ≠ 404")
    assert not salah, "\n".join(salah)
    if peran != "pemilik":
        assert RencanaHasilKerja.objects.filter(teks__contains="orang lain").count() == 0
        assert IndikatorKinerja.objects.filter(teks__contains="orang lain").count() == 0


@pytest.mark.parametrize("status", [SKP.Status.DIAJUKAN, SKP.Status.DISETUJUI])
def test_pemilik_pun_404_setelah_skp_bukan_draf(client, dunia, status):
    skp, rhk, iki, pengguna = dunia
    SKP.objects.filter(pk=skp.pk).update(status=status)
    client.force_login(pengguna["pemilik"])
    for nama in URL:
        url = _url(nama, skp, rhk, iki)
        assert client.get(url).status_code == 404, nama
        assert client.post(url, _data(nama, skp)).status_code == 404, nama


def test_pemilik_menyimpan_lewat_formulir_draf(client, dunia):
    skp, rhk, iki, pengguna = dunia
    client.force_login(pengguna["pemilik"])
    respons = client.post(_url("rhk_ubah", skp, rhk, iki), _data("rhk_ubah", skp))
    assert respons.status_code == 302
    rhk.refresh_from_db()
    assert rhk.teks == "Tersusunnya rencana yang diubah orang lain"
