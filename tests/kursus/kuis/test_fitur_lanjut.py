"""Issue 18 item 8: shuffled options, an image on a question, random questions from a category
and the matching type, each from the editor to the score, the review, the report and import."""

import io
import random
from decimal import Decimal

import pytest
from django.core.files.images import ImageFile
from django.db.models import ProtectedError
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from PIL import Image

from kursus.kuis import impor, laporan, penilaian, selectors, services
from kursus.kuis.forms import FormJawaban
from kursus.kuis.models import KategoriSoal, PasanganJodoh, SlotAcak, Soal, SoalPercobaan
from tests.factories import PenggunaFactory

from .conftest import benar

pytestmark = pytest.mark.django_db


@pytest.fixture
def peserta(buat_pengguna):
    return buat_pengguna("Peserta")


@pytest.fixture
def gambar(db):
    from wagtail.images import get_image_model

    isi = io.BytesIO()
    Image.new("RGB", (1600, 900), (20, 90, 160)).save(isi, "PNG")
    return get_image_model().objects.create(
        title="Kuadran kinerja", file=ImageFile(isi, name="kuadran.png")
    )


@pytest.fixture
def buat_jodoh(buat_soal):
    def _buat(pasangan=None, **kwargs):
        soal = buat_soal("menjodohkan", **kwargs)
        pasangan = pasangan or [
            ("Hasil di atas, perilaku di atas", "Sangat Baik"),
            ("Hasil sesuai, perilaku sesuai", "Baik"),
            ("Hasil di bawah, perilaku di bawah", "Sangat Kurang"),
            ("", "Istimewa"),
        ]
        for urutan, (premis, jawaban) in enumerate(pasangan):
            PasanganJodoh.objects.create(
                soal=soal, premis=premis, jawaban=jawaban, sort_order=urutan
            )
        return soal

    return _buat


def _premis(soal):
    return [p for p in soal.pasangan.all() if p.premis]


def _jodoh_benar(soal):
    return {p.pk: p.pk for p in _premis(soal)}


# Scoring of matching (pure).

KUNCI = ((1, frozenset({10})), (2, frozenset({20})), (3, frozenset({30})), (4, frozenset({40})))


@pytest.mark.parametrize(
    ("dipilih", "harapan"),
    [
        ({1: 10, 2: 20, 3: 30, 4: 40}, Decimal(1)),
        ({1: 10, 2: 20, 3: 30}, Decimal("0.75")),  # one left out: no penalty
        ({1: 10, 2: 20, 3: 30, 4: 10}, Decimal("0.5")),  # one wrong: 3 − 1 of 4
        ({1: 20, 2: 10}, Decimal(0)),  # only wrong: floored at 0
        ({}, Decimal(0)),
        ({9: 10}, Decimal(0)),  # a premise of another question is ignored
    ],
)
def test_pecahan_menjodohkan_benar_dikurangi_salah(dipilih, harapan):
    assert penilaian.pecahan_jodoh(KUNCI, tuple(dipilih.items())) == harapan


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=8),
    pilihan=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10), st.integers(min_value=0, max_value=12))
    ),
    bobot=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100"), places=2),
)
def test_nilai_menjodohkan_selalu_di_antara_nol_dan_bobot(n, pilihan, bobot):
    kunci = penilaian.KunciSoal(
        jenis="menjodohkan",
        bobot=bobot,
        jodoh=tuple((i, frozenset({i})) for i in range(n)),
    )
    nilai = penilaian.nilai(kunci, penilaian.Jawaban(jodoh=tuple(pilihan)))
    assert Decimal(0) <= nilai <= bobot
    semua_benar = penilaian.Jawaban(jodoh=tuple((i, i) for i in range(n)))
    assert penilaian.nilai(kunci, semua_benar) == bobot


