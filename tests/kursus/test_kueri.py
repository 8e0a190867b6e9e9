"""The lesson page for an enrolled participant runs a bounded number of SQL queries."""

import pytest

from kursus import services
from tests.kursus.conftest import pelajaran_dari

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("jumlah", [3, 30])
def test_halaman_pelajaran_paling_banyak_sepuluh_kueri(
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
    with django_assert_max_num_queries(10) as kueri:
        response = client.get(pelajaran[-1].url)
    print(f"kueri halaman pelajaran ({jumlah} pelajaran): {len(kueri)}")  # noqa: T201
    assert response.status_code == 200
    assert f"{jumlah - 1} dari {jumlah} pelajaran selesai" in response.content.decode()
