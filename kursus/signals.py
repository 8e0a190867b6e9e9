"""Raise ``VersiKonten`` after every change to what course and lesson pages show to everyone
(see ``kursus.kerangka``): the cached page parts are keyed by that number, so they are built
again on the next request in every process.

The number goes up after the change commits (``transaction.on_commit``): a request that reads
the old number meanwhile may build from the new content and store it under the old key, which
nobody reads once the number has moved. A request never sees the new number with old content.
"""

from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import post_page_move


def naikkan_versi_konten() -> None:
    """Raise the content version once the current transaction commits (at once outside one)."""
    transaction.on_commit(_naikkan)


def _naikkan() -> None:
    from .models import VersiKonten

    if not VersiKonten.objects.filter(pk=1).update(nomor=F("nomor") + 1):
        VersiKonten.objects.get_or_create(pk=1, defaults={"nomor": 1})


def _setelah_perubahan(sender, **kwargs) -> None:
    naikkan_versi_konten()


def _setelah_simpan_atau_hapus(sender, instance, **kwargs) -> None:
    # post_save and post_delete fire for every model; only pages count here (the snippets
    # below have their own receivers). Every page save counts, drafts included: publishing,
    # unpublishing and pages added in code (``add_child``, imports, the demo) all save the
    # page, and a spare rebuild costs less than a missed one.
    if isinstance(instance, Page):
        naikkan_versi_konten()


def hubungkan() -> None:
    """Called from ``KursusConfig.ready``."""
    from penilaian.models import Kebijakan, Periode
    from simulasi.models import KasusSimulasi

    from .kuis.models import Kuis

    # A move rewrites the url_path of the whole subtree with a bulk update (no post_save).
    post_page_move.connect(_setelah_perubahan, dispatch_uid="kursus-versi-pindah")
    post_save.connect(_setelah_simpan_atau_hapus, dispatch_uid="kursus-versi-simpan-halaman")
    post_delete.connect(_setelah_simpan_atau_hapus, dispatch_uid="kursus-versi-hapus-halaman")
    # Kebijakan and Periode: lessons' worked examples are scored under the active kebijakan.
    for model in (Kuis, KasusSimulasi, Site, get_image_model(), Kebijakan, Periode):
        for sinyal in (post_save, post_delete):
            sinyal.connect(
                _setelah_perubahan,
                sender=model,
                dispatch_uid=f"kursus-versi-{sinyal is post_save}-{model._meta.label}",
            )