def test_periksa_soal_menjodohkan_dan_teks_alternatif_gambar():
    periksa = penilaian.periksa_soal
    assert periksa(jenis="menjodohkan", pilihan=[], pasangan=[("a", "1"), ("b", "2")]) == {}
    assert "pasangan" in periksa(jenis="menjodohkan", pilihan=[], pasangan=[("a", "1")])
    assert "pasangan" in periksa(
        jenis="menjodohkan", pilihan=[], pasangan=[("a", "1"), ("A ", "2")]
    )
    assert "pasangan" in periksa(jenis="menjodohkan", pilihan=[], pasangan=[("a", "1"), ("b", "")])
    assert "pasangan" in periksa(
        jenis="isian", pilihan=[], jawaban_isian="x", pasangan=[("a", "1")]
    )
    galat = periksa(jenis="isian", pilihan=[], jawaban_isian="x", ada_gambar=True)
    assert "teks alternatif" in galat["gambar_alt"]


# Matching, end to end through the services and the participant's pages.


def test_menjodohkan_sebagian_benar_dinilai_dan_ditinjau(peserta, buat_jodoh, buat_kuis):
    soal = buat_jodoh(bobot=Decimal(3))
    kuis = buat_kuis([soal])
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    premis = _premis(soal)
    services.jawaban_simpan(
        percobaan=percobaan,
        soal_id=soal.pk,
        jodoh={premis[0].pk: premis[0].pk, premis[1].pk: premis[1].pk},
    )
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    assert percobaan.skor == Decimal(2) and percobaan.skor_maks == Decimal(3)
    (b,) = selectors.tinjauan(percobaan)
    assert b.status == "sebagian"
    assert [(p, d, t) for p, d, _, t in b.jodoh] == [
        ("Hasil di atas, perilaku di atas", "Sangat Baik", True),
        ("Hasil sesuai, perilaku sesuai", "Baik", True),
        ("Hasil di bawah, perilaku di bawah", "", False),
    ]


def test_menjodohkan_menolak_id_jawaban_soal_lain(peserta, buat_jodoh, buat_kuis):
    soal, lain = buat_jodoh(), buat_jodoh()
    kuis = buat_kuis([soal])
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    p = _premis(soal)[0]
    asing = _premis(lain)[0]
    jawaban = services.jawaban_simpan(
        percobaan=percobaan, soal_id=soal.pk, jodoh={p.pk: asing.pk, asing.pk: asing.pk}
    )
    assert jawaban.jodoh == {}


def test_jawaban_sama_diterima_untuk_dua_pernyataan(peserta, buat_jodoh, buat_kuis):
    soal = buat_jodoh(
        [("Triwulan I", "Periodik"), ("Triwulan II", "Periodik"), ("Desember", "Tahunan")]
    )
    kuis = buat_kuis([soal])
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    (item,) = selectors.soal_percobaan(percobaan)
    opsi = {p.jawaban: p.pk for p in selectors.opsi_jodoh_tampil(item)}
    assert sorted(opsi) == ["Periodik", "Tahunan"]  # the shared answer is offered once
    p1, p2, p3 = _premis(soal)
    services.jawaban_simpan(
        percobaan=percobaan,
        soal_id=soal.pk,
        jodoh={p1.pk: opsi["Periodik"], p2.pk: opsi["Periodik"], p3.pk: opsi["Tahunan"]},
    )
    assert services.percobaan_serahkan(percobaan=percobaan).persen == Decimal(100)


def test_halaman_soal_menjodohkan_memakai_select_berlabel(client, peserta, buat_jodoh, buat_kuis):
    soal = buat_jodoh()
    kuis = buat_kuis([soal], live=True)
    client.force_login(peserta)
    client.post(reverse("kursus:kuis:mulai", args=[kuis.slug]))
    percobaan = peserta.percobaan_kuis.get()
    url = reverse("kursus:kuis:soal", args=[percobaan.pk, 1])
    html = client.get(url).content.decode()
    for p in _premis(soal):
        assert f'<label for="id_jodoh_{p.pk}">{p.premis}</label>' in html
        assert f'<select name="jodoh_{p.pk}"' in html
    assert "Istimewa" in html  # the distractor is offered
    data = {f"jodoh_{p.pk}": str(p.pk) for p in _premis(soal)} | {"aksi": "ringkasan"}
    assert client.post(url, data).status_code == 302
    client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]))
    percobaan.refresh_from_db()
    assert percobaan.persen == Decimal(100)
    hasil = client.get(reverse("kursus:kuis:hasil", args=[percobaan.pk])).content.decode()
    assert "kuis-tinjauan__jodoh" in hasil and "Sangat Kurang" in hasil


