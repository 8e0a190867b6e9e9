import pytest


@pytest.fixture
def periode_aktif(db):
    """The demo's running period with the default kebijakan (110 % / 90 %)."""
    from penilaian import demo

    return demo.muat_kebijakan_dan_periode()


@pytest.fixture
def kasus_demo(db, periode_aktif):
    """The demo cases from simulasi/konten/ (twelve), keyed by slug."""
    from simulasi import demo

    return {k.slug: k for k in demo.muat()}


@pytest.fixture
def peserta(buat_pengguna):
    return buat_pengguna("Peserta")


@pytest.fixture
def klien_peserta(client, peserta):
    client.force_login(peserta)
    return client


def jawaban_baik(**ubah):
    """A complete, sound answer for the PATEN case."""
    jawaban = {
        "rhk": "Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan di loket PATEN",
        "indikator": [
            {
                "teks": "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja",
                "aspek": "kuantitas",
                "target": 90,
                "satuan": "%",
                "polaritas": "",
                "realisasi": 96,
            }
        ],
        "prediksi": "",
    }
    jawaban.update(ubah)
    return jawaban
