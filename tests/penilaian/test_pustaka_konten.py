"""The indicator library file (penilaian/konten/pustaka-indikator.toml): size, coverage of the
kecamatan's and kelurahan's positions, every entry passing the checker, an idempotent loader and
entries reaching the employees whose position they describe."""

from collections import Counter

import pytest

from penilaian import demo, selectors
from penilaian.models import PustakaIndikator, RiwayatPerubahan, UnitKerja
from penilaian.services import periksa_iki
from tests.penilaian import pabrik

ENTRI = demo.baca_pustaka()

#: The positions issue 16 names, by the generic name the file uses.
JABATAN_WAJIB = {
    "Camat",
    "Sekretaris Kecamatan",
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Perencanaan dan Keuangan",
    "Kepala Seksi Pemerintahan",
    "Kepala Seksi Ketenteraman dan Ketertiban Umum",
    "Kepala Seksi Pemberdayaan Masyarakat",
    "Kepala Seksi Ekonomi dan Pembangunan",
    "Kepala Seksi Kesejahteraan Sosial",
    "Lurah",
    "Sekretaris Kelurahan",
    "Kepala Seksi Pemerintahan dan Trantib",
    "Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial",
    "Pengadministrasi Perkantoran",
    "Pengolah Data",
    "Bendahara Pengeluaran",
    "Operator Layanan Operasional",
    "Pranata Komputer",
    "Arsiparis",
    "Analis Kebijakan",
}


def test_pustaka_berisi_minimal_150_entri_untuk_semua_jabatan():
    assert len(ENTRI) >= 150
    per_jabatan = Counter(e["jabatan"] for e in ENTRI)
    assert set(per_jabatan) >= JABATAN_WAJIB
    assert all(per_jabatan[j] >= 3 for j in JABATAN_WAJIB)


def test_kunci_alami_tidak_berulang():
    kunci = Counter((e["jabatan"], e["jenis_unit"], e["teks"]) for e in ENTRI)
    assert [k for k, n in kunci.items() if n > 1] == []


@pytest.mark.parametrize("entri", ENTRI, ids=lambda e: e["teks"][:60])
def test_setiap_entri_lengkap_dan_lolos_pemeriksa(entri):
    for kolom in ("rhk", "aspek", "polaritas", "satuan", "dasar_tugas"):
        assert entri[kolom].strip(), kolom
    assert entri["target"] is not None or None not in (entri["target_min"], entri["target_maks"])
    hasil = periksa_iki(
        teks=entri["teks"],
        target=entri["target"],
        target_min=entri["target_min"],
        target_maks=entri["target_maks"],
        satuan=entri["satuan"],
        aspek=entri["aspek"],
        polaritas=entri["polaritas"],
        rhk=entri["rhk"],
    )
    assert hasil.layak, [t.kode for t in hasil.temuan if t.blokir]
    # The library shows entries people copy: not even advice (a missing time frame, an
    # indicator that shares nothing with its example RHK).
    assert [t.kode for t in hasil.temuan] == []


def test_bendahara_tidak_diukur_dengan_serapan_anggaran():
    """A treasurer pays and accounts; how much of the budget is spent is not theirs to control."""
    for e in ENTRI:
        if e["jabatan"] == "Bendahara Pengeluaran":
            assert "serapan" not in e["teks"].lower()
            assert "realisasi anggaran" not in e["teks"].lower()


def test_paten_hanya_layanan_kecamatan():
    for e in ENTRI:
        if "PATEN" in e["teks"] or "PATEN" in e["rhk"]:
            assert e["jenis_unit"] in ("kecamatan", ""), e["teks"]


@pytest.mark.django_db
def test_muat_pustaka_idempoten():
    jumlah = demo.muat_pustaka()
    assert jumlah == len(ENTRI)
    sebelum = list(PustakaIndikator.objects.order_by("pk").values())
    riwayat = RiwayatPerubahan.objects.count()
    assert demo.muat_pustaka() == jumlah
    assert list(PustakaIndikator.objects.order_by("pk").values()) == sebelum
    assert RiwayatPerubahan.objects.count() == riwayat  # a second run writes nothing


@pytest.mark.django_db
def test_muat_pustaka_memperbarui_entri_yang_diubah_di_admin():
    demo.muat_pustaka()
    p = PustakaIndikator.objects.get(jabatan="Camat", teks=ENTRI[4]["teks"])
    p.dasar_tugas = "diubah"
    p.save()
    demo.muat_pustaka()
    p.refresh_from_db()
    assert p.dasar_tugas == ENTRI[4]["dasar_tugas"]
    assert all(p.skor_pemeriksa > 0 for p in PustakaIndikator.objects.all())


@pytest.mark.django_db
def test_pustaka_sampai_ke_jabatan_dengan_nama_tempat():
    demo.muat_pustaka()
    kecamatan = UnitKerja.objects.create(
        kode="kec-uji", nama="Kecamatan Uji", jenis=UnitKerja.Jenis.KECAMATAN
    )
    kelurahan = pabrik.unit()
    lurah = pabrik.pegawai("Lurah Uji", jabatan="Lurah Uji", unit_kerja=kelurahan)
    daftar = set(selectors.pustaka_untuk(lurah).values_list("jabatan", flat=True))
    assert daftar == {"Lurah", ""}
    kasi = pabrik.pegawai("Kasi Uji", jabatan="Kepala Seksi Pemerintahan", unit_kerja=kecamatan)
    kasi_kel = pabrik.pegawai(
        "Kasi Kel", jabatan="Kepala Seksi Pemerintahan dan Trantib Uji", unit_kerja=kelurahan
    )
    assert set(selectors.pustaka_untuk(kasi).values_list("jabatan", flat=True)) == {
        "Kepala Seksi Pemerintahan",
        "",
    }
    # The kecamatan's section is a prefix of the kelurahan's; the unit kind keeps them apart.
    assert set(selectors.pustaka_untuk(kasi_kel).values_list("jabatan", flat=True)) == {
        "Kepala Seksi Pemerintahan dan Trantib",
        "",
    }
    # A name that merely starts with the same letters is not the same position.
    camat_x = pabrik.pegawai("Camatx", jabatan="Camatan", unit_kerja=kecamatan)
    assert "Camat" not in set(selectors.pustaka_untuk(camat_x).values_list("jabatan", flat=True))
