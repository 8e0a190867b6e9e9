"""Aturan ``pp46-2011``: PP No. 46 Tahun 2011 dengan Perka BKN No. 1 Tahun 2013.

Nilai SKP numerik: tiap kegiatan tugas jabatan dinilai pada aspek kuantitas, kualitas, waktu
dan (bila ada target biaya) biaya; nilai SKP ditambah tugas tambahan dan kreativitas; nilai
prestasi kerja 60 % SKP + 40 % perilaku.

Keputusan di tempat peraturan diam (lihat juga docs/algoritma-skor.md):

* Kegiatan dengan realisasi kuantitas 0 (tidak dilaksanakan) bernilai 0 pada semua aspek dan
  0 secara keseluruhan, tanpa memeriksa RW (yang boleh 0).
* Biaya dinilai bila target biaya > 0 (ditentukan oleh target, bukan realisasi). RB = 0 dengan
  TB > 0 sah dan mengikuti rumus (hasilnya 0).
* Rumus waktu/biaya tidak dibatasi: keterlambatan besar bisa memberi nilai negatif, seperti
  rumus Perka BKN apa adanya.
* Perilaku: lima aspek wajib, kepemimpinan hanya untuk jabatan struktural; nilai 0–100.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, localcontext

from ...angka import EKSAK, KONTEKS, NOL, SERATUS, format_angka, format_hasil, keluaran, ubah_angka
from ...baca import (
    POSITIF,
    WAJIB,
    Pembaca,
    periksa_angka,
    pesan_pilihan,
    peta_pilihan,
)
from ...galat import Masalah
from ...tipe import KategoriPP46, Kreativitas
from .tipe import DokumenPP46, HasilKegiatan, HasilPP46, Kegiatan, PerilakuPP46, Ukuran

__all__ = [
    "KUNCI",
    "DokumenPP46",
    "HasilKegiatan",
    "HasilPP46",
    "Kegiatan",
    "PerilakuPP46",
    "Ukuran",
    "hitung",
    "kategori",
    "ke_json",
    "parse",
    "validasi",
]

KUNCI = "pp46-2011"


JENIS_DOKUMEN = (DokumenPP46,)
JENIS_HASIL = (HasilPP46,)

# ---------------------------------------------------------------------------------- membaca

_KUNCI_DOKUMEN = frozenset({"aturan", "kegiatan", "tugas_tambahan", "kreativitas", "perilaku"})
_KUNCI_KEGIATAN = frozenset({"nama", "kuantitas", "kualitas", "waktu", "biaya"})
_KUNCI_UKURAN = frozenset({"target", "realisasi", "satuan"})
_ASPEK_PERILAKU = (
    "orientasi_pelayanan",
    "integritas",
    "komitmen",
    "disiplin",
    "kerja_sama",
    "kepemimpinan",
)
_KUNCI_PERILAKU = frozenset(_ASPEK_PERILAKU)
_PETA_KREATIVITAS = peta_pilihan(Kreativitas)


def parse(data: dict) -> tuple[DokumenPP46, list[Masalah]]:
    """Baca dokumen JSON; kembalikan dokumen (nilai salah bentuk menjadi ``None``) dan masalahnya."""
    b = Pembaca()
    b.objek(data, "", _KUNCI_DOKUMEN)
    kegiatan = tuple(
        _parse_kegiatan(b, k, f"kegiatan[{i}]")
        for i, k in enumerate(b.daftar(data, "kegiatan", ""))
    )
    tugas_tambahan = b.bulat(data, "tugas_tambahan", "")
    kreativitas = _parse_kreativitas(b, data.get("kreativitas"))
    perilaku = None
    obj = b.objek(data.get("perilaku"), "perilaku", _KUNCI_PERILAKU)
    if obj is not None:
        perilaku = PerilakuPP46(*(b.angka(obj, a, "perilaku") for a in _ASPEK_PERILAKU))
    dokumen = DokumenPP46(kegiatan, tugas_tambahan or 0, kreativitas, perilaku)
    return dokumen, b.masalah


def _parse_kreativitas(b: Pembaca, nilai: object) -> Kreativitas | None:
    # null dan 0 sama-sama berarti tidak ada kreativitas.
    if nilai is None or ubah_angka(nilai) == 0:
        return None
    hasil = _PETA_KREATIVITAS.get(nilai) if type(nilai) is str else None
    if hasil is None:
        b.catat("kreativitas", pesan_pilihan(nilai, ["0", *_PETA_KREATIVITAS]))
    return hasil


def _parse_ukuran(b: Pembaca, nilai: object, path: str) -> Ukuran | None:
    obj = b.objek(nilai, path, _KUNCI_UKURAN)
    if obj is None:
        return None
    return Ukuran(
        b.angka(obj, "target", path), b.angka(obj, "realisasi", path), b.teks(obj, "satuan", path)
    )


def _parse_kegiatan(b: Pembaca, nilai: object, path: str) -> Kegiatan:
    obj = b.objek(nilai, path, _KUNCI_KEGIATAN)
    if obj is None:
        if nilai is None:
            b.catat(path, WAJIB)
        return Kegiatan(None, None, None)
    get = obj.get
    return Kegiatan(
        _parse_ukuran(b, get("kuantitas"), f"{path}.kuantitas"),
        _parse_ukuran(b, get("kualitas"), f"{path}.kualitas"),
        _parse_ukuran(b, get("waktu"), f"{path}.waktu"),
        _parse_ukuran(b, get("biaya"), f"{path}.biaya"),
        b.teks(obj, "nama", path),
    )


# ---------------------------------------------------------------------------------- validasi


def validasi(dokumen: DokumenPP46) -> list[Masalah]:
    """Aturan makna: semua masalah dokumen bertipe, dengan jalur JSON-nya."""
    b = Pembaca()
    if not dokumen.kegiatan:
        b.catat("kegiatan", "wajib berisi minimal satu kegiatan")
    for i, k in enumerate(dokumen.kegiatan):
        path = f"kegiatan[{i}]"
        ro = _periksa_ukuran(b, k.kuantitas, f"{path}.kuantitas")
        _periksa_ukuran(b, k.kualitas, f"{path}.kualitas")
        rw = _periksa_ukuran(b, k.waktu, f"{path}.waktu")
        # RW ≤ 0 hanya sah untuk kegiatan yang tidak dilaksanakan (RO = 0).
        if rw is not None and rw == 0 and ro is not None and ro > 0:
            b.catat(f"{path}.waktu.realisasi", POSITIF)
        if k.biaya is not None:
            periksa_angka(b, k.biaya.target, f"{path}.biaya.target")
            periksa_angka(b, k.biaya.realisasi, f"{path}.biaya.realisasi")
    if dokumen.tugas_tambahan < 0:
        b.catat("tugas_tambahan", "tidak boleh negatif")
    p = dokumen.perilaku
    if p is not None:
        for aspek in _ASPEK_PERILAKU:
            nilai = getattr(p, aspek)
            if nilai is None:
                if aspek != "kepemimpinan":
                    b.catat(f"perilaku.{aspek}", WAJIB)
            elif not NOL <= nilai <= SERATUS:
                b.catat(f"perilaku.{aspek}", "harus antara 0 dan 100")
    return b.masalah


def _periksa_ukuran(b: Pembaca, ukuran: Ukuran | None, path: str) -> Decimal | None:
    """Target > 0 dan realisasi ≥ 0 wajib; kembalikan realisasi yang sah (atau ``None``)."""
    if ukuran is None:
        b.catat(path, WAJIB)
        return None
    periksa_angka(b, ukuran.target, f"{path}.target", positif=True)
    periksa_angka(b, ukuran.realisasi, f"{path}.realisasi")
    r = ukuran.realisasi
    return r if r is not None and r >= 0 else None


# ---------------------------------------------------------------------------------- hitung

_C76 = Decimal(76)
_C176 = Decimal(176)
_NILAI_KREATIVITAS = {
    None: NOL,
    Kreativitas.UNIT_KERJA: Decimal(3),
    Kreativitas.ORGANISASI: Decimal(6),
    Kreativitas.NASIONAL: Decimal(12),
}
_ENAM_PULUH = Decimal("0.6")
_EMPAT_PULUH = Decimal("0.4")
_tambah = EKSAK.add
_kali = EKSAK.multiply


def kategori(nilai: Decimal) -> KategoriPP46:
    """Kategori dari nilai yang BELUM dibulatkan; batas bawah inklusif (91, 76, 61, 51)."""
    if nilai >= 91:
        return KategoriPP46.SANGAT_BAIK
    if nilai >= 76:
        return KategoriPP46.BAIK
    if nilai >= 61:
        return KategoriPP46.CUKUP
    if nilai >= 51:
        return KategoriPP46.KURANG
    return KategoriPP46.BURUK


def nilai_tugas_tambahan(jumlah: int) -> Decimal:
    """0 tugas → 0; 1–3 → 1; 4–6 → 2; 7 atau lebih → 3."""
    if jumlah <= 0:
        return NOL
    return Decimal(min((jumlah + 2) // 3, 3))


def nilai_dua_cabang(target: Decimal, realisasi: Decimal) -> tuple[bool, Decimal, Decimal]:
    """Rumus waktu/biaya. Kembalikan (efisiensi ≤ 24 %?, efisiensi, nilai).

    efisiensi = 100 − (R/T × 100); bila ≤ 24: ((1,76 × T − R)/T) × 100, selain itu
    76 − ((((1,76 × T − R)/T) × 100) − 100). Cabang ditentukan dengan perbandingan eksak
    100 × R ≥ 76 × T (setara efisiensi ≤ 24) sehingga batas 24 % tepat apa pun pecahannya.
    """
    dasar = (_C176 * target - SERATUS * realisasi) / target  # ((1,76T − R)/T) × 100
    cabang_pertama = _kali(realisasi, SERATUS) >= _kali(target, _C76)
    return cabang_pertama, dasar - _C76, dasar if cabang_pertama else _C176 - dasar


def hitung(dokumen: DokumenPP46, *, langkah: bool) -> HasilPP46:
    """Hitung dokumen yang sudah lolos :func:`validasi`. ``langkah=False``: tanpa penjelasan."""
    with localcontext(KONTEKS):
        catatan: list[str] | None = [] if langkah else None
        hasil_kegiatan = tuple(
            _hitung_kegiatan(k, no, catatan) for no, k in enumerate(dokumen.kegiatan, 1)
        )
        jumlah = NOL
        for h in hasil_kegiatan:
            jumlah = _tambah(jumlah, h.nilai)
        capaian = jumlah / len(hasil_kegiatan)
        tambahan = nilai_tugas_tambahan(dokumen.tugas_tambahan)
        kreativitas = _NILAI_KREATIVITAS[dokumen.kreativitas]
        skp = capaian + tambahan + kreativitas
        kategori_skp = kategori(skp)
        nilai_perilaku = kategori_perilaku = prestasi = kategori_prestasi = None
        p = dokumen.perilaku
        if p is not None:
            aspek = [
                a
                for a in (
                    p.orientasi_pelayanan,
                    p.integritas,
                    p.komitmen,
                    p.disiplin,
                    p.kerja_sama,
                    p.kepemimpinan,
                )
                if a is not None
            ]
            total = NOL
            for a in aspek:
                total = _tambah(total, a)
            nilai_perilaku = total / len(aspek)
            kategori_perilaku = kategori(nilai_perilaku)
            prestasi = _ENAM_PULUH * skp + _EMPAT_PULUH * nilai_perilaku
            kategori_prestasi = kategori(prestasi)
        hasil = HasilPP46(
            hasil_kegiatan,
            capaian,
            tambahan,
            kreativitas,
            skp,
            kategori_skp,
            nilai_perilaku,
            kategori_perilaku,
            prestasi,
            kategori_prestasi,
            (),
        )
        if catatan is None:
            return hasil
        _jelaskan_ringkasan(catatan, dokumen, hasil)
        return replace(hasil, langkah=tuple(catatan))


def _hitung_kegiatan(k: Kegiatan, no: int, catatan: list[str] | None) -> HasilKegiatan:
    kn, kl, wk, by = k.kuantitas, k.kualitas, k.waktu, k.biaya
    dinilai_biaya = by is not None and by.target > 0
    judul = f"Kegiatan {no}" + (f" ({k.nama})" if k.nama else "")
    if kn.realisasi == 0:
        # Tidak dilaksanakan: semua aspek 0 (keputusan produk, lihat docstring modul).
        biaya = NOL if dinilai_biaya else None
        if catatan is not None:
            catatan.append(
                f"{judul}: tidak dilaksanakan (realisasi kuantitas 0), "
                "maka semua aspek dan nilai kegiatan = 0"
            )
        return HasilKegiatan(k.nama, NOL, NOL, NOL, biaya, NOL, NOL)
    kuantitas = kn.realisasi * SERATUS / kn.target
    kualitas = kl.realisasi * SERATUS / kl.target
    pertama_w, efisiensi_w, waktu = nilai_dua_cabang(wk.target, wk.realisasi)
    penghitungan = _tambah(_tambah(kuantitas, kualitas), waktu)
    biaya = None
    if dinilai_biaya:
        pertama_b, efisiensi_b, biaya = nilai_dua_cabang(by.target, by.realisasi)
        penghitungan = _tambah(penghitungan, biaya)
    nilai = penghitungan / (4 if dinilai_biaya else 3)
    if catatan is not None:
        f = format_angka
        catatan.append(
            f"{judul}: Kuantitas: {f(kn.realisasi)}/{f(kn.target)} × 100 = {format_hasil(kuantitas)}"
        )
        catatan.append(
            f"{judul}: Kualitas: {f(kl.realisasi)}/{f(kl.target)} × 100 = {format_hasil(kualitas)}"
        )
        catatan.append(
            f"{judul}: " + _kalimat_dua_cabang("Waktu", wk, pertama_w, efisiensi_w, waktu)
        )
        if biaya is not None:
            catatan.append(
                f"{judul}: " + _kalimat_dua_cabang("Biaya", by, pertama_b, efisiensi_b, biaya)
            )
        elif by is not None:
            catatan.append(f"{judul}: Biaya tidak dinilai karena target biaya 0")
        bagian = [kuantitas, kualitas, waktu] + ([biaya] if biaya is not None else [])
        catatan.append(
            f"{judul}: penghitungan {' + '.join(map(format_hasil, bagian))} = "
            f"{format_hasil(penghitungan)}; nilai kegiatan {format_hasil(penghitungan)}/"
            f"{len(bagian)} = {format_hasil(nilai)}"
        )
    return HasilKegiatan(k.nama, kuantitas, kualitas, waktu, biaya, penghitungan, nilai)


def _kalimat_dua_cabang(
    aspek: str, ukuran: Ukuran, pertama: bool, efisiensi: Decimal, nilai: Decimal
) -> str:
    t, r = format_angka(ukuran.target), format_angka(ukuran.realisasi)
    awal = f"{aspek}: efisiensi 100 − ({r}/{t} × 100) = {format_hasil(efisiensi)} %"
    if pertama:
        rumus = f"((1,76 × {t} − {r})/{t}) × 100"
        return f"{awal} ≤ 24 %, maka nilai {aspek.lower()} = {rumus} = {format_hasil(nilai)}"
    rumus = f"76 − (((1,76 × {t} − {r})/{t} × 100) − 100)"
    return f"{awal} > 24 %, maka nilai {aspek.lower()} = {rumus} = {format_hasil(nilai)}"


def _jelaskan_ringkasan(catatan: list[str], dokumen: DokumenPP46, h: HasilPP46) -> None:
    capaian, tambahan, kreativitas, skp = (
        h.nilai_capaian_skp,
        h.nilai_tugas_tambahan,
        h.nilai_kreativitas,
        h.nilai_skp,
    )
    hasil_kegiatan = h.kegiatan
    nilai = " + ".join(format_hasil(h.nilai) for h in hasil_kegiatan)
    catatan.append(f"Nilai capaian SKP = ({nilai})/{len(hasil_kegiatan)} = {format_hasil(capaian)}")
    catatan.append(
        f"Nilai tugas tambahan: {dokumen.tugas_tambahan} tugas → {format_angka(tambahan)}"
    )
    nama = dokumen.kreativitas.value.replace("_", " ") if dokumen.kreativitas else "tidak ada"
    catatan.append(f"Nilai kreativitas: {nama} → {format_angka(kreativitas)}")
    catatan.append(
        f"Nilai SKP = {format_hasil(capaian)} + {format_angka(tambahan)} + "
        f"{format_angka(kreativitas)} = {format_hasil(skp)} ({h.kategori_skp})"
    )
    nilai_perilaku = h.nilai_perilaku
    if nilai_perilaku is None:
        catatan.append("Perilaku tidak diisi, maka nilai prestasi kerja tidak dihitung")
        return
    p = dokumen.perilaku
    aspek = [getattr(p, a) for a in _ASPEK_PERILAKU if getattr(p, a) is not None]
    catatan.append(
        f"Nilai perilaku = ({' + '.join(map(format_angka, aspek))})/{len(aspek)} = "
        f"{format_hasil(nilai_perilaku)} ({h.kategori_perilaku})"
    )
    catatan.append(
        f"Nilai prestasi kerja = 60 % × {format_hasil(skp)} + 40 % × "
        f"{format_hasil(nilai_perilaku)} = {format_hasil(h.nilai_prestasi_kerja)} ({h.kategori})"
    )


# ---------------------------------------------------------------------------------- keluaran


def ke_json(hasil: HasilPP46) -> dict:
    """Hasil sebagai nilai JSON: angka dibulatkan 2 desimal, urutan kunci seperti spesifikasi."""
    k = keluaran
    return {
        "aturan": KUNCI,
        "kegiatan": [
            {
                "nama": h.nama,
                "kuantitas": k(h.kuantitas),
                "kualitas": k(h.kualitas),
                "waktu": k(h.waktu),
                "biaya": k(h.biaya),
                "penghitungan": k(h.penghitungan),
                "nilai": k(h.nilai),
            }
            for h in hasil.kegiatan
        ],
        "nilai_capaian_skp": k(hasil.nilai_capaian_skp),
        "nilai_tugas_tambahan": k(hasil.nilai_tugas_tambahan),
        "nilai_kreativitas": k(hasil.nilai_kreativitas),
        "nilai_skp": k(hasil.nilai_skp),
        "kategori_skp": hasil.kategori_skp.value,
        "nilai_perilaku": k(hasil.nilai_perilaku),
        "kategori_perilaku": hasil.kategori_perilaku.value if hasil.kategori_perilaku else None,
        "nilai_prestasi_kerja": k(hasil.nilai_prestasi_kerja),
        "kategori": hasil.kategori.value if hasil.kategori else None,
        "langkah": list(hasil.langkah),
    }
