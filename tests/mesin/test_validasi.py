"""Validasi: setiap masalah sekaligus, dengan jalur JSON dan pesan berbahasa Indonesia."""

from __future__ import annotations

from decimal import Decimal

import pytest

from penilaian.mesin import (
    IKI,
    RHK,
    Aspek,
    DokumenDistribusi,
    DokumenPermen,
    DokumenPP46,
    JabatanFungsional,
    Kebijakan,
    Kegiatan,
    KesalahanValidasi,
    Masalah,
    Pendekatan,
    PerilakuPP46,
    Rating,
    Rentang,
    Ukuran,
    hasil_ke_json,
    hitung,
    nilai_json,
    parse_dokumen,
)
from penilaian.mesin.aturan import aturan_untuk
from penilaian.mesin.baca import gabung_masalah
from penilaian.mesin.galat import gabung_jalur

from .dokumen import PERILAKU, distribusi, iki, kegiatan, permen, pp46, rhk


def masalah(data) -> dict[str, str]:
    """{jalur: pesan} dari masukan yang tidak sah, sama lewat jalan bertipe dan jalan cepat."""
    hasil = []
    for langkah in (True, False):
        with pytest.raises(KesalahanValidasi) as e:
            nilai_json(data, langkah=langkah)
        hasil.append({m.path: m.pesan for m in e.value.masalah})
    assert hasil[0] == hasil[1]
    return hasil[0]


@pytest.mark.parametrize(
    ("data", "jalur", "pesan"),
    [
        (pp46(kegiatan(to=0)), "kegiatan[0].kuantitas.target", "harus lebih besar dari 0"),
        (pp46(kegiatan(tk=0)), "kegiatan[0].kualitas.target", "harus lebih besar dari 0"),
        (pp46(kegiatan(tw=-1)), "kegiatan[0].waktu.target", "harus lebih besar dari 0"),
        (pp46(kegiatan(rw=0)), "kegiatan[0].waktu.realisasi", "harus lebih besar dari 0"),
        (pp46(kegiatan(ro=-1)), "kegiatan[0].kuantitas.realisasi", "tidak boleh negatif"),
        (pp46(kegiatan(ro="dua belas")), "kegiatan[0].kuantitas.realisasi", "harus berupa angka"),
        (pp46(kegiatan(ro="")), "kegiatan[0].kuantitas.realisasi", "harus berupa angka"),
        (pp46(kegiatan(ro=True)), "kegiatan[0].kuantitas.realisasi", "harus berupa angka"),
        (pp46(kegiatan(biaya=(100, None))), "kegiatan[0].biaya.realisasi", "wajib diisi"),
        (pp46(kegiatan(biaya=(-1, 0))), "kegiatan[0].biaya.target", "tidak boleh negatif"),
        (pp46(kegiatan(kecepatan={"target": 1})), "kegiatan[0].kecepatan", "kunci tidak dikenal"),
        (pp46(kegiatan(waktu=None)), "kegiatan[0].waktu", "wajib diisi"),
        (pp46(kegiatan(waktu=5)), "kegiatan[0].waktu", "harus berupa objek"),
        (pp46(kegiatan(nama=5)), "kegiatan[0].nama", "harus berupa teks"),
        (
            pp46(kegiatan(kualitas={"target": 100, "realisasi": 90, "satuan": 5})),
            "kegiatan[0].kualitas.satuan",
            "harus berupa teks",
        ),
        ({"aturan": "pp46-2011", "kegiatan": []}, "kegiatan", "wajib berisi minimal satu"),
        ({"aturan": "pp46-2011"}, "kegiatan", "wajib berisi minimal satu"),
        ({"aturan": "pp46-2011", "kegiatan": {}}, "kegiatan", "harus berupa daftar"),
        ({"aturan": "pp46-2011", "kegiatan": [None]}, "kegiatan[0]", "wajib diisi"),
        ({"aturan": "pp46-2011", "kegiatan": [3]}, "kegiatan[0]", "harus berupa objek"),
        (pp46(tugas_tambahan="1.5"), "tugas_tambahan", "harus berupa bilangan bulat"),
        (pp46(tugas_tambahan=-1), "tugas_tambahan", "tidak boleh negatif"),
        (pp46(kreativitas="dunia"), "kreativitas", "nilai tidak dikenal: 'dunia'; pilihan:"),
        (pp46(kreativitas=True), "kreativitas", "nilai tidak dikenal: true"),
        (pp46(perilaku={"integritas": 80}), "perilaku.komitmen", "wajib diisi"),
        (pp46(perilaku={"jujur": 80}), "perilaku.jujur", "kunci tidak dikenal"),
        (pp46(perilaku={"integritas": 101}), "perilaku.integritas", "harus antara 0 dan 100"),
        (pp46(perilaku=[]), "perilaku", "harus berupa objek"),
        (pp46(tambahan=1), "tambahan", "kunci tidak dikenal"),
        (pp46(kegiatan(ro="1e999")), "kegiatan[0].kuantitas.realisasi", "harus berupa angka"),
        (pp46(kegiatan(ro=Decimal("1E+20"))), "kegiatan[0].kuantitas.realisasi", "di luar rentang"),
        ({"kegiatan": []}, "aturan", "wajib diisi; pilihan: 'permenpanrb-6-2022', 'pp46-2011'"),
        ({"aturan": "pp-46"}, "aturan", "nilai tidak dikenal: 'pp-46'"),
        ({"aturan": ["x"]}, "aturan", "nilai tidak dikenal: daftar"),
        ({"aturan": 1}, "aturan", "nilai tidak dikenal: 1;"),
        (pp46(kreativitas={}), "kreativitas", "nilai tidak dikenal: objek"),
        (pp46(perilaku={**PERILAKU, "integritas": 101}), "perilaku.integritas", "antara 0 dan 100"),
    ],
)
def test_masalah_pp46_dengan_jalur(data, jalur, pesan):
    hasil = masalah(data)
    assert jalur in hasil, hasil
    assert pesan in hasil[jalur]


