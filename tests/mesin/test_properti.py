"""Sifat mesin yang diuji hypothesis: total, monoton, tidak bergantung urutan, dua jalan sama."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from penilaian.mesin import (
    KesalahanValidasi,
    Polaritas,
    Rating,
    Rentang,
    hasil_ke_json,
    hitung,
    loads_desimal,
    nilai_json,
    parse_dokumen,
)
from penilaian.mesin.aturan.permenpanrb_6_2022.masukan import _iki_biasa, _parse_iki
from penilaian.mesin.aturan.permenpanrb_6_2022.predikat import rating_dari_capaian
from penilaian.mesin.aturan.permenpanrb_6_2022.skor import capaian_iki
from penilaian.mesin.aturan.pp46_2011.masukan import _baca_ukuran, _ukuran_biasa
from penilaian.mesin.baca import Pembaca
from penilaian.mesin.tipe import KEBIJAKAN_BAWAAN

from .korpus import korpus

PENGATURAN = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

nilai_json_apa_saja = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda anak: (
        st.lists(anak, max_size=4) | st.dictionaries(st.text(max_size=5), anak, max_size=4)
    ),
    max_leaves=20,
)

desimal = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False)
# Angka sah dalam berbagai bentuk JSON, kadang angka aneh, kadang sampah.
angka = st.one_of(
    desimal,
    desimal.map(str),
    st.integers(min_value=-2, max_value=10**6),
    st.floats(min_value=-1, max_value=1e6),
    st.sampled_from([0, "0", "", "dua", None, True, Decimal("-0.5"), Decimal("1E+20"), [1]]),
)


def _kadang(strategi: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Nilai dari ``strategi``, sesekali diganti nilai JSON sembarang."""
    return st.one_of(strategi, strategi, strategi, nilai_json_apa_saja)


def _ukuran() -> st.SearchStrategy[Any]:
    return _kadang(st.fixed_dictionaries({"target": angka, "realisasi": angka}))


kegiatan = st.fixed_dictionaries(
    {"kuantitas": _ukuran(), "kualitas": _ukuran(), "waktu": _ukuran()},
    optional={"biaya": _ukuran(), "nama": _kadang(st.text(max_size=3))},
)
perilaku = st.fixed_dictionaries(
    dict.fromkeys(
        ["orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama"], angka
    ),
    optional={"kepemimpinan": angka},
)
dokumen_pp46 = st.fixed_dictionaries(
    {"aturan": st.just("pp46-2011"), "kegiatan": _kadang(st.lists(kegiatan, max_size=3))},
    optional={
        "tugas_tambahan": _kadang(st.integers(min_value=-1, max_value=9)),
        "kreativitas": _kadang(st.sampled_from([None, 0, "unit_kerja", "organisasi", "nasional"])),
        "perilaku": _kadang(perilaku),
    },
)

