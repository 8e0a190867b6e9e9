"""Menghitung capaian IKI, RHK dan hasil kerja, rating dan predikat (PermenPANRB 6/2022).

Urutan langkah:

1. Capaian tiap IKI (%): naik R/T × 100; turun (1 + (1 − R/T)) × 100, tidak kurang dari 0.
   Target rentang: di atas maks memakai maks, di bawah min memakai min, di dalam rentang
   dihitung 100 % (pilihan produk: sumber hanya mengatur di luar rentang). Target 0 (hanya
   turun): R = 0 → 100 %, selainnya 0 %.
2. Capaian RHK = rata-rata capaian IKI-nya, masing-masing dibatasi 120 % (keluaran IKI tidak
   dibatasi).
3. Capaian hasil kerja = rata-rata capaian RHK *utama*; RHK tambahan dilaporkan tetapi tidak
   pernah menurunkan hasil.
4. Usulan rating dari capaian menurut kebijakan; pimpinan unit: dari capaian organisasi.
   Rating pejabat penilai, bila ada, final.
5. Predikat dari matriks rating hasil kerja × rating perilaku; angka kredit bila jabatan
   fungsional.

Penjumlahan memakai konteks eksak sehingga hasil tidak bergantung pada urutan RHK.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from ...angka import EKSAK, KONTEKS, NOL, SERATUS, format_hasil, keluaran
from ...tipe import JenisRHK, Pendekatan, Polaritas, Rating
from .langkah import LABEL, jelaskan_ringkasan, kalimat_iki, kalimat_rhk
from .predikat import (
    angka_kredit,
    predikat_dari_rating,
    rating_dari_capaian,
    rating_pimpinan,
)
from .tipe import IKI, DokumenPermen, HasilIKI, HasilPermen, HasilRHK, Rentang

__all__ = [
    "BATAS_CAPAIAN_RHK",
    "capaian_angka",
    "capaian_iki",
    "hitung",
    "ke_json",
    "target_rentang",
]

#: Batas capaian tiap IKI saat dirata-ratakan menjadi capaian RHK.
BATAS_CAPAIAN_RHK = Decimal(120)
_DUA_RATUS = Decimal(200)
_NAIK = Polaritas.NAIK
_tambah = EKSAK.add


def target_rentang(rendah: Decimal, tinggi: Decimal, realisasi: Decimal) -> Decimal | None:
    """Target dari rentang: maks bila R > maks, min bila R < min, ``None`` bila di dalam."""
    if realisasi > tinggi:
        return tinggi
    if realisasi < rendah:
        return rendah
    return None


def capaian_angka(target: Decimal, realisasi: Decimal, polaritas: Polaritas) -> Decimal:
    """Capaian (%) terhadap target angka yang sah, belum dibulatkan dan belum dibatasi."""
    if not target:
        # Target 0 ("0 temuan"), hanya sah untuk polaritas turun.
        return SERATUS if not realisasi else NOL
    if polaritas is _NAIK:
        return realisasi * SERATUS / target
    # (1 + (1 − R/T)) × 100 = (200T − 100R)/T, satu pembagian.
    capaian = (_DUA_RATUS * target - SERATUS * realisasi) / target
    return capaian if capaian > NOL else NOL


def capaian_iki(
    target: Decimal | Rentang, realisasi: Decimal, polaritas: Polaritas
) -> tuple[Decimal, Decimal]:
    """(target yang dipakai, capaian %) satu IKI kuantitatif yang sah, belum dibulatkan.

    Realisasi di dalam rentang: target yang dipakai adalah realisasi itu sendiri, sehingga
    capaian 100 % pada polaritas mana pun.
    """
    if type(target) is Rentang:
        dipakai = target_rentang(target.min, target.maks, realisasi)
        if dipakai is None:
            return realisasi, SERATUS
        target = dipakai
    return target, capaian_angka(target, realisasi, polaritas)


def hitung(dokumen: DokumenPermen, *, langkah: bool) -> HasilPermen:
    """Hitung dokumen yang sudah lolos validasi. ``langkah=False``: tanpa penjelasan."""
    with localcontext(KONTEKS):
        catatan: list[str] | None = [] if langkah else None
        kuantitatif = dokumen.pendekatan is Pendekatan.KUANTITATIF
        kebijakan = dokumen.kebijakan
        hasil_rhk = []
        jumlah_utama = NOL
        n_utama = 0
        for no, rhk in enumerate(dokumen.rhk, 1):
            hasil_iki = []
            capaian = usulan = None
            if kuantitatif:
                total = NOL
                for no_iki, iki in enumerate(rhk.indikator, 1):
                    h = _hitung_iki(iki)
                    total = _tambah(total, min(h.capaian, BATAS_CAPAIAN_RHK))
                    hasil_iki.append(h)
                    if catatan is not None:
                        catatan.append(_kalimat_iki(no, no_iki, iki, h))
                capaian = total / len(hasil_iki)
                usulan = rating_dari_capaian(capaian, kebijakan)
                if rhk.jenis is JenisRHK.UTAMA:
                    jumlah_utama = _tambah(jumlah_utama, capaian)
                    n_utama += 1
                if catatan is not None:
                    catatan.append(_kalimat_rhk(no, rhk.jenis, hasil_iki, capaian, usulan))
            else:
                hasil_iki = [
                    HasilIKI(
                        iki.teks,
                        iki.aspek,
                        iki.polaritas_dipakai,
                        None,
                        None,
                        iki.polaritas is None,
                    )
                    for iki in rhk.indikator
                ]
            hasil_rhk.append(
                HasilRHK(
                    rhk.teks,
                    rhk.jenis,
                    rhk.rhk_atasan,
                    rhk.rating,
                    capaian,
                    usulan,
                    tuple(hasil_iki),
                )  # fmt: skip
            )
        capaian_hk = jumlah_utama / n_utama if kuantitatif else None
        organisasi = dokumen.capaian_kinerja_organisasi
        if organisasi is not None:
            usulan_hk = rating_pimpinan(organisasi)
        elif capaian_hk is not None:
            usulan_hk = rating_dari_capaian(capaian_hk, kebijakan)
        else:
            usulan_hk = None
        penilai = dokumen.rating_hasil_kerja
        final = penilai or usulan_hk
        berbeda = penilai is not None and usulan_hk is not None and penilai is not usulan_hk
        predikat = predikat_dari_rating(final, dokumen.rating_perilaku)
        jf = dokumen.jabatan_fungsional
        ak = angka_kredit(predikat, jf.koefisien, jf.bulan) if jf is not None else None
        nilai = (
            dokumen.pendekatan,
            kebijakan,
            tuple(hasil_rhk),
            capaian_hk,
            usulan_hk,
            final,
            berbeda,
            dokumen.rating_perilaku,
            predikat,
            ak,
        )
        hasil = HasilPermen(*nilai, ())
        if catatan is None:
            return hasil
        _jelaskan_ringkasan(catatan, dokumen, hasil, n_utama)
        # Dibangun ulang langsung: dataclasses.replace jauh lebih mahal untuk kelas beku.
        return HasilPermen(*nilai, tuple(catatan))


def _hitung_iki(iki: IKI) -> HasilIKI:
    polaritas = iki.polaritas_dipakai
    target, capaian = capaian_iki(iki.target, iki.realisasi, polaritas)
    return HasilIKI(iki.teks, iki.aspek, polaritas, target, capaian, iki.polaritas is None)


def _kalimat_iki(no: int, no_iki: int, iki: IKI, h: HasilIKI) -> str:
    t = iki.target
    return kalimat_iki(
        no,
        no_iki,
        h.aspek.value,
        h.polaritas.value,
        h.polaritas_bawaan,
        iki.realisasi,
        (t.min, t.maks) if type(t) is Rentang else None,
        h.target_dipakai,
        h.capaian,
        format_hasil(h.capaian),
    )


def _kalimat_rhk(
    no: int, jenis: JenisRHK, hasil_iki: list[HasilIKI], capaian: Decimal, usulan: Rating
) -> str:
    bagian = [format_hasil(min(h.capaian, BATAS_CAPAIAN_RHK)) for h in hasil_iki]
    return kalimat_rhk(no, jenis.value, bagian, format_hasil(capaian), LABEL[usulan])


def _jelaskan_ringkasan(
    catatan: list[str], dokumen: DokumenPermen, hasil: HasilPermen, n_utama: int
) -> None:
    capaian_hk = hasil.capaian_hasil_kerja
    usulan = hasil.rating_hasil_kerja_usulan
    k = dokumen.kebijakan
    organisasi = dokumen.capaian_kinerja_organisasi
    jf = dokumen.jabatan_fungsional
    jelaskan_ringkasan(
        catatan,
        format_hasil(capaian_hk) if capaian_hk is not None else None,
        n_utama,
        n_utama < len(dokumen.rhk),
        (k.nama, k.ambang_di_atas, k.ambang_sesuai),
        LABEL[organisasi] if organisasi is not None else None,
        (
            LABEL[usulan] if usulan is not None else None,
            LABEL[hasil.rating_hasil_kerja],
            dokumen.rating_hasil_kerja is not None,
            LABEL[dokumen.rating_perilaku],
        ),
        hasil.predikat.value,
        (jf.koefisien, jf.bulan, format_hasil(hasil.angka_kredit)) if jf is not None else None,
    )


def ke_json(hasil: HasilPermen) -> dict:
    """Hasil sebagai nilai JSON: angka dibulatkan 2 desimal, urutan kunci seperti spesifikasi."""
    k = keluaran
    kb = hasil.kebijakan
    return {
        "aturan": "permenpanrb-6-2022",
        "pendekatan": hasil.pendekatan.value,
        "kebijakan": {
            "nama": kb.nama,
            "ambang_di_atas": k(kb.ambang_di_atas),
            "ambang_sesuai": k(kb.ambang_sesuai),
        },
        "rhk": [
            {
                "teks": r.teks,
                "jenis": r.jenis.value,
                "rhk_atasan": r.rhk_atasan,
                "rating": r.rating.value if r.rating else None,
                "capaian": k(r.capaian),
                "rating_usulan": r.rating_usulan.value if r.rating_usulan else None,
                "indikator": [
                    {
                        "teks": i.teks,
                        "aspek": i.aspek.value,
                        "polaritas": i.polaritas.value,
                        "polaritas_bawaan": i.polaritas_bawaan,
                        "target_dipakai": k(i.target_dipakai),
                        "capaian": k(i.capaian),
                    }
                    for i in r.indikator
                ],
            }
            for r in hasil.rhk
        ],
        "capaian_hasil_kerja": k(hasil.capaian_hasil_kerja),
        "rating_hasil_kerja_usulan": (
            hasil.rating_hasil_kerja_usulan.value if hasil.rating_hasil_kerja_usulan else None
        ),
        "rating_hasil_kerja": hasil.rating_hasil_kerja.value,
        "rating_berbeda_dari_usulan": hasil.rating_berbeda_dari_usulan,
        "rating_perilaku": hasil.rating_perilaku.value,
        "predikat": hasil.predikat.value,
        "angka_kredit": k(hasil.angka_kredit),
        "langkah": list(hasil.langkah),
    }
