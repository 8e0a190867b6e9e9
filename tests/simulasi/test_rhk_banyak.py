"""Up to three RHK per attempt: the one answer reader, step 2's extra RHK, scoring per RHK,
the what-if across RHK, and attempts stored before ``rhk_tambahan`` existed."""

import importlib
import json

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from penilaian import mesin, selectors
from penilaian.mesin import periksa
from penilaian.mesin.angka import ubah_angka
from penilaian.services.nilai import hasil_putar_ulang
from simulasi import selectors as selectors_simulasi
from simulasi import services
from simulasi.jawaban import daftar_rhk, jawaban_dari, nama_per_indikator
from simulasi.models import PercobaanSimulasi
from simulasi.views import KUNCI_SESI
from tests.factories import PenggunaFactory

from .conftest import jawaban_baik
from .test_alur import BAIK, RHK, data_indikator, url

RHK_2 = "Meningkatnya kepuasan warga terhadap layanan administrasi kependudukan"
IKI_2 = ("Indeks kepuasan masyarakat terhadap layanan PATEN", "kualitas", "80", "indeks")
RHK_3 = "Meningkatnya ketertiban arsip dokumen kependudukan di loket PATEN"
IKI_3 = ("Jumlah hari penyelesaian arsip dokumen kependudukan", "waktu", "10", "hari")

LAMA = {
    "rhk": RHK,
    "indikator": [{"teks": BAIK, "aspek": "kuantitas", "target": "90", "satuan": "%"}],
}


def polaritas_untuk(teks: str) -> str:
    """The polarity a participant confirms: the checker's suggestion, else "naik"."""
    return periksa({"teks": teks}).polaritas_usulan or "naik" if teks.strip() else ""


def data_rhk(baris_1, *tambahan, rhk=RHK):
    """POST data of step 2: RHK 1 with ``baris_1``, then ``(teks RHK, baris)`` for RHK 2, 3."""
    data = data_indikator(baris_1, rhk=rhk)
    for n, (teks, baris) in enumerate(tambahan, start=2):
        data.update(
            {
                f"rhk_{n}": teks,
                f"iki{n}-TOTAL_FORMS": str(max(5, len(baris))),
                f"iki{n}-INITIAL_FORMS": "0",
                f"iki{n}-MIN_NUM_FORMS": "5",
                f"iki{n}-MAX_NUM_FORMS": "50",
            }
        )
        for i, (iki, aspek, target, satuan) in enumerate(baris):
            data.update(
                {
                    f"iki{n}-{i}-teks": iki,
                    f"iki{n}-{i}-aspek": aspek,
                    f"iki{n}-{i}-target": target,
                    f"iki{n}-{i}-satuan": satuan,
                    f"iki{n}-{i}-polaritas": polaritas_untuk(iki),
                }
            )
    return data


def jawaban_tiga(**ubah):
    """A complete PATEN answer with three RHK (realisasi filled)."""
    pertama = jawaban_baik()
    return jawaban_dari(
        [
            {"rhk": pertama["rhk"], "indikator": pertama["indikator"]},
            {
                "rhk": RHK_2,
                "indikator": [
                    {
                        "teks": IKI_2[0],
                        "aspek": "kualitas",
                        "target": 80,
                        "satuan": "indeks",
                        "polaritas": "",
                        "realisasi": 72,
                    }
                ],
            },
            {
                "rhk": RHK_3,
                "indikator": [
                    {
                        "teks": IKI_3[0],
                        "aspek": "waktu",
                        "target": 10,
                        "satuan": "hari",
                        "polaritas": "",
                        "realisasi": 8,
                    }
                ],
            },
        ],
        prediksi="",
        **ubah,
    )


# --- the reader ---------------------------------------------------------------------------


def test_daftar_rhk_membaca_format_lama_sebagai_satu_rhk():
    assert daftar_rhk(LAMA) == [{"rhk": RHK, "indikator": LAMA["indikator"]}]


def test_daftar_rhk_membaca_rhk_tambahan_berurutan():
    jawaban = jawaban_tiga()
    assert [r["rhk"] for r in daftar_rhk(jawaban)] == [RHK, RHK_2, RHK_3]
    assert [len(r["indikator"]) for r in daftar_rhk(jawaban)] == [1, 1, 1]