RATING = st.sampled_from([r.value for r in Rating])
target = st.one_of(angka, st.fixed_dictionaries({"min": angka, "maks": angka}))
iki = st.fixed_dictionaries(
    {
        "teks": _kadang(st.just("Persentase layanan")),
        "aspek": _kadang(st.sampled_from(["kuantitas", "kualitas", "waktu", "biaya"])),
        "target": target,
        "realisasi": angka,
    },
    optional={"polaritas": _kadang(st.sampled_from(["naik", "turun"])), "satuan": st.just("%")},
)
rhk = st.fixed_dictionaries(
    {"teks": _kadang(st.just("RHK")), "indikator": _kadang(st.lists(iki, max_size=3))},
    optional={
        "jenis": _kadang(st.sampled_from(["utama", "tambahan"])),
        "rating": _kadang(RATING),
        "rhk_atasan": st.just("RHK atasan"),
    },
)
dokumen_permen = st.fixed_dictionaries(
    {
        "aturan": st.just("permenpanrb-6-2022"),
        "rhk": _kadang(st.lists(rhk, max_size=4)),
        "rating_perilaku": _kadang(RATING),
    },
    optional={
        "pendekatan": _kadang(st.sampled_from(["kuantitatif", "kualitatif"])),
        "rating_hasil_kerja": _kadang(RATING),
        "kebijakan": _kadang(
            st.fixed_dictionaries(
                {"nama": st.just("K"), "ambang_di_atas": angka, "ambang_sesuai": angka}
            )
        ),
        "capaian_kinerja_organisasi": _kadang(
            st.sampled_from(["istimewa", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"])
        ),
        "jabatan_fungsional": _kadang(
            st.fixed_dictionaries({"koefisien": angka, "bulan": st.integers(0, 13)})
        ),
    },
)
dokumen_distribusi = st.fixed_dictionaries(
    {
        "aturan": st.just("permenpanrb-6-2022"),
        "distribusi": _kadang(
            st.fixed_dictionaries(
                {
                    "capaian_kinerja_organisasi": st.sampled_from(["istimewa", "baik", "kurang"]),
                    "predikat": st.lists(
                        _kadang(st.sampled_from(["Sangat Baik", "Baik", "Butuh Perbaikan"])),
                        max_size=5,
                    ),
                }
            )
        ),
    },
)
dokumen = st.one_of(dokumen_pp46, dokumen_permen, dokumen_distribusi)


def _hasil_atau_masalah(data: Any, langkah: bool) -> Any:
    try:
        return nilai_json(data, langkah=langkah)
    except KesalahanValidasi as e:
        assert e.masalah, "KesalahanValidasi tanpa masalah"
        return [str(m) for m in e.masalah]


@PENGATURAN
@given(st.one_of(nilai_json_apa_saja, dokumen, st.lists(dokumen, max_size=3)))
def test_nilai_json_apa_pun_memberi_hasil_atau_kesalahan_validasi(data):
    for langkah in (True, False):
        _hasil_atau_masalah(data, langkah)


def _bertipe_atau_masalah(data: Any, langkah: bool) -> Any:
    try:
        return hasil_ke_json(hitung(parse_dokumen(data), langkah=langkah))
    except KesalahanValidasi as e:
        return [str(m) for m in e.masalah]


@PENGATURAN
@given(dokumen)
def test_jalan_cepat_sama_dengan_jalan_bertipe(data):
    cepat = _hasil_atau_masalah(data, langkah=False)
    assert cepat == _bertipe_atau_masalah(data, langkah=False)
    dengan_langkah = _hasil_atau_masalah(data, langkah=True)
    if isinstance(dengan_langkah, dict) and "langkah" in dengan_langkah:
        assert {**dengan_langkah, "langkah": []} == cepat
    else:
        assert dengan_langkah == cepat


@PENGATURAN
@given(dokumen)
def test_jalan_cepat_dengan_langkah_sama_dengan_jalan_bertipe(data):
    """Kalimat langkah jalan cepat (dict → dict) sama dengan jalan bertipe, juga masalahnya."""
    assert _hasil_atau_masalah(data, langkah=True) == _bertipe_atau_masalah(data, langkah=True)


def test_korpus_jalan_cepat_dan_bertipe_sama_dengan_langkah():
    """Korpus berbenih (kedua aturan, rentang, polaritas turun, RHK tambahan, jabatan
    fungsional, biaya bertarget 0, kegiatan tidak dilaksanakan): kedua jalan sama persis."""
    dokumen_korpus = [loads_desimal(json.dumps(d)) for d in korpus(600)]
    for d in dokumen_korpus[:200]:
        # Bentuk yang jarang di korpus acak: kegiatan tidak dilaksanakan, biaya bertarget 0,
        # capaian polaritas turun di bawah 0, target 0.
        if d["aturan"] == "pp46-2011":
            k = d["kegiatan"][0]
            k["kuantitas"]["realisasi"] = Decimal(0)
            if len(d["kegiatan"]) > 1:
                d["kegiatan"][1]["biaya"] = {"target": Decimal(0), "realisasi": Decimal(5)}
        else:
            i = d["rhk"][0]["indikator"][0]
            i.update(polaritas="turun", target=Decimal(4), realisasi=Decimal(9))
            d["rhk"][-1]["indikator"].append(
                {"teks": "Temuan", "aspek": "kualitas", "polaritas": "turun", "target": 0,
                 "realisasi": Decimal(len(d["rhk"]) % 2)}
            )  # fmt: skip
    for d in dokumen_korpus:
        cepat = nilai_json(d)
        assert cepat["langkah"]
        assert cepat == hasil_ke_json(hitung(parse_dokumen(d), langkah=True))


positif = st.decimals(min_value="0.001", max_value=10**6, places=3)
tak_negatif = st.decimals(min_value=0, max_value=10**6, places=3)
URUTAN_RATING = {Rating.DI_BAWAH: 0, Rating.SESUAI: 1, Rating.DI_ATAS: 2}


@st.composite
def target_sah(draw: Any, polaritas: Polaritas) -> Decimal | Rentang:
    if draw(st.booleans()):
        a, b = sorted([draw(tak_negatif), draw(tak_negatif)])
        if polaritas is Polaritas.NAIK and b == 0:
            b = Decimal(1)
        return Rentang(a, b)
    bawah = 0 if polaritas is Polaritas.TURUN else Decimal("0.001")
    return draw(st.decimals(min_value=bawah, max_value=10**6, places=3))


@PENGATURAN
@given(st.data(), st.sampled_from(list(Polaritas)), tak_negatif, positif)
def test_realisasi_naik_tidak_menurunkan_capaian_dan_usulan(data, polaritas, r, tambah):
    target = data.draw(target_sah(polaritas))
    _, c1 = capaian_iki(target, r, polaritas)
    _, c2 = capaian_iki(target, r + tambah, polaritas)
    u1 = URUTAN_RATING[rating_dari_capaian(min(c1, Decimal(120)), KEBIJAKAN_BAWAAN)]
    u2 = URUTAN_RATING[rating_dari_capaian(min(c2, Decimal(120)), KEBIJAKAN_BAWAAN)]
    if polaritas is Polaritas.NAIK:
        assert c2 >= c1 and u2 >= u1
    else:
        assert c2 <= c1 and u2 <= u1


def _dokumen_rhk(daftar: list[tuple[str, list[tuple[Decimal, Decimal]]]]) -> dict[str, Any]:
    return {
        "aturan": "permenpanrb-6-2022",
        "rating_perilaku": "sesuai_ekspektasi",
        "rhk": [
            {
                "teks": f"RHK {i}",
                "jenis": jenis,
                "indikator": [
                    {"teks": "IKI", "aspek": "kuantitas", "target": t, "realisasi": r}
                    for t, r in indikator
                ],
            }
            for i, (jenis, indikator) in enumerate(daftar)
        ],
    }


@PENGATURAN
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["utama", "tambahan"]),
            st.lists(st.tuples(positif, tak_negatif), min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=5,
    ).filter(lambda d: any(j == "utama" for j, _ in d)),
    st.randoms(use_true_random=False),
)
def test_hasil_tidak_bergantung_urutan_rhk(daftar, acak):
    acak_daftar = list(enumerate(daftar))
    acak.shuffle(acak_daftar)
    asli = nilai_json(_dokumen_rhk(daftar), langkah=False)
    diacak = nilai_json(_dokumen_rhk([d for _, d in acak_daftar]), langkah=False)
    urutan = [i for i, _ in acak_daftar]
    assert [r["capaian"] for r in diacak["rhk"]] == [asli["rhk"][i]["capaian"] for i in urutan]
    for kunci in ["capaian_hasil_kerja", "rating_hasil_kerja_usulan", "predikat"]:
        assert diacak[kunci] == asli[kunci]


@PENGATURAN
@given(_kadang(iki), _ukuran())
def test_pembacaan_bentuk_biasa_sama_dengan_pembaca_pencatat(data_iki, data_ukuran):
    # Jalan bertipe membaca IKI dan ukuran berbentuk biasa tanpa pencatat masalah; bila ia
    # berhasil, dokumennya harus sama dengan bacaan pencatat dan pencatat tidak mencatat apa pun.
    biasa = _iki_biasa(data_iki)
    if biasa is not None:
        b = Pembaca()
        assert _parse_iki(b, data_iki, "rhk[0].indikator[0]", kualitatif=False) == biasa
        assert b.masalah == []
    biasa = _ukuran_biasa(data_ukuran)
    if biasa is not None:
        b = Pembaca()
        assert _baca_ukuran(b, data_ukuran, "kegiatan[0].waktu") == biasa
        assert b.masalah == []
