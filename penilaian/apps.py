from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PenilaianConfig(AppConfig):
    name = "penilaian"
    verbose_name = _("Penilaian kinerja")

    def ready(self) -> None:
        from .ekspor import amankan_ekspor_wagtail
        from .isian import daftarkan_di_admin
        from .pdf_aman import tutup_akses_berkas

        daftarkan_di_admin()
        tutup_akses_berkas()
        amankan_ekspor_wagtail()
