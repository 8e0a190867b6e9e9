"""Trainer tools: gradebook, one attempt's answers, voiding, extensions, regrading, the essay
queue; who may reach each URL (unit scope included) and what the quiz-taking code honours."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from kursus.kuis import nilai_ulang, selectors, services
from kursus.kuis.models import (
    JawabanPeserta,
    PembatalanPercobaan,
    PercobaanKuis,
    PerpanjanganKuis,
    PilihanJawaban,
)
from penilaian.models import LingkupUnit, UnitKerja
from tests.penilaian import pabrik

from .conftest import benar, salah

pytestmark = pytest.mark.django_db


def _kerjakan(user, kuis, pilihan_per_soal: dict, teks_per_soal: dict | None = None):
    percobaan = services.percobaan_mulai(user=user, kuis=kuis)
    for soal_id, pilihan in pilihan_per_soal.items():
        services.jawaban_simpan(percobaan=percobaan, soal_id=soal_id, pilihan=pilihan)
    for soal_id, teks in (teks_per_soal or {}).items():
        services.jawaban_simpan(percobaan=percobaan, soal_id=soal_id, teks=teks)
    return services.percobaan_serahkan(percobaan=percobaan)


@pytest.fixture
def dunia(buat_pengguna, buat_soal, buat_kuis):
    """Kecamatan → Kelurahan A and B; participant Ani (in A) passed a one-try quiz with two
    questions and has an essay awaiting marking; Budi (in B) failed the same quiz."""
    kecamatan = UnitKerja.objects.create(
        kode="kec-uji", nama="Kecamatan Uji", jenis=UnitKerja.Jenis.KECAMATAN
    )
    unit_a = UnitKerja.objects.create(
        kode="kel-a", nama="Kelurahan A", jenis=UnitKerja.Jenis.KELURAHAN, induk=kecamatan
    )
    unit_b = UnitKerja.objects.create(
        kode="kel-b", nama="Kelurahan B", jenis=UnitKerja.Jenis.KELURAHAN, induk=kecamatan
    )
    ani = pabrik.pegawai("Ani Peserta", unit_kerja=unit_a).user
    budi = pabrik.pegawai("Budi Peserta", unit_kerja=unit_b).user
    s1, s2 = buat_soal("tunggal"), buat_soal("tunggal")
    esai = buat_soal("esai", bobot=Decimal(2))
    kuis = buat_kuis([s1, s2], nilai_lulus=75, sekali_coba=True)
    kuis_esai = buat_kuis([esai])
    lulus = _kerjakan(ani, kuis, {s1.pk: benar(s1), s2.pk: benar(s2)})
    gagal = _kerjakan(budi, kuis, {s1.pk: benar(s1), s2.pk: salah(s2)[:1]})
    menunggu = _kerjakan(ani, kuis_esai, {}, {esai.pk: "IKI saya terukur."})
    pelatih = buat_pengguna("Pelatih", username="pelatih.global")
    pelatih_b = buat_pengguna("Pelatih", username="pelatih.b")
    LingkupUnit.objects.create(user=pelatih_b, unit=unit_b)
    return {
        "unit_a": unit_a,
        "unit_b": unit_b,
        "ani": ani,
        "budi": budi,
        "s1": s1,
        "s2": s2,
        "esai": esai,
        "kuis": kuis,
        "kuis_esai": kuis_esai,
        "lulus": lulus,
        "gagal": gagal,
        "menunggu": menunggu,
        "jawaban_esai": menunggu.jawaban.get(soal=esai),
        "pelatih": pelatih,
        "pelatih_b": pelatih_b,
    }


# --- who may reach what ---------------------------------------------------------------------

PERAN = ("anonim", "peserta", "pegawai", "pelatih", "pelatih_unit_lain", "admin_kepeg", "super")
AL, TOLAK = "login admin", "ditolak wagtail"


def _baris(*hasil):
    return dict(zip(PERAN, hasil, strict=True))


DAFTAR = _baris(AL, AL, AL, 200, 200, TOLAK, 200)  # lists: scope narrows the rows
OBJEK = _baris(AL, AL, AL, 200, 404, TOLAK, 200)  # Ani's objects: out of pelatih_b's scope
GLOBAL = _baris(AL, AL, AL, 200, 200, TOLAK, 200)  # a question/quiz: the key is shared

#: URL name → (argument builder, expected per role). Every URL of the trainer tools.
MATRIKS = {
    "kuis_peserta": (lambda d: {}, DAFTAR),
    "kuis_buku_nilai": (lambda d: {"pk": d["ani"].pk}, OBJEK),
    "kuis_percobaan": (lambda d: {"pk": d["lulus"].pk}, OBJEK),
    "kuis_batalkan_percobaan": (lambda d: {"pk": d["lulus"].pk}, OBJEK),
    "kuis_perpanjangan": (lambda d: {"kuis_pk": d["kuis"].pk, "user_pk": d["ani"].pk}, OBJEK),
    "kuis_nilai_ulang_soal": (lambda d: {"pk": d["s1"].pk}, GLOBAL),
    "kuis_nilai_ulang": (lambda d: {"pk": d["kuis"].pk}, GLOBAL),
    "kuis_penilaian": (lambda d: {}, DAFTAR),
    "kuis_nilai_esai": (lambda d: {"pk": d["jawaban_esai"].pk}, OBJEK),
}


def _masuk(client, dunia, buat_pengguna, peran):
    user = {
        "anonim": None,
        "peserta": dunia["ani"],
        "pegawai": buat_pengguna("Pegawai"),
        "pelatih": dunia["pelatih"],
        "pelatih_unit_lain": dunia["pelatih_b"],
        "admin_kepeg": buat_pengguna("Admin Kepegawaian"),
        "super": buat_pengguna(is_superuser=True, is_staff=True),
    }[peran]
    if user is not None:
        client.force_login(user)
    return user


def _cocok(respons, harapan) -> bool:
    lokasi = respons.get("Location", "")
    if harapan == AL:
        return respons.status_code == 302 and lokasi.startswith("/admin/login/")
    if harapan == TOLAK:
        return respons.status_code == 302 and lokasi == "/admin/"
    return respons.status_code == harapan


@pytest.mark.parametrize("peran", PERAN)
@pytest.mark.parametrize("nama", sorted(MATRIKS))
def test_matriks_izin_alat_pelatih(client, dunia, buat_pengguna, nama, peran):
    argumen, harapan = MATRIKS[nama]
    _masuk(client, dunia, buat_pengguna, peran)
    url = reverse(nama, kwargs=argumen(dunia))
    for metode in ("get", "post"):
        respons = getattr(client, metode)(url)
        ok = harapan[peran]
        if metode == "post" and ok == 200:
            continue  # an empty POST is a form error or a stale preview; tested below
        assert _cocok(respons, ok), f"{peran} {metode} {url}: {respons.status_code} ≠ {ok}"
    # nothing changed, whoever asked
    assert not PembatalanPercobaan.objects.exists()
    assert not PerpanjanganKuis.objects.exists()


def test_pelatih_unit_lain_hanya_melihat_peserta_unitnya(client, dunia):
    client.force_login(dunia["pelatih_b"])
    html = client.get(reverse("kuis_peserta")).content.decode()
    assert "Budi Peserta" in html and "Ani Peserta" not in html
    assert "IKI saya terukur" not in client.get(reverse("kuis_penilaian")).content.decode()
    client.force_login(dunia["pelatih"])
    html = client.get(reverse("kuis_peserta")).content.decode()
    assert "Budi Peserta" in html and "Ani Peserta" in html


def test_semua_url_alat_pelatih_ada_di_matriks():
    from django.urls import get_resolver

    from tests.pola_url import semua_pola

    baru = {
        nama
        for rute, nama in semua_pola(get_resolver().url_patterns)
        if rute.startswith("admin/kuis/")
        and nama.startswith("kuis_")
        and nama not in {"kuis_laporan", "kuis_laporan_kuis", "kuis_laporan_kenaikan"}
        and nama not in {"kuis_impor_soal", "kuis_ekspor_soal"}
    }
    assert baru == set(MATRIKS)


# --- gradebook ------------------------------------------------------------------------------


def test_cari_peserta_menurut_nama_nip_dan_nama_pengguna(client, dunia):
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_peserta")
    nip = dunia["ani"].pegawai.nip
    for q in ("ani", nip[-6:], "ani.peserta"):
        html = client.get(url, {"q": q}).content.decode()
        assert "Ani Peserta" in html and "Budi Peserta" not in html, q
    assert "Tidak ada peserta" in client.get(url, {"q": "<script>"}).content.decode()


def test_buku_nilai_memuat_kuis_percobaan_dan_ekspor(client, dunia):
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_buku_nilai", args=[dunia["ani"].pk])
    html = client.get(url).content.decode()
    assert dunia["kuis"].judul in html and dunia["kuis_esai"].judul in html
    assert reverse("kuis_percobaan", args=[dunia["lulus"].pk]) in html
    assert "Menunggu penilaian esai" in html
    baris = list(csv.reader(io.StringIO(client.get(url, {"ekspor": "csv"}).content.decode())))
    assert baris[0][:3] == ["bagian", "judul", "percobaan_ke"]
    assert baris[1][:4] == ["kuis", dunia["kuis"].judul, "", "nilai akhir"]
    assert baris[2][:4] == ["percobaan kuis", dunia["kuis"].judul, "1", "Selesai"]
    assert baris[2][5] == "100.00"
    buku = load_workbook(io.BytesIO(client.get(url, {"ekspor": "xlsx"}).content))
    assert buku.sheetnames == ["Buku nilai"]


def test_ekspor_buku_nilai_menetralkan_rumus(client, dunia, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal()], judul='=HYPERLINK("https://contoh.invalid","x")')
    _kerjakan(dunia["ani"], kuis, {})
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_buku_nilai", args=[dunia["ani"].pk])
    teks = client.get(url, {"ekspor": "csv"}).content.decode()
    assert "'=HYPERLINK" in teks and "\n=HYPERLINK" not in teks and ",=HYPERLINK" not in teks
    buku = load_workbook(io.BytesIO(client.get(url, {"ekspor": "xlsx"}).content))
    sel = [c for b in buku.active.iter_rows(values_only=True) for c in b]
    assert not any(isinstance(c, str) and c.startswith("=") for c in sel)


def test_jawaban_satu_percobaan_soal_demi_soal(client, dunia):
    client.force_login(dunia["pelatih"])
    html = client.get(reverse("kuis_percobaan", args=[dunia["gagal"].pk])).content.decode()
    assert dunia["s1"].kode in html and dunia["s2"].kode in html
    assert "Salah satu" in html  # Budi's answer to s2
    assert html.count('data-butir="benar"') == 1 and html.count('data-butir="salah"') == 1
    html = client.get(reverse("kuis_percobaan", args=[dunia["menunggu"].pk])).content.decode()
    assert "IKI saya terukur." in html
    assert reverse("kuis_nilai_esai", args=[dunia["jawaban_esai"].pk]) in html


def test_percobaan_berjalan_tidak_dibuka_pelatih(client, dunia, buat_soal, buat_kuis):
    berjalan = services.percobaan_mulai(user=dunia["ani"], kuis=buat_kuis([buat_soal()]))
    client.force_login(dunia["pelatih"])
    assert client.get(reverse("kuis_percobaan", args=[berjalan.pk])).status_code == 404


# --- voiding an attempt ---------------------------------------------------------------------


def test_batalkan_percobaan_dengan_konfirmasi_dan_peserta_boleh_mencoba_lagi(client, dunia):
    kuis, ani = dunia["kuis"], dunia["ani"]
    assert selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=ani) is not None  # one try used
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_batalkan_percobaan", args=[dunia["lulus"].pk])
    html = client.get(url).content.decode()
    assert "sertifikat yang sudah terbit tidak dicabut" in html
    respons = client.post(url, {"alasan": ""})
    assert "Alasan pembatalan: wajib diisi." in respons.content.decode()
    assert not PembatalanPercobaan.objects.exists()
    respons = client.post(url, {"alasan": "Listrik padam saat ujian."})
    assert respons.status_code == 302
    percobaan = PercobaanKuis.objects.get(pk=dunia["lulus"].pk)
    assert percobaan.status == PercobaanKuis.Status.DIBATALKAN
    catatan = percobaan.pembatalan
    assert (catatan.status_lama, catatan.persen_lama, catatan.lulus_lama) == (
        "selesai",
        Decimal("100.00"),
        True,
    )
    assert catatan.oleh == dunia["pelatih"]
    # the quiz-taking code: the voided attempt no longer counts for the limit or the grade
    assert selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=ani) is None
    hasil = selectors.hasil_peserta(kuis=kuis, user=ani)
    assert hasil.nilai is None and hasil.sisa_percobaan == 1
    baru = services.percobaan_mulai(user=ani, kuis=kuis)
    assert baru.nomor == 2
    # audited on the quiz, shown in its history
    log = ModelLogEntry.objects.get(action=services.AKSI_BATALKAN)
    assert log.object_id == str(kuis.pk) and log.user_id == dunia["pelatih"].pk
    assert log.data["alasan"] == "Listrik padam saat ujian."
    riwayat = client.get(reverse("wagtailsnippets_kursus_kuis:history", args=[kuis.pk]))
    pesan = f"Percobaan ke-1 milik {ani.get_full_name()} dibatalkan (nilai 100)."
    assert pesan in riwayat.content.decode()
    # voiding twice: the second request finds nothing to void
    assert client.post(url, {"alasan": "lagi"}).status_code == 404


def test_esai_percobaan_dibatalkan_keluar_dari_antrean_dan_tidak_bisa_dinilai(client, dunia):
    services.percobaan_batalkan(percobaan=dunia["menunggu"], alasan="Salah kuis.", oleh=None)
    client.force_login(dunia["pelatih"])
    assert "IKI saya terukur" not in client.get(reverse("kuis_penilaian")).content.decode()
    url = reverse("kuis_nilai_esai", args=[dunia["jawaban_esai"].pk])
    assert client.post(url, {"kriteria_0": "2", "kriteria_1": "1"}).status_code == 404
    with pytest.raises(services.PercobaanDibatalkan):
        services.jawaban_nilai_esai(
            jawaban=dunia["jawaban_esai"], nilai_rubrik=[2, 1], komentar="", penilai=None
        )
    assert PercobaanKuis.objects.get(pk=dunia["menunggu"].pk).status == "batal"


def test_peserta_melihat_percobaan_dibatalkan_di_hasilnya(client, dunia):
    services.percobaan_batalkan(percobaan=dunia["lulus"], alasan="Ulang.", oleh=None)
    client.force_login(dunia["ani"])
    html = client.get(reverse("kursus:kuis:hasil", args=[dunia["lulus"].pk])).content.decode()
    assert 'data-hasil="batal"' in html


# --- extending a deadline -------------------------------------------------------------------


def test_perpanjangan_dua_langkah_dan_dihormati_kuis(client, dunia):
    kuis, ani, budi = dunia["kuis"], dunia["ani"], dunia["budi"]
    kuis.ditutup_pada = timezone.now() - timedelta(hours=1)
    kuis.save()
    assert selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=ani) == "Kuis ini sudah ditutup."
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_perpanjangan", args=[kuis.pk, ani.pk])
    tutup = timezone.localtime(timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    data = {
        "ditutup_pada": tutup.strftime("%Y-%m-%d %H:%M"),
        "batas_percobaan": "2",
        "alasan": "Sakit, surat dokter terlampir.",
    }
    langkah1 = client.post(url, data)
    assert langkah1.status_code == 200
    assert "data-konfirmasi-perpanjangan" in langkah1.content.decode()
    assert not PerpanjanganKuis.objects.exists()  # nothing saved before the confirmation
    assert client.post(url, data | {"konfirmasi": "1"}).status_code == 302
    perpanjangan = PerpanjanganKuis.objects.get(kuis=kuis, user=ani)
    assert (perpanjangan.ditutup_pada, perpanjangan.batas_percobaan) == (tutup, 2)
    # honoured for Ani only: she may start, her deadline is the extended closing time
    assert selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=ani) is None
    assert selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=budi) == "Kuis ini sudah ditutup."
    percobaan = services.percobaan_mulai(user=ani, kuis=kuis)
    assert percobaan.tenggat == tutup
    services.percobaan_serahkan(percobaan=percobaan)
    alasan = selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=ani)
    assert alasan == "Anda sudah memakai semua kesempatan percobaan untuk kuis ini."
    # the participant's quiz page shows the closing time that applies to her
    client.force_login(ani)
    html = client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).content.decode()
    assert "data-perpanjangan" in html
    # audited on the quiz
    log = ModelLogEntry.objects.get(action=services.AKSI_PERPANJANG)
    assert log.object_id == str(kuis.pk)
    assert log.data["batas_percobaan"] == 2 and log.data["peserta"] == ani.username


@pytest.mark.parametrize(
    ("isian", "pesan"),
    [
        ({}, "Isi waktu tutup baru, batas percobaan baru, atau keduanya."),
        ({"batas_percobaan": "1"}, "Batas percobaan baru harus lebih dari batas kuis (1)."),
        (
            {"batas_percobaan": "dua"},
            "Batas percobaan baru untuk peserta ini: &#x27;dua&#x27; bukan",
        ),
        ({"batas_percobaan": "1,5"}, "harus bilangan bulat"),
        ({"ditutup_pada": "2001-01-01 10:00"}, "Waktu tutup baru harus di masa depan."),
        ({"ditutup_pada": "kemarin"}, "Waktu tutup baru: tulis tanggal dan jam yang sah."),
    ],
)
def test_perpanjangan_yang_tidak_memperpanjang_ditolak(client, dunia, isian, pesan):
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_perpanjangan", args=[dunia["kuis"].pk, dunia["ani"].pk])
    respons = client.post(url, {"alasan": "x", "konfirmasi": "1"} | isian)
    assert respons.status_code == 200
    assert pesan in respons.content.decode()
    assert not PerpanjanganKuis.objects.exists()


def test_perpanjangan_menggeser_tenggat_percobaan_yang_sedang_berjalan(dunia, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal()], ditutup_pada=timezone.now() + timedelta(minutes=5))
    berjalan = services.percobaan_mulai(user=dunia["ani"], kuis=kuis)
    assert berjalan.tenggat == kuis.ditutup_pada
    tutup = timezone.now() + timedelta(days=1)
    services.perpanjangan_simpan(
        kuis=kuis,
        peserta=dunia["ani"],
        ditutup_pada=tutup,
        batas_percobaan=None,
        alasan="Gangguan jaringan.",
        oleh=dunia["pelatih"],
    )
    berjalan.refresh_from_db()
    assert berjalan.tenggat == tutup


# --- regrading ------------------------------------------------------------------------------


def _ganti_kunci(soal, *, benar_baru: PilihanJawaban):
    soal.pilihan.update(benar=False)
    PilihanJawaban.objects.filter(pk=benar_baru.pk).update(benar=True)


def test_pratinjau_nilai_ulang_menunjukkan_siapa_berubah(dunia):
    s2 = dunia["s2"]
    pilihan_budi = PilihanJawaban.objects.get(pk=salah(s2)[0])
    _ganti_kunci(s2, benar_baru=pilihan_budi)  # the key was wrong: Budi's answer is right
    hasil = nilai_ulang.pratinjau(soal=s2)
    assert hasil.jumlah_diperiksa == 2
    berubah = {u.percobaan.user.username: u for u in hasil.perubahan}
    assert set(berubah) == {"ani.peserta", "budi.peserta"}
    ani, budi = berubah["ani.peserta"], berubah["budi.peserta"]
    assert (ani.percobaan.persen, ani.persen_baru) == (Decimal("100.00"), Decimal("50.00"))
    assert (ani.percobaan.lulus, ani.lulus_baru) == (True, False)
    assert (budi.percobaan.persen, budi.persen_baru) == (Decimal("50.00"), Decimal("100.00"))
    assert budi.kelulusan_berubah
    akhir = {n.user.username: n for n in hasil.nilai_akhir}
    assert (akhir["budi.peserta"].lulus_lama, akhir["budi.peserta"].lulus_baru) == (False, True)
    # the preview writes nothing
    assert PercobaanKuis.objects.get(pk=dunia["lulus"].pk).persen == Decimal("100.00")


def test_nilai_ulang_bobot_mengubah_skor_maksimum(dunia):
    s1 = dunia["s1"]
    s1.bobot = Decimal(3)
    s1.save()
    hasil = nilai_ulang.pratinjau(soal=s1)
    budi = next(u for u in hasil.perubahan if u.percobaan.user == dunia["budi"])
    assert (budi.skor_baru, budi.skor_maks_baru, budi.persen_baru) == (
        Decimal("3.00"),
        Decimal(4),
        Decimal("75.00"),
    )
    assert budi.lulus_baru is True  # 75 reaches the pass mark 75


def test_konfirmasi_nilai_ulang_dalam_satu_transaksi_dan_tercatat(client, dunia):
    s2 = dunia["s2"]
    _ganti_kunci(s2, benar_baru=PilihanJawaban.objects.get(pk=salah(s2)[0]))
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_nilai_ulang_soal", args=[s2.pk])
    html = client.get(url).content.decode()
    assert "100 → 50" in html and "50 → 100" in html
    assert "sertifikat yang sudah terbit tidak dicabut" in html
    # a stale fingerprint writes nothing
    respons = client.post(url, {"sidik": "usang"})
    assert respons.status_code == 302
    assert PercobaanKuis.objects.get(pk=dunia["lulus"].pk).persen == Decimal("100.00")
    assert not ModelLogEntry.objects.filter(action=services.AKSI_NILAI_ULANG).exists()
    sidik = nilai_ulang.pratinjau(soal=s2).sidik
    assert client.post(url, {"sidik": sidik}).status_code == 302
    ani = PercobaanKuis.objects.get(pk=dunia["lulus"].pk)
    budi = PercobaanKuis.objects.get(pk=dunia["gagal"].pk)
    assert (ani.persen, ani.lulus, budi.persen, budi.lulus) == (
        Decimal("50.00"),
        False,
        Decimal("100.00"),
        True,
    )
    assert JawabanPeserta.objects.get(percobaan=budi, soal=s2).nilai == Decimal("1.00")
    log = ModelLogEntry.objects.get(action=services.AKSI_NILAI_ULANG)
    assert log.object_id == str(s2.pk)
    assert log.data["jumlah_berubah"] == 2 and log.data["jumlah_kelulusan_berubah"] == 2
    assert {r["peserta"] for r in log.data["rincian"]} == {"ani.peserta", "budi.peserta"}
    riwayat = client.get(reverse("wagtailsnippets_kursus_soal:history", args=[s2.pk]))
    assert "Nilai ulang: 2 dari 2 percobaan berubah" in riwayat.content.decode()
    # nothing left to regrade
    assert nilai_ulang.pratinjau(soal=s2).perubahan == []


def test_pelatih_unit_lain_tidak_melihat_nama_di_luar_unitnya(client, dunia):
    s2 = dunia["s2"]
    _ganti_kunci(s2, benar_baru=PilihanJawaban.objects.get(pk=salah(s2)[0]))
    client.force_login(dunia["pelatih_b"])
    html = client.get(reverse("kuis_nilai_ulang", args=[dunia["kuis"].pk])).content.decode()
    assert "Budi Peserta" in html and "Ani Peserta" not in html
    assert "1 percobaan lain milik peserta di luar unit Anda" in html


def test_nilai_ulang_esai_menurut_rubrik_tersimpan(dunia):
    services.jawaban_nilai_esai(
        jawaban=dunia["jawaban_esai"], nilai_rubrik=[2, 1], komentar="", penilai=None
    )
    esai = dunia["esai"]
    esai.bobot = Decimal(6)
    esai.save()
    (u,) = nilai_ulang.pratinjau(soal=esai).perubahan
    assert (u.skor_baru, u.persen_baru) == (Decimal("6.00"), Decimal("100.00"))
    esai.rubrik = "2 | Satuan\n1 | Target\n1 | Sumber data"
    esai.save()
    hasil = nilai_ulang.pratinjau(soal=esai)
    assert hasil.esai_perlu_dinilai == 1


def test_lulus_setelah_nilai_ulang_menyelesaikan_kursus(dunia, buat_kursus):
    from kursus import services as layanan_kursus
    from kursus.models import Pendaftaran

    kursus = buat_kursus(1)
    kursus.post_test = dunia["kuis"]
    kursus.save()
    layanan_kursus.pendaftaran_buat(user=dunia["budi"], kursus=kursus)
    layanan_kursus.kemajuan_tandai_selesai(
        user=dunia["budi"], pelajaran=kursus.get_children().first().specific
    )
    assert Pendaftaran.objects.get(user=dunia["budi"]).selesai_pada is None
    s2 = dunia["s2"]
    _ganti_kunci(s2, benar_baru=PilihanJawaban.objects.get(pk=salah(s2)[0]))
    nilai_ulang.terapkan(sidik=nilai_ulang.pratinjau(soal=s2).sidik, oleh=None, soal=s2)
    pendaftaran = Pendaftaran.objects.get(user=dunia["budi"])
    assert pendaftaran.selesai_pada is not None and pendaftaran.sertifikat.kode


# --- essay queue ----------------------------------------------------------------------------


def test_antrean_esai_disaring_kuis_dan_unit_dengan_hitungan(client, dunia, buat_soal, buat_kuis):
    esai2 = buat_soal("esai")
    kuis2 = buat_kuis([esai2])
    _kerjakan(dunia["budi"], kuis2, {}, {esai2.pk: "Jawaban Budi."})
    client.force_login(dunia["pelatih"])
    url = reverse("kuis_penilaian")
    html = client.get(url).content.decode()
    assert "Ani Peserta" in html and "Budi Peserta" in html
    assert "2 esai ditampilkan dari 2" in html
    assert f"{dunia['unit_b'].nama} (1)" in html and f"{kuis2.judul} (1)" in html
    html = client.get(url, {"unit": dunia["unit_b"].pk}).content.decode()
    assert "Budi Peserta" in html and "Ani Peserta" not in html
    html = client.get(url, {"kuis": dunia["kuis_esai"].pk}).content.decode()
    assert "Ani Peserta" in html and "Budi Peserta" not in html
    # a unit filter includes the units below it; nonsense filters are ignored
    html = client.get(url, {"unit": dunia["unit_a"].induk_id}).content.decode()
    assert "2 esai ditampilkan" in html
    assert client.get(url, {"unit": "1 OR 1=1", "kuis": "x"}).status_code == 200
    # marking from the filtered queue returns to it
    kuis_esai = dunia["kuis_esai"].pk
    respons = client.post(
        reverse("kuis_nilai_esai", args=[dunia["jawaban_esai"].pk]) + f"?kuis={kuis_esai}",
        {"kriteria_0": "2", "kriteria_1": "1", "komentar": ""},
    )
    assert respons["Location"] == f"{url}?kuis={dunia['kuis_esai'].pk}"


def test_antrean_urut_yang_paling_lama_diserahkan(dunia, buat_soal, buat_kuis):
    from kursus.kuis.buku_nilai import antrean_esai

    esai2 = buat_soal("esai")
    lama = _kerjakan(dunia["budi"], buat_kuis([esai2]), {}, {esai2.pk: "Lama."})
    PercobaanKuis.objects.filter(pk=lama.pk).update(
        diserahkan_pada=timezone.now() - timedelta(days=3)
    )
    daftar = list(antrean_esai(pelatih=dunia["pelatih"]))
    assert [j.percobaan_id for j in daftar] == [lama.pk, dunia["menunggu"].pk]


def test_laporan_kuis_dan_ekspornya_menurut_lingkup_unit(client, dunia):
    url = reverse("kuis_laporan_kuis", args=[dunia["kuis"].pk])
    client.force_login(dunia["pelatih_b"])
    html = client.get(url).content.decode()
    assert "Budi Peserta" in html and "Ani Peserta" not in html
    teks = client.get(url, {"ekspor": "csv"}).content.decode()
    assert "budi.peserta" in teks and "ani.peserta" not in teks
    client.force_login(dunia["pelatih"])
    teks = client.get(url, {"ekspor": "csv"}).content.decode()
    assert "budi.peserta" in teks and "ani.peserta" in teks


def test_tombol_nilai_ulang_di_daftar_soal_dan_kuis(client, dunia):
    client.force_login(dunia["pelatih"])
    html = client.get(reverse("wagtailsnippets_kursus_soal:list")).content.decode()
    assert reverse("kuis_nilai_ulang_soal", args=[dunia["s1"].pk]) in html
    html = client.get(reverse("wagtailsnippets_kursus_kuis:list")).content.decode()
    assert reverse("kuis_nilai_ulang", args=[dunia["kuis"].pk]) in html