# Shuffled options.


def test_pilihan_diacak_sekali_per_percobaan_dan_tetap(peserta, buat_soal, buat_kuis):
    soal = buat_soal("ganda", pilihan=[(f"Pilihan {i}", i < 2) for i in range(6)])
    kuis = buat_kuis([soal], acak_pilihan=True)
    asli = [p.pk for p in soal.pilihan.all()]
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(5))
    tersimpan = SoalPercobaan.objects.get(percobaan=percobaan).urutan_pilihan
    assert sorted(tersimpan) == sorted(asli) and tersimpan != asli

    def urutan_form():
        (item,) = selectors.soal_percobaan(percobaan)
        return [int(v) for v, _ in FormJawaban(soal=item).fields["pilihan"].choices]

    assert urutan_form() == tersimpan
    assert urutan_form() == tersimpan  # a reload shows the same order
    # Keys are ids: answering by id scores the same whatever the position.
    services.jawaban_simpan(percobaan=percobaan, soal_id=soal.pk, pilihan=benar(soal))
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    assert percobaan.persen == Decimal(100)
    (b,) = selectors.tinjauan(percobaan)
    teks = {p.pk: p.teks for p in soal.pilihan.all()}
    assert [t for t, *_ in b.pilihan] == [teks[i] for i in tersimpan]  # the order seen


def test_tanpa_acak_pilihan_urutan_editor(peserta, buat_soal, buat_kuis):
    soal = buat_soal("tunggal")
    kuis = buat_kuis([soal])
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(5))
    assert SoalPercobaan.objects.get(percobaan=percobaan).urutan_pilihan == []
    (item,) = selectors.soal_percobaan(percobaan)
    assert [p.pk for p in selectors.pilihan_tampil(item)] == [p.pk for p in soal.pilihan.all()]


# Random questions from a category.


@pytest.fixture
def bank_kategori(buat_soal):
    induk = KategoriSoal.objects.create(nama="Perilaku kerja")
    anak = KategoriSoal.objects.create(nama="BerAKHLAK", induk=induk)
    di_induk = [
        buat_soal("tunggal", kategori="Perilaku kerja", bobot=Decimal(b)) for b in (1, 2, 3)
    ]
    di_anak = []
    for b in (4, 5):
        s = buat_soal("tunggal", bobot=Decimal(b))
        s.kategori = anak
        s.save()
        di_anak.append(s)
    return induk, di_induk, di_anak


def test_slot_acak_mengundi_sekali_dan_skor_maks_sama(peserta, buat_soal, buat_kuis, bank_kategori):
    induk, di_induk, di_anak = bank_kategori
    tetap = buat_soal("tunggal")
    kuis = buat_kuis([tetap])
    slot = SlotAcak.objects.create(kuis=kuis, kategori=induk, jumlah=2, bobot=Decimal("2.5"))
    terundi = set()
    for seed in range(8):
        percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(seed))
        assert percobaan.skor_maks == Decimal("6")  # 1 + 2 × 2,5 whatever was drawn
        butir = list(SoalPercobaan.objects.filter(percobaan=percobaan).order_by("nomor"))
        assert [b.slot_id for b in butir] == [None, slot.pk, slot.pk]
        ids = [b.soal_id for b in butir[1:]]
        assert len(set(ids)) == 2 and set(ids) <= {s.pk for s in di_induk + di_anak}
        terundi |= set(ids)
        # Reload: the same paper.
        assert [s.pk for s in selectors.soal_percobaan(percobaan)] == percobaan.urutan_soal
        for s in selectors.soal_percobaan(percobaan):
            services.jawaban_simpan(percobaan=percobaan, soal_id=s.pk, pilihan=benar(s))
        percobaan = services.percobaan_serahkan(percobaan=percobaan)
        assert percobaan.skor == Decimal("6") and percobaan.persen == Decimal(100)
    assert terundi & {s.pk for s in di_anak}  # subcategories included


