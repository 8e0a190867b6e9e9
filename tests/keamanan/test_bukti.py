"""Evidence names come from the detected content type, never from what the uploader typed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from penilaian import services
from tests.penilaian.test_bukti import realisasi  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.mark.parametrize(
    ("diunggah", "tampil"),
    [
        ("evil.html", "evil.png"),
        ("foto.png", "foto.png"),
        ("tanpa-akhiran", "tanpa-akhiran.png"),
        ("laporan\u202egnp.exe", "laporangnp.png"),
        ("..\\..\\etc\\passwd", "passwd.png"),
        ("a\x00b\x07c\u2066.svg", "abc.png"),
        (".htaccess", "bukti.png"),
    ],
)
def test_nama_bukti_mengikuti_isi_dan_tanpa_karakter_kendali(
    realisasi,  # noqa: F811
    diunggah,
    tampil,
):
    h, r = realisasi
    bukti = services.bukti_unggah(
        oleh=h.staf.user, realisasi=r, berkas=SimpleUploadedFile(diunggah, PNG)
    )
    assert bukti.nama_asli == tampil
    assert bukti.berkas.name.endswith(".png")
    assert "html" not in bukti.berkas.name
    assert bukti.berkas.name.isascii()


def test_unduhan_memakai_nama_dari_jenis_isi(realisasi, client):  # noqa: F811
    h, r = realisasi
    bukti = services.bukti_unggah(
        oleh=h.staf.user, realisasi=r, berkas=SimpleUploadedFile("evil.html", PNG)
    )
    # A row stored before this rule keeps its misleading name in the database…
    type(bukti).objects.filter(pk=bukti.pk).update(nama_asli="evil\u202egnp.html")
    client.force_login(h.lurah.user)
    respons = client.get(f"/penilaian/bukti/{bukti.pk}/")
    assert respons.status_code == 200
    assert respons["Content-Type"] == "image/png"
    # …but is downloaded under the name of what it is.
    assert 'filename="evilgnp.png"' in respons["Content-Disposition"]
