"""Every SKP and evaluation transition, the forbidden ones, locking and audit."""

from decimal import Decimal

import pytest

from penilaian import services
from penilaian.models import SKP, Evaluasi, Kebijakan, RiwayatPerubahan
from penilaian.services import KesalahanPenilaian, KonflikVersi
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def h():
    return pabrik.hierarki()


def _u(p):
    return p.user


def test_pegawai_membuat_draf_skp_sendiri(h):
    skp = services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode())
    assert skp.status == SKP.Status.DRAFT
    assert skp.pegawai == h.staf
    assert skp.penilai == h.lurah


def test_skp_kedua_untuk_periode_yang_sama_ditolak(h):
    services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode())
    with pytest.raises(KesalahanPenilaian, match="sudah ada"):
        services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode())


def test_pegawai_tidak_dapat_membuat_skp_orang_lain(h):
    with pytest.raises(KesalahanPenilaian, match="diri sendiri"):
        services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode(), pegawai=h.staf_lain)


def test_draf_tanpa_rhk_atasan_dapat_disusun_dan_ditautkan_nanti(h):
    skp = services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode())
    rhk = services.rhk_simpan(
        oleh=_u(h.staf), skp=skp, versi=skp.versi, teks="Tersusunnya laporan kependudukan"
    )
    assert rhk.rhk_atasan is None
    skp_lurah = pabrik.skp_lengkap(h.lurah)
    services.rhk_tautkan(oleh=_u(h.staf), rhk=rhk, rhk_atasan=skp_lurah.rhk.get())
    rhk.refresh_from_db()
    assert rhk.rhk_atasan == skp_lurah.rhk.get()


def test_rhk_bukan_milik_atasan_tidak_dapat_ditautkan(h):
    skp = pabrik.skp_lengkap(h.staf)
    lain = pabrik.skp_lengkap(h.staf_lain)
    with pytest.raises(KesalahanPenilaian, match="atasan langsung"):
        services.rhk_tautkan(oleh=_u(h.staf), rhk=skp.rhk.get(), rhk_atasan=lain.rhk.get())


def test_iki_disimpan_dengan_temuan_pemeriksa_tanpa_diblokir(h):
    skp = pabrik.skp_lengkap(h.staf)
    iki, hasil = services.iki_simpan(
        oleh=_u(h.staf),
        rhk=skp.rhk.get(),
        versi=skp.versi,
        teks="Melaksanakan rapat koordinasi",
        aspek="kuantitas",
        target=Decimal(4),
        satuan="kegiatan",
    )
    assert iki.pk
    assert "BUKAN_HASIL" in hasil.kode


def test_ajukan_lalu_setujui(h):
    skp = pabrik.skp_lengkap(h.staf)
    skp = services.skp_ajukan(oleh=_u(h.staf), skp=skp, versi=skp.versi)
    assert skp.status == SKP.Status.DIAJUKAN
    skp = services.skp_setujui(oleh=_u(h.lurah), skp=skp, versi=skp.versi)
    assert skp.status == SKP.Status.DISETUJUI


