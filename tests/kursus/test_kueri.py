"""The lesson page for an enrolled participant runs a bounded number of SQL queries."""

import pytest

from kursus import services
from tests.kursus.conftest import pelajaran_dari

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("jumlah", [3, 30])
def test_halaman_pelajaran_paling_banyak_tujuh_kueri(
    client, buat_kursus, buat_pengguna, django_assert_max_num_queries, jumlah
):
    kursus = buat_kursus(jumlah, urutan_wajib=True)
    user = buat_pengguna("Peserta")
    services.pendaftaran_buat(user=user, kursus=kursus)
    pelajaran = pelajaran_dari(kursus)
    for halaman in pelajaran[:-1]:
        services.kemajuan_tandai_selesai(user=user, pelajaran=halaman)
    # Other participants' enrolments and progress must not change the count.
    for i in range(jumlah):
        lain = buat_pengguna(username=f"lain{jumlah}-{i}")
        services.pendaftaran_buat(user=lain, kursus=kursus)
        services.kemajuan_tandai_selesai(user=lain, pelajaran=pelajaran[0])
    client.force_login(user)
    client.get(pelajaran[-1].url)  # warm the site root cache, as any running server has
    with django_assert_max_num_queries(7) as kueri:
        response = client.get(pelajaran[-1].url)
    print(f"kueri halaman pelajaran ({jumlah} pelajaran): {len(kueri)}")  # noqa: T201
    assert response.status_code == 200
    assert f"{jumlah - 1} dari {jumlah} pelajaran selesai" in response.content.decode()


@pytest.mark.parametrize("jumlah", [3, 30])
def test_pelajaran_dengan_kuis_dan_kasus_simulasi_tetap_paling_banyak_tujuh_kueri(
    client, buat_kursus, buat_pengguna, django_assert_max_num_queries, jumlah
):
    """A real lesson ends with its quiz and may embed a simulator case (as the demo course)."""
    from kursus.kuis.models import Kuis
    from simulasi import demo as demo_simulasi

    kasus = demo_simulasi.muat()[0]
    kuis = Kuis.objects.create(judul="Kuis pelajaran", slug="kuis-pelajaran", nilai_lulus=60)
    kursus = buat_kursus(jumlah, urutan_wajib=True)
    pelajaran = pelajaran_dari(kursus)
    terakhir = pelajaran[-1]
    terakhir.body = [
        {"type": "teks", "value": "<p>Isi</p>"},
        {"type": "kasus_simulasi", "value": {"kasus": kasus.pk, "pengantar": "Latihan"}},
        {"type": "kuis", "value": {"kuis": kuis.pk, "pengantar": "Uji pemahaman"}},
    ]
    terakhir.save_revision().publish()
    user = buat_pengguna("Peserta")
    services.pendaftaran_buat(user=user, kursus=kursus)
    for halaman in pelajaran[:-1]:
        services.kemajuan_tandai_selesai(user=user, pelajaran=halaman)
    client.force_login(user)
    client.get(terakhir.url)
    with django_assert_max_num_queries(7) as kueri:
        response = client.get(terakhir.url)
    print(f"kueri pelajaran dengan kuis dan kasus ({jumlah}): {len(kueri)}")  # noqa: T201
    html = response.content.decode()
    assert kasus.judul in html and "Kuis pelajaran" in html
