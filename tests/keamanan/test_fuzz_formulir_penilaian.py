"""Hostile input to every form of the live appraisal: SKP create, RHK and IKI create/edit,
realisation, feedback, evaluation, return note and correction. No 5xx; a refusal names the
field in Indonesian and writes nothing."""

from decimal import Decimal

import pytest
from django.forms.models import model_to_dict
from hypothesis import given
from hypothesis import strategies as st

from penilaian.models import (
    SKP,
    BuktiDukung,
    Evaluasi,
    IndikatorKinerja,
    Realisasi,
    RencanaHasilKerja,
    RiwayatPerubahan,
    UmpanBalik,
)
from tests.keamanan.bermusuhan import angka, kirim, pengaturan, pilihan, teks
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

ASPEK = ("kuantitas", "kualitas", "waktu", "biaya")
RATING = ("di_atas_ekspektasi", "sesuai_ekspektasi", "di_bawah_ekspektasi")
PERIODE = ("tw1", "tw2", "tw3", "tw4", "tahunan")


def _baris(*model) -> tuple:
    return tuple(m.objects.count() for m in model)


def _keadaan_skp(skp: SKP):
    def keadaan():
        skp.refresh_from_db()
        return (
            _baris(SKP, RencanaHasilKerja, IndikatorKinerja, Realisasi, BuktiDukung, UmpanBalik),
            _baris(Evaluasi, RiwayatPerubahan),
            model_to_dict(skp),
            [model_to_dict(r) for r in skp.rhk.order_by("pk")],
            [model_to_dict(i) for i in IndikatorKinerja.objects.filter(rhk__skp=skp)],
            [model_to_dict(r) for r in Realisasi.objects.filter(indikator__rhk__skp=skp)],
            [model_to_dict(e) for e in Evaluasi.objects.filter(skp=skp)],
        )

    return keadaan


@pytest.fixture
def h():
    return pabrik.hierarki()


@pytest.fixture
def draf(h, client):
    client.force_login(h.staf.user)
    return pabrik.skp_lengkap(h.staf)


@pytest.fixture
def berjalan(h):
    return pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))


@given(pendekatan=pilihan("kuantitatif", "kualitatif"))
@pengaturan
def test_fuzz_skp_buat(client, h, pendekatan):
    pabrik.periode()
    client.force_login(h.staf_lain.user)
    kirim(
        client,
        "/penilaian/skp/baru/",
        {"pendekatan": pendekatan},
        keadaan=lambda: _baris(SKP, RiwayatPerubahan),
    )


@given(
    data=st.fixed_dictionaries(
        {"teks": teks, "jenis": pilihan("utama", "tambahan"), "rhk_atasan": teks}
    ),
    ubah=st.booleans(),
)
@pengaturan
def test_fuzz_rhk_tambah_dan_ubah(client, draf, data, ubah):
    rhk = draf.rhk.first()
    url = f"/penilaian/skp/{draf.pk}/rhk/" + (f"{rhk.pk}/" if ubah else "")
    draf.refresh_from_db()
    kirim(client, url, {**data, "versi": draf.versi}, keadaan=_keadaan_skp(draf))


@given(
    data=st.fixed_dictionaries(
        {
            "teks": teks,
            "aspek": pilihan(*ASPEK),
            "target": angka,
            "target_min": angka,
            "target_maks": angka,
            "satuan": teks,
            "ekspektasi": teks,
            "polaritas": pilihan("", "maksimal", "minimal", "rentang"),
        }
    ),
    ubah=st.booleans(),
)
@pengaturan
def test_fuzz_iki_tambah_dan_ubah(client, draf, data, ubah):
    rhk = draf.rhk.first()
    iki = rhk.indikator.first()
    url = f"/penilaian/skp/{draf.pk}/rhk/{rhk.pk}/iki/" + (f"{iki.pk}/" if ubah else "")
    draf.refresh_from_db()
    kirim(client, url, {**data, "versi": draf.versi}, keadaan=_keadaan_skp(draf))


