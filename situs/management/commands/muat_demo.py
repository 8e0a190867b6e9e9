from django.conf import settings
from django.core.management.base import BaseCommand

from kursus import demo as demo_kursus
from kursus.kuis import demo as demo_kuis
from kursus.kuis.models import Kuis
from penilaian import demo as demo_penilaian
from simulasi.models import KasusSimulasi
from situs import demo as demo_situs
from sosialisasi import demo as demo_sosialisasi


class Command(BaseCommand):
    help = "Memuat konten dan akun demo. Aman dijalankan berulang: hasilnya tetap sama."

    def add_arguments(self, parser):
        # `make demo PORT=8001` passes the address it serves, so the printed URL is the real one.
        parser.add_argument(
            "--alamat",
            default="http://127.0.0.1:8000/",
            help="Alamat tempat situs demo dilayani (dicetak di akhir); bawaan %(default)s",
        )

    def handle(self, *args, **options):
        beranda = demo_situs.muat_beranda()
        units = demo_penilaian.muat_unit_kerja()
        self.stdout.write(f"Unit kerja: {len(units)} (Kecamatan Cipocok Jaya dan 6 kelurahan).")
        periode = demo_penilaian.muat_kebijakan_dan_periode()
        self.stdout.write(f"Periode berjalan {periode.tahun}: {periode.kebijakan.nama}.")
        # Loads the simulator cases and the quiz bank first: lessons embed them by slug.
        daftar_kursus = demo_kursus.muat(beranda=beranda)
        demo_kuis.pasang_tes_kursus()
        for kursus in daftar_kursus:
            self.stdout.write(
                f"Kursus: {kursus.title} ({kursus.get_children().count()} pelajaran)."
            )
        self.stdout.write(
            f"Kuis: {Kuis.objects.count()}; kasus simulasi: {KasusSimulasi.objects.count()}."
        )
        sandi = demo_situs.muat_akun()
        # After the accounts: the demo users "pegawai" and "penilai" link to employee records.
        pegawai = demo_penilaian.muat_pegawai()
        dokumen = demo_penilaian.muat_pengaturan_dokumen()
        self.stdout.write(
            f"Dokumen PDF: kop {dokumen.nama_instansi}, penanda tangan sertifikat "
            f"{dokumen.penanda_tangan_nama or '-'}; lambang dipilih di Pengaturan (admin)."
        )
        skp = demo_penilaian.muat_skp()
        pustaka = demo_penilaian.muat_pustaka()
        terbit = demo_penilaian.terbitkan_transparansi()
        self.stdout.write(
            f"Pegawai: {len(pegawai)}; SKP baru 2025: {skp['2025']}, 2026: {skp['2026']}; "
            f"pustaka indikator: {pustaka}; transparansi 2025 diterbitkan untuk "
            f"{len(terbit.diterbitkan)} unit."
        )
        # After the course (answers link its lessons) and the accounts (the past event's
        # attendance is theirs).
        indeks = demo_sosialisasi.muat(beranda=beranda)
        hadir = demo_sosialisasi.muat_kehadiran()
        self.stdout.write(
            f"Sosialisasi: {indeks.get_children().count()} halaman; kehadiran acara lalu: {hadir}."
        )
        # After the accounts and the quizzes: what a trainer's gradebook shows first.
        belajar = demo_kursus.muat_aktivitas_belajar()
        if belajar["kuis"]:
            self.stdout.write(
                f"Aktivitas belajar akun peserta: {belajar['pelajaran']} pelajaran selesai, "
                f"pre-test diserahkan, {belajar['simulasi']} kasus simulasi."
            )
        self._cetak_akun(sandi, alamat=options["alamat"])

    def _cetak_akun(self, sandi: dict[str, str], *, alamat: str) -> None:
        alamat = alamat if alamat.endswith("/") else f"{alamat}/"
        self.stdout.write(self.style.SUCCESS(f"Konten demo siap di {alamat}"))
        self.stdout.write(f"Admin Wagtail (pelatih, Admin Kepegawaian): {alamat}admin/")
        self.stdout.write("Akun demo (nama pengguna — peran):")
        for akun in demo_situs.AKUN:
            lingkup = f" (lingkup unit: {', '.join(akun.lingkup)})" if akun.lingkup else ""
            self.stdout.write(f"  {akun.username:<22} {', '.join(akun.peran)}{lingkup}")
        if settings.DEBUG:
            self.stdout.write(f"Kata sandi semua akun demo: {demo_situs.SANDI_DEMO}")
        elif sandi:
            self.stdout.write("Kata sandi acak telah dibuat; atur ulang lewat admin bila perlu.")
