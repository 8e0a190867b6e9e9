"""PostgreSQL only (skipped on SQLite): the full-text search backend, indexes behind the unit
dashboard and the transparency report (EXPLAIN), and a pg_dump → restore round trip in which
stored engine results re-display identically."""

import glob
import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from bench import _umum

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="hanya PostgreSQL (DATABASE_URL postgres://…)"
)

#: Tables that grow with the number of employees: reading one of them by a sequential scan
#: when sequential scans are disabled means no index serves the query.
TABEL_BESAR = (
    "penilaian_pegawai",
    "penilaian_skp",
    "penilaian_evaluasi",
    "penilaian_rencanahasilkerja",
    "penilaian_indikatorkinerja",
    "penilaian_realisasi",
)


def _program(nama: str) -> str | None:
    """The newest PostgreSQL client program of that name (Debian keeps them per version)."""
    kandidat = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{nama}"), key=_versi)
    return kandidat[-1] if kandidat else shutil.which(nama)


def _versi(jalur: str) -> int:
    angka = re.search(r"/postgresql/(\d+)/", jalur)
    return int(angka.group(1)) if angka else 0


@pytest.mark.django_db
def test_pencarian_memakai_backend_postgresql_bahasa_indonesia(client):
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert isinstance(backend, PostgresSearchBackend)
    assert backend.config == "indonesian"


@pytest.mark.django_db
def test_pencarian_memotong_imbuhan_bahasa_indonesia(client):
    """ "menyusun" finds "Penyusunan …": the Indonesian stemmer reduces both to "susun"."""
    from wagtail.models import Page

    from situs import demo

    beranda = demo.muat_beranda()
    beranda.add_child(instance=Page(title="Penyusunan rencana hasil kerja", slug="rhk"))
    beranda.add_child(instance=Page(title="Jadwal posyandu kelurahan", slug="posyandu"))
    hasil = {p.slug for p in Page.objects.live().search("menyusun")}
    assert hasil & {"rhk", "posyandu"} == {"rhk"}


def _rencana(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(baris[0] for baris in cursor.fetchall())


@pytest.mark.django_db
def test_dasbor_unit_dan_transparansi_memakai_indeks(client, buat_pengguna):
    from penilaian import demo
    from tests.penilaian import pabrik

    periode = demo.muat_kebijakan_dan_periode()
    unit = _umum.buat_pegawai(jumlah=400, jumlah_unit=8, periode=periode)[0]
    pabrik.terbitkan_transparansi(periode)
    periode.aktif = True  # the unit dashboard reads the running period
    periode.save()
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        # Transaction-local: the planner may pick a sequential scan only where no index helps.
        cursor.execute("SET LOCAL enable_seqscan = off")
    diperiksa = 0
    for url in (
        f"/penilaian/unit/{unit.kode}/",
        f"/penilaian/unit/{unit.kode}/?status=final&cari=pegawai",
        "/transparansi/",
    ):
        with CaptureQueriesContext(connection) as kueri:
            assert client.get(url).status_code == 200
        for q in kueri.captured_queries:
            sql = q["sql"]
            if not sql.startswith("SELECT") or not any(t in sql for t in TABEL_BESAR):
                continue
            rencana = _rencana(sql)
            diperiksa += 1
            for tabel in TABEL_BESAR:
                assert f"Seq Scan on {tabel}" not in rencana, f"{url}\n{sql}\n{rencana}"
    print(f"{diperiksa} kueri diperiksa dengan EXPLAIN")  # noqa: T201
    assert diperiksa >= 4


def _tanpa_token(html: str) -> str:
    """The page without what differs per request by design (CSRF token, CSP nonce)."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'nonce="[^"]+"', "", html)


@pytest.mark.django_db(transaction=True)
def test_cadangan_pg_dump_dipulihkan_dan_hasil_tampil_sama(client, buat_pengguna, tmp_path):
    pg_dump, pg_restore = _program("pg_dump"), _program("pg_restore")
    if not pg_dump or not pg_restore:
        pytest.skip("pg_dump/pg_restore tidak ditemukan")
    from penilaian import demo as demo_penilaian
    from penilaian import services
    from penilaian.models import SKP, Evaluasi
    from simulasi import demo as demo_simulasi
    from simulasi import services as layanan_simulasi
    from simulasi.models import PercobaanSimulasi
    from situs import demo as demo_situs
    from tests.penilaian import pabrik

    # A transactional test may follow another whose flush removed what the migrations created.
    demo_situs.pastikan_dasar()
    demo_penilaian.muat_kebijakan_dan_periode()
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal("13.5"))
    evaluasi = services.evaluasi_simpan(
        oleh=h.lurah.user, skp=skp, versi=None, rating_perilaku="di_atas_ekspektasi"
    )
    evaluasi = services.evaluasi_finalkan(
        oleh=h.lurah.user, evaluasi=evaluasi, versi=evaluasi.versi
    )
    kasus = demo_simulasi.muat()[0]
    percobaan = layanan_simulasi.percobaan_simpan(
        kasus=kasus,
        pengguna=h.staf.user,
        jawaban=dict(layanan_simulasi.jawaban_model(kasus), prediksi=""),
    )
    client.force_login(h.staf.user)
    halaman = [
        f"/penilaian/skp/{skp.pk}/evaluasi/",
        f"/verifikasi/{evaluasi.kode_verifikasi}/",
        f"/simulasi/percobaan/{percobaan.pk}/",
    ]

    def tampilan() -> list[str]:
        hasil = []
        for url in halaman:
            response = client.get(url)
            assert response.status_code == 200, url
            hasil.append(_tanpa_token(response.content.decode()))
        tersimpan = Evaluasi.objects.get(pk=evaluasi.pk)
        hasil.append(repr((tersimpan.masukan_mesin, tersimpan.hasil_mesin, tersimpan.predikat)))
        hasil.append(repr(PercobaanSimulasi.objects.get(pk=percobaan.pk).hasil_mesin))
        return hasil

    sebelum = tampilan()
    assert evaluasi.predikat in sebelum[0]

    db = connection.settings_dict
    env = dict(os.environ, PGPASSWORD=str(db.get("PASSWORD") or ""))
    sambung = ["-h", db.get("HOST") or "127.0.0.1", "-p", str(db.get("PORT") or 5432)]
    sambung += ["-U", db.get("USER") or "postgres"]
    berkas = Path(tmp_path) / "cadangan.dump"
    subprocess.run(  # noqa: S603
        [pg_dump, *sambung, "-Fc", "-f", str(berkas), db["NAME"]], env=env, check=True
    )
    nama_asli, nama_pulih = db["NAME"], f"{db['NAME']}_pulih"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{nama_pulih}"')
        cursor.execute(f'CREATE DATABASE "{nama_pulih}"')
    try:
        subprocess.run(  # noqa: S603
            [pg_restore, *sambung, "--no-owner", "-d", nama_pulih, str(berkas)],
            env=env,
            check=True,
        )
        # Every query of the site now goes to the restored database.
        connections["default"].close()
        db["NAME"] = nama_pulih
        sesudah = tampilan()
    finally:
        connections["default"].close()
        db["NAME"] = nama_asli
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{nama_pulih}"')
    assert sesudah == sebelum
