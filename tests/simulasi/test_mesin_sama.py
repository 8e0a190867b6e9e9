"""The guarantee: practice scores exactly like reality, on every path.

For every demo case, and for generated SKPs, the same RHK, IKI and realisation are entered as a
simulator attempt and as a live SKP. Then these must be equal, field for field, both the engine
document and the engine result:

    simulator attempt = live proposal = stored final evaluation = replay of the stored final
                      = a correction that changes nothing = replay of the stored attempt

under the active kebijakan; and after Admin Kepegawaian gives the running period another
kebijakan, a new attempt and the live proposal follow it, while the stored final and the stored
attempt still replay to what they stored. Two kebijakan are used, so a policy change that did not
reach one path would show.
"""

from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from penilaian import services as layanan
from penilaian.mesin import angka_json
from penilaian.models import (
    SKP,
    CapaianOrganisasi,
    IndikatorKinerja,
    Kebijakan,
    Pegawai,
    PeriodeEvaluasi,
    Realisasi,
    RencanaHasilKerja,
)
from penilaian.services.nilai import hasil_putar_ulang
from simulasi import demo, services
from simulasi.jawaban import daftar_rhk, jawaban_dari
from simulasi.mappers import dokumen_dari_jawaban
from simulasi.models import KasusSimulasi
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

SLUG_KASUS = [data["slug"] for data in demo.baca_konten()]


def _sama_per_bidang(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for kunci in a:
        assert a[kunci] == b[kunci], kunci


def _desimal(nilai) -> Decimal:
    return Decimal(repr(nilai)) if isinstance(nilai, float) else Decimal(nilai)


def skp_dari_rhk(hierarki, kasus, periode, daftar: list[dict]) -> SKP:
    """An RHK list in the simulator's answer form (``jawaban.daftar_rhk``, with realisasi) as
    one approved live SKP of ``hierarki.staf``: one RHK per RHK, in order, each intervening an
    RHK of the atasan with the case's text, with its IKI and annual realisation rows."""
    skp_atasan = SKP.objects.create(pegawai=hierarki.lurah, periode=periode)
    rhk_atasan = RencanaHasilKerja.objects.create(skp=skp_atasan, teks=kasus.rhk_atasan)
    pegawai_seperti_kasus(hierarki.staf, kasus, periode)
    skp = SKP.objects.create(
        pegawai=hierarki.staf,
        periode=periode,
        status=SKP.Status.DISETUJUI,
        pendekatan=kasus.pendekatan,
    )
    for urutan_rhk, isi in enumerate(daftar):
        rhk = RencanaHasilKerja.objects.create(
            skp=skp, teks=isi["rhk"], rhk_atasan=rhk_atasan, urutan=urutan_rhk
        )
        for urutan, iki in enumerate(isi["indikator"]):
            target = iki["target"]
            rentang = isinstance(target, dict)
            indikator = IndikatorKinerja.objects.create(
                rhk=rhk,
                teks=iki["teks"],
                aspek=iki["aspek"],
                target=None if rentang else _desimal(target),
                target_min=_desimal(target["min"]) if rentang else None,
                target_maks=_desimal(target["maks"]) if rentang else None,
                satuan=iki["satuan"],
                polaritas=iki.get("polaritas") or "",
                urutan=urutan,
            )
            Realisasi.objects.create(
                indikator=indikator,
                periode_evaluasi=PeriodeEvaluasi.TAHUNAN,
                nilai=_desimal(iki["realisasi"]),
            )
    return skp


def pegawai_seperti_kasus(pegawai: Pegawai, kasus, periode) -> None:
    """The live employee in the case's position: a jabatan fungsional with the case's
    coefficient, and the leader of a unit with the case's capaian kinerja organisasi."""
    if kasus.koefisien_jf is not None:
        pegawai.jenis_jabatan = Pegawai.JenisJabatan.FUNGSIONAL
        pegawai.koefisien_jf = kasus.koefisien_jf
    if kasus.capaian_kinerja_organisasi:
        pegawai.memimpin_unit = True
        CapaianOrganisasi.objects.update_or_create(
            unit=pegawai.unit, periode=periode,
            defaults={"capaian": kasus.capaian_kinerja_organisasi},
        )  # fmt: skip
    pegawai.save()


def semua_jalan_sama(*, hierarki, admin, kasus, periode, daftar, peserta) -> dict:
    """Run every path once for ``daftar`` and assert they agree; returns the stored final
    evaluation and attempt so the caller can change the kebijakan and look again."""
    skp = skp_dari_rhk(hierarki, kasus, periode, daftar)
    jawaban = jawaban_dari(daftar, prediksi="")

    percobaan = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban)
    rating_hasil_kerja = kasus.rating_hasil_kerja or None
    usulan = layanan.evaluasi_hitung_usulan(
        skp=skp, rating_perilaku=kasus.rating_perilaku, rating_hasil_kerja=rating_hasil_kerja
    )
    evaluasi = layanan.evaluasi_simpan(
        oleh=hierarki.lurah.user, skp=skp, versi=None, rating_perilaku=kasus.rating_perilaku,
        rating_hasil_kerja=rating_hasil_kerja,
        alasan_rating="Uji: rating pejabat penilai dalam kasus",
    )  # fmt: skip
    evaluasi = layanan.evaluasi_finalkan(
        oleh=hierarki.lurah.user, evaluasi=evaluasi, versi=evaluasi.versi
    )
    final = dict(evaluasi.hasil_mesin)
    putar_final = hasil_putar_ulang(evaluasi)
    koreksi = layanan.evaluasi_koreksi(
        oleh=admin, evaluasi=evaluasi, versi=evaluasi.versi, alasan="Uji: tidak mengubah apa pun"
    )
    putar_percobaan = hasil_putar_ulang(percobaan)

    # The documents: what the engine was given is the same on every path.
    assert percobaan.masukan_mesin == evaluasi.masukan_mesin == putar_final.dokumen
    assert putar_percobaan.dokumen == percobaan.masukan_mesin
    # The results, field for field.
    for hasil in (usulan, final, putar_final.hasil, koreksi.hasil_mesin, putar_percobaan.hasil):
        _sama_per_bidang(percobaan.hasil_mesin, hasil)
    assert percobaan.kebijakan_nama == evaluasi.masukan_mesin["kebijakan"]["nama"]
    return {"skp": skp, "evaluasi": koreksi, "percobaan": percobaan, "jawaban": jawaban}