def test_nilai_ulang_memakai_poin_slot_bukan_poin_soal(
    peserta, buat_soal, buat_kuis, bank_kategori
):
    """A question drawn for a random slot is regraded at the slot's points (2,5), not its own
    (1–5); after the trainer changes the slot's points, the regrade moves the attempt's stored
    points and maximum with it."""
    from kursus.kuis import nilai_ulang

    induk, *_ = bank_kategori
    tetap = buat_soal("tunggal")
    kuis = buat_kuis([tetap])
    slot = SlotAcak.objects.create(kuis=kuis, kategori=induk, jumlah=2, bobot=Decimal("2.5"))
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(3))
    for s in selectors.soal_percobaan(percobaan):
        services.jawaban_simpan(percobaan=percobaan, soal_id=s.pk, pilihan=benar(s))
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    assert (percobaan.skor, percobaan.skor_maks) == (Decimal(6), Decimal(6))

    # Nothing changed: the regrade of the whole quiz finds nothing to do.
    assert nilai_ulang.pratinjau(kuis=kuis).perubahan == []

    slot.bobot = Decimal(4)
    slot.save()
    hasil = nilai_ulang.pratinjau(kuis=kuis)
    (u,) = hasil.perubahan
    assert (u.skor_baru, u.skor_maks_baru, u.persen_baru) == (Decimal(9), Decimal(9), Decimal(100))
    assert sorted(u.bobot_baru.values()) == [Decimal(4), Decimal(4)]
    nilai_ulang.terapkan(sidik=hasil.sidik, oleh=None, kuis=kuis)
    percobaan.refresh_from_db()
    assert (percobaan.skor, percobaan.skor_maks) == (Decimal(9), Decimal(9))
    butir = SoalPercobaan.objects.filter(percobaan=percobaan, slot=slot)
    assert sorted(butir.values_list("bobot", flat=True)) == [Decimal(4), Decimal(4)]
    assert nilai_ulang.pratinjau(kuis=kuis).perubahan == []


def test_slot_tanpa_subkategori_dan_kategori_kurang(peserta, buat_soal, buat_kuis, bank_kategori):
    induk, di_induk, _ = bank_kategori
    kuis = buat_kuis([di_induk[0]])
    SlotAcak.objects.create(
        kuis=kuis, kategori=induk, jumlah=2, termasuk_subkategori=False, bobot=1
    )
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(1))
    # The pool's question is not drawn again: exactly the other two of the category.
    assert set(percobaan.urutan_soal) == {s.pk for s in di_induk}
    services.percobaan_serahkan(percobaan=percobaan)
    kuis.slot_acak.update(jumlah=3)
    with pytest.raises(services.KuisTidakBisaDimulai, match="hanya memiliki 2 soal"):
        services.percobaan_mulai(user=peserta, kuis=kuis)


def test_soal_yang_terundi_tidak_bisa_dihapus(peserta, buat_kuis, bank_kategori, buat_soal):
    induk, *_ = bank_kategori
    kuis = buat_kuis([buat_soal("tunggal")])
    SlotAcak.objects.create(kuis=kuis, kategori=induk, jumlah=1)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(2))
    terundi = Soal.objects.get(pk=percobaan.urutan_soal[1])
    with pytest.raises(ProtectedError):
        terundi.delete()