@pytest.mark.parametrize(
    ("data", "jalur", "pesan"),
    [
        (permen(rhk=[]), "rhk", "wajib berisi minimal satu RHK"),
        (permen(tambahan=1), "tambahan", "kunci tidak dikenal"),
        (permen(kebijakan=5), "kebijakan", "harus berupa objek"),
        (permen(kebijakan={"nama": "K", "ambang": 1}), "kebijakan.ambang", "kunci tidak dikenal"),
        (permen(jabatan_fungsional=[]), "jabatan_fungsional", "harus berupa objek"),
        (permen(rhk(iki(realisasi=-1))), "rhk[0].indikator[0].realisasi", "tidak boleh negatif"),
        (permen(rhk(iki(satuan=5))), "rhk[0].indikator[0].satuan", "harus berupa teks"),
        (permen(rhk(jenis="tambahan")), "rhk", "minimal satu RHK utama"),
        (permen(rhk(teks=" ")), "rhk[0].teks", "wajib diisi"),
        (permen(rhk(rhk_atasan=5)), "rhk[0].rhk_atasan", "harus berupa teks"),
        (permen(rhk(jenis=1)), "rhk[0].jenis", "nilai tidak dikenal: 1; pilihan"),
        (permen(rhk(rating="luar_biasa")), "rhk[0].rating", "pilihan"),
        (permen(rhk(indikator=[])), "rhk[0].indikator", "minimal satu indikator"),
        (permen(rhk=[None]), "rhk[0]", "wajib diisi"),
        (permen(rhk=["x"]), "rhk[0]", "harus berupa objek"),
        (permen(rhk(indikator=[None])), "rhk[0].indikator[0]", "wajib diisi"),
        (permen(rhk(indikator=[1])), "rhk[0].indikator[0]", "harus berupa objek"),
        (permen(rhk(iki(target=None))), "rhk[0].indikator[0].target", "wajib diisi"),
        (permen(rhk(iki(realisasi=None))), "rhk[0].indikator[0].realisasi", "wajib diisi"),
        (permen(rhk(iki(target=-1))), "rhk[0].indikator[0].target", "tidak boleh negatif"),
        (permen(rhk(iki(realisasi="sembilan"))), "rhk[0].indikator[0].realisasi", "harus berupa angka"),
        (permen(rhk(iki(target=0))), "rhk[0].indikator[0].target", "target 0 hanya boleh"),
        (permen(rhk(iki(target={"min": 0, "maks": 0}))), "rhk[0].indikator[0].target",
         "target 0 hanya boleh"),
        (permen(rhk(iki(target={"min": 3, "maks": 2}))), "rhk[0].indikator[0].target.min",
         "tidak boleh lebih besar dari maks"),
        (permen(rhk(iki(target={"min": 3}))), "rhk[0].indikator[0].target.maks", "wajib diisi"),
        (permen(rhk(iki(target={"min": 1, "max": 2}))), "rhk[0].indikator[0].target.max",
         "kunci tidak dikenal"),
        (permen(rhk(iki(aspek="kecepatan"))), "rhk[0].indikator[0].aspek",
         "nilai tidak dikenal: 'kecepatan'; pilihan: 'kuantitas', 'kualitas', 'waktu', 'biaya'"),
        (permen(rhk(iki(aspek=None))), "rhk[0].indikator[0].aspek", "wajib diisi"),
        (permen(rhk(iki(teks=None))), "rhk[0].indikator[0].teks", "wajib diisi"),
        (permen(rhk(iki(polaritas="atas"))), "rhk[0].indikator[0].polaritas", "nilai tidak dikenal"),
        (permen(rhk(rating="baik")), "rhk[0].rating", "nilai tidak dikenal: 'baik'"),
        (permen(rhk(jenis="lain")), "rhk[0].jenis", "nilai tidak dikenal"),
        (permen(rating_perilaku=None), "rating_perilaku", "wajib diisi"),
        (permen(rating_perilaku="di atas"), "rating_perilaku", "nilai tidak dikenal"),
        (permen(pendekatan="campuran"), "pendekatan", "nilai tidak dikenal"),
        (permen(pendekatan="kualitatif"), "rating_hasil_kerja", "wajib diisi untuk pendekatan"),
        (permen(rhk(iki(target=-1, realisasi=-2)), pendekatan="kualitatif",
                rating_hasil_kerja="sesuai_ekspektasi"), "rhk[0].indikator[0].realisasi",
         "tidak boleh negatif"),
        (permen(rhk(iki(target={"min": 2, "maks": 1})), pendekatan="kualitatif",
                rating_hasil_kerja="sesuai_ekspektasi"), "rhk[0].indikator[0].target.min",
         "tidak boleh lebih besar"),
        (permen(kebijakan={"nama": "K", "ambang_di_atas": 90, "ambang_sesuai": 110}),
         "kebijakan.ambang_sesuai", "tidak boleh lebih besar dari ambang_di_atas"),
        (permen(kebijakan={"ambang_di_atas": 110, "ambang_sesuai": 90}), "kebijakan.nama",
         "wajib diisi"),
        (permen(kebijakan={"nama": "K", "ambang_di_atas": "tinggi", "ambang_sesuai": 90}),
         "kebijakan.ambang_di_atas", "harus berupa angka"),
        (permen(kebijakan={"nama": "K", "ambang_di_atas": 110, "ambang_sesuai": -1}),
         "kebijakan.ambang_sesuai", "tidak boleh negatif"),
        (permen(capaian_kinerja_organisasi="hebat"), "capaian_kinerja_organisasi",
         "nilai tidak dikenal"),
        (permen(jabatan_fungsional={"koefisien": 0, "bulan": 12}),
         "jabatan_fungsional.koefisien", "harus lebih besar dari 0"),
        (permen(jabatan_fungsional={"koefisien": 12.5, "bulan": 13}),
         "jabatan_fungsional.bulan", "harus antara 1 dan 12"),
        (permen(jabatan_fungsional={"koefisien": 12.5}), "jabatan_fungsional.bulan",
         "wajib diisi"),
        (permen(jabatan_fungsional={"koefisien": 12.5, "bulan": 1.5}),
         "jabatan_fungsional.bulan", "harus berupa bilangan bulat"),
        (distribusi(None, ["Baik"]), "distribusi.capaian_kinerja_organisasi", "wajib diisi"),
        (distribusi("baik", []), "distribusi.predikat", "minimal satu predikat"),
        (distribusi("baik", ["Hebat"]), "distribusi.predikat[0]", "nilai tidak dikenal: 'Hebat'"),
        (distribusi("baik", [None]), "distribusi.predikat[0]", "wajib diisi"),
        ({"aturan": "permenpanrb-6-2022", "distribusi": None}, "distribusi", "wajib diisi"),
        ({"aturan": "permenpanrb-6-2022", "distribusi": 1}, "distribusi", "harus berupa objek"),
        ({"aturan": "permenpanrb-6-2022", "distribusi": {}, "rhk": []}, "rhk",
         "kunci tidak dikenal"),
    ],
)  # fmt: skip
def test_masalah_permen_dengan_jalur(data, jalur, pesan):
    hasil = masalah(data)
    assert jalur in hasil, hasil
    assert pesan in hasil[jalur]


