from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SosialisasiConfig(AppConfig):
    name = "sosialisasi"
    verbose_name = _("Sosialisasi")

    def ready(self):
        from kursus.ekspor import daftarkan

        from .ekspor import JENIS_EKSPOR, berkas_kehadiran

        daftarkan(JENIS_EKSPOR, berkas_kehadiran)
