"""Quizzes have Wagtail's draft/publish with revisions: participants only ever get the live
(published) version, trainers may try a quiz that is not live, and an edit reaches participants
only once it is published."""

import importlib

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from kursus.kuis import demo as demo_kuis
from kursus.kuis import services
from kursus.kuis.models import Kuis, PercobaanKuis
from tests.kursus.conftest import pelajaran_dari

SEBELUM = [("kursus", "0004_versi_konten")]
SESUDAH = [("kursus", "0005_kuis_draf_revisi")]


def _data_kuis(judul: str, soal: list, id_soal_kuis: list | None = None, **aksi) -> dict:
    """The snippet form as the admin posts it (``aksi``: e.g. ``{"action-publish": ...}``)."""
    id_soal_kuis = id_soal_kuis or []
    data = {
        "judul": judul,
        "slug": "kuis-moderasi",
        "deskripsi": "",
        "nilai_lulus": "70",
        "batas_percobaan": "0",
        "metode_nilai": "tertinggi",
        "jawaban_di_akhir": "on",
        "simpan_lembar_jawaban": "on",
        "teks_berhasil": "",
        "teks_gagal": "",
        "soal_kuis-TOTAL_FORMS": str(len(soal)),
        "soal_kuis-INITIAL_FORMS": str(len(id_soal_kuis)),
        "soal_kuis-MIN_NUM_FORMS": "0",
        "soal_kuis-MAX_NUM_FORMS": "1000",
        "slot_acak-TOTAL_FORMS": "0",
        "slot_acak-INITIAL_FORMS": "0",
        "slot_acak-MIN_NUM_FORMS": "0",
        "slot_acak-MAX_NUM_FORMS": "1000",
    }
    for i, s in enumerate(soal):
        data |= {
            f"soal_kuis-{i}-soal": str(s.pk),
            f"soal_kuis-{i}-ORDER": str(i + 1),
            f"soal_kuis-{i}-DELETE": "",
            f"soal_kuis-{i}-id": str(id_soal_kuis[i]) if i < len(id_soal_kuis) else "",
        }
    return data | aksi


TERBITKAN = {"action-publish": "action-publish"}


@pytest.fixture
def penerbit(buat_pengguna):
    """A trainer who may also publish quizzes."""
    user = buat_pengguna("Pelatih Senior")
    user.user_permissions.add(Permission.objects.get(codename="publish_kuis"))
    return user


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_skema_terbaru_sesudahnya")
def test_migrasi_memetakan_draf_ke_live_dengan_revisi_awal_dan_dapat_dibalik():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(SEBELUM)
    lama = executor.loader.project_state(SEBELUM).apps
    kategori = lama.get_model("kursus", "KategoriSoal").objects.create(nama="Uji migrasi")
    soal = lama.get_model("kursus", "Soal").objects.create(
        kode="mig-1", kategori=kategori, jenis="benar_salah", teks="?", jawaban_benar_salah=True
    )
    KuisLama = lama.get_model("kursus", "Kuis")
    terbit = KuisLama.objects.create(judul="Terbit", slug="mig-terbit", draf=False)
    draf = KuisLama.objects.create(judul="Draf", slug="mig-draf", draf=True)
    lama.get_model("kursus", "SoalKuis").objects.create(kuis=terbit, soal=soal, sort_order=0)

    def _maju():
        executor = MigrationExecutor(connection)
        executor.migrate(SESUDAH)
        return executor.loader.project_state(SESUDAH).apps

    def _periksa(baru):
        Kuis_ = baru.get_model("kursus", "Kuis")
        Revision = baru.get_model("wagtailcore", "Revision")
        t, d = Kuis_.objects.get(pk=terbit.pk), Kuis_.objects.get(pk=draf.pk)
        assert (t.live, t.has_unpublished_changes) == (True, False)
        assert (d.live, d.has_unpublished_changes) == (False, True)
        assert t.live_revision_id == t.latest_revision_id and d.live_revision_id is None
        for k in (t, d):
            assert Revision.objects.filter(object_id=str(k.pk), base_content_type__model="kuis")
            assert Revision.objects.filter(base_content_type__model="kuis").count() == 2
        isi = Revision.objects.get(pk=t.latest_revision_id).content
        assert isi["judul"] == "Terbit" and [s["soal"] for s in isi["soal_kuis"]] == [soal.pk]
        assert "draf" not in isi

    _periksa(_maju())

    executor = MigrationExecutor(connection)
    executor.migrate(SEBELUM)
    kembali = executor.loader.project_state(SEBELUM).apps
    balik = dict(kembali.get_model("kursus", "Kuis").objects.values_list("slug", "draf"))
    assert balik == {"mig-terbit": False, "mig-draf": True}
    assert not kembali.get_model("wagtailcore", "Revision").objects.filter(
        base_content_type__model="kuis"
    )
    # forward again gives the same result (one initial revision each, not two)
    _periksa(_maju())