def test_semua_masalah_dilaporkan_sekaligus():
    data = pp46(kegiatan(to=0, rk="x", rw=0), kegiatan(tw=0), kreativitas="dunia")
    hasil = masalah(data)
    assert set(hasil) == {
        "kegiatan[0].kuantitas.target",
        "kegiatan[0].kualitas.realisasi",
        "kegiatan[0].waktu.realisasi",
        "kegiatan[1].waktu.target",
        "kreativitas",
    }


def test_jalur_tidak_dilaporkan_dua_kali():
    # "dua" salah bentuk: tidak ditambah "wajib diisi" pada jalur yang sama.
    with pytest.raises(KesalahanValidasi) as e:
        nilai_json(pp46(kegiatan(ro="dua")))
    assert [m.path for m in e.value.masalah] == ["kegiatan[0].kuantitas.realisasi"]


def test_masalah_dalam_daftar_diawali_indeks_dokumen():
    data = [pp46(), pp46(kegiatan(rw=0)), 5, permen(rhk(iki(target=0))), permen()]
    hasil = masalah(data)
    assert hasil == {
        "[1].kegiatan[0].waktu.realisasi": "harus lebih besar dari 0",
        "[2]": "harus berupa objek JSON",
        "[3].rhk[0].indikator[0].target": "target 0 hanya boleh dengan polaritas turun",
    }


