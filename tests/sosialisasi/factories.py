"""Builders shared by the socialisation tests (fixtures, the matrix, the PostgreSQL test)."""

from datetime import timedelta

from django.utils import timezone

from sosialisasi.models import AcaraPage


def acara_di(indeks, slug="acara-uji", *, kapasitas=2, mulai_dalam=timedelta(days=3), **kw):
    """A live event under ``indeks`` starting ``mulai_dalam`` from now, lasting two hours."""
    mulai = timezone.now() + mulai_dalam
    nilai = {
        "title": f"Acara {slug}",
        "slug": slug,
        "jenis": "sosialisasi",
        "ringkasan": "Ringkasan acara",
        "mulai": mulai,
        "selesai": mulai + timedelta(hours=2),
        "tempat": "kantor_kecamatan",
        "kapasitas": kapasitas,
    }
    nilai.update(kw)
    return indeks.add_child(instance=AcaraPage(**nilai))
