from collections import Counter

from django.core.management.base import BaseCommand

from kursus.demo import folder_kursus
from kursus.kuis.demo import semua_sumber
from kursus.sumber import baca, kata_prosa


class Command(BaseCommand):
    help = (
        "Menghitung isi kurikulum dari berkas sumber (tanpa basis data): pelajaran, kata prosa "
        "pelajaran (dengan dan tanpa isi tabel), dan soal per kursus dan per jenis."
    )

    def handle(self, *args, **options):
        soal_per_kursus = Counter()
        jenis = Counter()
        for sumber in semua_sumber():
            soal_per_kursus[sumber.kuis.get("kursus", "")] += len(sumber.baris)
            jenis.update(b["jenis"] for _, b in sumber.baris)
        total = Counter()
        self.stdout.write("kursus | pelajaran | kata | kata tanpa tabel | soal")
        for folder in folder_kursus():
            meta = baca(folder / "kursus.md").meta
            isi = [baca(p).isi for p in sorted(folder.glob("[0-9][0-9]-*.md"))]
            baris = {
                "pelajaran": len(isi),
                "kata": sum(kata_prosa(t) for t in isi),
                "kata tanpa tabel": sum(kata_prosa(t, tanpa_tabel=True) for t in isi),
                "soal": soal_per_kursus[meta["slug"]],
            }
            total.update(baris)
            self.stdout.write(f"{meta['judul']} | " + " | ".join(str(v) for v in baris.values()))
        self.stdout.write(
            f"Jumlah: {len(folder_kursus())} kursus, {total['pelajaran']} pelajaran, "
            f"{total['kata']} kata prosa ({total['kata tanpa tabel']} tanpa isi tabel), "
            f"{sum(soal_per_kursus.values())} soal."
        )
        self.stdout.write(
            "Soal per jenis: " + ", ".join(f"{k} {v}" for k, v in sorted(jenis.items())) + "."
        )