@pytest.mark.parametrize("data", ["teks", 5, None, True])
def test_bukan_objek_atau_daftar(data):
    assert masalah(data) == {"": "harus berupa objek JSON (satu dokumen) atau daftar dokumen"}


def test_daftar_kosong_hasil_daftar_kosong():
    assert nilai_json([]) == []


def test_daftar_hasil_seurutan_masukan():
    hasil = nilai_json([pp46(), permen(), distribusi("baik", ["Baik"])], langkah=False)
    assert [h.get("aturan", "distribusi") for h in hasil] == [
        "pp46-2011",
        "permenpanrb-6-2022",
        "distribusi",
    ]


def test_parse_dokumen_mengembalikan_dokumen_bertipe():
    dok = parse_dokumen(pp46())
    assert isinstance(dok, DokumenPP46)
    with pytest.raises(KesalahanValidasi):
        parse_dokumen([pp46()])


def test_str_kesalahan_satu_baris_per_masalah():
    e = KesalahanValidasi([Masalah("a.b", "wajib diisi"), Masalah("", "harus berupa objek")])
    assert str(e) == "a.b: wajib diisi\nharus berupa objek"
    assert [str(m) for m in e.dengan_awalan("[2]").masalah] == [
        "[2].a.b: wajib diisi",
        "[2]: harus berupa objek",
    ]


