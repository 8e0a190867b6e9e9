"""Registration, waiting list, check-in, calendar file and attendance exports."""

import csv
import datetime
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sosialisasi import services
from sosialisasi.models import KodeHadir, PendaftaranAcara

pytestmark = pytest.mark.django_db

S = PendaftaranAcara.Status


def _status(acara):
    return dict(
        PendaftaranAcara.objects.filter(acara=acara).values_list("user__username", "status")
    )


def test_pendaftar_melebihi_kapasitas_masuk_daftar_tunggu(buat_acara, buat_pengguna):
    acara = buat_acara(kapasitas=2)
    a, b, c = (buat_pengguna("Peserta", username=n) for n in "abc")
    for user in (a, b, c):
        services.acara_daftar(user=user, acara=acara)
    assert _status(acara) == {"a": S.TERDAFTAR, "b": S.TERDAFTAR, "c": S.MENUNGGU}


def test_pembatalan_menaikkan_daftar_tunggu_sesuai_urutan(buat_acara, buat_pengguna):
    acara = buat_acara(kapasitas=1)
    a, b, c = (buat_pengguna("Peserta", username=n) for n in "abc")
    for user in (a, b, c):
        services.acara_daftar(user=user, acara=acara)
    naik = services.acara_batal(user=a, acara=acara)
    assert naik.user == b
    assert _status(acara) == {"a": S.BATAL, "b": S.TERDAFTAR, "c": S.MENUNGGU}


def test_batal_dari_daftar_tunggu_tidak_menaikkan_siapa_pun(buat_acara, buat_pengguna):
    acara = buat_acara(kapasitas=1)
    a, b, c = (buat_pengguna("Peserta", username=n) for n in "abc")
    for user in (a, b, c):
        services.acara_daftar(user=user, acara=acara)
    assert services.acara_batal(user=b, acara=acara) is None
    assert _status(acara) == {"a": S.TERDAFTAR, "b": S.BATAL, "c": S.MENUNGGU}


def test_mendaftar_lagi_setelah_batal_antre_di_belakang(buat_acara, buat_pengguna):
    acara = buat_acara(kapasitas=1)
    a, b = buat_pengguna("Peserta", username="a"), buat_pengguna("Peserta", username="b")
    services.acara_daftar(user=a, acara=acara)
    services.acara_batal(user=a, acara=acara)
    services.acara_daftar(user=b, acara=acara)
    services.acara_daftar(user=a, acara=acara)
    assert _status(acara) == {"a": S.MENUNGGU, "b": S.TERDAFTAR}


def test_pendaftaran_ganda_ditolak_dengan_pesan_dan_tidak_mengubah_apa_pun(
    client, buat_acara, buat_pengguna
):
    acara = buat_acara(kapasitas=5)
    user = buat_pengguna("Peserta")
    client.force_login(user)
    client.post(reverse("sosialisasi:acara_daftar", args=[acara.pk]))
    sebelum = list(PendaftaranAcara.objects.values())
    respons = client.post(reverse("sosialisasi:acara_daftar", args=[acara.pk]), follow=True)
    assert "Anda sudah terdaftar di acara ini" in respons.content.decode()
    assert list(PendaftaranAcara.objects.values()) == sebelum


def test_pendaftaran_setelah_acara_dimulai_ditolak(client, buat_acara, buat_pengguna):
    acara = buat_acara(mulai_dalam=-timedelta(minutes=5))
    client.force_login(buat_pengguna("Peserta"))
    respons = client.post(reverse("sosialisasi:acara_daftar", args=[acara.pk]), follow=True)
    assert "Pendaftaran acara ini sudah ditutup" in respons.content.decode()
    assert not PendaftaranAcara.objects.exists()


@pytest.fixture
def terdaftar(buat_acara, buat_pengguna):
    acara = buat_acara(kapasitas=5)
    user = buat_pengguna("Peserta")
    services.acara_daftar(user=user, acara=acara)
    kode = services.kode_hadir_pastikan(acara=acara)
    return acara, user, kode.kode


def test_hadir_dengan_kode_benar_dalam_jendela_tercatat_sekali(terdaftar):
    acara, user, kode = terdaftar
    waktu = acara.mulai + timedelta(minutes=5)
    services.hadir_catat(user=user, acara=acara, kode=kode.lower(), sekarang=waktu)
    services.hadir_catat(user=user, acara=acara, kode=kode, sekarang=waktu + timedelta(minutes=9))
    assert PendaftaranAcara.objects.get(user=user).hadir_pada == waktu