def test_kembalikan_dengan_catatan_ke_draf(h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    skp = services.skp_kembalikan(
        oleh=_u(h.lurah), skp=skp, versi=skp.versi, catatan="Tambahkan target waktu"
    )
    assert skp.status == SKP.Status.DRAFT
    assert skp.catatan_pengembalian == "Tambahkan target waktu"


def test_kembalikan_tanpa_catatan_ditolak(h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    with pytest.raises(KesalahanPenilaian, match="catatan"):
        services.skp_kembalikan(oleh=_u(h.lurah), skp=skp, versi=skp.versi, catatan="  ")


def test_ajukan_tanpa_rhk_utama_ditolak(h):
    skp = services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode())
    with pytest.raises(KesalahanPenilaian, match="RHK utama"):
        services.skp_ajukan(oleh=_u(h.staf), skp=skp, versi=skp.versi)


def test_ajukan_tanpa_atasan_ditolak():
    sendiri = pabrik.pegawai("Tanpa Atasan")
    skp = pabrik.skp_lengkap(sendiri)
    with pytest.raises(KesalahanPenilaian, match="atasan langsung"):
        services.skp_ajukan(oleh=sendiri.user, skp=skp, versi=skp.versi)


@pytest.mark.parametrize(
    ("layanan", "status"),
    [
        ("skp_ajukan", SKP.Status.DIAJUKAN),
        ("skp_ajukan", SKP.Status.DISETUJUI),
        ("skp_setujui", SKP.Status.DRAFT),
        ("skp_setujui", SKP.Status.FINAL),
        ("skp_kembalikan", SKP.Status.DISETUJUI),
    ],
)
def test_transisi_dari_status_yang_salah_ditolak(h, layanan, status):
    skp = pabrik.skp_lengkap(h.staf, status=status)
    oleh = _u(h.staf) if layanan == "skp_ajukan" else _u(h.lurah)
    argumen = {"catatan": "x"} if layanan == "skp_kembalikan" else {}
    with pytest.raises(KesalahanPenilaian, match="berstatus"):
        getattr(services, layanan)(oleh=oleh, skp=skp, versi=skp.versi, **argumen)


@pytest.mark.parametrize("siapa", ["camat", "staf_lain", "staf"])
def test_hanya_atasan_langsung_yang_menyetujui(h, siapa):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    with pytest.raises(KesalahanPenilaian):
        services.skp_setujui(oleh=_u(getattr(h, siapa)), skp=skp, versi=skp.versi)


def test_tidak_ada_yang_menilai_dirinya_sendiri(h):
    skp = pabrik.skp_lengkap(h.lurah, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    with pytest.raises(KesalahanPenilaian, match="sendiri"):
        services.evaluasi_simpan(
            oleh=_u(h.lurah), skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
        )


def test_pegawai_tidak_dapat_menyunting_skp_yang_sudah_diajukan(h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    with pytest.raises(KesalahanPenilaian, match="berstatus Diajukan"):
        services.rhk_simpan(oleh=_u(h.staf), skp=skp, versi=skp.versi, teks="Baru")


def test_realisasi_hanya_setelah_disetujui(h):
    skp = pabrik.skp_lengkap(h.staf)
    iki = skp.rhk.get().indikator.get()
    with pytest.raises(KesalahanPenilaian, match="berstatus Draf"):
        services.realisasi_simpan(
            oleh=_u(h.staf), indikator=iki, periode_evaluasi="tw1", nilai=Decimal(3)
        )


def test_umpan_balik_oleh_atasan_langsung(h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI)
    umpan = services.umpan_balik_beri(
        oleh=_u(h.lurah), rhk=skp.rhk.get(), periode_evaluasi="tw1", teks="Laporan Januari telat"
    )
    assert umpan.pemberi == _u(h.lurah)
    with pytest.raises(KesalahanPenilaian):
        services.umpan_balik_beri(
            oleh=_u(h.staf), rhk=skp.rhk.get(), periode_evaluasi="tw1", teks="Saya sendiri"
        )


def _dinilai(h, realisasi=Decimal(12), **kwargs):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=realisasi)
    evaluasi = services.evaluasi_simpan(
        oleh=_u(h.lurah), skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi", **kwargs
    )
    return skp, evaluasi


def test_evaluasi_menyimpan_masukan_hasil_versi_dan_kebijakan(h):
    skp, evaluasi = _dinilai(h)
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DINILAI
    assert evaluasi.predikat == "Baik"
    assert evaluasi.rating_hasil_kerja == "sesuai_ekspektasi"
    assert evaluasi.hasil_mesin["capaian_hasil_kerja"] == 100.0
    assert evaluasi.masukan_mesin["aturan"] == "permenpanrb-6-2022"
    assert evaluasi.masukan_mesin["kebijakan"]["ambang_sesuai"] == 90
    assert evaluasi.versi_mesin
    assert evaluasi.kebijakan == skp.periode.kebijakan


def test_rating_berbeda_dari_usulan_wajib_beralasan(h):
    with pytest.raises(KesalahanPenilaian, match="alasan wajib"):
        _dinilai(h, rating_hasil_kerja="di_atas_ekspektasi")
    assert not Evaluasi.objects.exists()


def test_rating_berbeda_dengan_alasan_diterima(h):
    _skp, evaluasi = _dinilai(
        h, rating_hasil_kerja="di_atas_ekspektasi", alasan_rating="Inovasi layanan malam"
    )
    assert evaluasi.hasil_mesin["rating_berbeda_dari_usulan"] is True
    assert evaluasi.predikat == "Baik"
    assert evaluasi.alasan_rating == "Inovasi layanan malam"


def test_finalkan_mengunci_evaluasi_dan_skp(h):
    skp, evaluasi = _dinilai(h)
    evaluasi = services.evaluasi_finalkan(oleh=_u(h.lurah), evaluasi=evaluasi, versi=evaluasi.versi)
    skp.refresh_from_db()
    assert evaluasi.status == Evaluasi.Status.FINAL
    assert evaluasi.kode_verifikasi
    assert skp.status == SKP.Status.FINAL
    with pytest.raises(KesalahanPenilaian, match="berstatus Final"):
        services.evaluasi_simpan(
            oleh=_u(h.lurah), skp=skp, versi=evaluasi.versi, rating_perilaku="di_atas_ekspektasi"
        )


def test_koreksi_final_hanya_admin_kepegawaian_dengan_alasan(h, buat_pengguna):
    skp, evaluasi = _dinilai(h)
    evaluasi = services.evaluasi_finalkan(oleh=_u(h.lurah), evaluasi=evaluasi, versi=evaluasi.versi)
    with pytest.raises(KesalahanPenilaian, match="Admin Kepegawaian"):
        services.evaluasi_koreksi(
            oleh=_u(h.lurah),
            evaluasi=evaluasi,
            versi=evaluasi.versi,
            alasan="salah",
            rating_perilaku="di_atas_ekspektasi",
        )
    admin = buat_pengguna("Admin Kepegawaian")
    with pytest.raises(KesalahanPenilaian, match="Alasan"):
        services.evaluasi_koreksi(
            oleh=admin,
            evaluasi=evaluasi,
            versi=evaluasi.versi,
            alasan=" ",
            rating_perilaku="di_atas_ekspektasi",
        )
    koreksi = services.evaluasi_koreksi(
        oleh=admin,
        evaluasi=evaluasi,
        versi=evaluasi.versi,
        alasan="Salah input perilaku",
        rating_perilaku="di_atas_ekspektasi",
    )
    assert koreksi.predikat == "Baik"
    assert koreksi.rating_perilaku == "di_atas_ekspektasi"
    riwayat = RiwayatPerubahan.objects.get(aksi="evaluasi_koreksi")
    assert riwayat.pengguna == admin
    assert riwayat.alasan == "Salah input perilaku"
    assert riwayat.sebelum["rating_perilaku"] == "sesuai_ekspektasi"
    assert riwayat.sesudah["rating_perilaku"] == "di_atas_ekspektasi"


def test_evaluasi_final_tampil_sama_setelah_kebijakan_berubah(h, client):
    skp, evaluasi = _dinilai(h, realisasi=Decimal("12.6"))  # capaian 105 %
    services.evaluasi_finalkan(oleh=_u(h.lurah), evaluasi=evaluasi, versi=evaluasi.versi)
    client.force_login(_u(h.staf))
    sebelum = client.get(f"/penilaian/skp/{skp.pk}/evaluasi/").content.decode()
    Kebijakan.objects.filter(pk=skp.periode.kebijakan_id).update(
        ambang_di_atas=100, ambang_sesuai=80
    )
    evaluasi.refresh_from_db()
    assert evaluasi.hasil_mesin["rating_hasil_kerja"] == "sesuai_ekspektasi"
    assert evaluasi.predikat == "Baik"
    sesudah = client.get(f"/penilaian/skp/{skp.pk}/evaluasi/").content.decode()
    assert "data-predikat>Baik<" in sesudah
    assert "Sesuai ekspektasi" in sesudah
    assert sebelum.count("di atas ≥ 110") == sesudah.count("di atas ≥ 110")
    # The usulan under the new kebijakan would differ; the stored result does not.
    assert services.evaluasi_hitung_usulan(skp=skp)["rating_hasil_kerja_usulan"] == (
        "di_atas_ekspektasi"
    )


def test_versi_usang_skp_ditolak_tanpa_menimpa(h):
    skp = pabrik.skp_lengkap(h.staf)
    versi_awal = skp.versi
    services.rhk_simpan(oleh=_u(h.staf), skp=skp, versi=versi_awal, teks="Perubahan pertama")
    with pytest.raises(KonflikVersi, match="sudah diubah oleh .* pada .*muat ulang"):
        services.rhk_simpan(oleh=_u(h.staf), skp=skp, versi=versi_awal, teks="Perubahan kedua")
    assert skp.rhk.filter(teks="Perubahan pertama").exists()
    assert not skp.rhk.filter(teks="Perubahan kedua").exists()


def test_versi_usang_evaluasi_ditolak_tanpa_menimpa(h):
    skp, evaluasi = _dinilai(h)
    usang = evaluasi.versi
    services.evaluasi_simpan(
        oleh=_u(h.lurah), skp=skp, versi=usang, rating_perilaku="di_atas_ekspektasi"
    )
    with pytest.raises(KonflikVersi):
        services.evaluasi_simpan(
            oleh=_u(h.lurah), skp=skp, versi=usang, rating_perilaku="di_bawah_ekspektasi"
        )
    evaluasi.refresh_from_db()
    assert evaluasi.rating_perilaku == "di_atas_ekspektasi"


def test_setiap_perubahan_tercatat_dalam_riwayat(h):
    skp = services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode())
    rhk = services.rhk_simpan(oleh=_u(h.staf), skp=skp, versi=skp.versi, teks="Tersusunnya data")
    skp.refresh_from_db()
    services.iki_simpan(
        oleh=_u(h.staf),
        rhk=rhk,
        versi=skp.versi,
        teks="Jumlah data kependudukan yang diperbarui",
        aspek="kuantitas",
        target=Decimal(100),
        satuan="berkas",
    )
    skp.refresh_from_db()
    services.skp_ajukan(oleh=_u(h.staf), skp=skp, versi=skp.versi)
    aksi = list(RiwayatPerubahan.objects.order_by("pk").values_list("aksi", flat=True))
    assert aksi == ["skp_buat", "rhk_simpan", "iki_simpan", "skp_ajukan"]
    terakhir = RiwayatPerubahan.objects.order_by("pk").last()
    assert terakhir.pengguna == _u(h.staf)
    assert terakhir.sebelum["status"] == "draft"
    assert terakhir.sesudah["status"] == "diajukan"


def test_pendekatan_kualitatif_memakai_ekspektasi_dan_rating_penilai(h):
    skp = services.skp_buat(oleh=_u(h.staf), periode=pabrik.periode(), pendekatan="kualitatif")
    rhk = services.rhk_simpan(
        oleh=_u(h.staf), skp=skp, versi=skp.versi, teks="Tersusunnya kajian pelayanan PATEN"
    )
    skp.refresh_from_db()
    services.iki_simpan(
        oleh=_u(h.staf),
        rhk=rhk,
        versi=skp.versi,
        teks="Kajian pelayanan PATEN diterima camat",
        aspek="kualitas",
        ekspektasi="Kajian memuat rekomendasi yang dapat diterapkan",
    )
    SKP.objects.filter(pk=skp.pk).update(status=SKP.Status.DISETUJUI)
    with pytest.raises(KesalahanPenilaian, match="pilih rating hasil kerja"):
        services.evaluasi_simpan(
            oleh=_u(h.lurah), skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
        )
    evaluasi = services.evaluasi_simpan(
        oleh=_u(h.lurah),
        skp=skp,
        versi=None,
        rating_perilaku="sesuai_ekspektasi",
        rating_hasil_kerja="di_atas_ekspektasi",
    )
    assert evaluasi.predikat == "Baik"
    assert evaluasi.hasil_mesin["capaian_hasil_kerja"] is None
    assert evaluasi.masukan_mesin["rhk"][0]["indikator"][0]["target"] == (
        "Kajian memuat rekomendasi yang dapat diterapkan"
    )


def test_periode_realisasi_mengikuti_kadens_periode(h):
    per = pabrik.periode()
    per.kadens = "bulanan"
    per.save()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, per=per)
    iki = skp.rhk.get().indikator.get()
    with pytest.raises(KesalahanPenilaian, match="Januari"):
        services.realisasi_simpan(
            oleh=_u(h.staf), indikator=iki, periode_evaluasi="tw1", nilai=Decimal(3)
        )
    services.realisasi_simpan(
        oleh=_u(h.staf), indikator=iki, periode_evaluasi="b05", nilai=Decimal(5)
    )
    # Without an annual figure, the latest periodic one stands for the year.
    assert services.evaluasi_hitung_usulan(skp=skp)["capaian_hasil_kerja"] == 41.67