@pytest.mark.parametrize(
    ("induk", "anak", "harapan"),
    [("", "a", "a"), ("[1]", "", "[1]"), ("[1]", "a[0]", "[1].a[0]"), ("a", "[0]", "a[0]")],
)
def test_gabung_jalur(induk, anak, harapan):
    assert gabung_jalur(induk, anak) == harapan


def test_gabung_masalah_membuang_jalur_turunan():
    bentuk = [Masalah("rhk[0]", "harus berupa objek")]
    makna = [Masalah("rhk[0].teks", "wajib diisi"), Masalah("rhk", "x"), Masalah("rhk[01]", "y")]
    assert gabung_masalah(bentuk, makna) == [bentuk[0], makna[1], makna[2]]
    assert gabung_masalah([], makna) == makna


# ------------------------------------------------------------------ dokumen bertipe dari kode


def _jalur(dokumen) -> list[str]:
    with pytest.raises(KesalahanValidasi) as e:
        hitung(dokumen)
    return [m.path for m in e.value.masalah]


def test_dokumen_bertipe_pp46_diperiksa_sebelum_dihitung():
    k = Kegiatan(Ukuran(Decimal(0), Decimal(1)), None, Ukuran(Decimal(1), None))
    perilaku = PerilakuPP46(Decimal(80), Decimal(80), Decimal(80), Decimal(80), None)
    dok = DokumenPP46((k,), tugas_tambahan=-2, perilaku=perilaku)
    assert _jalur(dok) == [
        "kegiatan[0].kuantitas.target",
        "kegiatan[0].kualitas",
        "kegiatan[0].waktu.realisasi",
        "tugas_tambahan",
        "perilaku.kerja_sama",
    ]


def test_dokumen_bertipe_permen_diperiksa_sebelum_dihitung():
    dok = DokumenPermen(
        rhk=(
            RHK(
                "RHK",
                (
                    IKI("a", Aspek.KUANTITAS, "seratus", Decimal(1)),
                    IKI("b", Aspek.KUANTITAS, Decimal(1), "satu"),
                    IKI("c", Aspek.KUANTITAS, Rentang(None, Decimal(1)), Decimal(1)),
                ),
            ),
        ),
        rating_perilaku=None,
        kebijakan=Kebijakan("", Decimal(110), Decimal(90)),
        jabatan_fungsional=JabatanFungsional(None, 12),
    )
    assert _jalur(dok) == [
        "rhk[0].indikator[0].target",
        "rhk[0].indikator[1].realisasi",
        "rhk[0].indikator[2].target.min",
        "rating_perilaku",
        "kebijakan.nama",
        "jabatan_fungsional.koefisien",
    ]


def test_dokumen_bertipe_kualitatif_dan_distribusi():
    dok = DokumenPermen(
        rhk=(RHK("RHK", (IKI("a", Aspek.KUALITAS, "uraian", None),)),),
        rating_perilaku=Rating.SESUAI,
        pendekatan=Pendekatan.KUALITATIF,
    )
    assert _jalur(dok) == ["rating_hasil_kerja"]
    assert _jalur(DokumenDistribusi(None, ())) == [
        "distribusi.capaian_kinerja_organisasi",
        "distribusi.predikat",
    ]


def test_objek_bukan_dokumen_ditolak_dengan_type_error():
    with pytest.raises(TypeError, match="bukan dokumen"):
        hitung({"aturan": "pp46-2011"})
    with pytest.raises(TypeError):
        hasil_ke_json(5)
    assert aturan_untuk(parse_dokumen(pp46())).KUNCI == "pp46-2011"
