from decimal import Decimal

import pytest

from penilaian import mesin
from penilaian.mappers import dokumen_dari_skp, dokumen_permen, kebijakan_ke_mesin
from penilaian.selectors import kebijakan_aktif
from penilaian.services import evaluasi_hitung_usulan
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def test_usulan_skp_sama_dengan_dokumen_permen_yang_sama():
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status="disetujui", realisasi=Decimal("13.5"))
    hasil = evaluasi_hitung_usulan(skp=skp)
    langsung = mesin.nilai_json(
        dokumen_permen(
            rhk=[
                {
                    "teks": "Tersusunnya laporan kependudukan kelurahan yang tepat waktu",
                    "jenis": "utama",
                    "indikator": [
                        {
                            "teks": "Jumlah laporan kependudukan yang disampaikan tepat "
                            "waktu per bulan",
                            "aspek": "kuantitas",
                            "target": Decimal("12"),
                            "realisasi": Decimal("13.5"),
                            "satuan": "laporan",
                        }
                    ],
                }
            ],
            rating_perilaku="sesuai_ekspektasi",
            kebijakan=kebijakan_ke_mesin(kebijakan_aktif()),
        )
    )
    assert hasil == langsung
    assert hasil["capaian_hasil_kerja"] == 112.5
    assert hasil["rating_hasil_kerja_usulan"] == "di_atas_ekspektasi"
    assert hasil["langkah"]


def test_realisasi_tahunan_kosong_memakai_triwulan_terakhir():
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status="disetujui")
    iki = skp.rhk.get().indikator.get()
    iki.realisasi.create(periode_evaluasi="tw1", nilai=3)
    iki.realisasi.create(periode_evaluasi="tw2", nilai=6)
    dokumen = dokumen_dari_skp(
        skp, periode_evaluasi="tahunan", kebijakan=None, rating_perilaku="sesuai_ekspektasi"
    )
    assert mesin.nilai_json(dokumen)["capaian_hasil_kerja"] == 50.0
