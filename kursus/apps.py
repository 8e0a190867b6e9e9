from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KursusConfig(AppConfig):
    name = "kursus"
    verbose_name = _("Kursus dan kuis")

    def ready(self):
        from . import laporan_unit  # noqa: F401 (registers its background export)
        from .kuis import laporan  # noqa: F401 (registers its background export)
        from .signals import hubungkan

        hubungkan()
