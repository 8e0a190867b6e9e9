"""Page factories for courses and lessons (wagtail-factories), with StreamField content."""

import factory
import wagtail_factories

from kursus.models import KursusPage, PelajaranPage


class KursusPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kursus {n}")
    slug = factory.Sequence(lambda n: f"kursus-{n}")
    ringkasan = "Ringkasan kursus"
    durasi_jp = 2

    class Meta:
        model = KursusPage


class PelajaranPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pelajaran {n}")
    slug = factory.Sequence(lambda n: f"pelajaran-{n}")
    body = factory.LazyAttribute(lambda o: [{"type": "teks", "value": f"<p>{o.title}</p>"}])

    class Meta:
        model = PelajaranPage
