from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from penilaian.impor import ImporGagal, baca_berkas, pegawai_impor


class Command(BaseCommand):
    help = (
        "Mengimpor unit kerja dan pegawai dari berkas XLSX atau CSV (kunci: NIP). Bila ada "
        "satu baris tidak sah, tidak ada yang diimpor dan setiap masalah dilaporkan."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", help="Berkas .xlsx atau .csv")

    def handle(self, *args, berkas, **options):
        jalur = Path(berkas)
        if not jalur.is_file():
            raise CommandError(f"Berkas tidak ditemukan: {berkas}")
        try:
            hasil = pegawai_impor(oleh=None, baris=baca_berkas(jalur.read_bytes(), jalur.name))
        except ImporGagal as e:
            for m in e.masalah:
                self.stderr.write(str(m))
            raise CommandError(
                f"Tidak ada yang diimpor: {len(e.masalah)} masalah ditemukan."
            ) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Pegawai: {hasil.dibuat} baru, {hasil.diubah} diubah, {hasil.tetap} tetap. "
                f"Unit kerja: {hasil.unit_dibuat} baru, {hasil.unit_diubah} diubah. "
                f"Akun baru: {hasil.akun_dibuat}."
            )
        )
