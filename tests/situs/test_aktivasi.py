"""Activation of an employee's login: letter code or emailed link, once, before expiry,
throttled, without telling whether a NIP exists (issue 18, item 2)."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from penilaian.services.akun import akun_pegawai_buat
from situs import aktivasi
from situs.models import AktivasiAkun, SurelKeluar
from situs.surat_aktivasi import surat_aktivasi_pdf
from tests import pdf_alat
from tests.penilaian import pabrik
from tests.situs.pdf import teks_pdf

pytestmark = pytest.mark.django_db

SANDI_BARU = "Kinerja-Cipocok-2026"


@pytest.fixture
def pegawai(django_capture_on_commit_callbacks):
    """An employee without email whose login was just created (awaiting activation)."""
    p = pabrik.pegawai("Siti Aminah", akun=False)
    with django_capture_on_commit_callbacks(execute=True):
        akun_pegawai_buat(oleh=None, pegawai=[p])
    p.refresh_from_db()
    return p


def _kode(p):
    return aktivasi.surat_terbitkan(pegawai=[p])[0].kode


def _aktifkan(client, nip, kode, sandi=SANDI_BARU):
    langkah1 = client.post(reverse("aktivasi"), {"nip": nip, "kode": kode})
    if langkah1.status_code != 302:
        return langkah1
    return client.post(reverse("aktivasi_sandi"), {"new_password1": sandi, "new_password2": sandi})


def test_kode_disimpan_sebagai_hash_dan_abjadnya_tanpa_karakter_mirip(pegawai):
    kode = _kode(pegawai)
    assert re.fullmatch(
        r"[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}", kode
    )
    baris = AktivasiAkun.objects.get(user=pegawai.user)
    assert aktivasi.rapikan_kode(kode) not in baris.rahasia_hash
    assert len(baris.rahasia_hash) == 64
    assert baris.kedaluwarsa_pada - baris.dibuat_pada == timedelta(days=30)


def test_aktivasi_dengan_kode_menyetel_sandi_dan_masuk_ke_dasbor(client, pegawai):
    kode = _kode(pegawai)
    respons = _aktifkan(client, pegawai.nip, kode.lower().replace("-", " "))
    assert respons.status_code == 302
    assert respons["Location"] == reverse("penilaian:dasbor")
    user = get_user_model().objects.get(pk=pegawai.user_id)
    assert user.check_password(SANDI_BARU)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert AktivasiAkun.objects.get(user=user).dipakai_pada is not None


def test_kode_yang_sudah_dipakai_ditolak_dan_tidak_mengubah_apa_pun(client, pegawai):
    kode = _kode(pegawai)
    _aktifkan(client, pegawai.nip, kode)
    client.logout()
    respons = _aktifkan(client, pegawai.nip, kode, sandi="Sandi-Penyusup-778")
    assert respons.status_code == 200
    assert "sudah pernah dipakai" in respons.content.decode()
    assert get_user_model().objects.get(pk=pegawai.user_id).check_password(SANDI_BARU)


def test_kode_kedaluwarsa_ditolak_dengan_pesan_jelas(client, pegawai):
    kode = _kode(pegawai)
    AktivasiAkun.objects.update(kedaluwarsa_pada=timezone.now() - timedelta(seconds=1))
    respons = _aktifkan(client, pegawai.nip, kode)
    assert "sudah kedaluwarsa" in respons.content.decode()
    assert not get_user_model().objects.get(pk=pegawai.user_id).has_usable_password()


def test_surat_baru_membatalkan_kode_lama(client, pegawai):
    lama = _kode(pegawai)
    baru = _kode(pegawai)
    respons = _aktifkan(client, pegawai.nip, lama)
    assert "sudah diganti" in respons.content.decode()
    assert _aktifkan(client, pegawai.nip, baru).status_code == 302


def test_kode_salah_dan_nip_tak_dikenal_dijawab_sama(client, pegawai):
    _kode(pegawai)
    salah = client.post(reverse("aktivasi"), {"nip": pegawai.nip, "kode": "ABCDE-FGHJK"})
    tak_ada = client.post(reverse("aktivasi"), {"nip": "199912312099121999", "kode": "ABCDE-FGHJK"})
    assert salah.status_code == tak_ada.status_code == 200
    pesan = str(aktivasi.PESAN[aktivasi.Status.SALAH])
    assert pesan in salah.content.decode()
    assert pesan in tak_ada.content.decode()
    bersih = lambda r: r.content.decode().replace(pegawai.nip, "").replace("199912312099121999", "")  # noqa: E731
    assert re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", bersih(salah)) == re.sub(
        r'name="csrfmiddlewaretoken" value="[^"]+"', "", bersih(tak_ada)
    )


def test_percobaan_dibatasi_per_nip_bahkan_dengan_kode_benar(client, pegawai):
    kode = _kode(pegawai)
    for _ in range(5):
        client.post(reverse("aktivasi"), {"nip": pegawai.nip, "kode": "XXXXX-XXXXX"})
    respons = _aktifkan(client, pegawai.nip, kode)
    assert "Terlalu banyak percobaan" in respons.content.decode()
    assert not get_user_model().objects.get(pk=pegawai.user_id).has_usable_password()


def test_percobaan_dibatasi_per_alamat_klien_lintas_nip(client, pegawai):
    kode = _kode(pegawai)
    for i in range(20):
        client.post(reverse("aktivasi"), {"nip": f"1999123120991219{i:02d}", "kode": "XXXXX"})
    respons = _aktifkan(client, pegawai.nip, kode)
    assert "Terlalu banyak percobaan" in respons.content.decode()
    # Another client address is not affected.
    assert _aktifkan(client.__class__(REMOTE_ADDR="10.0.0.9"), pegawai.nip, kode).status_code == 302


def test_akun_nonaktif_tidak_dapat_diaktifkan(client, pegawai):
    kode = _kode(pegawai)
    get_user_model().objects.filter(pk=pegawai.user_id).update(is_active=False)
    respons = _aktifkan(client, pegawai.nip, kode)
    assert "dinonaktifkan" in respons.content.decode()


def test_sandi_lemah_ditolak_dengan_pesan_indonesia_dan_kode_tetap_berlaku(client, pegawai):
    kode = _kode(pegawai)
    respons = _aktifkan(client, pegawai.nip, kode, sandi="12345678")
    teks = respons.content.decode()
    assert respons.status_code == 200
    assert "terlalu umum" in teks or "seluruhnya angka" in teks
    assert AktivasiAkun.objects.get(user=pegawai.user).dipakai_pada is None


def test_langkah_sandi_tanpa_kode_terbukti_kembali_ke_langkah_satu(client):
    respons = client.get(reverse("aktivasi_sandi"))
    assert respons.status_code == 302
    assert respons["Location"] == reverse("aktivasi")


def test_pegawai_dengan_email_mendapat_tautan_yang_bekerja_sekali(
    client, django_capture_on_commit_callbacks
):
    p = pabrik.pegawai("Budi Santoso", akun=False, email="budi@serangkota.go.id")
    with django_capture_on_commit_callbacks(execute=True):
        akun_pegawai_buat(oleh=None, pegawai=[p])
    surel = SurelKeluar.objects.get(jenis="aktivasi")
    assert surel.kepada == "budi@serangkota.go.id"
    tautan = re.search(r"http://testserver(/akun/aktivasi/t/[^/\s]+/)", surel.teks).group(1)
    assert tautan in surel.html
    langkah1 = client.get(tautan)
    assert langkah1.status_code == 302
    assert langkah1["Location"] == reverse("aktivasi_sandi")
    client.post(
        reverse("aktivasi_sandi"), {"new_password1": SANDI_BARU, "new_password2": SANDI_BARU}
    )
    p.user.refresh_from_db()
    assert p.user.check_password(SANDI_BARU)
    client.logout()
    ulang = client.get(tautan)
    assert ulang.status_code == 400
    assert "sudah pernah dipakai" in ulang.content.decode()


def test_tautan_palsu_ditolak(client):
    respons = client.get(reverse("aktivasi_tautan", args=["bukan-token-sah"]))
    assert respons.status_code == 400
    assert "tidak cocok" in respons.content.decode()


def test_kirim_ulang_tautan_membatalkan_tautan_lama(client, django_capture_on_commit_callbacks):
    p = pabrik.pegawai("Budi Santoso", akun=False, email="budi@serangkota.go.id")
    with django_capture_on_commit_callbacks(execute=True):
        akun_pegawai_buat(oleh=None, pegawai=[p])
    lama = re.search(r"(/akun/aktivasi/t/[^/\s]+/)", SurelKeluar.objects.get().teks).group(1)
    aktivasi.aktivasi_kirim_surel(pegawai=p)
    assert "sudah diganti" in client.get(lama).content.decode()


def test_surat_pdf_memuat_data_pegawai_dan_kode(pegawai, tmp_path):
    pegawai.nama = "Siti <b>Aminah</b> & Putri"
    isi = aktivasi.surat_terbitkan(pegawai=[pegawai, pegawai])
    pdf = tmp_path / "surat.pdf"
    pdf.write_bytes(surat_aktivasi_pdf(isi, alamat_situs="https://kinerja.contoh.go.id"))
    teks = teks_pdf(pdf, tmp_path)
    assert teks.count("\f") == 2  # one page per letter
    assert "Siti <b>Aminah</b> & Putri" in teks
    assert pegawai.nip in teks
    assert isi[1].kode in teks
    assert "https://kinerja.contoh.go.id/akun/aktivasi/" in teks
    assert "Pindai untuk membuka halaman aktivasi" in teks
    # The fonts of every official PDF (penilaian.pdf_resmi), all embedded: no Helvetica.
    assert {h["emb"] for h in pdf_alat.huruf(pdf.read_bytes(), tmp_path)} == {"yes"}
    # The QR opens the activation page with the NIP filled in.
    assert isi[0].tautan == f"http://testserver/akun/aktivasi/?nip={pegawai.nip}"
    # The first letter's code was cancelled by the second printing.
    assert (
        aktivasi.periksa_kode(nip=pegawai.nip, kode=isi[0].kode).status is aktivasi.Status.DIGANTI
    )