def test_jawaban_satu_rhk_tetap_berbentuk_lama():
    jawaban = jawaban_dari(daftar_rhk(LAMA), prediksi="")
    assert jawaban == {**LAMA, "prediksi": ""}
    assert "rhk_tambahan" not in jawaban


def test_jawaban_dari_kebalikan_daftar_rhk():
    daftar = daftar_rhk(jawaban_tiga())
    assert daftar_rhk(jawaban_dari(daftar)) == daftar


def test_nama_indikator_menyebut_rhk_hanya_bila_lebih_dari_satu():
    assert nama_per_indikator(daftar_rhk(LAMA)) == ["Indikator 1"]
    assert nama_per_indikator(daftar_rhk(jawaban_tiga()), awal=False) == [
        "RHK 1, indikator 1",
        "RHK 2, indikator 1",
        "RHK 3, indikator 1",
    ]


# --- step 2 -------------------------------------------------------------------------------


def _draf(klien, slug="paten-adminduk"):
    return klien.session[KUNCI_SESI][slug]


def test_rhk_tambahan_kosong_menyimpan_draf_berbentuk_lama(klien_peserta, kasus_demo):
    data = data_rhk([(BAIK, "kuantitas", "90", "%")], ("", []), ("", []))
    assert klien_peserta.post(url("indikator"), data).status_code == 302
    draf = _draf(klien_peserta)
    assert "rhk_tambahan" not in draf
    assert draf["rhk"] == RHK


def test_halaman_menawarkan_rhk_2_dan_3_dalam_details(klien_peserta, kasus_demo):
    isi = klien_peserta.get(url("indikator")).content.decode()
    assert isi.count('<details class="rhk-tambahan" data-rhk-blok>') == 2
    assert 'name="rhk_2"' in isi
    assert 'name="iki3-TOTAL_FORMS"' in isi


def test_tiga_rhk_disimpan_di_draf_berurutan(klien_peserta, kasus_demo):
    data = data_rhk([(BAIK, "kuantitas", "90", "%")], (RHK_2, [IKI_2]), (RHK_3, [IKI_3]))
    assert klien_peserta.post(url("indikator"), data).status_code == 302
    draf = _draf(klien_peserta)
    assert [r["rhk"] for r in draf["rhk_tambahan"]] == [RHK_2, RHK_3]
    assert draf["rhk_tambahan"][0]["indikator"][0]["target"] == 80
    # back on step 2 the blocks are filled again and open
    isi = klien_peserta.get(url("indikator")).content.decode()
    assert isi.count('<details class="rhk-tambahan" data-rhk-blok open>') == 2
    assert RHK_3 in isi
    assert 'value="Jumlah hari penyelesaian arsip dokumen kependudukan"' in isi


def test_rhk_3_tanpa_rhk_2_menjadi_rhk_kedua(klien_peserta, kasus_demo):
    data = data_rhk([(BAIK, "kuantitas", "90", "%")], ("", []), (RHK_3, [IKI_3]))
    assert klien_peserta.post(url("indikator"), data).status_code == 302
    assert [r["rhk"] for r in daftar_rhk(_draf(klien_peserta))] == [RHK, RHK_3]


@pytest.mark.parametrize(
    ("tambahan", "pesan"),
    [
        (
            [(RHK_2, [])],
            "RHK 2, indikator 1 — teks indikator wajib diisi karena RHK 2 sudah ditulis.",
        ),
        (
            [("", []), ("", [IKI_3])],
            "RHK 3 — teks RHK wajib diisi karena indikatornya sudah ditulis.",
        ),
        (
            [(RHK_2, [(IKI_2[0], "kualitas", "", "indeks")])],
            "RHK 2, indikator 1 — target wajib diisi.",
        ),
        (
            [(RHK_2, [(IKI_2[0], "kualitas", "delapan puluh", "indeks")])],
            "RHK 2, indikator 1 — target: &#x27;delapan puluh&#x27; bukan angka",
        ),
        (
            [(RHK_2, [IKI_2, ("", "kuantitas", "5", "laporan")])],
            "RHK 2, indikator 2 — indikator (iki) wajib diisi.",
        ),
        (
            [(RHK_2, [(f"{IKI_2[0]} bagian {i}", *IKI_2[1:]) for i in range(6)])],
            "RHK 2 — paling banyak 5 indikator untuk satu RHK; Anda menulis 6.",
        ),
        (
            [(RHK_2, [IKI_2]), (RHK_3, [(IKI_3[0], "waktu", "12–10", "hari")])],
            "RHK 3, indikator 1 — target “12–10”: batas bawah rentang (12)",
        ),
    ],
)
def test_rhk_tambahan_setengah_terisi_ditolak_menyebut_kolomnya(
    klien_peserta, kasus_demo, tambahan, pesan
):
    data = data_rhk([(BAIK, "kuantitas", "90", "%")], *tambahan)
    respons = klien_peserta.post(url("indikator"), data)
    assert respons.status_code == 200
    assert pesan in respons.content.decode()
    assert KUNCI_SESI not in klien_peserta.session
    # the block with the error is open, so the message is visible without a click
    assert '<details class="rhk-tambahan" data-rhk-blok open>' in respons.content.decode()


