"""Unit scope in administration: the Wagtail admin viewsets, the staff import, corrections and
assigning scopes (penilaian.lingkup_admin, penilaian.impor.masalah_lingkup,
penilaian.akses.alasan_tolak_lingkup)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from penilaian import services
from penilaian.impor import ImporGagal, pegawai_impor
from penilaian.models import SKP, LingkupUnit, Pegawai, RiwayatPerubahan, UnitKerja
from penilaian.services import KesalahanPenilaian
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def pohon(buat_pengguna):
    """kecamatan → kel-a (→ seksi-a1), kel-b; a scoped admin for kel-a, a global one."""
    kec = UnitKerja.objects.create(kode="kec", nama="Kecamatan", jenis="kecamatan")
    a = UnitKerja.objects.create(kode="kel-a", nama="Kelurahan A", jenis="kelurahan", induk=kec)
    a1 = UnitKerja.objects.create(kode="seksi-a1", nama="Seksi A1", jenis="seksi", induk=a)
    b = UnitKerja.objects.create(kode="kel-b", nama="Kelurahan B", jenis="kelurahan", induk=kec)
    camat = pabrik.pegawai("Camat Pohon", unit_kerja=kec, jabatan="Camat")
    lurah_a = pabrik.pegawai("Lurah A", unit_kerja=a, atasan=camat, jabatan="Lurah A")
    staf_a1 = pabrik.pegawai("Staf Seksi", unit_kerja=a1, atasan=lurah_a, akun=False)
    staf_b = pabrik.pegawai("Staf Kelurahan B", unit_kerja=b, atasan=camat, akun=False)
    admin_a = buat_pengguna("Admin Kepegawaian", username="admin.a")
    LingkupUnit.objects.create(user=admin_a, unit=a)
    admin = buat_pengguna("Admin Kepegawaian", username="admin.global")
    return {
        "kec": kec,
        "a": a,
        "a1": a1,
        "b": b,
        "camat": camat,
        "lurah_a": lurah_a,
        "staf_a1": staf_a1,
        "staf_b": staf_b,
        "admin_a": admin_a,
        "admin": admin,
    }


# --- Wagtail admin viewsets --------------------------------------------------------------


def test_daftar_dan_ekspor_pegawai_hanya_dalam_lingkup(client, pohon):
    client.force_login(pohon["admin_a"])
    html = client.get(reverse("pegawai:index")).content.decode()
    assert "Staf Seksi" in html and "Lurah A" in html
    assert "Staf Kelurahan B" not in html
    ekspor = client.get(reverse("pegawai:index") + "?export=csv")
    csv = b"".join(ekspor.streaming_content).decode()
    assert "Staf Seksi" in csv and "Staf Kelurahan B" not in csv
    client.force_login(pohon["admin"])
    assert "Staf Kelurahan B" in client.get(reverse("pegawai:index")).content.decode()


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_halaman_objek_di_luar_lingkup_404(client, pohon, view):
    client.force_login(pohon["admin_a"])
    luar = client.get(reverse(f"pegawai:{view}", args=[pohon["staf_b"].pk]))
    assert luar.status_code == 404
    dalam = client.get(reverse(f"pegawai:{view}", args=[pohon["staf_a1"].pk]))
    assert dalam.status_code == 200
    assert client.get(reverse(f"unit_kerja:{view}", args=[pohon["b"].pk])).status_code == 404


def test_hapus_pegawai_di_luar_lingkup_tidak_terjadi(client, pohon):
    client.force_login(pohon["admin_a"])
    respons = client.post(reverse("pegawai:delete", args=[pohon["staf_b"].pk]))
    assert respons.status_code == 404
    assert Pegawai.objects.filter(pk=pohon["staf_b"].pk).exists()


def test_pilihan_unit_dan_atasan_di_formulir_pegawai_dibatasi(client, pohon):
    client.force_login(pohon["admin_a"])
    html = client.get(reverse("pegawai:add")).content.decode()
    assert "Seksi A1" in html and "Kelurahan B" not in html
    # the camat is above an employee of the scope: a valid atasan; staff of kel-b is not
    assert "Camat Pohon" in html and "Staf Kelurahan B" not in html


def test_pegawai_tidak_dapat_dipindah_ke_unit_di_luar_lingkup(client, pohon):
    client.force_login(pohon["admin_a"])
    staf = pohon["staf_a1"]
    data = {
        "nip": staf.nip,
        "nama": staf.nama,
        "jabatan": staf.jabatan,
        "jenis_jabatan": staf.jenis_jabatan,
        "koefisien_jf": "",
        "unit": pohon["b"].pk,
        "atasan": pohon["lurah_a"].pk,
        "aktif": "on",
    }
    respons = client.post(reverse("pegawai:edit", args=[staf.pk]), data)
    assert respons.status_code == 200  # the form again, with the error on "unit"
    staf.refresh_from_db()
    assert staf.unit == pohon["a1"]


def test_unit_baru_hanya_di_bawah_lingkup(client, pohon):
    client.force_login(pohon["admin_a"])
    url = reverse("unit_kerja:add")
    data = {"kode": "seksi-a2", "nama": "Seksi A2", "jenis": "seksi"}
    assert client.post(url, data).status_code == 200  # no parent: refused
    assert client.post(url, {**data, "induk": pohon["b"].pk}).status_code == 200
    assert not UnitKerja.objects.filter(kode="seksi-a2").exists()
    assert client.post(url, {**data, "induk": pohon["a"].pk}).status_code == 302
    assert UnitKerja.objects.get(kode="seksi-a2").induk == pohon["a"]


def test_akar_lingkup_dapat_disunting_dengan_induk_yang_sama(client, pohon):
    client.force_login(pohon["admin_a"])
    a = pohon["a"]
    data = {"kode": a.kode, "nama": "Kelurahan A Baru", "jenis": a.jenis, "induk": a.induk_id}
    assert client.post(reverse("unit_kerja:edit", args=[a.pk]), data).status_code == 302
    a.refresh_from_db()
    assert a.nama == "Kelurahan A Baru" and a.induk == pohon["kec"]


def test_periode_dan_kebijakan_hanya_dibaca_admin_berlingkup(client, pohon):
    client.force_login(pohon["admin_a"])
    assert client.get(reverse("periode:index")).status_code == 200
    for url in (reverse("periode:add"), reverse("kebijakan:add")):
        respons = client.get(url)
        assert respons.status_code == 302 and respons["Location"] == "/admin/", url
    client.force_login(pohon["admin"])
    assert client.get(reverse("periode:add")).status_code == 200


def test_riwayat_perubahan_hanya_tentang_objek_dalam_lingkup(client, pohon):
    for p in (pohon["staf_a1"], pohon["staf_b"]):
        services.catat_riwayat(oleh=None, objek=p, aksi="uji", sebelum=None, sesudah={})
    client.force_login(pohon["admin_a"])
    html = client.get(reverse("riwayat_perubahan:index")).content.decode()
    assert "Staf Seksi" in html and "Staf Kelurahan B" not in html
    entri_b = RiwayatPerubahan.objects.get(objek_id=str(pohon["staf_b"].pk), model="pegawai")
    url = reverse("riwayat_perubahan:inspect", args=[entri_b.pk])
    assert client.get(url).status_code == 404


# --- the staff import --------------------------------------------------------------------


def _baris(nip, unit, **lain):
    return {
        "nip": nip,
        "nama": lain.pop("nama", f"Pegawai {nip[-3:]}"),
        "jabatan": "Pelaksana",
        "jenis_jabatan": "pelaksana",
        "unit_kode": unit,
        "memimpin_unit": "",
        **lain,
    }


def test_impor_admin_berlingkup_menolak_baris_di_luar_lingkup(pohon):
    luar = pabrik.pegawai("Staf B Dua", unit_kerja=pohon["b"], akun=False)
    baris = [
        _baris("199001012019031101", "seksi-a1"),
        _baris("199001012019031102", "kel-b"),
        _baris(pohon["staf_b"].nip, "seksi-a1"),
        _baris(
            "199001012019031103",
            "seksi-baru",
            unit_nama="Seksi Baru",
            unit_jenis="seksi",
            unit_induk_kode="kel-b",
        ),
        _baris("199001012019031104", "seksi-a1", nip_atasan=luar.nip),
    ]
    with pytest.raises(ImporGagal) as e:
        pegawai_impor(oleh=pohon["admin_a"], baris=baris)
    pesan = [str(m) for m in e.value.masalah]
    assert pesan == [
        "Baris 3, kolom unit_kode: unit kel-b di luar lingkup unit Anda.",
        "Baris 4, kolom nip: pegawai dengan NIP ini terdaftar di unit di luar lingkup Anda.",
        "Baris 5, kolom unit_induk_kode: unit baru seksi-baru harus berinduk pada unit dalam "
        "lingkup unit Anda.",
        "Baris 6, kolom nip_atasan: atasan di luar lingkup unit Anda.",
    ]
    assert not Pegawai.objects.filter(nip="199001012019031101").exists()  # all or nothing


def test_impor_admin_berlingkup_membuat_unit_di_bawah_lingkupnya(pohon):
    baris = [
        _baris(
            "199001012019031201",
            "seksi-a2",
            unit_nama="Seksi A2",
            unit_jenis="seksi",
            unit_induk_kode="kel-a",
            nip_atasan=pohon["lurah_a"].nip,
        ),
        _baris(
            "199001012019031202",
            "subseksi",
            unit_nama="Subseksi",
            unit_jenis="seksi",
            unit_induk_kode="seksi-a2",
        ),
        # the scope's root with its current parent (outside the scope): nothing moves
        _baris(pohon["lurah_a"].nip, "kel-a", nama="Lurah A", unit_induk_kode="kec"),
    ]
    hasil = pegawai_impor(oleh=pohon["admin_a"], baris=baris)
    assert hasil.dibuat == 2
    assert UnitKerja.objects.get(kode="subseksi").induk.kode == "seksi-a2"


def test_impor_admin_global_tidak_dibatasi(pohon):
    hasil = pegawai_impor(oleh=pohon["admin"], baris=[_baris("199001012019031301", "kel-b")])
    assert hasil.dibuat == 1


def test_halaman_impor_menampilkan_masalah_lingkup(client, pohon):
    from django.core.files.uploadedfile import SimpleUploadedFile

    isi = (
        "nip;nama;jabatan;jenis_jabatan;unit_kode\n"
        "199001012019031401;Orang Luar;Pelaksana;pelaksana;kel-b\n"
    )
    client.force_login(pohon["admin_a"])
    respons = client.post(
        reverse("penilaian_impor"),
        {"berkas": SimpleUploadedFile("p.csv", isi.encode(), content_type="text/csv")},
    )
    assert "unit kel-b di luar lingkup unit Anda." in respons.content.decode()
    assert not Pegawai.objects.filter(nip="199001012019031401").exists()


# --- corrections and SKPs for others -------------------------------------------------------


def test_koreksi_evaluasi_hanya_dalam_lingkup(pohon, buat_pengguna):
    skp = pabrik.skp_lengkap(pohon["staf_b"], status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    camat = pohon["camat"].user
    evaluasi = services.evaluasi_simpan(
        oleh=camat, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    evaluasi = services.evaluasi_finalkan(oleh=camat, evaluasi=evaluasi, versi=evaluasi.versi)

    def koreksi(oleh):
        return services.evaluasi_koreksi(
            oleh=oleh,
            evaluasi=evaluasi,
            versi=evaluasi.versi,
            alasan="Salah ketik",
            rating_perilaku="di_atas_ekspektasi",
        )

    with pytest.raises(KesalahanPenilaian, match="lingkup unitnya mencakup"):
        koreksi(pohon["admin_a"])
    assert koreksi(pohon["admin"]).rating_perilaku == "di_atas_ekspektasi"


def test_admin_berlingkup_membuat_skp_hanya_untuk_pegawai_dalam_lingkup(pohon):
    periode = pabrik.periode()
    services.skp_buat(oleh=pohon["admin_a"], periode=periode, pegawai=pohon["staf_a1"])
    with pytest.raises(KesalahanPenilaian):
        services.skp_buat(oleh=pohon["admin_a"], periode=periode, pegawai=pohon["staf_b"])


# --- assigning scopes --------------------------------------------------------------------


def test_admin_global_menetapkan_lingkup_dan_tercatat(client, pohon, buat_pengguna):
    baru = buat_pengguna("Admin Kepegawaian", username="admin.b")
    client.force_login(pohon["admin"])
    respons = client.post(reverse("lingkup_unit:add"), {"user": baru.pk, "unit": pohon["b"].pk})
    assert respons.status_code == 302
    baris = LingkupUnit.objects.get(user=baru)
    assert RiwayatPerubahan.objects.filter(
        model="lingkupunit", objek_id=str(baris.pk), aksi="admin_buat"
    ).exists()


def test_admin_berlingkup_tidak_memperluas_lingkupnya_sendiri(client, pohon):
    client.force_login(pohon["admin_a"])
    for unit in (pohon["kec"], pohon["b"], pohon["a1"]):
        respons = client.post(
            reverse("lingkup_unit:add"), {"user": pohon["admin_a"].pk, "unit": unit.pk}
        )
        assert respons.status_code == 200, unit
    assert list(LingkupUnit.objects.filter(user=pohon["admin_a"]).values_list("unit", flat=True))
    assert LingkupUnit.objects.filter(user=pohon["admin_a"]).count() == 1
    sendiri = LingkupUnit.objects.get(user=pohon["admin_a"])
    respons = client.post(reverse("lingkup_unit:delete", args=[sendiri.pk]))
    assert respons.status_code == 302
    assert LingkupUnit.objects.filter(pk=sendiri.pk).exists()


def test_admin_berlingkup_menetapkan_lingkup_hanya_di_dalam_lingkupnya(
    client, pohon, buat_pengguna
):
    pelatih = buat_pengguna("Pelatih", username="pelatih.kelurahan")
    client.force_login(pohon["admin_a"])
    url = reverse("lingkup_unit:add")
    assert client.post(url, {"user": pelatih.pk, "unit": pohon["b"].pk}).status_code == 200
    assert client.post(url, {"user": pelatih.pk, "unit": pohon["a1"].pk}).status_code == 302
    assert client.post(url, {"user": pohon["admin"].pk, "unit": pohon["a1"].pk}).status_code == 200
    assert list(LingkupUnit.objects.filter(user=pelatih).values_list("unit", flat=True)) == [
        pohon["a1"].pk
    ]
    # the only row of the trainer: taking it away would make the trainer global
    baris = LingkupUnit.objects.get(user=pelatih)
    respons = client.post(reverse("lingkup_unit:delete", args=[baris.pk]), follow=True)
    assert LingkupUnit.objects.filter(pk=baris.pk).exists()
    assert "lingkup terakhir" in respons.content.decode()


def test_admin_berlingkup_tidak_melihat_lingkup_unit_lain(client, pohon, buat_pengguna):
    lain = buat_pengguna("Admin Kepegawaian", username="admin.lain")
    baris_b = LingkupUnit.objects.create(user=lain, unit=pohon["b"])
    client.force_login(pohon["admin_a"])
    assert "admin.lain" not in client.get(reverse("lingkup_unit:index")).content.decode()
    assert client.get(reverse("lingkup_unit:edit", args=[baris_b.pk])).status_code == 404
