"""Unit dashboard table: 50 rows a page, a status filter and a name/NIP search that page links
keep, summary counts over the whole unit, and 404 (not an error) for a page that does not exist."""

import re

import pytest

from bench import _umum

pytestmark = pytest.mark.django_db

BARIS = re.compile(r'<tr><td><a href="/penilaian/skp/\d+/">([^<]+)</a></td><td>(\d+)</td>')


@pytest.fixture
def periode(db):
    from penilaian import demo

    return demo.muat_kebijakan_dan_periode()


@pytest.fixture
def admin(client, buat_pengguna):
    client.force_login(buat_pengguna("Admin Kepegawaian"))


def _unit(periode, jumlah: int):
    """One unit: its head "Kepala Unit Bench 00000" and "Pegawai 00001"… (80 % final)."""
    return _umum.buat_pegawai(jumlah=jumlah, jumlah_unit=1, periode=periode)[0]


def _nama(respons) -> list[str]:
    return [nama for nama, _nip in BARIS.findall(respons.content.decode())]


def test_tabel_50_baris_per_halaman_dan_ringkasan_seluruh_unit(client, periode, admin):
    unit = _unit(periode, 60)
    url = f"/penilaian/unit/{unit.kode}/"
    pertama, kedua = client.get(url), client.get(url + "?halaman=2")
    assert _nama(pertama)[:2] == ["Kepala Unit Bench 00000", "Pegawai 00001"]
    assert len(_nama(pertama)) == 50
    assert _nama(kedua) == [f"Pegawai {i:05d}" for i in range(50, 60)]
    assert "Menampilkan 1–50 dari 60 pegawai." in pertama.content.decode()
    assert "Menampilkan 51–60 dari 60 pegawai." in kedua.content.decode()
    # The counts above the table stay those of the whole unit on every page.
    for respons in (pertama, kedua):
        assert sum(n for _, n in respons.context["status"]) == 60
        assert dict(respons.context["status"])["Final"] == 48


def test_tautan_halaman_mempertahankan_saringan_dan_periode(client, periode, admin):
    unit = _unit(periode, 120)
    isi = client.get(
        f"/penilaian/unit/{unit.kode}/?tahun={periode.tahun}&status=final&cari=pegawai"
    ).content.decode()
    kueri = f"tahun={periode.tahun}&amp;status=final&amp;cari=pegawai"
    assert f'href="?{kueri}&amp;halaman=2#daftar-pegawai" rel="next"' in isi
    assert (
        f'href="?{kueri}&amp;halaman=1#daftar-pegawai" aria-label="Halaman 1" aria-current="page"'
        in isi
    )
    assert "Menampilkan 1–50 dari 95 pegawai." in isi
    assert 'aria-label="Halaman daftar pegawai"' in isi


def test_halaman_di_luar_rentang_atau_bukan_angka_404(client, periode, admin):
    unit = _unit(periode, 60)
    url = f"/penilaian/unit/{unit.kode}/?halaman="
    for halaman in ("abc", "0", "-1", "3", "99", "1.5", "²"):
        assert client.get(url + halaman).status_code == 404, halaman
    assert client.get(url + "2").status_code == 200
    assert client.get(url).status_code == 200


def test_saring_status_hanya_menampilkan_status_itu(client, periode, admin):
    from penilaian.models import SKP

    unit = _unit(periode, 60)
    respons = client.get(f"/penilaian/unit/{unit.kode}/?status=draft")
    draf = set(
        SKP.objects.filter(pegawai__unit=unit, status="draft").values_list(
            "pegawai__nama", flat=True
        )
    )
    assert set(_nama(respons)) == draf
    assert len(draf) == 3
    assert dict(respons.context["status"])["Final"] == 48


def test_cari_nama_tanpa_peka_huruf_besar_atau_awal_nip(client, periode, admin):
    unit = _unit(periode, 60)
    url = f"/penilaian/unit/{unit.kode}/?cari="
    assert _nama(client.get(url + "PEGAWAI+0001")) == [f"Pegawai {i:05d}" for i in range(10, 20)]
    nip = _umum.nip_ke(7)
    assert BARIS.findall(client.get(url + nip).content.decode()) == [("Pegawai 00007", nip)]
    # The first 17 digits: same birth date, same sex digit, sequence 001–009.
    assert _nama(client.get(url + nip[:17])) == [f"Pegawai {i:05d}" for i in (1, 3, 5, 7)]
    kosong = client.get(url + "tidak-ada").content.decode()
    assert "Tidak ada pegawai yang cocok dengan saringan ini." in kosong
    assert "Hapus saringan" in kosong


def test_status_tidak_dikenal_ditampilkan_sebagai_galat_tanpa_menyaring(client, periode, admin):
    unit = _unit(periode, 20)
    respons = client.get(f"/penilaian/unit/{unit.kode}/?status=hilang")
    assert respons.status_code == 200
    assert respons.context["saring"].errors["status"]
    assert len(_nama(respons)) == 20


@pytest.mark.parametrize("tahun", ["²", "٢٠٢٦", "9" * 5000, "abc"])
def test_tahun_tidak_sah_memakai_periode_berjalan(client, periode, admin, tahun):
    unit = _unit(periode, 6)
    for url in (f"/penilaian/unit/{unit.kode}/", "/transparansi/"):
        respons = client.get(url, {"tahun": tahun})
        assert respons.status_code == 200, url
        assert respons.context["periode"] == periode
