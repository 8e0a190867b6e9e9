"""The 5xx the hostile-input suite found, kept as plain reproductions."""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from simulasi.models import PercobaanSimulasi
from tests.keamanan.bermusuhan import angka, pengaturan, teks

pytestmark = pytest.mark.django_db

BAIK = "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja"


@pytest.fixture
def klien(client, buat_pengguna):
    client.force_login(buat_pengguna("Peserta"))
    return client


@pytest.mark.parametrize(("aspek", "polaritas"), [("\x00", ""), ("kuantitas", "maksimal")])
def test_aspek_atau_polaritas_di_luar_pilihan_ditolak_tanpa_500(
    klien, kasus_demo, aspek, polaritas
):
    """The simulator ran the indicator checker on the raw row, and the checker raised on an
    aspect or polarity outside its choices: 500 before the form could say which field."""
    data = {
        "rhk": "Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan di loket PATEN",
        "iki-TOTAL_FORMS": "5",
        "iki-INITIAL_FORMS": "0",
        "iki-MIN_NUM_FORMS": "5",
        "iki-MAX_NUM_FORMS": "50",
        "iki-0-teks": BAIK,
        "iki-0-aspek": aspek,
        "iki-0-target": "90",
        "iki-0-satuan": "%",
        "iki-0-polaritas": polaritas,
    }
    respons = klien.post(reverse("simulasi:indikator", args=["paten-adminduk"]), data)
    assert respons.status_code == 200
    galat = respons.context["blok"]["formset"].forms[0].errors
    assert galat and set(galat) <= {"aspek", "polaritas"}
    assert "Pilih" in str(galat) or "pilihan" in str(galat)
    assert PercobaanSimulasi.objects.count() == 0


@given(
    aspek=teks,
    polaritas=teks,
    target=angka,
    isi=teks,
    terima=st.sampled_from(["application/json", "text/html"]),
)
@pengaturan
def test_pemeriksaan_langsung_tidak_pernah_500(
    klien, kasus_demo, aspek, polaritas, target, isi, terima
):
    """The live check (GET, as the participant types) reads the same raw row."""
    respons = klien.get(
        reverse("simulasi:periksa"),
        {
            "iki-teks": isi or BAIK,
            "iki-aspek": aspek,
            "iki-polaritas": polaritas,
            "iki-target": target,
            "rhk": isi,
        },
        HTTP_ACCEPT=terima,
    )
    assert respons.status_code == 200
