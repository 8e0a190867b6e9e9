"""``manage.py nilai`` tanpa Django (penilaian.mesin.cli): kontrak yang sama dengan perintah Django."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from penilaian.mesin import loads_desimal, nilai_json
from penilaian.mesin.cli import BerkasTidakTerbuka, jalan_langsung, nilai_berkas

from .dokumen import kegiatan, permen, pp46

AKAR = Path(__file__).resolve().parents[2]
DAFTAR = [pp46(kegiatan(tw=12, rw="9.12")), permen()]


@pytest.fixture
def berkas(tmp_path):
    path = tmp_path / "skp.json"
    path.write_text(json.dumps(DAFTAR), encoding="utf-8")
    return str(path)


def _stdin(monkeypatch, teks: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(teks.encode()), "utf-8"))


@pytest.mark.parametrize("langkah", [True, False])
def test_daftar_dari_berkas_sama_dengan_nilai_json(berkas, capsys, langkah):
    argumen = [berkas] if langkah else ["--tanpa-langkah", berkas]
    assert jalan_langsung(argumen) == 0
    keluar, galat = capsys.readouterr()
    assert galat == ""
    assert json.loads(keluar) == nilai_json(loads_desimal(json.dumps(DAFTAR)), langkah=langkah)
    # Satu hasil per baris, seperti perintah Django.
    assert keluar.count("\n") == len(DAFTAR) + 2


def test_stdin_tidak_sah_status_2_stdout_kosong(monkeypatch, capsys):
    rusak = pp46(kegiatan(rw=0))
    _stdin(monkeypatch, json.dumps([DAFTAR[0], rusak]))
    assert jalan_langsung(["-"]) == 2
    keluar, galat = capsys.readouterr()
    assert keluar == ""
    assert galat == "[1].kegiatan[0].waktu.realisasi: harus lebih besar dari 0\n"


def test_berkas_tidak_ada_seperti_command_error(tmp_path, capsys):
    assert jalan_langsung([str(tmp_path / "tidak-ada.json")]) == 2
    keluar, galat = capsys.readouterr()
    assert keluar == ""
    assert galat.startswith("CommandError: tidak dapat membuka ")
    assert galat.endswith("No such file or directory\n")
    with pytest.raises(BerkasTidakTerbuka, match="tidak dapat membuka"):
        nilai_berkas(str(tmp_path), None, io.StringIO(), langkah=True)


@pytest.mark.parametrize(
    "argumen",
    [
        [],
        ["--help"],
        ["a.json", "b.json"],
        ["a.json", "--tanpa-langkah", "--tanpa-langkah"],
        ["a.json", "--settings=config.settings.test"],
        ["-v", "2", "a.json"],
    ],
)
def test_bentuk_lain_diserahkan_ke_perintah_django(argumen, capsys):
    assert jalan_langsung(argumen) is None
    assert capsys.readouterr() == ("", "")


def test_manage_py_tanpa_django(berkas):
    """Proses sungguhan: hasil benar, dan Django tidak pernah dimuat di jalan langsung."""
    periksa = (
        "import runpy, sys; sys.argv = ['manage.py', 'nilai', sys.argv[1]]\n"
        "try:\n    runpy.run_path('manage.py', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "    assert not any(m.split('.')[0] == 'django' for m in sys.modules), 'django dimuat'\n"
        "    assert 'penilaian.mesin.pemeriksa' not in sys.modules, 'pemeriksa dimuat'\n"
        "    assert 'typing_extensions' not in sys.modules, 'typing_extensions dimuat/dihalangi'\n"
    )
    jalan = subprocess.run(  # noqa: S603 - perintah tetap, berkas dari tmp_path
        [sys.executable, "-c", periksa, berkas], capture_output=True, text=True, cwd=AKAR
    )
    assert jalan.returncode == 0, jalan.stderr
    assert json.loads(jalan.stdout) == nilai_json(loads_desimal(json.dumps(DAFTAR)))


def test_pemeriksa_dimuat_saat_dipakai():
    """Nama pemeriksa tetap dapat diimpor dari ``penilaian.mesin``; nama lain tetap galat."""
    import penilaian.mesin as mesin
    from penilaian.mesin.pemeriksa import periksa

    assert mesin.periksa is periksa
    with pytest.raises(AttributeError, match="tidak_ada"):
        mesin.tidak_ada  # noqa: B018


def test_manage_py_bentuk_lain_tidak_menghalangi_typing_extensions():
    """Jalan langsung memuat msgspec tanpa typing_extensions; bila argumennya diserahkan ke
    Django, penghalang itu sudah diangkat (Django dan pustaka lain boleh memuatnya)."""
    periksa = (
        "import runpy, sys; sys.argv = ['manage.py', 'nilai', '--help']\n"
        "try:\n    runpy.run_path('manage.py', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        "assert 'msgspec' in sys.modules\n"
        "import typing_extensions\n"
    )
    jalan = subprocess.run(  # noqa: S603 - perintah tetap
        [sys.executable, "-c", periksa], capture_output=True, text=True, cwd=AKAR
    )
    assert jalan.returncode == 0, jalan.stderr
    assert "--tanpa-langkah" in jalan.stdout