@given(
    data=st.fixed_dictionaries(
        {"periode_evaluasi": pilihan(*PERIODE), "nilai": angka, "keterangan": teks}
    )
)
@pengaturan
def test_fuzz_realisasi(client, h, berjalan, data):
    client.force_login(h.staf.user)
    iki = IndikatorKinerja.objects.get(rhk__skp=berjalan)
    # The version of each period's realisation, as the page carries it (0: none yet).
    versi = {f"versi_{p}": 0 for p in PERIODE if p}
    versi |= {f"versi_{r.periode_evaluasi}": r.versi for r in iki.realisasi.all()}
    kirim(
        client,
        f"/penilaian/skp/{berjalan.pk}/iki/{iki.pk}/realisasi/",
        {**versi, **data},
        keadaan=_keadaan_skp(berjalan),
        kolom=("periode", "realisasi", "keterangan", "berkas"),
    )


@given(data=st.fixed_dictionaries({"periode_evaluasi": pilihan(*PERIODE), "teks": teks}))
@pengaturan
def test_fuzz_umpan_balik(client, h, berjalan, data):
    client.force_login(h.lurah.user)
    rhk = berjalan.rhk.first()
    kirim(
        client,
        f"/penilaian/skp/{berjalan.pk}/rhk/{rhk.pk}/umpan-balik/",
        data,
        keadaan=_keadaan_skp(berjalan),
        kolom=("periode", "umpan balik"),
    )


@given(
    data=st.fixed_dictionaries(
        {
            "periode_evaluasi": pilihan(*PERIODE),
            "rating_hasil_kerja": pilihan(*RATING),
            "alasan_rating": teks,
            "rating_perilaku": pilihan(*RATING),
            "perilaku_berorientasi_pelayanan": teks,
            "perilaku_kolaboratif": teks,
        }
    )
)
@pengaturan
def test_fuzz_evaluasi(client, h, berjalan, data):
    client.force_login(h.lurah.user)
    evaluasi = Evaluasi.objects.filter(skp=berjalan, periode_evaluasi="tahunan").first()
    versi = evaluasi.versi if evaluasi else 0
    kirim(
        client,
        f"/penilaian/skp/{berjalan.pk}/evaluasi/",
        {**data, "versi": versi},
        keadaan=_keadaan_skp(berjalan),
        # A refusal by the engine names the document path ("rhk[0].indikator[0].realisasi").
        kolom=("periode", "realisasi", "rating", "alasan", "perilaku"),
    )


@pytest.fixture
def diajukan(h):
    return pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)


@given(catatan=teks)
@pengaturan
def test_fuzz_kembalikan(client, h, diajukan, catatan):
    client.force_login(h.lurah.user)
    # An accepted note returns the SKP to draft; every example starts from a submitted one.
    SKP.objects.filter(pk=diajukan.pk).update(status=SKP.Status.DIAJUKAN)
    diajukan.refresh_from_db()
    kirim(
        client,
        f"/penilaian/skp/{diajukan.pk}/kembalikan/",
        {"catatan": catatan, "versi": diajukan.versi},
        keadaan=_keadaan_skp(diajukan),
        kolom=("catatan",),
    )


@given(
    data=st.fixed_dictionaries(
        {
            "rating_hasil_kerja": pilihan(*RATING),
            "rating_perilaku": pilihan(*RATING),
            "alasan": teks,
        }
    )
)
@pengaturan
def test_fuzz_koreksi(client, h, berjalan, buat_pengguna, data):
    from penilaian import services

    if not Evaluasi.objects.filter(skp=berjalan, status="final").exists():
        e = services.evaluasi_simpan(
            oleh=h.lurah.user, skp=berjalan, versi=None, rating_perilaku="sesuai_ekspektasi"
        )
        services.evaluasi_finalkan(oleh=h.lurah.user, evaluasi=e, versi=e.versi)
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    evaluasi = Evaluasi.objects.get(skp=berjalan, status="final")
    kirim(
        client,
        f"/penilaian/skp/{berjalan.pk}/evaluasi/koreksi/",
        {**data, "versi": evaluasi.versi},
        keadaan=_keadaan_skp(berjalan),
        kolom=("alasan", "rating"),
    )
