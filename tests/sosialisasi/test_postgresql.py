"""PostgreSQL only (skipped on SQLite, where writers queue on the database lock anyway):
many people signing up for the last seats at the same moment never overbook the event."""

import threading

import pytest
from django.db import connection, connections

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="hanya PostgreSQL (DATABASE_URL postgres://…)"
)

KAPASITAS = 3
PENDAFTAR = 12


@pytest.mark.django_db(transaction=True)
def test_pendaftaran_serentak_tidak_melebihi_kapasitas():
    from situs import demo
    from sosialisasi import services
    from sosialisasi.models import PendaftaranAcara, SosialisasiIndexPage
    from tests.factories import PenggunaFactory
    from tests.sosialisasi.factories import acara_di

    beranda = demo.muat_beranda()
    indeks = beranda.add_child(instance=SosialisasiIndexPage(title="Sosialisasi", slug="sos"))
    acara = acara_di(indeks, "acara", kapasitas=KAPASITAS)
    pengguna = [PenggunaFactory(username=f"serentak-{i}") for i in range(PENDAFTAR)]
    serentak = threading.Barrier(PENDAFTAR)
    galat: list[BaseException] = []

    def daftar(user):
        try:
            serentak.wait(timeout=30)
            services.acara_daftar(user=user, acara=acara)
        except BaseException as e:  # noqa: BLE001 (reported by the main thread)
            galat.append(e)
        finally:
            connections.close_all()

    utas = [threading.Thread(target=daftar, args=(u,)) for u in pengguna]
    for t in utas:
        t.start()
    for t in utas:
        t.join(timeout=60)
    assert not galat, galat
    status = list(PendaftaranAcara.objects.filter(acara=acara).values_list("status", flat=True))
    assert status.count(PendaftaranAcara.Status.TERDAFTAR) == KAPASITAS
    assert status.count(PendaftaranAcara.Status.MENUNGGU) == PENDAFTAR - KAPASITAS