def test_hadir_dengan_kode_salah_ditolak(client, terdaftar):
    acara, user, _kode = terdaftar
    client.force_login(user)
    respons = client.post(reverse("sosialisasi:hadir", args=[acara.pk]), {"kode": "SALAH123"})
    assert "Kode hadir salah" in respons.content.decode()
    assert PendaftaranAcara.objects.get(user=user).hadir_pada is None


@pytest.mark.parametrize(
    "geser",
    [-timedelta(minutes=61), timedelta(hours=2, minutes=61)],
    ids=["terlalu-awal", "kedaluwarsa"],
)
def test_hadir_di_luar_jendela_ditolak(terdaftar, geser):
    acara, user, kode = terdaftar
    with pytest.raises(services.DiLuarWaktuHadir, match="hanya berlaku"):
        services.hadir_catat(user=user, acara=acara, kode=kode, sekarang=acara.mulai + geser)
    assert PendaftaranAcara.objects.get(user=user).hadir_pada is None


def test_daftar_tunggu_tidak_dapat_hadir(buat_acara, buat_pengguna):
    acara = buat_acara(kapasitas=1)
    a, b = buat_pengguna("Peserta", username="a"), buat_pengguna("Peserta", username="b")
    services.acara_daftar(user=a, acara=acara)
    services.acara_daftar(user=b, acara=acara)
    kode = services.kode_hadir_pastikan(acara=acara).kode
    with pytest.raises(services.TidakTerdaftar):
        services.hadir_catat(user=b, acara=acara, kode=kode, sekarang=acara.mulai)


def test_kode_hadir_tetap_dan_acak_per_acara(buat_acara):
    satu, dua = buat_acara("satu"), buat_acara("dua")
    kode = services.kode_hadir_pastikan(acara=satu).kode
    assert services.kode_hadir_pastikan(acara=satu).kode == kode
    assert services.kode_hadir_pastikan(acara=dua).kode != kode
    assert KodeHadir.objects.count() == 2
    assert len(kode) == services.PANJANG_KODE and set(kode) <= set(services.ALFABET_KODE)


def test_halaman_kode_menampilkan_qr_svg_untuk_pelatih(client, buat_acara, buat_pengguna):
    acara = buat_acara()
    client.force_login(buat_pengguna("Pelatih"))
    html = client.get(reverse("sosialisasi:kode_hadir", args=[acara.pk])).content.decode()
    kode = KodeHadir.objects.get(acara=acara).kode
    assert "<svg" in html and "Kode QR kehadiran" in html
    assert f"?kode={kode}" in html


def test_ics_memakai_crlf_dan_meloloskan_teks(client, buat_acara):
    acara = buat_acara()
    acara.title = "Bimtek; RHK, IKI"
    acara.save()
    respons = client.get(reverse("sosialisasi:acara_ics", args=[acara.pk]))
    assert respons["Content-Type"].startswith("text/calendar")
    teks = respons.content.decode()
    assert "\r\n" in teks and "\n" not in teks.replace("\r\n", "")
    assert "SUMMARY:Bimtek\\; RHK\\, IKI" in teks
    assert f"DTSTART:{acara.mulai.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}" in teks


def _isi_jahat(acara, buat_pengguna):
    user = buat_pengguna("Peserta", username="jahat", first_name='=HYPERLINK("x")', last_name="")
    services.acara_daftar(user=user, acara=acara)


def test_ekspor_csv_menetralkan_rumus(client, buat_acara, buat_pengguna):
    acara = buat_acara()
    _isi_jahat(acara, buat_pengguna)
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    teks = client.get(reverse("sosialisasi:kehadiran_csv", args=[acara.pk])).content.decode()
    baris = list(csv.reader(io.StringIO(teks)))
    assert baris[1][2] == '\'=HYPERLINK("x")'


def test_ekspor_xlsx_menetralkan_rumus_dan_merangkum_per_unit(client, buat_acara, buat_pengguna):
    acara = buat_acara()
    _isi_jahat(acara, buat_pengguna)
    client.force_login(buat_pengguna("Pelatih"))
    isi = client.get(reverse("sosialisasi:kehadiran_xlsx", args=[acara.pk])).content
    buku = load_workbook(io.BytesIO(isi))
    assert buku["Kehadiran"]["C3"].value == '\'=HYPERLINK("x")'
    assert buku["Kehadiran"]["C3"].data_type == "s"
    assert [c.value for c in buku["Per unit"][2]] == ["Tanpa unit", 1, 0]


def test_sel_aman_hanya_mengubah_teks_berawalan_rumus():
    from penilaian.ekspor import sel_aman

    assert [sel_aman(v) for v in ("=1+1", "+62", "-x", "@a", "Budi", 5, None)] == [
        "'=1+1",
        "'+62",
        "'-x",
        "'@a",
        "Budi",
        5,
        None,
    ]