def test_laporan_mengelompokkan_slot_dan_ekspor_jawaban(
    peserta, buat_kuis, buat_jodoh, bank_kategori
):
    induk, *_ = bank_kategori
    jodoh = buat_jodoh()
    kuis = buat_kuis([jodoh])
    SlotAcak.objects.create(kuis=kuis, kategori=induk, jumlah=1, bobot=2)
    for seed in range(3):
        percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(seed))
        p = _premis(jodoh)[0]
        services.jawaban_simpan(percobaan=percobaan, soal_id=jodoh.pk, jodoh={p.pk: p.pk})
        services.percobaan_serahkan(percobaan=percobaan)
    pelatih = PenggunaFactory(peran=("Pelatih",))  # unscoped: sees every participant
    hasil = laporan.laporan_kuis(kuis, user=pelatih)
    assert [b.soal.pk for b in hasil.butir] == [jodoh.pk]
    (slot,) = hasil.slot
    assert slot.jumlah == 3 and slot.kesukaran == Decimal(0)
    assert sum(b.jumlah for b in slot.soal) == 3
    baris = laporan.baris_butir(hasil)
    assert baris[1][0] == "" and baris[1][5].startswith("acak: 1 × Perilaku kerja")
    jawaban = laporan.baris_jawaban(kuis, user=pelatih)
    assert len(jawaban) == 6
    pertama = jawaban[0]
    assert pertama[4] == jodoh.kode and pertama[6].startswith(
        "Hasil di atas, perilaku di atas → Sangat Baik"
    )
    assert jawaban[1][3].startswith("acak:") and jawaban[1][8] == Decimal(2)


# Image on a question.


def test_gambar_tampil_responsif_dengan_teks_alternatif(
    client, peserta, buat_soal, buat_kuis, gambar
):
    soal = buat_soal("tunggal", gambar=gambar, gambar_alt="Kuadran: hasil kerja × perilaku")
    kuis = buat_kuis([soal], live=True)
    client.force_login(peserta)
    client.post(reverse("kursus:kuis:mulai", args=[kuis.slug]))
    percobaan = peserta.percobaan_kuis.get()
    html = client.get(reverse("kursus:kuis:soal", args=[percobaan.pk, 1])).content.decode()
    assert 'alt="Kuadran: hasil kerja × perilaku"' in html
    assert "srcset=" in html and "sizes=" in html
    client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]), {"yakin": "on"})
    html = client.get(reverse("kursus:kuis:hasil", args=[percobaan.pk])).content.decode()
    assert 'alt="Kuadran: hasil kerja × perilaku"' in html


# Import and export.


def _xlsx(baris):
    buku = Workbook()
    lembar = buku.active
    lembar.append(list(impor.KOLOM))
    for b in baris:
        lembar.append([b.get(k, "") for k in impor.KOLOM])
    isi = io.BytesIO()
    buku.save(isi)
    isi.seek(0)
    return isi


def test_impor_ekspor_menjodohkan_dan_gambar_bolak_balik(gambar):
    hasil = impor.impor_xlsx(
        _xlsx(
            [
                {
                    "kode": "jodoh-1",
                    "kategori": "Kuadran",
                    "jenis": "menjodohkan",
                    "teks": "Pasangkan.",
                    "pasangan": "Di atas/di atas | Sangat Baik\nSesuai/sesuai | Baik\n| Istimewa",
                    "gambar": "Kuadran kinerja",
                    "gambar_alt": "Gambar kuadran",
                }
            ]
        )
    )
    assert hasil.berhasil, hasil.galat
    soal = Soal.objects.get(kode="jodoh-1")
    assert soal.gambar_id == gambar.pk and soal.gambar_alt == "Gambar kuadran"
    assert [(p.premis, p.jawaban) for p in soal.pasangan.all()] == [
        ("Di atas/di atas", "Sangat Baik"),
        ("Sesuai/sesuai", "Baik"),
        ("", "Istimewa"),
    ]
    id_lama = [p.pk for p in soal.pasangan.all()]
    lembar = load_workbook(io.BytesIO(impor.ekspor_xlsx())).active
    baris = list(lembar.iter_rows(values_only=True))
    data = dict(zip(baris[0], baris[1], strict=True))
    assert data["gambar"] == str(gambar.pk)
    hasil = impor.impor_xlsx(_xlsx([{k: v or "" for k, v in data.items()}]))
    assert hasil.berhasil and hasil.diubah == 1
    assert [p.pk for p in soal.pasangan.all()] == id_lama  # updated in place


