"""Hostile text in the evaluation PDF: everything typed is shown literally, never obeyed."""

import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from reportlab import rl_config

from kursus.pdf import sertifikat_pdf
from penilaian import services
from penilaian.dokumen import dokumen_evaluasi_pdf
from penilaian.models import SKP
from penilaian.pdf_aman import teks_pdf
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

PREDIKAT_PALSU = '<font color="red" size="18">PREDIKAT KINERJA PEGAWAI: SANGAT BAIK</font>'
TAUTAN = '<a href="javascript:alert(1)">klik</a> <link href="https://contoh.invalid/x">situs</link>'
GAMBAR = '<img src="/etc/passwd" width="40" height="40"/>'
KURUNG = "capaian < 5 & tetap > 0 <b"


def _teks(pdf: bytes, tmp_path) -> str:
    berkas = tmp_path / "dokumen.pdf"
    berkas.write_bytes(pdf)
    keluaran = subprocess.run(  # noqa: S603 (a fixed program on a file the test wrote)
        [shutil.which("pdftotext"), str(berkas), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return re.sub(r"\s+", "", keluaran)


def _rapat(teks: str) -> str:
    return re.sub(r"\s+", "", teks)


@pytest.fixture
def evaluasi_jahat():
    h = pabrik.hierarki()
    h.staf.nama = f"Staf {KURUNG}"
    h.staf.save()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    rhk = skp.rhk.get()
    rhk.teks = f"Laporan {TAUTAN}"
    rhk.save()
    iki = rhk.indikator.get()
    iki.teks = f"Jumlah laporan {GAMBAR}"
    iki.save()
    services.umpan_balik_beri(
        oleh=h.lurah.user, rhk=rhk, periode_evaluasi="tahunan", teks=f"Bagus {KURUNG}"
    )
    e = services.evaluasi_simpan(
        oleh=h.lurah.user,
        skp=skp,
        versi=None,
        rating_perilaku="sesuai_ekspektasi",
        rating_hasil_kerja="di_atas_ekspektasi",
        alasan_rating=PREDIKAT_PALSU,
        catatan_perilaku={"akuntabel": KURUNG},
    )
    return h, services.evaluasi_finalkan(oleh=h.lurah.user, evaluasi=e, versi=e.versi)


def test_teks_pdf_meloloskan_markup_sebagai_teks():
    assert teks_pdf('<a href="x">&</a>') == '&lt;a href="x"&gt;&amp;&lt;/a&gt;'
    assert teks_pdf("a\u202eb\x00c\nd") == "abc<br/>d"
    assert teks_pdf(None) == ""


def test_reportlab_tidak_mempercayai_host_maupun_skema():
    assert not rl_config.trustedHosts
    assert list(rl_config.trustedSchemes) == []


def test_markup_yang_ditanam_tampil_sebagai_teks_dan_pdf_tetap_terbit(
    client, evaluasi_jahat, tmp_path
):
    h, evaluasi = evaluasi_jahat
    client.force_login(h.staf.user)
    respons = client.get(f"/penilaian/skp/{evaluasi.skp_id}/dokumen-evaluasi.pdf")
    assert respons.status_code == 200
    pdf = respons.content
    teks = _teks(pdf, tmp_path)
    for tanam in (PREDIKAT_PALSU, TAUTAN, GAMBAR, KURUNG):
        assert _rapat(tanam) in teks
    # No link annotation, no embedded image: the markup was not obeyed.
    assert b"/URI" not in pdf
    assert b"/Annot" not in pdf
    assert b"/Subtype /Image" not in pdf
    # The real predikat is the only one stated as a field of the document.
    assert _rapat(f"PREDIKAT KINERJA PEGAWAI {evaluasi.predikat}") in teks


def test_kurung_sudut_di_umpan_balik_tidak_membuat_500(client, evaluasi_jahat, tmp_path):
    h, evaluasi = evaluasi_jahat
    pdf = dokumen_evaluasi_pdf(evaluasi, url_verifikasi="https://contoh.invalid/v/<x>&y")
    assert _rapat("Bagus " + KURUNG) in _teks(pdf, tmp_path)
    assert _rapat("https://contoh.invalid/v/<x>&y") in _teks(pdf, tmp_path)


def test_sertifikat_membuang_karakter_kendali_dan_bidi(tmp_path):
    class Sertifikat:
        kode = "ABC123"
        nama_peserta = "Ali\u202eevil\x07 <b>Baik</b>"
        nip = "198501012010011001"
        judul_kursus = "Kursus <i>Uji</i>"
        durasi_jp = 4

        @property
        def diterbitkan_pada(self):
            from django.utils import timezone

            return timezone.now()

    pdf = sertifikat_pdf(Sertifikat(), url_verifikasi="https://contoh.invalid/s/ABC123")
    teks = _teks(pdf, tmp_path)
    assert _rapat("Alievil <b>Baik</b>") in teks
    assert _rapat("Kursus <i>Uji</i>") in teks
    assert "\u202e" not in teks
