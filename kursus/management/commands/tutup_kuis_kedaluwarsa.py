from django.core.management.base import BaseCommand

from kursus.kuis.services import tutup_kedaluwarsa


class Command(BaseCommand):
    help = (
        "Menyerahkan setiap percobaan kuis yang batas waktunya sudah lewat (jawaban yang sudah "
        "diisi tetap dinilai). Aman dijalankan berkala, misalnya tiap menit dari cron."
    )

    def handle(self, *args, **options):
        jumlah = tutup_kedaluwarsa()
        self.stdout.write(f"{jumlah} percobaan diserahkan karena waktu habis.")
