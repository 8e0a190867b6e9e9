import pytest

from kursus.models import KursusIndexPage, KursusPage, PelajaranPage


@pytest.fixture
def beranda(db):
    from situs import demo

    return demo.muat_beranda()


@pytest.fixture
def indeks(beranda):
    halaman = KursusIndexPage(title="Kursus", slug="kursus")
    beranda.add_child(instance=halaman)
    return halaman


@pytest.fixture
def buat_kursus(indeks):
    """Factory: a live course with ``n`` live lessons."""

    def _buat(n: int = 3, *, urutan_wajib: bool = True, slug: str = "kursus-uji") -> KursusPage:
        kursus = KursusPage(
            title="Kursus uji",
            slug=slug,
            ringkasan="Ringkasan",
            durasi_jp=4,
            urutan_wajib=urutan_wajib,
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
        return kursus

    return _buat


def pelajaran_dari(kursus: KursusPage) -> list[PelajaranPage]:
    return list(PelajaranPage.objects.child_of(kursus).order_by("path"))