def test_temuan_saat_dikirim_memakai_rhk_bloknya(klien_peserta, kasus_demo):
    """An IKI about posyandu is aligned with an RHK about posyandu (block 2) but not with
    RHK 1 about PATEN; the verdict shown in block 2 is the one made with block 2's RHK."""
    rhk_posyandu = "Terselenggaranya posyandu balita di Kelurahan Cipocok Jaya"
    iki = ("Jumlah posyandu balita yang terlaksana", "kuantitas", "12", "kegiatan")
    # RHK 1's target is not a number, so the page comes back with every row's verdict
    data = data_rhk([(BAIK, "kuantitas", "dua", "%")], (rhk_posyandu, [iki]))
    respons = klien_peserta.post(url("indikator"), data)
    assert respons.status_code == 200
    isi = respons.content.decode()
    blok_2 = isi[isi.index('name="rhk_2"') :]
    assert 'name="iki2-0-teks"' in blok_2
    assert 'data-skor="' in blok_2
    assert 'data-kode="TIDAK_SELARAS"' not in blok_2
    dengan_rhk_1 = services.periksa_indikator(
        iki={"teks": iki[0], "aspek": "kuantitas", "target": "12", "satuan": "kegiatan"},
        rhk=RHK,
        rhk_atasan=kasus_demo["paten-adminduk"].rhk_atasan,
    )
    assert "TIDAK_SELARAS" in [t["kode"] for t in dengan_rhk_1["temuan"]]


# --- step 3 and scoring -------------------------------------------------------------------


def test_realisasi_dinomori_lintas_rhk_dan_percobaan_tersimpan(klien_peserta, kasus_demo, peserta):
    data = data_rhk([(BAIK, "kuantitas", "90", "%")], (RHK_2, [IKI_2]), (RHK_3, [IKI_3]))
    assert klien_peserta.post(url("indikator"), data).status_code == 302
    isi = klien_peserta.get(url("realisasi")).content.decode()
    assert "Realisasi RHK 2, indikator 1: Indeks kepuasan masyarakat" in isi
    assert 'name="realisasi_2"' in isi
    galat = klien_peserta.post(
        url("realisasi"), {"realisasi_0": "96", "realisasi_1": "tujuh", "realisasi_2": "8"}
    )
    assert "Realisasi RHK 2, indikator 1 — &#x27;tujuh&#x27; bukan angka" in galat.content.decode()
    assert PercobaanSimulasi.objects.count() == 0

    respons = klien_peserta.post(
        url("realisasi"), {"realisasi_0": "96", "realisasi_1": "72", "realisasi_2": "8"}
    )
    percobaan = PercobaanSimulasi.objects.get()
    assert respons["Location"] == percobaan.get_absolute_url()
    # The form posts the polarity each participant confirmed (the checker's suggestion here).
    harapan = jawaban_tiga()
    for iki in [
        *harapan["indikator"],
        *(i for r in harapan["rhk_tambahan"] for i in r["indikator"]),
    ]:
        iki["polaritas"] = polaritas_untuk(iki["teks"])
    assert percobaan.jawaban == {
        **harapan,
        "aspek_terlewat": percobaan.jawaban["aspek_terlewat"],
        "catatan_pp46": percobaan.jawaban["catatan_pp46"],
    }
    assert len(percobaan.hasil_mesin["rhk"]) == 3