@pytest.mark.parametrize(
    ("baris", "pesan"),
    [
        ({"pasangan": "tanpa pemisah"}, "kolom pasangan: baris 'tanpa pemisah' harus berbentuk"),
        ({"pasangan": "a | 1"}, "kolom pasangan: soal menjodohkan memerlukan sedikitnya dua"),
        ({"kunci": "A"}, "kolom kunci: soal menjodohkan tidak memakai kunci"),
        ({"gambar": "Tidak ada"}, "kolom gambar: gambar 'Tidak ada' tidak ditemukan"),
        ({"gambar": "Kuadran kinerja", "gambar_alt": ""}, "kolom gambar_alt: gambar memerlukan"),
    ],
)
def test_impor_baris_buruk_menjodohkan_gambar(gambar, baris, pesan):
    dasar = {
        "kode": "jodoh-1",
        "kategori": "Kuadran",
        "jenis": "menjodohkan",
        "teks": "Pasangkan.",
        "pasangan": "a | 1\nb | 2",
    }
    bagus = {
        "kode": "lain-1",
        "kategori": "K",
        "jenis": "benar_salah",
        "teks": "?",
        "kunci": "benar",
    }
    hasil = impor.impor_xlsx(_xlsx([bagus, dasar | baris]))
    assert not hasil.berhasil
    assert any(g.startswith("Baris 3, " + pesan) for g in hasil.galat), hasil.galat
    assert not Soal.objects.exists()  # all or nothing


# The editor in the Wagtail admin.


def test_editor_kuis_menolak_slot_melebihi_kategori(
    client, buat_pengguna, buat_soal, bank_kategori
):
    from .test_admin import SLOT_KOSONG

    induk, *_ = bank_kategori
    client.force_login(buat_pengguna("Pelatih"))
    data = {
        "judul": "Kuis acak",
        "slug": "kuis-acak",
        "deskripsi": "",
        "nilai_lulus": "70",
        "batas_percobaan": "0",
        "metode_nilai": "tertinggi",
        "jawaban_di_akhir": "on",
        "simpan_lembar_jawaban": "on",
        "teks_berhasil": "",
        "teks_gagal": "",
        "soal_kuis-TOTAL_FORMS": "0",
        "soal_kuis-INITIAL_FORMS": "0",
        "soal_kuis-MIN_NUM_FORMS": "0",
        "soal_kuis-MAX_NUM_FORMS": "1000",
        **SLOT_KOSONG,
        "slot_acak-TOTAL_FORMS": "1",
        "slot_acak-0-kategori": str(induk.pk),
        "slot_acak-0-termasuk_subkategori": "on",
        "slot_acak-0-jumlah": "6",
        "slot_acak-0-bobot": "1",
        "slot_acak-0-ORDER": "1",
        "slot_acak-0-DELETE": "",
        "slot_acak-0-id": "",
    }
    respons = client.post(reverse("wagtailsnippets_kursus_kuis:add"), data)
    assert "hanya memiliki 5 soal yang bisa diundi" in respons.content.decode()
    data["slot_acak-0-jumlah"] = "5"
    respons = client.post(reverse("wagtailsnippets_kursus_kuis:add"), data)
    assert respons.status_code == 302
    assert SlotAcak.objects.get().jumlah == 5


def test_editor_soal_menjodohkan(client, buat_pengguna, buat_soal):
    from .test_admin import _form_soal

    client.force_login(buat_pengguna("Pelatih"))
    kategori = buat_soal().kategori.pk
    url = reverse("wagtailsnippets_kursus_soal:add")
    respons = client.post(url, _form_soal("menjodohkan", pasangan=[("a", "1")], kategori=kategori))
    assert "sedikitnya dua pernyataan" in respons.content.decode()
    data = _form_soal(
        "menjodohkan", pasangan=[("a", "1"), ("b", "2"), ("", "3")], kategori=kategori
    )
    assert client.post(url, data).status_code == 302
    soal = Soal.objects.get(kode="baru-01")
    assert [(p.premis, p.jawaban) for p in soal.pasangan.all()] == [
        ("a", "1"),
        ("b", "2"),
        ("", "3"),
    ]
    html = client.get(reverse("wagtailsnippets_kursus_soal:edit", args=[soal.pk])).content.decode()
    assert 'data-untuk-jenis="menjodohkan"' in html
