"""The five courses as content files (no database): size, structure, what every lesson embeds,
and the model indicators and worked examples the lessons show."""

import json

import pytest

from kursus.demo import folder_kursus
from kursus.kuis.demo import semua_sumber
from kursus.sumber import baca, blok, kata_prosa
from penilaian.mesin import nilai_json, periksa
from simulasi.demo import baca_konten

SLUG_KURSUS_PERTAMA = "penyusunan-indikator-kinerja"


def _pelajaran():
    """(course slug, lesson slug, StreamField data, referenced (kind, slug) pairs)."""
    hasil = []
    for folder in folder_kursus():
        slug_kursus = baca(folder / "kursus.md").meta["slug"]
        for path in sorted(folder.glob("[0-9][0-9]-*.md")):
            sumber = baca(path)
            slug = sumber.meta.get("slug") or path.stem[3:]
            rujukan = []

            def catat(jenis, kunci, rujukan=rujukan):
                rujukan.append((jenis, kunci))
                return 0

            data = blok(sumber.isi, kunci=slug, rujukan=catat)
            hasil.append((slug_kursus, slug, data, rujukan))
    return hasil


def _blok(jenis: str) -> list[tuple[str, dict]]:
    return [
        (f"{kursus}/{slug}", b["value"])
        for kursus, slug, data, _ in _pelajaran()
        for b in data
        if b["type"] == jenis
    ]


def test_lima_kursus_sedikitnya_30_pelajaran_dan_15000_kata_prosa():
    folder = folder_kursus()
    isi = [baca(p).isi for f in folder for p in sorted(f.glob("[0-9][0-9]-*.md"))]
    assert len(folder) == 5
    assert len(isi) >= 30
    assert sum(kata_prosa(t) for t in isi) >= 15000


def test_kursus_pertama_tetap_memakai_slug_lamanya():
    """Enrolments and certificates of the first course point at this slug."""
    assert baca(folder_kursus()[0] / "kursus.md").meta["slug"] == SLUG_KURSUS_PERTAMA


def test_setiap_pelajaran_menyematkan_kuis_pelajarannya_sendiri():
    kuis = {s.kuis["slug"]: s.kuis for s in semua_sumber()}
    for kursus, slug, _, rujukan in _pelajaran():
        disematkan = [k for jenis, k in rujukan if jenis == "kuis"]
        assert len(disematkan) == 1, slug
        meta = kuis[disematkan[0]]
        assert (meta["kursus"], meta["pelajaran"]) == (kursus, slug)


def test_setiap_kursus_punya_satu_pre_test_dan_satu_post_test():
    for folder in folder_kursus():
        slug = baca(folder / "kursus.md").meta["slug"]
        peran = sorted(s.kuis.get("peran", "") for s in semua_sumber() if s.kuis["kursus"] == slug)
        assert peran.count("pre_test") == 1 and peran.count("post_test") == 1, slug


def test_kasus_yang_disematkan_ada_di_simulator():
    kasus = {k["slug"] for k in baca_konten()}
    disematkan = {k for *_, rujukan in _pelajaran() for jenis, k in rujukan if jenis == "kasus"}
    assert disematkan and disematkan <= kasus


@pytest.mark.parametrize(("letak", "nilai"), _blok("contoh_indikator"))
def test_contoh_indikator_perbaikan_layak_tanpa_temuan_dan_awalnya_tidak(letak, nilai):
    """A model indicator shows no finding at all, not even advice (a lesson that says the
    improved form includes its time frame must not show a TANPA_WAKTU note beside it)."""
    perbaikan = periksa({"teks": nilai["perbaikan"], "target": nilai["target_perbaikan"]})
    awal = periksa({"teks": nilai["awal"], "target": nilai["target_awal"]})
    assert perbaikan.layak and not perbaikan.temuan, (letak, [t.kode for t in perbaikan.temuan])
    assert not awal.layak, letak


@pytest.mark.parametrize(("letak", "nilai"), _blok("contoh_perhitungan"))
def test_contoh_perhitungan_dihitung_mesin(letak, nilai):
    hasil = nilai_json(json.loads(nilai["dokumen"]))
    assert hasil["langkah"], letak


def test_statistik_kurikulum_mencetak_jumlah_dari_berkas():
    import io

    from django.core.management import call_command

    keluaran = io.StringIO()
    call_command("statistik_kurikulum", stdout=keluaran)
    isi = [baca(p).isi for f in folder_kursus() for p in sorted(f.glob("[0-9][0-9]-*.md"))]
    soal = sum(len(s.baris) for s in semua_sumber())
    assert (
        f"Jumlah: 5 kursus, {len(isi)} pelajaran, {sum(kata_prosa(t) for t in isi)} kata prosa"
    ) in keluaran.getvalue()
    assert f"{soal} soal." in keluaran.getvalue()
