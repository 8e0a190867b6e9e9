"""The inbox: who sees what, reading, the header's count, preferences, and the batched fan-out."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from situs import notifikasi
from situs.models import JenisNotifikasi, Notifikasi, PreferensiNotifikasi, SurelKeluar

pytestmark = pytest.mark.django_db


def _notif(user, **kwargs) -> Notifikasi:
    data = {"jenis": JenisNotifikasi.SKP_DISETUJUI, "judul": "SKP Anda disetujui"}
    data.update(kwargs)
    return Notifikasi.objects.create(penerima=user, **data)


@pytest.fixture
def pemilik(buat_pengguna):
    return buat_pengguna("Pegawai")


@pytest.fixture
def lain(buat_pengguna):
    return buat_pengguna("Pegawai")


@pytest.mark.parametrize(
    "nama", ["notifikasi:daftar", "notifikasi:pengaturan", "notifikasi:tandai_semua"]
)
def test_anonim_diarahkan_ke_halaman_masuk(client, nama):
    respons = client.post(reverse(nama)) if "tandai" in nama else client.get(reverse(nama))
    assert respons.status_code == 302
    assert respons["Location"].startswith(reverse("login"))


def test_anonim_tidak_dapat_membuka_notifikasi(client, pemilik):
    n = _notif(pemilik, tautan="/penilaian/")
    respons = client.get(reverse("notifikasi:buka", args=[n.pk]))
    assert respons.status_code == 302 and respons["Location"].startswith(reverse("login"))
    n.refresh_from_db()
    assert n.dibaca_pada is None


def test_hanya_penerima_yang_dapat_membuka_notifikasi(client, pemilik, lain):
    n = _notif(pemilik, tautan="/penilaian/")
    client.force_login(lain)
    assert client.get(reverse("notifikasi:buka", args=[n.pk])).status_code == 404
    n.refresh_from_db()
    assert n.dibaca_pada is None
    assert "SKP Anda disetujui" not in client.get(reverse("notifikasi:daftar")).text


def test_membuka_menandai_dibaca_dan_menuju_tautan(client, pemilik):
    n = _notif(pemilik, tautan="/penilaian/skp/7/")
    client.force_login(pemilik)
    respons = client.get(reverse("notifikasi:buka", args=[n.pk]))
    assert (respons.status_code, respons["Location"]) == (302, "/penilaian/skp/7/")
    n.refresh_from_db()
    assert n.dibaca_pada is not None


@pytest.mark.parametrize(
    "tautan", ["https://jahat.example/", "//jahat.example/", "/\\jahat.example", "javascript:x"]
)
def test_tautan_ke_situs_lain_tidak_diikuti(client, pemilik, tautan):
    n = _notif(pemilik, tautan=tautan)
    client.force_login(pemilik)
    respons = client.get(reverse("notifikasi:buka", args=[n.pk]))
    assert respons["Location"] == reverse("notifikasi:daftar")


def test_siarkan_membuang_tautan_ke_situs_lain(pemilik):
    notifikasi.siarkan(
        jenis=JenisNotifikasi.PENGUMUMAN, penerima=[pemilik.pk], judul="J", tautan="//x.example/"
    )
    assert Notifikasi.objects.get().tautan == ""


def test_daftar_belum_dibaca_di_atas_dan_teks_di_escape(client, pemilik):
    from django.utils import timezone

    lama = _notif(pemilik, judul="Lama belum dibaca")
    _notif(pemilik, judul="Baru sudah dibaca", dibaca_pada=timezone.now())
    _notif(pemilik, judul="<script>alert(1)</script>")
    client.force_login(pemilik)
    html = client.get(reverse("notifikasi:daftar")).text
    assert html.index("alert(1)") < html.index("Lama belum dibaca") < html.index("Baru sudah")
    assert "<script>alert(1)</script>" not in html
    assert reverse("notifikasi:buka", args=[lama.pk]) in html


def test_paginasi_dua_puluh_per_halaman(client, pemilik):
    Notifikasi.objects.bulk_create(
        Notifikasi(penerima=pemilik, jenis="pengumuman", judul=f"Pengumuman {i:02d}")
        for i in range(25)
    )
    client.force_login(pemilik)
    halaman_dua = client.get(reverse("notifikasi:daftar") + "?halaman=2")
    assert halaman_dua.context["halaman"].object_list.__len__() == 5
    assert 'aria-label="Halaman notifikasi"' in halaman_dua.text


def test_tandai_semua_dibaca_hanya_milik_sendiri(client, pemilik, lain):
    _notif(pemilik)
    _notif(pemilik)
    milik_lain = _notif(lain)
    client.force_login(pemilik)
    respons = client.post(reverse("notifikasi:tandai_semua"), follow=True)
    assert "2 notifikasi ditandai sudah dibaca." in respons.text
    assert not Notifikasi.objects.filter(penerima=pemilik, dibaca_pada__isnull=True).exists()
    milik_lain.refresh_from_db()
    assert milik_lain.dibaca_pada is None


def test_jumlah_belum_dibaca_di_kepala_dengan_teks_tersembunyi(client, pemilik):
    for _ in range(3):
        _notif(pemilik)
    client.force_login(pemilik)
    html = client.get(reverse("situs:aksesibilitas")).text
    assert '<span class="lencana">3<span class="tersembunyi"> belum dibaca</span></span>' in html


def _kueri_notifikasi(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as kueri:
        html = client.get(url).text
    return html, [q["sql"] for q in kueri.captured_queries if "situs_notifikasi" in q["sql"]]


def test_jumlah_di_kepala_satu_kueri_lalu_dari_cache_dan_diperbarui(
    client, pemilik, django_capture_on_commit_callbacks
):
    _notif(pemilik)
    client.force_login(pemilik)
    url = reverse("situs:aksesibilitas")
    _html, hitung = _kueri_notifikasi(client, url)
    assert len(hitung) == 1 and "COUNT" in hitung[0]
    html, hitung = _kueri_notifikasi(client, url)
    assert hitung == [] and '<span class="lencana">1<' in html
    # A new notification (the batch task) and reading one both clear the cached count.
    with django_capture_on_commit_callbacks(execute=True):
        notifikasi.siarkan(jenis=JenisNotifikasi.PENGUMUMAN, penerima=[pemilik.pk], judul="Baru")
    assert '<span class="lencana">2<' in client.get(url).text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("notifikasi:tandai_semua"))
    assert "lencana" not in client.get(url).text


def test_tidak_ada_jumlah_untuk_anonim(client, pemilik):
    _notif(pemilik)
    html, hitung = _kueri_notifikasi(client, reverse("situs:aksesibilitas"))
    assert hitung == [] and "lencana" not in html


def test_pengaturan_menampilkan_bawaan_lalu_menyimpan_pilihan(client, pemilik):
    client.force_login(pemilik)
    form = client.get(reverse("notifikasi:pengaturan")).context["form"]
    assert form["surel_skp_diajukan"].value() is True
    assert form["surel_skp_disetujui"].value() is False
    assert form["aplikasi_umpan_balik"].value() is True
    data = {f"aplikasi_{j}": "on" for j in JenisNotifikasi.values if j != "umpan_balik"}
    data["surel_sertifikat_terbit"] = "on"
    respons = client.post(reverse("notifikasi:pengaturan"), data, follow=True)
    assert "Pengaturan notifikasi disimpan." in respons.text
    tersimpan = {
        p.jenis: (p.di_aplikasi, p.surel) for p in PreferensiNotifikasi.objects.filter(user=pemilik)
    }
    assert tersimpan["umpan_balik"] == (False, False)
    assert tersimpan["sertifikat_terbit"] == (True, True)
    assert tersimpan["skp_diajukan"] == (True, False)


def test_siarkan_dipecah_per_batch_satu_tugas_per_batch(settings, buat_pengguna, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    monkeypatch.setattr(notifikasi, "UKURAN_BATCH", 2)
    penerima = [buat_pengguna().pk for _ in range(5)]
    jumlah = notifikasi.siarkan(
        jenis=JenisNotifikasi.PENGUMUMAN, penerima=penerima, judul="Rapat", tautan="/"
    )
    assert jumlah == 3
    batch = [r.args[1] for r in default_task_backend.results if r.task.name == "buat_notifikasi"]
    assert batch == [penerima[0:2], penerima[2:4], penerima[4:5]]
    assert Notifikasi.objects.count() == 0  # the tasks write, not the caller
    # The dummy backend can defer, as the database queue: the batches are spread out.
    jadwal = [
        r.task.run_after for r in default_task_backend.results if r.task.name == "buat_notifikasi"
    ]
    assert jadwal[0] is None
    assert jadwal[2] - jadwal[1] == notifikasi.JEDA_BATCH
    assert jadwal[1] - timezone.now() <= notifikasi.JEDA_BATCH


def test_batch_menulis_baris_kotak_masuk_lengkap(buat_pengguna):
    penerima = [buat_pengguna() for _ in range(3)]
    sebelum = timezone.now()
    notifikasi.siarkan(
        jenis=JenisNotifikasi.PENGUMUMAN,
        penerima=[u.pk for u in penerima],
        judul="Sosialisasi <SKP> 2027",
        isi="Senin 09.00 WIB; bawa 'laptop'.",
        tautan="/sosialisasi/",
    )
    baris = list(Notifikasi.objects.order_by("penerima_id"))
    assert [n.penerima_id for n in baris] == sorted(u.pk for u in penerima)
    for n in baris:
        assert (n.jenis, n.judul, n.isi, n.tautan, n.dibaca_pada) == (
            JenisNotifikasi.PENGUMUMAN,
            "Sosialisasi <SKP> 2027",
            "Senin 09.00 WIB; bawa 'laptop'.",
            "/sosialisasi/",
            None,
        )
        assert sebelum <= n.dibuat_pada <= timezone.now()


def test_batch_melewati_akun_nonaktif_dan_tanpa_surel(buat_pengguna):
    aktif = buat_pengguna(email="a@example.go.id")
    nonaktif = buat_pengguna(email="b@example.go.id", is_active=False)
    tanpa_surel = buat_pengguna(email="")
    notifikasi.siarkan(
        jenis=JenisNotifikasi.PENGINGAT_SKP,
        penerima=[aktif.pk, nonaktif.pk, tanpa_surel.pk, 999_999],
        judul="Pengingat",
    )
    assert sorted(Notifikasi.objects.values_list("penerima_id", flat=True)) == sorted(
        [aktif.pk, tanpa_surel.pk]
    )
    assert list(SurelKeluar.objects.values_list("kepada", flat=True)) == ["a@example.go.id"]
