"""The demo quizzes: every question valid and correct, loaded idempotently."""

from collections import Counter
from decimal import Decimal

import pytest
from django.core.management import call_command

from kursus.kuis import demo, penilaian, selectors
from kursus.kuis.impor import periksa_semua
from kursus.kuis.models import Kuis, PilihanJawaban, Soal, SoalKuis
from kursus.models import KursusPage, PelajaranPage


def _semua():
    return demo.semua_sumber()


def test_setiap_soal_konten_memiliki_kunci_yang_sah():
    for sumber in _semua():
        baris, galat = periksa_semua(sumber.baris)
        assert galat == [], sumber.path.name
        assert len(baris) == len(sumber.baris)


def test_konten_cukup_dan_memakai_semua_jenis_soal():
    sumber = _semua()
    peran = {s.kuis.get("peran") or "pelajaran": [] for s in sumber}
    for s in sumber:
        peran[s.kuis.get("peran") or "pelajaran"].append(len(s.baris))
    assert peran["pre_test"][0] >= 15 and peran["post_test"][0] >= 15
    assert len(peran["pelajaran"]) == 8 and min(peran["pelajaran"]) >= 5
    semua = [b for s in sumber for _, b in s.baris]
    assert len(semua) >= 60
    assert len({b["kode"] for b in semua}) == len(semua)
    assert set(Counter(b["jenis"] for b in semua)) == set(penilaian.JENIS)


def test_pre_test_dan_post_test_kompetensi_sama_soal_berbeda():
    sumber = {s.kuis.get("peran"): s for s in _semua()}
    pre, post = sumber["pre_test"], sumber["post_test"]
    assert {b["kategori"] for _, b in pre.baris} == {b["kategori"] for _, b in post.baris}
    assert not {b["teks"] for _, b in pre.baris} & {b["teks"] for _, b in post.baris}


def _kunci(kode: str) -> str:
    for s in _semua():
        for _, b in s.baris:
            if b["kode"] == kode:
                return b["kunci"]
    raise KeyError(kode)


@pytest.mark.parametrize(
    ("kode", "nilai"),
    [
        ("pre-10", Decimal("102.11")),  # capaian 97 / 95
        ("pre-11", Decimal("76")),  # PP 46: TW = RW = 12
        ("post-10", Decimal("120")),  # turun: T 5, R 4
        ("post-11", Decimal("18.75")),  # 12,5 × 150 %
        ("p4-03", Decimal("112.5")),
        ("p4-04", Decimal("95.24")),
        ("p5-05", Decimal("110")),
        ("p7-01", Decimal("80")),
        ("p7-02", Decimal("96")),
        ("p7-03", Decimal("85.5")),
        ("p8-02", Decimal("2.08")),
    ],
)
def test_kunci_soal_angka_sesuai_aturan_mesin(kode, nilai):
    assert penilaian.baca_angka(_kunci(kode)) == nilai


def test_kunci_soal_angka_dihitung_ulang_dengan_mesin():
    from penilaian.mesin import nilai_json

    pp46 = nilai_json(
        {
            "aturan": "pp46-2011",
            "kegiatan": [
                {
                    "kuantitas": {"target": 1, "realisasi": 1},
                    "kualitas": {"target": 100, "realisasi": 90},
                    "waktu": {"target": 12, "realisasi": 12},
                    "biaya": {"target": 170395000, "realisasi": 170395000},
                }
            ],
        },
        langkah=False,
    )
    kegiatan = pp46["kegiatan"][0]
    assert Decimal(str(kegiatan["waktu"])) == penilaian.baca_angka(_kunci("pre-11"))
    assert Decimal(str(kegiatan["nilai"])) == penilaian.baca_angka(_kunci("p7-03"))


@pytest.mark.django_db
def test_muat_demo_memasang_pre_test_dan_post_test_dan_dua_kali_sama():
    def keadaan():
        return (
            list(Soal.objects.order_by("kode").values_list("kode", "teks", "jenis")),
            list(PilihanJawaban.objects.order_by("pk").values_list("pk", "teks", "benar")),
            list(Kuis.objects.order_by("slug").values_list("pk", "slug")),
            list(SoalKuis.objects.order_by("pk").values_list("kuis_id", "soal_id", "sort_order")),
            list(KursusPage.objects.values_list("pre_test__slug", "post_test__slug")),
        )

    call_command("muat_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    pertama = keadaan()
    call_command("muat_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert keadaan() == pertama
    assert Soal.objects.count() >= 60 and Kuis.objects.count() == 10
    assert pertama[4] == [("pre-test-indikator-kinerja", "post-test-indikator-kinerja")]
    for soal in Soal.objects.all():
        assert (
            penilaian.periksa_soal(
                jenis=soal.jenis,
                pilihan=[(p.teks, p.benar) for p in soal.pilihan.all()],
                jawaban_isian=soal.jawaban_isian,
                jawaban_angka=soal.jawaban_angka,
                jawaban_benar_salah=soal.jawaban_benar_salah,
                rubrik=soal.rubrik,
            )
            == {}
        ), soal.kode
        assert selectors.teks_kunci(soal)
    assert PelajaranPage.objects.count() >= 8


def test_konten_tidak_sah_menggagalkan_seluruh_muatan(tmp_path, db):
    (tmp_path / "a.toml").write_text(
        '[kuis]\nslug = "x"\njudul = "X"\n\n[[soal]]\nkode = "x-1"\nkategori = "K"\n'
        'jenis = "tunggal"\nteks = "?"\npilihan = ["a", "b"]\nkunci = "C"\n',
        encoding="utf-8",
    )
    with pytest.raises(demo.KontenTidakSah, match="a.toml: soal Baris 1, kolom kunci"):
        demo.muat(tmp_path)
    assert not Kuis.objects.exists()
