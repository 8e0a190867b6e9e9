import pytest

from situs import peran
from tests.factories import SANDI, PenggunaFactory


@pytest.mark.django_db
def test_pengguna_factory_membuat_pengguna_dengan_peran_dan_sandi():
    user = PenggunaFactory(peran=[peran.PEGAWAI])
    assert list(user.groups.values_list("name", flat=True)) == [peran.PEGAWAI]
    assert user.check_password(SANDI)
