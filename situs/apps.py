from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SitusConfig(AppConfig):
    name = "situs"
    verbose_name = _("Situs dan peran")

    def ready(self) -> None:
        from .notifikasi.penerima import sambungkan
        from .signals import sinkronkan_peran_setelah_migrate, tandai_bisa_sunting

        # After the last app's permissions exist: post_migrate fires once per app, the handler
        # is idempotent and cheap (a few dozen rows).
        post_migrate.connect(
            sinkronkan_peran_setelah_migrate, dispatch_uid="situs.sinkronkan_peran"
        )
        user_logged_in.connect(tandai_bisa_sunting, dispatch_uid="situs.tandai_bisa_sunting")

        from penilaian.peristiwa import akun_pegawai_dibuat

        from .aktivasi import kirim_aktivasi_akun_baru

        akun_pegawai_dibuat.connect(kirim_aktivasi_akun_baru, dispatch_uid="situs.aktivasi_akun")
        sambungkan()

        from .memori_pekerja import sambungkan as sambungkan_memori_pekerja

        sambungkan_memori_pekerja()