def _skp_dengan_iki_kabur(h):
    skp = pabrik.skp_lengkap(h.staf)
    services.iki_simpan(
        oleh=_u(h.staf),
        rhk=skp.rhk.get(),
        versi=skp.versi,
        teks="Melaksanakan pelayanan dengan baik",
        aspek="kualitas",
        target=Decimal(100),
        satuan="%",
    )
    skp.refresh_from_db()
    return skp


def test_ajukan_dengan_temuan_pemblokir_meminta_konfirmasi(h):
    skp = _skp_dengan_iki_kabur(h)
    with pytest.raises(KesalahanPenilaian, match="centang konfirmasi") as e:
        services.skp_ajukan(oleh=_u(h.staf), skp=skp, versi=skp.versi)
    assert e.value.masalah == ["Melaksanakan pelayanan dengan baik (BUKAN_HASIL, KATA_KABUR)"]
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DRAFT


def test_ajukan_dengan_konfirmasi_mencatat_pengabaian_di_riwayat(h):
    skp = _skp_dengan_iki_kabur(h)
    skp = services.skp_ajukan(oleh=_u(h.staf), skp=skp, versi=skp.versi, abaikan_temuan=True)
    assert skp.status == SKP.Status.DIAJUKAN
    catatan = RiwayatPerubahan.objects.filter(aksi="skp_ajukan").get()
    assert catatan.alasan.startswith("Diajukan dengan konfirmasi walaupun pemeriksa menemukan")
    assert "Melaksanakan pelayanan dengan baik (BUKAN_HASIL, KATA_KABUR)" in catatan.alasan


def test_ajukan_tanpa_temuan_tidak_mencatat_pengabaian(h):
    skp = pabrik.skp_lengkap(h.staf)
    services.skp_ajukan(oleh=_u(h.staf), skp=skp, versi=skp.versi)
    assert RiwayatPerubahan.objects.filter(aksi="skp_ajukan").get().alasan == ""
