"""Pemeriksaan sebaran predikat satu unit kerja (SE MenPANRB No. 3 Tahun 2023).

Setiap pelanggaran hanya peringatan, bukan kesalahan: sebaran adalah pedoman bagi pejabat
penilai, dan predikat tiap pegawai tetap sah. Perbandingan persen memakai bilangan bulat
(jumlah × 100 dibanding batas × total) sehingga batas 70 % tepat 70 %.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal, localcontext

from ...angka import KONTEKS, NOL, format_hasil
from ...tipe import CapaianOrganisasi, Predikat
from .tipe import HasilDistribusi

__all__ = ["ATURAN_DISTRIBUSI", "cek_distribusi"]

_SB, _B, _BP, _K, _SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)

#: Per capaian organisasi: (jenis batas, predikat yang dijumlahkan, batas %).
#: ``maks``: paling banyak; ``min``: paling sedikit; ``ada``: paling sedikit satu pegawai.
ATURAN_DISTRIBUSI: dict[CapaianOrganisasi, tuple[tuple[str, tuple[Predikat, ...], int], ...]] = {
    CapaianOrganisasi.ISTIMEWA: (("maks", (_SB,), 70),),
    CapaianOrganisasi.BAIK: (("maks", (_B,), 70), ("ada", (_BP, _K), 1)),
    CapaianOrganisasi.BUTUH_PERBAIKAN: (("maks", (_SB,), 10), ("min", (_BP,), 60)),
    CapaianOrganisasi.KURANG: (("maks", (_SB,), 10), ("min", (_BP,), 10), ("min", (_K,), 60)),
    CapaianOrganisasi.SANGAT_KURANG: (
        ("maks", (_SB,), 0),
        ("min", (_BP, _K), 10),
        ("min", (_SK,), 60),
    ),
}


def cek_distribusi(
    capaian_org: CapaianOrganisasi, daftar_predikat: Iterable[Predikat]
) -> HasilDistribusi:
    """Jumlah, persen dan peringatan sebaran predikat untuk capaian organisasi ``capaian_org``.

    Daftar kosong memberi persen 0 untuk semua predikat.
    """
    hitungan = Counter(daftar_predikat)
    total = sum(hitungan.values())
    jumlah = {p: hitungan[p] for p in Predikat}
    with localcontext(KONTEKS):
        persen = {p: (Decimal(n) * 100 / total if total else NOL) for p, n in jumlah.items()}
    peringatan = []
    konteks = f"capaian kinerja organisasi {capaian_org.label}"
    for jenis, kelompok, batas in ATURAN_DISTRIBUSI[capaian_org]:
        n = sum(jumlah[p] for p in kelompok)
        nama = " dan ".join(p.value for p in kelompok)
        with localcontext(KONTEKS):
            nilai = format_hasil(sum((persen[p] for p in kelompok), NOL))
        if jenis == "maks" and n * 100 > batas * total:
            if batas == 0:
                peringatan.append(
                    f"Ada predikat {nama} ({n} pegawai), padahal tidak boleh ada untuk {konteks}"
                )
            else:
                peringatan.append(
                    f"Predikat {nama} {nilai} % melebihi batas paling banyak {batas} % untuk {konteks}"
                )
        elif jenis == "min" and n * 100 < batas * total:
            peringatan.append(
                f"Predikat {nama} {nilai} % kurang dari batas paling sedikit {batas} % untuk {konteks}"
            )
        elif jenis == "ada" and n < batas:
            atau = " atau ".join(p.value for p in kelompok)
            peringatan.append(
                f"Tidak ada pegawai dengan predikat {atau}; paling sedikit satu diharapkan untuk {konteks}"
            )
    return HasilDistribusi(capaian_org, jumlah, persen, tuple(peringatan))