def _dokumen_langsung(kasus, jawaban):
    """The engine's document written out by hand from the answer, not through rhk_peserta."""
    rhk = [
        {
            "teks": r["rhk"],
            "jenis": "utama",
            "rhk_atasan": kasus.rhk_atasan,
            "indikator": [
                {
                    "teks": i["teks"],
                    "aspek": i["aspek"],
                    "target": i["target"],
                    "realisasi": i["realisasi"],
                    "satuan": i["satuan"],
                    "polaritas": None,
                }
                for i in r["indikator"]
            ],
        }
        for r in [{"rhk": jawaban["rhk"], "indikator": jawaban["indikator"]}]
        + jawaban["rhk_tambahan"]
    ]
    kebijakan = selectors.kebijakan_aktif()
    return {
        "aturan": "permenpanrb-6-2022",
        "rhk": rhk,
        "rating_perilaku": kasus.rating_perilaku,
        "kebijakan": {
            "nama": kebijakan.nama,
            "ambang_di_atas": mesin.angka_json(kebijakan.ambang_di_atas),
            "ambang_sesuai": mesin.angka_json(kebijakan.ambang_sesuai),
        },
    }


@pytest.mark.parametrize("jumlah_rhk", [2, 3])
def test_skor_banyak_rhk_sama_dengan_mesin_langsung(kasus_demo, peserta, jumlah_rhk):
    kasus = kasus_demo["paten-adminduk"]
    jawaban = jawaban_dari(daftar_rhk(jawaban_tiga())[:jumlah_rhk], prediksi="")
    percobaan = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban)

    langsung = mesin.nilai_json(_dokumen_langsung(kasus, jawaban))
    assert percobaan.hasil_mesin == langsung
    assert len(percobaan.hasil_mesin["rhk"]) == jumlah_rhk
    # each IKI is checked with the RHK it belongs to
    assert percobaan.pemeriksaan == [
        services.periksa_indikator(iki=iki, rhk=r["rhk"], rhk_atasan=kasus.rhk_atasan)
        for r in daftar_rhk(jawaban)
        for iki in r["indikator"]
    ]


def test_cakupan_aspek_dihitung_atas_semua_rhk(kasus_demo, peserta):
    """The PATEN model answer measures kuantitas and waktu: RHK 1 alone has kuantitas (50),
    the waktu IKI of RHK 3 completes the coverage (100)."""
    kasus = kasus_demo["paten-adminduk"]
    satu = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban_baik())
    tiga = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban_tiga())
    assert (satu.skor_cakupan, tiga.skor_cakupan) == (50, 100)
    assert satu.jawaban["aspek_terlewat"] == ["waktu"]
    assert tiga.jawaban["aspek_terlewat"] == []
    assert tiga.skor_kualitas == (sum(p["skor"] for p in tiga.pemeriksaan) * 2 + 3) // 6


# --- result page, what-if, report ---------------------------------------------------------


@pytest.fixture
def percobaan_tiga(kasus_demo, peserta):
    return services.percobaan_simpan(
        kasus=kasus_demo["paten-adminduk"], pengguna=peserta, jawaban=jawaban_tiga()
    )


def test_hasil_satu_tabel_per_rhk(klien_peserta, percobaan_tiga):
    isi = klien_peserta.get(percobaan_tiga.get_absolute_url()).content.decode()
    assert isi.count("data-tabel-rhk") == 3
    assert f"RHK 2: {RHK_2}" in isi
    capaian = [r["capaian"] for r in percobaan_tiga.hasil_mesin["rhk"]]
    assert isi.count("data-capaian-rhk") == 3
    assert capaian[1] == 90.0
    assert "data-capaian-rhk>90,00 %" in isi
    assert 'name="realisasi_2"' in isi
    assert "Andaikan realisasi RHK 3, indikator 1" in isi


