from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SosialisasiConfig(AppConfig):
    name = "sosialisasi"
    verbose_name = _("Sosialisasi")