@pytest.fixture
def _skema_terbaru_sesudahnya():
    """After a test that migrates kursus back and forth, the schema goes back to the latest
    migration of every app: the next test in this process needs the columns added since
    (``kursus_soal.gambar_id`` and the rest), and the test database is not migrated again."""
    yield
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
def test_fungsi_migrasi_tidak_menambah_revisi_untuk_kuis_yang_sudah_punya(monkeypatch):
    """The RunPython step itself: a quiz that already has a revision keeps it (a second run adds
    none). Run on today's models, where ``draf`` is gone, through a stand-in for the column."""
    from django.apps import apps

    migrasi = importlib.import_module("kursus.migrations.0005_kuis_draf_revisi")
    kuis = Kuis.objects.create(judul="Sudah direvisi", slug="sudah-direvisi")
    revisi = kuis.save_revision()
    monkeypatch.setattr(Kuis, "draf", property(lambda self: not self.live), raising=False)
    # What RunPython hands over: the schema editor's connection and its execute().
    from types import SimpleNamespace

    from django.db import connection

    editor = SimpleNamespace(connection=connection, execute=connection.cursor().execute)
    migrasi.draf_ke_live(apps, editor)
    migrasi.draf_ke_live(apps, editor)
    kuis.refresh_from_db()
    assert kuis.revisions.count() == 1 and kuis.latest_revision_id == revisi.pk and kuis.live


@pytest.mark.django_db
def test_peserta_hanya_mendapat_kuis_live_pelatih_boleh_mencoba_draf(
    client, buat_pengguna, buat_soal, buat_kuis
):
    kuis = buat_kuis([buat_soal()], judul="Belum terbit", live=False)
    peserta, pelatih = buat_pengguna(), buat_pengguna("Pelatih")
    client.force_login(peserta)
    assert client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).status_code == 404
    assert "Belum terbit" not in client.get(reverse("kursus:kuis:daftar")).content.decode()
    client.force_login(pelatih)
    html = client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).content.decode()
    assert "Draf: hanya pelatih yang dapat mencoba." in html
    assert "Belum terbit" in client.get(reverse("kursus:kuis:daftar")).content.decode()
    assert services.percobaan_mulai(user=pelatih, kuis=kuis).pk


@pytest.mark.django_db
def test_tarik_terbit_menyembunyikan_kuis_dari_peserta(client, buat_pengguna, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal()], judul="Akan ditarik")
    client.force_login(buat_pengguna())
    url = reverse("kursus:kuis:detail", args=[kuis.slug])
    assert client.get(url).status_code == 200
    kuis.unpublish()
    assert client.get(url).status_code == 404
    assert client.post(reverse("kursus:kuis:mulai", args=[kuis.slug])).status_code == 404
    assert "Akan ditarik" not in client.get(reverse("kursus:kuis:daftar")).content.decode()