def test_andaikan_menomori_realisasi_lintas_rhk(klien_peserta, percobaan_tiga):
    alamat = reverse("simulasi:andaikan", args=[percobaan_tiga.pk])
    tetap = {"realisasi_0": "96", "realisasi_1": "72", "realisasi_2": "8"}
    sama = klien_peserta.post(alamat, tetap, HTTP_ACCEPT="application/json").json()
    assert (
        sama["permen"]["capaian_hasil_kerja"] == percobaan_tiga.hasil_mesin["capaian_hasil_kerja"]
    )
    # RHK 2's realisation rises from 72 to 80 (100 %): only RHK 2 changes
    andai = klien_peserta.post(
        alamat, {**tetap, "realisasi_1": "80"}, HTTP_ACCEPT="application/json"
    ).json()
    assert andai["permen"]["rhk"][1]["capaian"] == 100.0
    assert andai["permen"]["rhk"][0] == percobaan_tiga.hasil_mesin["rhk"][0]
    salah = klien_peserta.post(
        alamat, {**tetap, "realisasi_2": "delapan"}, HTTP_ACCEPT="application/json"
    )
    assert salah.status_code == 400
    assert salah.json()["masalah"][0].startswith("Realisasi RHK 3, indikator 1: 'delapan' bukan")


def test_ekspor_menghitung_rhk_dan_iki_semua_rhk(kasus_demo, peserta, percobaan_tiga):
    services.percobaan_simpan(
        kasus=kasus_demo["paten-adminduk"], pengguna=peserta, jawaban=jawaban_baik()
    )
    laporan = selectors_simulasi.laporan_kasus(kasus_demo["paten-adminduk"], user=PenggunaFactory())
    kolom = selectors_simulasi.KOLOM_EKSPOR
    baris = selectors_simulasi.baris_ekspor(laporan)
    jumlah = sorted((b[kolom.index("jumlah_rhk")], b[kolom.index("jumlah_iki")]) for b in baris)
    assert jumlah == [(1, 1), (3, 3)]


# --- attempts stored before rhk_tambahan --------------------------------------------------


@pytest.fixture
def percobaan_lama(kasus_demo, peserta):
    """An attempt row as the one-RHK simulator stored it before session 3 (no ``rhk_tambahan``,
    engine inputs without ``aturan`` and with dot-decimal text numbers), then brought to the
    current shape by the data migration simulasi 0002, as a deployed database would be."""
    kasus = kasus_demo["paten-adminduk"]
    kebijakan = selectors.kebijakan_aktif()
    jawaban = {
        "rhk": RHK,
        "indikator": [dict(LAMA["indikator"][0], polaritas="", realisasi="96")],
        "prediksi": "",
        "aspek_terlewat": ["waktu"],
        "catatan_pp46": [],
    }
    iki = {"teks": BAIK, "aspek": "kuantitas", "target": "90", "realisasi": "96", "satuan": "%",
           "polaritas": None}  # fmt: skip
    rhk = [{"teks": RHK, "jenis": "utama", "rhk_atasan": kasus.rhk_atasan, "indikator": [iki]}]
    masukan = {
        "rhk": rhk,
        "rating_perilaku": kasus.rating_perilaku,
        "kebijakan": {
            "nama": kebijakan.nama,
            "ambang_di_atas": str(kebijakan.ambang_di_atas),
            "ambang_sesuai": str(kebijakan.ambang_sesuai),
        },
    }
    masukan_pp46 = {
        "aturan": "pp46-2011",
        "kegiatan": [
            {
                "nama": BAIK,
                "kuantitas": {"target": "90", "realisasi": "96", "satuan": "%"},
                "kualitas": {"target": "100", "realisasi": "100"},
                "waktu": {"target": "12", "realisasi": "12", "satuan": "bulan"},
            }
        ],
    }
    # The engine reads these old numbers exactly (no dot followed by three digits).
    hasil = mesin.nilai_json({"aturan": "permenpanrb-6-2022", **masukan})
    hasil_pp46 = mesin.nilai_json(masukan_pp46)
    lama = PercobaanSimulasi.objects.create(
        kasus=kasus,
        pengguna=peserta,
        jawaban=jawaban,
        pemeriksaan=[
            services.periksa_indikator(
                iki=jawaban["indikator"][0], rhk=RHK, rhk_atasan=kasus.rhk_atasan
            )
        ],
        masukan_mesin=masukan,
        hasil_mesin=hasil,
        masukan_pp46=masukan_pp46,
        hasil_pp46=hasil_pp46,
        versi_mesin=mesin.VERSI_MESIN,
        kebijakan_nama=kebijakan.nama,
        kebijakan_ambang_di_atas=kebijakan.ambang_di_atas,
        kebijakan_ambang_sesuai=kebijakan.ambang_sesuai,
        predikat=hasil["predikat"],
        prediksi="",
        prediksi_cocok=None,
        skor_kualitas=100,
        skor_cakupan=50,
        skor=80,
    )
    migrasi = importlib.import_module("simulasi.migrations.0002_dokumen_mesin_utuh")
    migrasi.maju(django_apps, None)
    lama.refresh_from_db()
    return lama


