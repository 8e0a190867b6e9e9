"""Issue 17 item 3: the predikat distribution against the SE MenPANRB 3/2023 curve, as a chart
with its table, on the unit dashboard and the public transparency page."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from penilaian import grafik, kurva, mesin, selectors, services
from penilaian.mesin.angka import format_ringkas
from penilaian.models import SKP, CapaianOrganisasi, UnitKerja
from tests.penilaian import pabrik

SB, B, BP, K, SK = (p.value for p in mesin.Predikat)


def _baris(sebaran, label):
    return next(b for b in sebaran.baris if b.label == label)


@pytest.fixture
def terekam(monkeypatch) -> dict:
    """The arguments of the last ``grafik.distribusi`` call (which still draws)."""
    rekaman = {}
    asli = grafik.distribusi

    def rekam(**kwargs):
        rekaman.update(kwargs)
        return asli(**kwargs)

    monkeypatch.setattr(kurva.grafik, "distribusi", rekam)
    return rekaman


# --- data shaping -------------------------------------------------------------------------------


def test_batas_baik_dari_aturan_mesin_dengan_baris_kelompok():
    sebaran = kurva.sebaran_kurva({SB: 1, B: 8, BP: 1}, "baik")
    assert sebaran.total == 10
    assert [b.label for b in sebaran.baris] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
        "Butuh Perbaikan + Kurang/Misconduct",
    ]
    baik = _baris(sebaran, "Baik")
    assert (baik.jumlah, baik.persen, baik.maks, baik.min) == (8, Decimal("80.0"), 70, None)
    assert baik.sesuai is False and baik.teks_batas == "paling banyak 70 %"
    kelompok = _baris(sebaran, "Butuh Perbaikan + Kurang/Misconduct")
    assert (kelompok.jumlah, kelompok.sesuai, kelompok.teks_batas) == (
        1,
        True,
        "paling sedikit 1 pegawai",
    )
    # A row without a limit of its own says so (None), not "fits".
    assert _baris(sebaran, "Sangat Baik").sesuai is None


def test_setiap_batas_mesin_tergambar_sekali():
    for capaian, aturan in kurva.ATURAN_DISTRIBUSI.items():
        sebaran = kurva.sebaran_kurva({B: 3}, capaian)
        assert sum(len(b.batas) for b in sebaran.baris) == len(aturan), capaian


def test_kesesuaian_sama_dengan_peringatan_mesin():
    jumlah = {SB: 1, B: 2, BP: 5, K: 1, SK: 1}
    for capaian in mesin.CapaianOrganisasi:
        sebaran = kurva.sebaran_kurva(jumlah, capaian)
        daftar = [mesin.Predikat(p) for p, n in jumlah.items() for _ in range(n)]
        peringatan = mesin.cek_distribusi(capaian, daftar).peringatan
        assert sum(1 for b in sebaran.baris if b.sesuai is False) == len(peringatan), capaian


def test_batas_sangat_kurang_nol_dan_paling_sedikit():
    sebaran = kurva.sebaran_kurva({SB: 1, SK: 9}, "sangat_kurang")
    sb = _baris(sebaran, "Sangat Baik")
    assert (sb.maks, sb.sesuai) == (0, False)
    sk = _baris(sebaran, "Sangat Kurang")
    assert (sk.min, sk.persen, sk.sesuai) == (60, Decimal("90.0"), True)


def test_tanpa_capaian_tanpa_kurva_dan_tanpa_data_tanpa_persen():
    sebaran = kurva.sebaran_kurva({B: 2, BP: 1}, None)
    assert not sebaran.ada_kurva and len(sebaran.baris) == 5
    assert _baris(sebaran, "Baik").persen == Decimal("66.7")
    assert all(not b.batas and b.sesuai is None for b in sebaran.baris)
    kosong = kurva.sebaran_kurva({}, "istimewa")
    assert kosong.total == 0 and all(b.persen is None for b in kosong.baris)
    assert all(b.sesuai is None for b in kosong.baris)


def test_grafik_membawa_persen_dan_batas_tabel(terekam):
    sebaran = kurva.sebaran_kurva({SB: 1, B: 8, BP: 1}, "baik")
    svg = kurva.grafik_kurva(sebaran, judul="Sebaran <uji>", nama_nilai="Unit")
    assert terekam["nilai"] == [b.persen for b in sebaran.baris]
    assert terekam["acuan"] == [None, 70, None, None, None, None]
    assert terekam["acuan_min"] == [None] * 6  # "ada" (one employee) is a count: table only
    akar = ET.fromstring(svg)  # noqa: S314 (our own output)
    assert akar.get("role") == "img"
    assert akar.find("{http://www.w3.org/2000/svg}title").text == "Sebaran <uji>"
    assert "capaian kinerja organisasi Baik" in akar.find("{http://www.w3.org/2000/svg}desc").text


# --- pages --------------------------------------------------------------------------------------


def _final(pegawai, atasan):
    skp = pabrik.skp_lengkap(pegawai, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    e = services.evaluasi_simpan(
        oleh=atasan.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    return services.evaluasi_finalkan(oleh=atasan.user, evaluasi=e, versi=e.versi)


def _unit_dengan(kode, nama, n, induk=None):
    unit = pabrik.unit(kode, nama)
    if induk is not None:
        UnitKerja.objects.filter(pk=unit.pk).update(induk=induk)
    kepala = pabrik.pegawai(f"Kepala {nama}", peran=("Pegawai", "Penilai"), unit_kerja=unit)
    for i in range(n):
        _final(pabrik.pegawai(f"Staf {nama} {i}", atasan=kepala, unit_kerja=unit), kepala)
    return unit


def _svg_kurva(isi: str) -> ET.Element:
    bagian = isi.split("data-kurva>", 1)[1].split("</section>", 1)[0]
    svg = re.search(r"<svg .*?</svg>", bagian, flags=re.S).group(0)
    return ET.fromstring(svg)  # noqa: S314 (our own output)


def _tabel_kurva(isi: str) -> dict[str, tuple[str, str]]:
    bagian = isi.split("data-kurva>", 1)[1].split("</section>", 1)[0]
    return {
        label: (n, persen)
        for label, n, persen in re.findall(
            r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td>', bagian
        )
    }


@pytest.mark.django_db
def test_dasbor_unit_grafik_dan_tabel_angka_sama(client, buat_pengguna, terekam):
    unit = _unit_dengan("kel-gelam", "Kelurahan Gelam", 5)
    CapaianOrganisasi.objects.create(unit=unit, periode=pabrik.periode(), capaian="baik")
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    isi = client.get(f"/penilaian/unit/{unit.kode}/").content.decode()
    akar = _svg_kurva(isi)
    assert akar.get("role") == "img"
    judul = akar.find("{http://www.w3.org/2000/svg}title").text
    assert judul == "Sebaran predikat Kelurahan Gelam terhadap kurva distribusi (%)"
    assert akar.find("{http://www.w3.org/2000/svg}desc").text
    tabel = _tabel_kurva(isi)
    # The chart's bars are the table's percentages, row by row.
    assert [tabel[label][1] for label in terekam["label"]] == [
        format_ringkas(v) if v is not None else "—" for v in terekam["nilai"]
    ]
    assert sum(int(n) for label, (n, _) in tabel.items() if "+" not in label) == 5
    assert tabel["Baik"] == ("5", "100")
    # Baik above its 70 % limit is marked in the table, as the warning above says.
    assert "paling banyak 70 %</td><td><strong>tidak</strong>" in isi


@pytest.mark.django_db
def test_dasbor_unit_kurva_mengikuti_lingkup(client, buat_pengguna):
    from penilaian.models import LingkupUnit

    gelam = _unit_dengan("kel-gelam", "Kelurahan Gelam", 5)
    lain = pabrik.unit("kel-lain", "Kelurahan Lain")
    admin = buat_pengguna("Admin Kepegawaian")
    LingkupUnit.objects.create(user=admin, unit=lain)
    client.force_login(admin)
    assert client.get(f"/penilaian/unit/{gelam.kode}/").status_code == 404
    # An appraiser sees the curve over their own subordinates only, as the counts above it.
    kepala = gelam.pegawai.get(nama="Kepala Kelurahan Gelam")
    client.force_login(kepala.user)
    respons = client.get(f"/penilaian/unit/{gelam.kode}/")
    kurva_unit = respons.context["kurva"]
    assert kurva_unit.total == sum(n for _, n in respons.context["predikat"]) == 5


@pytest.mark.django_db
def test_transparansi_kurva_hanya_dari_unit_yang_ditampilkan(client):
    kecamatan = UnitKerja.objects.create(
        kode="kec", nama="Kecamatan Uji", jenis=UnitKerja.Jenis.KECAMATAN
    )
    _unit_dengan("kel-gelam", "Kelurahan Gelam", 5, induk=kecamatan)
    _unit_dengan("kel-kecil", "Kelurahan Kecil", 4, induk=kecamatan)
    CapaianOrganisasi.objects.create(unit=kecamatan, periode=pabrik.periode(), capaian="istimewa")
    pabrik.terbitkan_transparansi()
    isi = client.get("/transparansi/").content.decode()
    tabel = _tabel_kurva(isi)
    # Only the 5 of the shown unit; the unit of 4 is withheld and adds nothing.
    assert "Sebaran predikat dari 5 pegawai" in isi
    assert sum(int(n) for label, (n, _) in tabel.items() if "+" not in label) == 5
    akar = _svg_kurva(isi)
    assert akar.get("role") == "img"
    assert (
        "capaian kinerja organisasi Istimewa" in akar.find("{http://www.w3.org/2000/svg}desc").text
    )
    assert "paling banyak 70 %" in isi


@pytest.mark.django_db
def test_transparansi_tanpa_unit_tampil_tanpa_kurva(client):
    _unit_dengan("kel-kecil", "Kelurahan Kecil", 4)
    pabrik.terbitkan_transparansi()
    isi = client.get("/transparansi/").content.decode()
    assert "data-kurva" not in isi
    assert selectors.kurva_transparansi([{"tampil": False}], "baik") is None
