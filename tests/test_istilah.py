"""One term per concept: the glossary in docs/istilah.md names, for each concept, the term the
product uses and the terms it avoids; no avoided term appears in what participants read
(lessons, quizzes, simulator cases, the indicator library, templates and translatable text)."""

import re
import tomllib
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parent.parent
GLOSARIUM = AKAR / "docs" / "istilah.md"


def baris_glosarium() -> list[tuple[str, list[str]]]:
    """``(istilah, [istilah yang dihindari])`` for every table row of the glossary."""
    hasil = []
    for baris in GLOSARIUM.read_text(encoding="utf-8").splitlines():
        kolom = [k.strip() for k in baris.strip().strip("|").split("|")]
        if len(kolom) != 4 or kolom[0] in ("Istilah", "---"):
            continue
        hasil.append((kolom[0], re.findall(r"`([^`]+)`", kolom[3])))
    return hasil


def _teks_toml(data) -> list[str]:
    """Every string of a parsed TOML document except accepted short answers (``kunci``), which
    list the spellings a participant may type on purpose."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, list):
        return [t for d in data for t in _teks_toml(d)]
    if isinstance(data, dict):
        return [t for k, v in data.items() if k != "kunci" for t in _teks_toml(v)]
    return []


_GETTEXT = re.compile(r"\b(?:_|gettext|gettext_lazy|ngettext)\(\s*((?:\"[^\"]*\"\s*)+)")


def _teks_gettext(kode: str) -> list[str]:
    return ["".join(re.findall(r"\"([^\"]*)\"", m)) for m in _GETTEXT.findall(kode)]


def sumber_teks() -> dict[str, str]:
    """Every text a participant or user reads, by path relative to the repository."""
    teks: dict[str, str] = {}
    for pola in ("kursus/konten/**/*.md", "templates/**/*.html"):
        for berkas in AKAR.glob(pola):
            teks[str(berkas.relative_to(AKAR))] = berkas.read_text(encoding="utf-8")
    for pola in (
        "kursus/kuis/konten/**/*.toml",
        "simulasi/konten/*.toml",
        "penilaian/konten/pustaka-indikator.toml",
    ):
        for berkas in AKAR.glob(pola):
            data = tomllib.loads(berkas.read_text(encoding="utf-8"))
            teks[str(berkas.relative_to(AKAR))] = "\n".join(_teks_toml(data))
    for app in ("penilaian", "simulasi", "kursus", "situs", "sosialisasi"):
        for berkas in (AKAR / app).rglob("*.py"):
            if "migrations" in berkas.parts:
                continue
            teks[str(berkas.relative_to(AKAR))] = "\n".join(
                _teks_gettext(berkas.read_text(encoding="utf-8"))
            )
    return teks


GLOSARIUM_BARIS = baris_glosarium()
SUMBER = sumber_teks()


def test_glosarium_minimal_40_istilah_dan_istilah_resmi_ada():
    istilah = [i for i, _ in GLOSARIUM_BARIS]
    assert len(istilah) >= 40
    wajib = {"standar pelayanan", "maklumat pelayanan", "ekspektasi khusus pimpinan", "realisasi"}
    assert wajib <= {i.split(" (")[0] for i in istilah}
    for awal in ("SKP", "RHK", "IKI", "capaian", "predikat kinerja"):
        assert any(i.startswith(awal) for i in istilah), awal


def test_setiap_istilah_punya_padanan_yang_dihindari_dan_tidak_bertabrakan():
    dipakai = {i.split(" (")[0].lower() for i, _ in GLOSARIUM_BARIS}
    for istilah, hindari in GLOSARIUM_BARIS:
        assert hindari, istilah
        for h in hindari:
            assert h.lower() not in dipakai, (istilah, h)


def test_pemindai_menemukan_isi_yang_dibaca_peserta():
    """The scan is not vacuous: it reads lessons, quizzes, cases, the library and templates."""
    assert sum(p.startswith("kursus/konten/") for p in SUMBER) >= 30
    assert sum(p.startswith("kursus/kuis/konten/") for p in SUMBER) >= 30
    assert sum(p.startswith("simulasi/konten/") for p in SUMBER) >= 12
    assert "penilaian/konten/pustaka-indikator.toml" in SUMBER
    assert any("Rencana Hasil Kerja" in t for t in SUMBER.values())


def _pola(istilah: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(istilah)}(?![\w-])", re.IGNORECASE)


@pytest.mark.parametrize(
    ("istilah", "hindari"), GLOSARIUM_BARIS, ids=[i for i, _ in GLOSARIUM_BARIS]
)
def test_istilah_yang_dihindari_tidak_dipakai(istilah, hindari):
    temuan = [
        f"{jalur}: “{h}” (pakai “{istilah}”)"
        for h in hindari
        for jalur, teks in SUMBER.items()
        if _pola(h).search(teks)
    ]
    assert temuan == []


def test_pemindai_mengenali_istilah_terlarang():
    assert _pola("janji layanan").search("Loket memasang Janji Layanan di dinding.")
    assert not _pola("e kinerja").search("Kaskade kinerja dari camat")
    assert _teks_gettext('x = _("Standar " "layanan")') == ["Standar layanan"]
    assert _teks_toml({"kunci": ["Ber AKHLAK"], "teks": "BerAKHLAK"}) == ["BerAKHLAK"]
