"""Builders of data at two sizes (1× and 10×) for the query-count tests, and the PostgreSQL
helpers of the EXPLAIN and backup/restore tests."""

import pytest


@pytest.fixture
def jalankan_db_worker():
    """``jalankan()``: run ``manage.py db_worker --batch`` in this process until the queue is
    empty. The worker installs its own signal handlers; pytest gets its own back afterwards."""
    import signal

    from django.core.management import call_command

    def jalankan() -> None:
        lama = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
        try:
            call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)
        finally:
            for s, penangan in lama.items():
                signal.signal(s, penangan)

    return jalankan


@pytest.fixture
def ukur_kueri(django_assert_max_num_queries):
    """``ukur(client, url, batas)``: SQL queries of one GET of ``url``, failing above ``batas``.
    A first GET warms the per-process caches (Wagtail's site root paths), as on any running
    server; the answer must be 200."""

    def ukur(client, url: str, batas: int) -> int:
        client.get(url)
        with django_assert_max_num_queries(batas) as kueri:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return len(kueri)

    return ukur


@pytest.fixture
def beranda(db):
    from situs import demo

    return demo.muat_beranda()


@pytest.fixture
def periode(db):
    from penilaian import demo

    return demo.muat_kebijakan_dan_periode()


@pytest.fixture
def buat_kursus(beranda):
    """Factory: a live course with ``n`` lessons and ``peserta_lain`` other participants who
    enrolled and finished the first lesson."""
    from django.contrib.auth import get_user_model

    from kursus import services
    from kursus.models import KursusIndexPage, KursusPage, PelajaranPage

    indeks = KursusIndexPage(title="Kursus", slug="kursus")
    beranda.add_child(instance=indeks)
    User = get_user_model()

    def _buat(n: int, *, peserta_lain: int, slug: str) -> KursusPage:
        kursus = KursusPage(
            title=f"Kursus {slug}", slug=slug, ringkasan="Ringkasan", durasi_jp=4, urutan_wajib=True
        )
        indeks.add_child(instance=kursus)
        for i in range(1, n + 1):
            kursus.add_child(
                instance=PelajaranPage(
                    title=f"Pelajaran {i}",
                    slug=f"pelajaran-{i}",
                    body=[{"type": "teks", "value": f"<p>Isi pelajaran {i}</p>"}],
                )
            )
        pertama = PelajaranPage.objects.child_of(kursus).order_by("path").first()
        for i in range(peserta_lain):
            lain = User.objects.create_user(f"{slug}-lain-{i}")
            services.pendaftaran_buat(user=lain, kursus=kursus)
            services.kemajuan_tandai_selesai(user=lain, pelajaran=pertama)
        return kursus

    return _buat
