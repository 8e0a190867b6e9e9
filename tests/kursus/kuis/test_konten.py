"""The demo quizzes: every question valid and correct, loaded idempotently."""

from collections import Counter

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
    for s in sumber:
        minimum = {"pre_test": 8, "post_test": 10}.get(s.kuis.get("peran"), 5)
        assert len(s.baris) >= minimum, s.path.name
    semua = [b for s in sumber for _, b in s.baris]
    assert len(semua) >= 200
    assert len({b["kode"] for b in semua}) == len(semua)
    assert set(Counter(b["jenis"] for b in semua)) == set(penilaian.JENIS)
    assert all(b.get("penjelasan") for b in semua)


def test_pre_test_dan_post_test_kompetensi_sama_soal_berbeda():
    per_kursus = {}
    for s in _semua():
        if s.kuis.get("peran"):
            per_kursus.setdefault(s.kuis["kursus"], {})[s.kuis["peran"]] = s
    assert len(per_kursus) == 5
    for kursus, tes in per_kursus.items():
        pre, post = tes["pre_test"], tes["post_test"]
        assert {b["kategori"] for _, b in pre.baris} == {b["kategori"] for _, b in post.baris}, (
            kursus
        )
        assert not {b["teks"] for _, b in pre.baris} & {b["teks"] for _, b in post.baris}


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
    assert Soal.objects.count() >= 200 and Kuis.objects.count() == len(_semua())
    tes = {}
    for s in _semua():
        if s.kuis.get("peran"):
            tes.setdefault(s.kuis["kursus"], {})[s.kuis["peran"]] = s.kuis["slug"]
    assert sorted(pertama[4]) == sorted((t["pre_test"], t["post_test"]) for t in tes.values())
    for soal in Soal.objects.all():
        assert (
            penilaian.periksa_soal(
                jenis=soal.jenis,
                pilihan=[(p.teks, p.benar) for p in soal.pilihan.all()],
                jawaban_isian=soal.jawaban_isian,
                jawaban_angka=soal.jawaban_angka,
                jawaban_benar_salah=soal.jawaban_benar_salah,
                rubrik=soal.rubrik,
                pasangan=[(p.premis, p.jawaban) for p in soal.pasangan.all()],
                ada_gambar=soal.gambar_id is not None,
                gambar_alt=soal.gambar_alt,
            )
            == {}
        ), soal.kode
        assert selectors.teks_kunci(soal)
    assert PelajaranPage.objects.count() >= 30


def test_konten_tidak_sah_menggagalkan_seluruh_muatan(tmp_path, db):
    (tmp_path / "a.toml").write_text(
        '[kuis]\nslug = "x"\njudul = "X"\n\n[[soal]]\nkode = "x-1"\nkategori = "K"\n'
        'jenis = "tunggal"\nteks = "?"\npilihan = ["a", "b"]\nkunci = "C"\n',
        encoding="utf-8",
    )
    with pytest.raises(demo.KontenTidakSah, match="a.toml: soal Baris 1, kolom kunci"):
        demo.muat(tmp_path)
    assert not Kuis.objects.exists()


def test_kode_soal_yang_sama_di_dua_berkas_menggagalkan_seluruh_muatan(tmp_path, db):
    soal = (
        '[[soal]]\nkode = "sama-1"\nkategori = "K"\njenis = "benar_salah"\nteks = "?"\n'
        'kunci = "benar"\n'
    )
    for nama in ("a", "b"):
        (tmp_path / nama).mkdir()
        (tmp_path / nama / "kuis.toml").write_text(
            f'[kuis]\nslug = "kuis-{nama}"\njudul = "X"\n\n{soal}', encoding="utf-8"
        )
    with pytest.raises(
        demo.KontenTidakSah, match="kode soal 'sama-1' sudah dipakai di a/kuis.toml"
    ):
        demo.muat(tmp_path)
    assert not Soal.objects.exists()