@pytest.fixture
def dunia(db, periode_aktif):
    h = pabrik.hierarki()
    admin = pabrik.pegawai("Admin Uji", peran=("Admin Kepegawaian",)).user
    return h, admin


def _ganti_kebijakan(periode, nama="Kebijakan uji ketat", atas=100, sesuai=97) -> Kebijakan:
    periode.kebijakan = Kebijakan.objects.create(
        nama=nama, ambang_di_atas=atas, ambang_sesuai=sesuai
    )
    periode.save()
    return periode.kebijakan


def _setelah_ganti_kebijakan(*, jalan, kasus, peserta, kebijakan_baru) -> None:
    """After the running period's kebijakan changed: new practice and the live proposal use the
    new one and agree; what was stored replays to itself under the kebijakan it stored."""
    baru = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jalan["jawaban"])
    assert baru.hasil_mesin["kebijakan"]["nama"] == kebijakan_baru.nama
    usulan = layanan.evaluasi_hitung_usulan(
        skp=jalan["skp"],
        rating_perilaku=kasus.rating_perilaku,
        rating_hasil_kerja=kasus.rating_hasil_kerja or None,
    )
    _sama_per_bidang(baru.hasil_mesin, usulan)
    for tersimpan in (jalan["evaluasi"], jalan["percobaan"]):
        tersimpan.refresh_from_db()
        assert tersimpan.masukan_mesin["kebijakan"]["nama"] != kebijakan_baru.nama
        _sama_per_bidang(hasil_putar_ulang(tersimpan).hasil, tersimpan.hasil_mesin)


@pytest.mark.parametrize("slug", SLUG_KASUS)
def test_semua_jalan_sama_untuk_kasus_demo(kasus_demo, periode_aktif, peserta, dunia, slug):
    h, admin = dunia
    kasus = kasus_demo[slug]
    daftar = daftar_rhk(services.jawaban_model(kasus))
    jalan = semua_jalan_sama(
        hierarki=h, admin=admin, kasus=kasus, periode=periode_aktif, daftar=daftar,
        peserta=peserta,
    )  # fmt: skip
    assert jalan["percobaan"].kebijakan_nama == periode_aktif.kebijakan.nama
    baru = _ganti_kebijakan(periode_aktif)
    _setelah_ganti_kebijakan(jalan=jalan, kasus=kasus, peserta=peserta, kebijakan_baru=baru)


def rhk_tiga_kasus(kasus_demo, slug) -> list[dict]:
    """Three RHK for one attempt: the case's own model answer, then the model answers of the
    next two demo cases (other aspects, realisations and polarities)."""
    i = SLUG_KASUS.index(slug)
    urutan = SLUG_KASUS[i:] + SLUG_KASUS[:i]
    return [daftar_rhk(services.jawaban_model(kasus_demo[s]))[0] for s in urutan[:3]]


