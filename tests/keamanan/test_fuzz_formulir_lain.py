"""Hostile input to the forms outside the live appraisal: the simulator's answer (indicators
and realisation), quiz answers of every type, the sosialisasi question, event attendance
codes, the readiness survey and the account forms (login, password change). No 5xx; a
refusal is in Indonesian beside its field and writes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from kursus.kuis.models import JawabanPeserta, PercobaanKuis
from simulasi.models import PercobaanSimulasi
from sosialisasi.models import JawabanSurvei, KodeHadir, PendaftaranAcara, PertanyaanPengunjung
from tests.keamanan.bermusuhan import angka, kirim, pengaturan, pilihan, teks

pytestmark = pytest.mark.django_db

RHK = "Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan di loket PATEN"


@pytest.fixture
def peserta(client, buat_pengguna):
    user = buat_pengguna("Peserta")
    client.force_login(user)
    return user


def _simulasi(nama: str) -> str:
    return reverse(f"simulasi:{nama}", args=["paten-adminduk"])


@given(
    rhk=st.one_of(st.just(RHK), teks),
    baris=st.lists(
        st.fixed_dictionaries(
            {
                "teks": teks,
                "aspek": pilihan("kuantitas", "kualitas", "waktu", "biaya"),
                "target": angka,
                "satuan": teks,
                "polaritas": pilihan("", "maksimal", "minimal"),
            }
        ),
        min_size=1,
        max_size=3,
    ),
    total=st.sampled_from(["5", "3", "-1", "99999999999999999999", "x", ""]),
)
@pengaturan
def test_fuzz_simulator_indikator(client, kasus_demo, peserta, rhk, baris, total):
    data = {
        "rhk": rhk,
        "iki-TOTAL_FORMS": total,
        "iki-INITIAL_FORMS": "0",
        "iki-MIN_NUM_FORMS": "5",
        "iki-MAX_NUM_FORMS": "50",
    }
    for i, b in enumerate(baris):
        data.update({f"iki-{i}-{k}": v for k, v in b.items()})
    kirim(client, _simulasi("indikator"), data, keadaan=PercobaanSimulasi.objects.count)


@given(realisasi=angka, prediksi=pilihan("", "Baik", "Sangat Baik"))
@pengaturan
def test_fuzz_simulator_realisasi(client, kasus_demo, peserta, realisasi, prediksi):
    data = {
        "rhk": RHK,
        "iki-TOTAL_FORMS": "5",
        "iki-INITIAL_FORMS": "0",
        "iki-MIN_NUM_FORMS": "5",
        "iki-MAX_NUM_FORMS": "50",
        "iki-0-teks": "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja",
        "iki-0-aspek": "kuantitas",
        "iki-0-target": "90",
        "iki-0-satuan": "%",
        "iki-0-polaritas": "naik",  # the polarity is confirmed, never a silent default
    }
    assert client.post(_simulasi("indikator"), data).status_code == 302
    kirim(
        client,
        _simulasi("realisasi"),
        {"realisasi_0": realisasi, "prediksi": prediksi},
        keadaan=PercobaanSimulasi.objects.count,
    )


@pytest.fixture
def percobaan_kuis(client, peserta, buat_soal, buat_kuis):
    soal = [buat_soal(j) for j in ("tunggal", "ganda", "benar_salah", "isian", "angka", "esai")]
    kuis = buat_kuis(soal)
    client.post(reverse("kursus:kuis:mulai", args=[kuis.slug]))
    return PercobaanKuis.objects.get(kuis=kuis)


@given(
    nomor=st.integers(min_value=1, max_value=6),
    pilihan_=st.lists(st.one_of(st.integers().map(str), teks), max_size=3),
    isian=st.one_of(teks, angka),
    aksi=pilihan("berikutnya", "sebelumnya", "periksa"),
)
@pengaturan
def test_fuzz_jawaban_kuis(client, percobaan_kuis, nomor, pilihan_, isian, aksi):
    def keadaan():
        return list(
            JawabanPeserta.objects.order_by("pk").values_list(
                "pk", "teks", "nilai", "dikunci", "pilihan"
            )
        )

    url = reverse("kursus:kuis:soal", args=[percobaan_kuis.pk, nomor])
    kirim(client, url, {"pilihan": pilihan_, "teks": isian, "aksi": aksi}, keadaan=keadaan)


@given(
    data=st.fixed_dictionaries(
        {"pertanyaan": teks, "nama": teks, "email": teks, "situs_web": st.sampled_from(["", "x"])}
    )
)
@pengaturan
def test_fuzz_pertanyaan_sosialisasi(client, tanya_jawab, data):
    # A fresh session per example: the one-question-a-minute limit is not what is fuzzed here.
    client.cookies.clear()
    kirim(
        client,
        reverse("sosialisasi:tanya", args=[tanya_jawab.pk]),
        data,
        keadaan=PertanyaanPengunjung.objects.count,
    )


@pytest.fixture
def acara_berlangsung(buat_acara, peserta):
    from datetime import timedelta

    acara = buat_acara(slug="acara-fuzz", mulai_dalam=timedelta(minutes=-30))
    PendaftaranAcara.objects.create(user=peserta, acara=acara, diantre_pada=timezone.now())
    return acara


@given(kode=st.one_of(teks, angka))
@pengaturan
def test_fuzz_kode_hadir(client, acara_berlangsung, kode):
    kirim(
        client,
        reverse("sosialisasi:hadir", args=[acara_berlangsung.pk]),
        {"kode": kode},
        keadaan=lambda: (
            list(PendaftaranAcara.objects.values_list("pk", "hadir_pada")),
            KodeHadir.objects.count(),
        ),
    )


@given(
    nilai=st.lists(st.one_of(st.sampled_from(["1", "3", "5"]), angka, teks), min_size=4, max_size=4)
)
@pengaturan
def test_fuzz_survei(client, survei, buat_pengguna, nilai):
    client.force_login(buat_pengguna("Peserta"))
    tema = ("pemahaman", "sikap", "beban_kerja", "keadilan")
    kirim(
        client,
        survei.url,
        {f"butir_{t}": n for t, n in zip(tema, nilai, strict=True)},
        keadaan=JawabanSurvei.objects.count,
    )


@given(username=teks, password=teks)
@pengaturan
def test_fuzz_masuk(client, username, password):
    client.cookies.clear()
    kirim(
        client,
        reverse("login"),
        {"username": username, "password": password},
        keadaan=lambda: get_user_model().objects.filter(last_login__isnull=False).count(),
    )


@given(lama=teks, baru=teks, ulang=st.one_of(teks, st.just("")))
@pengaturan
def test_fuzz_ganti_kata_sandi(client, peserta, lama, baru, ulang):
    client.force_login(peserta)
    kirim(
        client,
        reverse("password_change"),
        {"old_password": lama, "new_password1": baru, "new_password2": ulang or baru},
        keadaan=lambda: get_user_model().objects.get(pk=peserta.pk).password,
    )
