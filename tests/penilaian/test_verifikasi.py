"""What the public verification page of an evaluation document shows (issue 17): that the
document is genuine, its kind, period, unit and date, the name masked; the predikat and the
full name only to a visitor who types the NIP printed on the document. The transparency page
says so too, and opens on the latest period with published figures."""

from decimal import Decimal

import pytest
from django.core.cache import cache

from penilaian import selectors, services
from penilaian.models import SKP, Periode
from penilaian.views.laporan import BATAS_SALAH_NIP
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_bersih():
    cache.clear()
    yield
    cache.clear()


def _final(pegawai, atasan, per=None):
    skp = pabrik.skp_lengkap(pegawai, status=SKP.Status.DISETUJUI, realisasi=Decimal(12), per=per)
    e = services.evaluasi_simpan(
        oleh=atasan.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    return services.evaluasi_finalkan(oleh=atasan.user, evaluasi=e, versi=e.versi)


@pytest.fixture
def evaluasi():
    h = pabrik.hierarki()
    return _final(h.staf, h.lurah)


def _url(evaluasi) -> str:
    return f"/verifikasi/{evaluasi.kode_verifikasi}/"


@pytest.mark.parametrize(
    ("nama", "tersamar"),
    [("Siti Aminah", "S*** A***"), ("  Budi   ", "B***"), ("Ahmad bin Yusuf", "A*** b*** Y***")],
)
def test_nama_tersamar(nama, tersamar):
    assert selectors.nama_tersamar(nama) == tersamar


def test_tanpa_nip_hanya_keaslian_yang_tampil(client, evaluasi):
    isi = client.get(_url(evaluasi)).content.decode()
    pegawai = evaluasi.skp.pegawai
    assert "Dokumen sah." in isi
    assert evaluasi.unit.nama in isi
    assert "2026" in isi
    assert pegawai.nama not in isi
    assert pegawai.nip not in isi
    assert evaluasi.predikat not in isi.split("data-verifikasi", 1)[1].split("</dl>", 1)[0]
    assert "predikat kinerja hanya ditampilkan kepada yang mengetik NIP" in isi


def test_nip_yang_cocok_menampilkan_predikat_dan_nama(client, evaluasi):
    pegawai = evaluasi.skp.pegawai
    # NIP are often printed in groups: spaces are ignored.
    nip = f"{pegawai.nip[:8]} {pegawai.nip[8:14]} {pegawai.nip[14]} {pegawai.nip[15:]}"
    isi = client.post(_url(evaluasi), {"nip": nip}).content.decode()
    assert f"<dd data-predikat><strong>{evaluasi.predikat}</strong></dd>" in isi
    assert f"<dd data-nama>{pegawai.nama}</dd>" in isi
    assert "NIP cocok." in isi


def test_nip_yang_salah_tidak_menampilkan_predikat(client, evaluasi):
    respons = client.post(_url(evaluasi), {"nip": "199001012015011001"})
    isi = respons.content.decode()
    assert respons.status_code == 200
    assert "NIP tidak cocok dengan dokumen ini." in isi
    assert "data-predikat" not in isi
    assert evaluasi.skp.pegawai.nama not in isi


def test_nip_kosong_diberi_pesan(client, evaluasi):
    isi = client.post(_url(evaluasi), {"nip": "  "}).content.decode()
    assert "NIP wajib diisi untuk mencocokkan dokumen." in isi


def test_setelah_batas_salah_nip_yang_benar_pun_tidak_dicocokkan(client, evaluasi):
    for _i in range(BATAS_SALAH_NIP):
        client.post(_url(evaluasi), {"nip": "199001012015011001"})
    isi = client.post(_url(evaluasi), {"nip": evaluasi.skp.pegawai.nip}).content.decode()
    assert "Terlalu banyak NIP yang tidak cocok untuk dokumen ini." in isi
    assert "data-predikat" not in isi


def test_kode_evaluasi_belum_final_404(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    e = services.evaluasi_simpan(
        oleh=h.lurah.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    assert client.get(f"/verifikasi/{e.kode_verifikasi or 'X'}/").status_code == 404
    assert (
        client.post(f"/verifikasi/{e.kode_verifikasi or 'X'}/", {"nip": h.staf.nip}).status_code
        == 404
    )


def test_halaman_transparansi_menyatakan_isi_verifikasi(client):
    isi = client.get("/transparansi/").content.decode()
    assert "data-janji-verifikasi" in isi
    assert "hanya kepada yang mengetik NIP yang tercantum pada dokumen itu" in isi


def _unit(kode, nama, n, per):
    unit = pabrik.unit(kode, nama)
    kepala = pabrik.pegawai(f"Kepala {nama}", peran=("Pegawai", "Penilai"), unit_kerja=unit)
    for i in range(n):
        _final(pabrik.pegawai(f"Staf {nama} {i}", atasan=kepala, unit_kerja=unit), kepala, per)


def _dua_periode_terbit(n_2024: int, n_2025: int) -> tuple[Periode, Periode]:
    """2024 and 2025 closed and published (one unit each, with that many final evaluations),
    2026 running."""
    lama = pabrik.periode(2024, aktif=False)
    baru = pabrik.periode(2025, aktif=False)
    pabrik.periode(2026)
    _unit("kel-gelam", "Kelurahan Gelam", n_2024, lama)
    _unit("kel-dalung", "Kelurahan Dalung", n_2025, baru)
    services.transparansi_terbitkan(oleh=None, periode=lama)
    services.transparansi_terbitkan(oleh=None, periode=baru)
    return lama, baru


def test_transparansi_dibuka_pada_periode_terbaru_yang_angkanya_tampil(client):
    lama, _baru = _dua_periode_terbit(5, 2)
    respons = client.get("/transparansi/")
    # 2025 is published but withholds every unit; 2024 shows Gelam: the page opens on 2024.
    assert respons.context["periode"] == lama
    assert "5 pegawai dinilai" in respons.content.decode()
    # Chosen explicitly, 2025 still opens, with its units withheld.
    isi = client.get("/transparansi/?tahun=2025").content.decode()
    assert "Belum ditampilkan" in isi


def test_transparansi_tanpa_angka_tampil_dibuka_pada_periode_terbit_terbaru(client):
    _lama, baru = _dua_periode_terbit(1, 1)
    assert client.get("/transparansi/").context["periode"] == baru