@pytest.mark.django_db
def test_alur_admin_buat_simpan_draf_terbitkan_tarik(client, penerbit, buat_pengguna, buat_soal):
    a, b = buat_soal("benar_salah"), buat_soal("benar_salah")
    peserta = buat_pengguna()
    client.force_login(penerbit)

    # create: saved as a draft, with its first revision
    respons = client.post(reverse("wagtailsnippets_kursus_kuis:add"), _data_kuis("Versi 1", [a]))
    assert respons.status_code == 302
    kuis = Kuis.objects.get(slug="kuis-moderasi")
    assert not kuis.live and kuis.revisions.count() == 1
    edit = reverse("wagtailsnippets_kursus_kuis:edit", args=[kuis.pk])
    id_a = kuis.soal_kuis.get().pk

    # publish: live, a new revision becomes the live one
    respons = client.post(edit, _data_kuis("Versi 1", [a], [id_a], **TERBITKAN))
    assert respons.status_code == 302
    kuis.refresh_from_db()
    assert kuis.live and kuis.revisions.count() == 2
    assert kuis.live_revision_id == kuis.latest_revision_id

    # a draft of the live quiz: new title and a second question, kept in a revision only
    respons = client.post(edit, _data_kuis("Versi 2", [a, b], [id_a]))
    assert respons.status_code == 302
    kuis.refresh_from_db()
    assert kuis.judul == "Versi 1" and kuis.has_unpublished_changes
    assert list(kuis.soal_kuis.values_list("soal_id", flat=True)) == [a.pk]
    assert kuis.get_latest_revision_as_object().judul == "Versi 2"
    assert (
        client.get(reverse("wagtailsnippets_kursus_kuis:history", args=[kuis.pk])).status_code
        == 200
    )
    client.force_login(peserta)
    html = client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).content.decode()
    assert "Versi 1" in html and "Versi 2" not in html
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    assert percobaan.urutan_soal == [a.pk]

    # publishing the draft brings it to participants
    client.force_login(penerbit)
    respons = client.post(edit, _data_kuis("Versi 2", [a, b], [id_a], **TERBITKAN))
    assert respons.status_code == 302
    kuis.refresh_from_db()
    assert kuis.judul == "Versi 2" and not kuis.has_unpublished_changes
    assert kuis.soal_kuis.count() == 2 and kuis.revisions.count() == 4
    client.force_login(peserta)
    assert "Versi 2" in client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).content.decode()

    # unpublish in the admin: gone for participants
    client.force_login(penerbit)
    tarik = reverse("wagtailsnippets_kursus_kuis:unpublish", args=[kuis.pk])
    assert client.post(tarik).status_code == 302
    kuis.refresh_from_db()
    assert not kuis.live
    client.force_login(peserta)
    assert client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).status_code == 404
    assert not PercobaanKuis.objects.filter(kuis=kuis, user=peserta).exclude(pk=percobaan.pk)


@pytest.mark.django_db
def test_pelatih_tanpa_izin_terbit_hanya_menyimpan_draf(client, buat_pengguna, buat_soal):
    a = buat_soal("benar_salah")
    client.force_login(buat_pengguna("Pelatih"))
    client.post(reverse("wagtailsnippets_kursus_kuis:add"), _data_kuis("Usulan", [a], **TERBITKAN))
    kuis = Kuis.objects.get(slug="kuis-moderasi")
    assert not kuis.live and kuis.live_revision_id is None


