"""Sifat pemeriksa indikator untuk masukan sembarang (hypothesis)."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from penilaian.mesin.pemeriksa import KODE, KRITERIA, periksa

_URUTAN = [kode for kode, _, _ in KODE]
_BLOKIR = {kode for kode, _, blokir in KODE if blokir}

_kata = st.sampled_from(
    [
        "Jumlah",
        "Persentase",
        "melaksanakan",
        "Terlaksananya",
        "laporan",
        "optimal",
        "baik",
        "maupun",
        "tepat",
        "waktu",
        "per",
        "tahun",
        "2026",
        "1.200",
        "3,5",
        "Rp",
        "%",
        "sesuai",
        "SOP",
        "dalam",
        "hari",
        "kerja",
        "meningkatnya",
        "kualitas",
        "yang",
        "dengan",
        "Rata-rata",
        "lama",
        "tingkat",
        "kecamatan",
        "pembinaan",
        "kepada",
        "ketua",
        "-",
        "(",
        ")",
        "s.d.",
    ]
)
_teks = st.one_of(
    st.text(min_size=1).filter(str.strip),
    st.lists(_kata, min_size=1, max_size=12).map(" ".join),
)
_angka = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
)
_nilai = st.one_of(st.none(), st.text(), _angka, st.lists(_kata, max_size=5).map(" ".join))
_target = st.one_of(
    _nilai,
    st.fixed_dictionaries({"min": _nilai, "maks": _nilai}),
)
_item = st.fixed_dictionaries(
    {"teks": _teks, "target": _target},
    optional={
        "satuan": st.one_of(st.none(), st.text(), st.sampled_from(["%", "hari", "dokumen", "Rp"])),
        "aspek": st.sampled_from(["kuantitas", "kualitas", "waktu", "biaya", ""]),
        "polaritas": st.sampled_from(["naik", "turun"]),
        "rhk": st.one_of(st.none(), _teks),
        "rhk_atasan": st.one_of(st.none(), st.text()),
    },
)


@settings(max_examples=400, deadline=None)
@given(_item)
def test_masukan_sembarang_selalu_memberi_hasil_yang_konsisten(item):
    hasil = periksa(item)
    kode = [t.kode for t in hasil.temuan]
    # Urutan tabel spesifikasi, tanpa kode ganda.
    assert kode == sorted(set(kode), key=_URUTAN.index)
    # layak tepat bila tidak ada temuan yang memblokir.
    assert hasil.layak is not any(t.blokir for t in hasil.temuan)
    assert {t.kode for t in hasil.temuan if t.blokir} <= _BLOKIR
    # Skor = jumlah lima kriteria; 20 tanpa temuan, 10 hanya nasihat, 0 bila memblokir.
    assert list(hasil.kriteria) == list(KRITERIA)
    for krit, nilai in hasil.kriteria.items():
        milik = [t for t in hasil.temuan if t.kriteria == krit]
        assert nilai == (0 if any(t.blokir for t in milik) else 10 if milik else 20)
    assert hasil.skor == sum(hasil.kriteria.values())
    # Setiap temuan menjelaskan dirinya.
    for t in hasil.temuan:
        assert t.pesan and t.saran
        assert isinstance(t.pemicu, str)


@settings(max_examples=200, deadline=None)
@given(_item)
def test_keluaran_stabil(item):
    assert periksa(item).ke_json() == periksa(dict(item)).ke_json()


@given(st.decimals(min_value=-1000, max_value=1000, places=2))
def test_target_angka_dan_teks_setara(nilai):
    teks = format(nilai, "f").replace(".", ",")
    item = {"teks": "Jumlah laporan yang tersusun", "satuan": "laporan"}
    assert periksa({**item, "target": nilai}).kode == periksa({**item, "target": teks}).kode


@given(st.integers(min_value=1, max_value=10**9))
def test_ribuan_cara_indonesia(n):
    teks = f"{n:,}".replace(",", ".")
    hasil = periksa({"teks": "Jumlah warga yang terlayani", "target": f"{teks} orang"})
    assert hasil.layak
    assert Decimal(n) > 0