def test_migrasi_menjadikan_dokumen_utuh_berangka_json(percobaan_lama):
    assert percobaan_lama.masukan_mesin["aturan"] == "permenpanrb-6-2022"
    iki = percobaan_lama.masukan_mesin["rhk"][0]["indikator"][0]
    assert (iki["target"], iki["realisasi"]) == (90, 96)
    assert percobaan_lama.jawaban["indikator"][0]["realisasi"] == 96
    assert percobaan_lama.masukan_pp46["kegiatan"][0]["kuantitas"]["target"] == 90
    # Replaying the migrated document gives exactly the stored result.
    assert hasil_putar_ulang(percobaan_lama).hasil == percobaan_lama.hasil_mesin


def test_percobaan_lama_tampil_seperti_dulu(klien_peserta, percobaan_lama):
    isi = klien_peserta.get(percobaan_lama.get_absolute_url()).content.decode()
    assert isi.count("data-tabel-rhk") == 1
    assert f"RHK: {RHK}" in isi
    assert "data-capaian-rhk" not in isi
    assert "Andaikan realisasi indikator 1" in isi
    assert "data-predikat-tersimpan>Baik<" in isi
    assert f"1. {BAIK}" in isi


def _angka_saja(obj):
    """Numbers compared by value: the migrated row keeps the old digits ("110,00"), a new
    document writes them the short way (110); both are the same Decimal."""
    if isinstance(obj, dict):
        return {k: _angka_saja(v) for k, v in obj.items() if k != "langkah"}
    if isinstance(obj, list):
        return [_angka_saja(v) for v in obj]
    if isinstance(obj, str | int | float) and not isinstance(obj, bool):
        angka = ubah_angka(obj)
        return angka if angka is not None else obj
    return obj


def test_percobaan_lama_dinilai_sama_seperti_dulu(kasus_demo, peserta, percobaan_lama):
    baru = services.percobaan_simpan(
        kasus=kasus_demo["paten-adminduk"],
        pengguna=peserta,
        jawaban={k: percobaan_lama.jawaban[k] for k in ("rhk", "indikator", "prediksi")},
    )
    for kolom in ("jawaban", "pemeriksaan", "predikat", "skor_kualitas", "skor_cakupan", "skor"):
        assert getattr(baru, kolom) == getattr(percobaan_lama, kolom), kolom
    for kolom in ("masukan_mesin", "hasil_mesin", "masukan_pp46", "hasil_pp46"):
        assert _angka_saja(getattr(baru, kolom)) == _angka_saja(getattr(percobaan_lama, kolom))
    assert baru.hasil_mesin["capaian_hasil_kerja"] == 106.67


def test_andaikan_percobaan_lama(klien_peserta, percobaan_lama):
    alamat = reverse("simulasi:andaikan", args=[percobaan_lama.pk])
    andai = klien_peserta.post(alamat, {"realisasi_0": "120"}, HTTP_ACCEPT="application/json")
    assert json.loads(andai.content)["permen"]["predikat"] == "Sangat Baik"
    salah = klien_peserta.post(alamat, {"realisasi_0": "x"}, HTTP_ACCEPT="application/json")
    assert salah.json()["masalah"][0].startswith("Realisasi indikator 1: 'x' bukan angka")


def test_laporan_menghitung_iki_percobaan_lama(kasus_demo, percobaan_lama):
    laporan = selectors_simulasi.laporan_kasus(kasus_demo["paten-adminduk"], user=PenggunaFactory())
    kolom = selectors_simulasi.KOLOM_EKSPOR
    (baris,) = selectors_simulasi.baris_ekspor(laporan)
    assert (baris[kolom.index("jumlah_rhk")], baris[kolom.index("jumlah_iki")]) == (1, 1)
