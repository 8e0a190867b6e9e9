"""What runs on a clock, in one command for the systemd timer or cron (docs/operasi.md):

1. Wagtail's scheduled publishing and expiry (its ``publish_scheduled`` command);
2. closing quiz attempts whose time is up (``kursus.kuis.services.tutup_kedaluwarsa``);
3. reminders: SKP not submitted near the period's end (``situs.notifikasi.pengingat``);
4. reminders: course due dates 7 days and 1 day away (``kursus.services.kirim_pengingat_tenggat``);
5. retrying failed emails whose back-off has passed (``situs.surel.kirim_ulang_gagal``);
6. deleting prepared exports past their keeping time (``kursus.ekspor.hapus_ekspor_kedaluwarsa``).

Every step is idempotent (a second run finds nothing to do) and reports what it did; a failing
step is reported and the others still run (the exit status is then 1). Runs never overlap: the
command holds an exclusive lock on ``VAR_DIR/jalankan_jadwal.lock`` and a run that finds it
taken says so and exits.
"""

from __future__ import annotations

import fcntl
import io
import logging
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.models import Revision

from kursus.ekspor import hapus_ekspor_kedaluwarsa
from kursus.kuis.services import tutup_kedaluwarsa
from kursus.services import kirim_pengingat_tenggat
from situs.notifikasi.pengingat import kirim_pengingat_skp
from situs.surel import kirim_ulang_gagal

log = logging.getLogger(__name__)


def terbitkan_terjadwal() -> int:
    """Wagtail's scheduled publishing; returns the revisions it published."""
    menunggu = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
    sebelum = menunggu.count()
    call_command("publish_scheduled", stdout=io.StringIO())
    return sebelum - menunggu.count()


LANGKAH: tuple[tuple[str, Callable[[], int]], ...] = (
    ("terbit_terjadwal", terbitkan_terjadwal),
    ("tutup_kuis_kedaluwarsa", tutup_kedaluwarsa),
    ("pengingat_skp", kirim_pengingat_skp),
    ("pengingat_tenggat_kursus", kirim_pengingat_tenggat),
    ("kirim_ulang_surel", kirim_ulang_gagal),
    ("hapus_ekspor_kedaluwarsa", hapus_ekspor_kedaluwarsa),
)


@contextmanager
def kunci_eksklusif(jalur: Path):
    """Yield True while holding the lock, False when another run holds it."""
    jalur.parent.mkdir(parents=True, exist_ok=True)
    with open(jalur, "a+") as berkas:
        try:
            fcntl.flock(berkas, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(berkas, fcntl.LOCK_UN)


class Command(BaseCommand):
    help = (
        "Menjalankan pekerjaan terjadwal: terbit terjadwal, menutup kuis kedaluwarsa, "
        "pengingat SKP dan tenggat kursus, kirim ulang surel gagal, dan menghapus ekspor "
        "kedaluwarsa."
    )

    def handle(self, *args, **options):
        with kunci_eksklusif(Path(settings.VAR_DIR) / "jalankan_jadwal.lock") as dapat:
            if not dapat:
                self.stdout.write("jalankan_jadwal: sedang berjalan di proses lain; dilewati.")
                return
            gagal = [nama for nama, langkah in LANGKAH if not self._jalankan(nama, langkah)]
        if gagal:
            raise CommandError(f"langkah gagal: {', '.join(gagal)}")

    def _jalankan(self, nama: str, langkah: Callable[[], int]) -> bool:
        try:
            jumlah = langkah()
        except Exception:  # noqa: BLE001 - one broken step must not stop the others
            log.exception("jalankan_jadwal: langkah %s gagal", nama)
            self.stderr.write(f"{nama}: GAGAL\n{traceback.format_exc()}")
            return False
        self.stdout.write(f"{nama}: {jumlah}")
        return True
