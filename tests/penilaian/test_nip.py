import pytest
from django.core.exceptions import ValidationError

from penilaian.validasi import masalah_nip, validasi_nip


@pytest.mark.parametrize(
    "nip",
    [
        "198503152010011001",  # laki-laki, lahir 15-03-1985, TMT 01-2010
        "199012312015032002",  # perempuan
        "200002292022121999",  # 29 Februari tahun kabisat
    ],
)
def test_nip_sah(nip):
    assert masalah_nip(nip) == []
    validasi_nip(nip)


@pytest.mark.parametrize(
    ("nip", "pesan"),
    [
        ("19850315201001100", "18 angka"),
        ("1985031520100110011", "18 angka"),
        ("19850315 201001100", "18 angka"),
        ("19850315201001100A", "18 angka"),
        ("", "18 angka"),
        ("198513152010011001", "Tanggal lahir"),  # bulan 13
        ("198502302010011001", "Tanggal lahir"),  # 30 Februari
        ("199902292020011001", "Tanggal lahir"),  # 29 Februari bukan kabisat
        ("198503152010001001", "Bulan pengangkatan"),  # bulan 00
        ("198503152010131001", "Bulan pengangkatan"),  # bulan 13
        ("198503151980011001", "sesudah tahun lahir"),
        ("198503152010013001", "jenis kelamin"),
        ("198503152010010001", "jenis kelamin"),
        ("198503152010011000", "Nomor urut"),
    ],
)
def test_nip_tidak_sah_dengan_pesan_yang_menunjuk_bagiannya(nip, pesan):
    masalah = masalah_nip(nip)
    assert any(pesan in m for m in masalah), masalah
    with pytest.raises(ValidationError):
        validasi_nip(nip)


def test_semua_masalah_nip_dilaporkan_sekaligus():
    assert len(masalah_nip("198513152010133000")) == 4