@pytest.mark.django_db
def test_judul_kuis_baru_tampil_di_pelajaran_hanya_setelah_terbit(
    client, buat_kursus, buat_pengguna, django_capture_on_commit_callbacks
):
    from kursus import services as services_kursus

    kursus = buat_kursus(2, urutan_wajib=False)
    peserta = buat_pengguna()
    services_kursus.pendaftaran_buat(user=peserta, kursus=kursus)
    client.force_login(peserta)
    kuis = Kuis.objects.create(judul="Judul terbit", slug="kuis-pelajaran")
    pertama = pelajaran_dari(kursus)[0]
    with django_capture_on_commit_callbacks(execute=True):
        pertama.body = [{"type": "kuis", "value": {"kuis": kuis.pk, "pengantar": "Uji"}}]
        pertama.save_revision().publish()
    assert "Judul terbit" in client.get(pertama.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        kuis.judul = "Judul draf"
        kuis.save_revision()
    html = client.get(pertama.url).content.decode()
    assert "Judul terbit" in html and "Judul draf" not in html

    with django_capture_on_commit_callbacks(execute=True):
        Kuis.objects.get(pk=kuis.pk).latest_revision.publish()
    html = client.get(pertama.url).content.decode()
    assert "Judul draf" in html and "Judul terbit" not in html

    with django_capture_on_commit_callbacks(execute=True):
        Kuis.objects.get(pk=kuis.pk).unpublish()
    html = client.get(pertama.url).content.decode()
    assert "Judul draf" not in html and "Kuis ini belum terbit." in html


@pytest.mark.django_db
def test_muat_demo_kuis_dua_kali_satu_revisi_terbit_per_kuis():
    demo_kuis.muat()
    demo_kuis.muat()
    semua = list(Kuis.objects.all())
    assert semua and all(k.live and k.revisions.count() == 1 for k in semua)
    assert all(k.live_revision_id == k.latest_revision_id for k in semua)


@pytest.fixture
def alur(indeks):
    from kursus.demo import pastikan_moderasi

    return pastikan_moderasi(indeks=indeks)


AJUKAN = {"action-submit": "action-submit"}


def _setujui(client, kuis):
    """Approve the quiz's current workflow task in the admin, as the logged-in user."""
    tugas = kuis.current_workflow_state.current_task_state
    url = reverse(
        "wagtailsnippets_kursus_kuis:workflow_action", args=[kuis.pk, "approve", tugas.pk]
    )
    return client.post(url, {"comment": ""})


def test_pelatih_mengajukan_kuis_baru_pelatih_senior_menyetujui(
    client, alur, buat_pengguna, buat_soal
):
    a = buat_soal("benar_salah")
    pelatih = buat_pengguna("Pelatih")
    peserta = Client()  # its own session: the admin's messages stay with the trainer
    peserta.force_login(buat_pengguna())
    client.force_login(pelatih)
    respons = client.post(
        reverse("wagtailsnippets_kursus_kuis:add"), _data_kuis("Usulan", [a], **AJUKAN)
    )
    assert respons.status_code == 302
    kuis = Kuis.objects.get(slug="kuis-moderasi")
    state = kuis.current_workflow_state
    assert not kuis.live
    assert state.workflow == alur and state.requested_by == pelatih
    assert peserta.get(reverse("kursus:kuis:detail", args=[kuis.slug])).status_code == 404

    client.force_login(buat_pengguna("Pelatih", "Pelatih Senior"))
    assert _setujui(client, kuis).status_code == 302
    kuis.refresh_from_db()
    assert kuis.live and kuis.current_workflow_state is None
    assert peserta.get(reverse("kursus:kuis:detail", args=[kuis.slug])).status_code == 200


def test_perubahan_pelatih_pada_kuis_live_menunggu_persetujuan(
    client, alur, buat_pengguna, buat_soal, buat_kuis
):
    a, b = buat_soal("benar_salah"), buat_soal("benar_salah")
    kuis = buat_kuis([a], judul="Versi terbit", slug="kuis-moderasi")
    peserta = Client()  # its own session: the admin's messages stay with the trainer
    peserta.force_login(buat_pengguna())
    client.force_login(buat_pengguna("Pelatih"))
    edit = reverse("wagtailsnippets_kursus_kuis:edit", args=[kuis.pk])
    id_a = kuis.soal_kuis.get().pk
    respons = client.post(edit, _data_kuis("Versi usulan", [a, b], [id_a], **AJUKAN))
    assert respons.status_code == 302
    kuis.refresh_from_db()
    assert kuis.live and kuis.judul == "Versi terbit" and kuis.soal_kuis.count() == 1
    html = peserta.get(reverse("kursus:kuis:detail", args=[kuis.slug])).content.decode()
    assert "Versi terbit" in html and "Versi usulan" not in html

    client.force_login(buat_pengguna("Pelatih", "Pelatih Senior"))
    assert _setujui(client, kuis).status_code == 302
    kuis.refresh_from_db()
    assert kuis.judul == "Versi usulan" and kuis.soal_kuis.count() == 2


def test_hanya_pelatih_senior_boleh_menerbitkan_kuis_dalam_alur(alur, buat_pengguna):
    assert buat_pengguna("Pelatih", "Pelatih Senior").has_perm("kursus.publish_kuis")
    assert not buat_pengguna("Pelatih").has_perm("kursus.publish_kuis")


def test_pemegang_izin_terbit_menerbitkan_langsung_walau_ada_alur(
    client, alur, penerbit, buat_soal
):
    client.force_login(penerbit)
    data = _data_kuis("Langsung", [buat_soal("benar_salah")], **TERBITKAN)
    assert client.post(reverse("wagtailsnippets_kursus_kuis:add"), data).status_code == 302
    kuis = Kuis.objects.get(slug="kuis-moderasi")
    assert kuis.live and kuis.current_workflow_state is None
