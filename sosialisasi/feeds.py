"""RSS and Atom feeds of the announcements (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .selectors import berita_terbaru

JUMLAH_FEED = 20


class FeedBerita(Feed):
    title = _("Berita dan pengumuman · Kinerja ASN Cipocok Jaya")
    description = _(
        "Berita dan pengumuman sosialisasi penilaian kinerja ASN Kecamatan Cipocok Jaya."
    )
    language = "id"

    def link(self):
        from django.urls import reverse

        return reverse("sosialisasi:indeks")

    def items(self):
        return berita_terbaru(jumlah=JUMLAH_FEED)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.ringkasan

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [t.name for t in item.tags.all()]


class FeedBeritaAtom(FeedBerita):
    feed_type = Atom1Feed
    subtitle = FeedBerita.description
