"""``python manage.py terbitkan_transparansi TAHUN``: terbitkan angka transparansi periode yang
sudah ditutup sebagai potret bertanggal. Aman dijalankan berulang: unit yang tidak berubah tidak
ditulis ulang, dan penerbitan ulang yang berbeda kurang dari 5 evaluasi ditahan."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from penilaian.models import Periode
from penilaian.services import KesalahanPenilaian, transparansi_terbitkan


class Command(BaseCommand):
    help = (
        "Terbitkan agregat transparansi per unit kerja untuk periode yang sudah ditutup "
        "(bukan periode berjalan)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("tahun", type=int, help="tahun periode penilaian, mis. 2025")

    def handle(self, *args: Any, **options: Any) -> None:
        periode = Periode.objects.filter(tahun=options["tahun"]).first()
        if periode is None:
            raise CommandError(f"Periode {options['tahun']} tidak ada.")
        try:
            hasil = transparansi_terbitkan(oleh=None, periode=periode)
        except KesalahanPenilaian as e:
            raise CommandError(e.pesan) from e
        for nama in hasil.diterbitkan:
            self.stdout.write(f"diterbitkan: {nama}")
        for nama, beda in hasil.ditahan:
            self.stdout.write(f"ditahan: {nama} (berbeda {beda} evaluasi, kurang dari 5)")
        self.stdout.write(
            self.style.SUCCESS(
                f"Periode {periode.tahun}: {len(hasil.diterbitkan)} unit diterbitkan, "
                f"{len(hasil.ditahan)} ditahan, {len(hasil.tetap)} tidak berubah."
            )
        )
