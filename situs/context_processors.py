import functools

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from .notifikasi.layanan import jumlah_belum_dibaca

#: The main navigation: (label, URL name). A section whose URL is not installed is left out.
MENU = (
    (_("Kursus"), "kursus:indeks"),
    (_("Simulator"), "simulasi:daftar"),
    (_("Sosialisasi"), "sosialisasi:indeks"),
    (_("Penilaian Kinerja"), "penilaian:dasbor"),
    (_("Transparansi"), "penilaian:transparansi"),
)


def _menu() -> list[dict]:
    items = []
    for label, name in MENU:
        try:
            items.append({"label": label, "url": reverse(name)})
        except NoReverseMatch:
            continue
    return items


def navigasi(request) -> dict:
    """The main navigation, with the current section marked for aria-current."""
    items = _menu()
    path = request.path
    for item in items:
        item["aktif"] = path.startswith(item["url"]) and item["url"] != "/"
    return {"menu_utama": items}


def notifikasi(request) -> dict:
    """``jumlah_notifikasi``: the logged-in user's unread count, read only when a template
    reads it, at most once per response (from the cache; see ``jumlah_belum_dibaca``)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    @functools.cache
    def jumlah() -> int:
        return jumlah_belum_dibaca(user)

    return {"jumlah_notifikasi": jumlah}