@pytest.mark.parametrize("slug", SLUG_KASUS)
def test_semua_jalan_sama_dengan_tiga_rhk(kasus_demo, periode_aktif, peserta, dunia, slug):
    h, admin = dunia
    kasus = kasus_demo[slug]
    jalan = semua_jalan_sama(
        hierarki=h, admin=admin, kasus=kasus, periode=periode_aktif,
        daftar=rhk_tiga_kasus(kasus_demo, slug), peserta=peserta,
    )  # fmt: skip
    assert len(jalan["percobaan"].hasil_mesin["rhk"]) == 3
    baru = _ganti_kebijakan(periode_aktif)
    _setelah_ganti_kebijakan(jalan=jalan, kasus=kasus, peserta=peserta, kebijakan_baru=baru)


def test_kebijakan_ketat_mengubah_predikat_pada_kedua_jalan(kasus_demo, periode_aktif, peserta):
    """A sanity check that the comparisons are not vacuous: the stricter policy changes a
    predikat (posyandu, 95 %: sesuai under 90 %, di bawah under 97 %) on both paths."""
    h = pabrik.hierarki()
    kasus = kasus_demo["posyandu-kesehatan"]
    daftar = daftar_rhk(services.jawaban_model(kasus))
    skp = skp_dari_rhk(h, kasus, periode_aktif, daftar)
    jawaban = jawaban_dari(daftar, prediksi="")
    hasil = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban).hasil_mesin
    assert hasil["predikat"] == "Baik"
    _ganti_kebijakan(periode_aktif)
    hasil = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban).hasil_mesin
    assert hasil["predikat"] == "Butuh Perbaikan"
    usulan = layanan.evaluasi_hitung_usulan(skp=skp, rating_perilaku=kasus.rating_perilaku)
    assert usulan["predikat"] == "Butuh Perbaikan"


# ------------------------------------------------------------------ generated SKPs (hypothesis)

_angka = st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False).map(angka_json)
_positif = st.decimals(min_value="0.01", max_value=100_000, places=2, allow_nan=False).map(
    angka_json
)


@st.composite
def _iki(draw) -> dict:
    aspek = draw(st.sampled_from(["kuantitas", "kualitas", "waktu", "biaya"]))
    polaritas = draw(st.sampled_from(["", "naik", "turun"]))
    turun = polaritas == "turun" or (not polaritas and aspek in ("waktu", "biaya"))
    if draw(st.booleans()):
        a, b = sorted([_desimal(draw(_positif)), _desimal(draw(_positif))])
        target = {"min": angka_json(a), "maks": angka_json(b)}
    else:
        target = draw(_angka if turun else _positif)
    return {
        "teks": draw(
            st.sampled_from(["Jumlah laporan yang selesai", "Persentase berkas tepat waktu"])
        ),
        "aspek": aspek,
        "target": target,
        "satuan": draw(st.sampled_from(["laporan", "%", "hari", "Rp"])),
        "polaritas": polaritas,
        "realisasi": draw(_angka),
    }


_daftar_rhk = st.lists(
    st.fixed_dictionaries(
        {
            "rhk": st.sampled_from(["Tersusunnya laporan", "Meningkatnya layanan PATEN"]),
            "indikator": st.lists(_iki(), min_size=1, max_size=3),
        }
    ),
    min_size=1,
    max_size=3,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(daftar=_daftar_rhk, perilaku=st.sampled_from(["di_atas_ekspektasi", "sesuai_ekspektasi"]))
def test_semua_jalan_sama_untuk_skp_acak(periode_aktif, peserta, daftar, perilaku):
    # Each example in its own savepoint, rolled back: the next one starts from the same data.
    with transaction.atomic():
        h = pabrik.hierarki()
        admin = pabrik.pegawai("Admin Acak", peran=("Admin Kepegawaian",)).user
        kasus = KasusSimulasi(rhk_atasan="Meningkatnya kualitas pelayanan publik kecamatan",
                              rating_perilaku=perilaku)  # fmt: skip
        kasus.slug, kasus.judul = "acak", "Kasus acak"
        kasus.save()
        # The simulator's own document builder agrees with what the generated answer says.
        dokumen = dokumen_dari_jawaban(
            kasus, jawaban_dari(daftar), kebijakan=periode_aktif.kebijakan
        )
        assert [len(r["indikator"]) for r in dokumen["rhk"]] == [
            len(r["indikator"]) for r in daftar
        ]
        jalan = semua_jalan_sama(
            hierarki=h, admin=admin, kasus=kasus, periode=periode_aktif, daftar=daftar,
            peserta=peserta,
        )  # fmt: skip
        baru = _ganti_kebijakan(periode_aktif, nama="Kebijakan acak", atas=105, sesuai=95)
        _setelah_ganti_kebijakan(jalan=jalan, kasus=kasus, peserta=peserta, kebijakan_baru=baru)
        transaction.set_rollback(True)
