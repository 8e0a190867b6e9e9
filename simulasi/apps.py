from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SimulasiConfig(AppConfig):
    name = "simulasi"
    verbose_name = _("Simulator indikator")
