"""Appraisal events → who is told what, with which link; preferences; nothing in the request."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from penilaian import services
from penilaian.models import SKP
from situs.models import JenisNotifikasi, Notifikasi, PreferensiNotifikasi, SurelKeluar
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def h():
    h = pabrik.hierarki()
    for p in (h.camat, h.lurah, h.staf, h.staf_lain):
        p.user.email = f"{p.user.username}@example.go.id"
        p.user.save(update_fields=["email"])
    return h


@pytest.fixture
def setelah_commit(django_capture_on_commit_callbacks):
    """Run the on-commit callbacks (the signals, then the tasks) as a committed request would."""

    def _jalankan(fungsi, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fungsi(*args, **kwargs)

    return _jalankan


def _satu(user) -> Notifikasi:
    return Notifikasi.objects.get(penerima=user)


def test_skp_diajukan_memberi_tahu_penilai_dengan_tautan_ke_skp(h, setelah_commit):
    skp = pabrik.skp_lengkap(h.staf)
    setelah_commit(services.skp_ajukan, oleh=h.staf.user, skp=skp, versi=skp.versi)
    n = _satu(h.lurah.user)
    assert n.jenis == JenisNotifikasi.SKP_DIAJUKAN
    assert n.tautan == reverse("penilaian:skp_detail", args=[skp.pk])
    assert "Staf Uji" in n.judul and h.staf.nip in n.isi
    assert n.dibaca_pada is None
    # Nobody else is told; the appraiser also gets an email (it asks for action) by default.
    assert Notifikasi.objects.count() == 1
    assert [m.to for m in mail.outbox] == [["lurah.uji@example.go.id"]]
    assert f"http://testserver/penilaian/skp/{skp.pk}/" in mail.outbox[0].body
    assert SurelKeluar.objects.get().jenis == "notifikasi:skp_diajukan"


def test_skp_dikembalikan_memberi_tahu_pegawai_dengan_catatan(h, setelah_commit):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    setelah_commit(
        services.skp_kembalikan,
        oleh=h.lurah.user,
        skp=skp,
        versi=skp.versi,
        catatan="Target <b>belum</b> terukur",
    )
    n = _satu(h.staf.user)
    assert n.jenis == JenisNotifikasi.SKP_DIKEMBALIKAN
    assert "Target <b>belum</b> terukur" in n.isi  # stored as text, escaped where shown
    assert n.tautan == reverse("penilaian:skp_detail", args=[skp.pk])
    assert "<b>belum</b>" not in mail.outbox[0].alternatives[0][0]
    assert "&lt;b&gt;belum&lt;/b&gt;" in mail.outbox[0].alternatives[0][0]


def test_skp_disetujui_memberi_tahu_pegawai_tanpa_surel_bawaan(h, setelah_commit):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    setelah_commit(services.skp_setujui, oleh=h.lurah.user, skp=skp, versi=skp.versi)
    n = _satu(h.staf.user)
    assert n.jenis == JenisNotifikasi.SKP_DISETUJUI
    assert n.tautan == reverse("penilaian:skp_detail", args=[skp.pk])
    assert mail.outbox == []


def test_umpan_balik_memberi_tahu_pegawai(h, setelah_commit):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI)
    setelah_commit(
        services.umpan_balik_beri,
        oleh=h.lurah.user,
        rhk=skp.rhk.get(),
        periode_evaluasi="tw1",
        teks="Laporan Januari terlambat",
    )
    n = _satu(h.staf.user)
    assert n.jenis == JenisNotifikasi.UMPAN_BALIK
    assert "Laporan Januari terlambat" in n.isi
    assert n.tautan == reverse("penilaian:skp_detail", args=[skp.pk])


def test_evaluasi_difinalkan_memberi_tahu_pegawai_dengan_tautan_ke_evaluasi(h, setelah_commit):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    evaluasi = services.evaluasi_simpan(
        oleh=h.lurah.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    setelah_commit(
        services.evaluasi_finalkan, oleh=h.lurah.user, evaluasi=evaluasi, versi=evaluasi.versi
    )
    n = _satu(h.staf.user)
    assert n.jenis == JenisNotifikasi.EVALUASI_FINAL
    assert n.tautan == reverse("penilaian:evaluasi", args=[skp.pk]) + "?periode_evaluasi=tahunan"


def test_peristiwa_tidak_terkirim_bila_transaksi_dibatalkan(h, django_capture_on_commit_callbacks):
    skp = pabrik.skp_lengkap(h.staf)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.skp_ajukan(oleh=h.staf.user, skp=skp, versi=skp.versi)
    # Sent only on commit: before it, nothing; the callback is what would run after it.
    assert Notifikasi.objects.count() == 0
    assert len(callbacks) == 1


def test_penerima_hanya_mengantre_tugas_tidak_menulis_baris(h, settings, setelah_commit):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    skp = pabrik.skp_lengkap(h.staf)
    setelah_commit(services.skp_ajukan, oleh=h.staf.user, skp=skp, versi=skp.versi)
    assert Notifikasi.objects.count() == 0
    assert SurelKeluar.objects.count() == 0
    # Only the event task (Wagtail queues tasks of its own, e.g. for the search index).
    kami = [r for r in default_task_backend.results if r.task.module_path.startswith("situs.")]
    assert [(r.task.name, r.args) for r in kami] == [
        ("proses_peristiwa", ["skp_diajukan", {"skp": skp.pk}])
    ]


def test_preferensi_mematikan_kotak_masuk_dan_menyalakan_surel(h, setelah_commit):
    PreferensiNotifikasi.objects.create(
        user=h.staf.user, jenis=JenisNotifikasi.SKP_DISETUJUI, di_aplikasi=False, surel=True
    )
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    setelah_commit(services.skp_setujui, oleh=h.lurah.user, skp=skp, versi=skp.versi)
    assert not Notifikasi.objects.filter(penerima=h.staf.user).exists()
    assert [m.to for m in mail.outbox] == [["staf.uji@example.go.id"]]


def test_preferensi_mematikan_surel_yang_bawaannya_menyala(h, setelah_commit):
    PreferensiNotifikasi.objects.create(
        user=h.lurah.user, jenis=JenisNotifikasi.SKP_DIAJUKAN, di_aplikasi=True, surel=False
    )
    skp = pabrik.skp_lengkap(h.staf)
    setelah_commit(services.skp_ajukan, oleh=h.staf.user, skp=skp, versi=skp.versi)
    assert _satu(h.lurah.user).jenis == JenisNotifikasi.SKP_DIAJUKAN
    assert mail.outbox == []


def test_pegawai_tanpa_akun_tidak_menerima_apa_pun(setelah_commit):
    atasan = pabrik.pegawai("Atasan Tanpa Akun", akun=False)
    staf = pabrik.pegawai("Staf Berakun", atasan=atasan)
    skp = pabrik.skp_lengkap(staf)
    setelah_commit(services.skp_ajukan, oleh=staf.user, skp=skp, versi=skp.versi)
    assert Notifikasi.objects.count() == 0
