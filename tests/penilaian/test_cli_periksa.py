"""python manage.py periksa_indikator FILE|-: JSON lines, CSV, XLSX, stdin; status 2 bila rusak."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook

BARIS = [
    {"teks": "Melaksanakan posyandu", "target": "12 kegiatan"},
    {"teks": "Jumlah laporan bulanan yang tersusun", "target": "12 laporan"},
    {"teks": "Persentase layanan yang diselesaikan dengan baik", "target": "90 %"},
]


def jalankan(*args, **kwargs):
    keluar, galat = io.StringIO(), io.StringIO()
    call_command("periksa_indikator", *args, stdout=keluar, stderr=galat, **kwargs)
    return [json.loads(b) for b in keluar.getvalue().splitlines()], galat.getvalue()


def tulis_jsonl(tmp_path, baris, nama="indikator.jsonl"):
    berkas = tmp_path / nama
    berkas.write_text("\n".join(json.dumps(b) for b in baris) + "\n\n", encoding="utf-8")
    return berkas


def test_jsonl(tmp_path):
    hasil, ringkasan = jalankan(str(tulis_jsonl(tmp_path, BARIS)))
    assert [h["layak"] for h in hasil] == [False, True, False]
    assert "Diperiksa 3 indikator: 1 layak, 2 belum layak." in ringkasan
    assert "BUKAN_HASIL 1" in ringkasan


def test_stdin():
    masuk = io.StringIO("\n".join(json.dumps(b) for b in BARIS))
    hasil, _ = jalankan("-", stdin=masuk)
    assert len(hasil) == 3


def test_csv_titik_koma_dengan_bom(tmp_path):
    berkas = tmp_path / "indikator.csv"
    berkas.write_text(
        "\ufeffteks;target;satuan;aspek;rhk;rhk_atasan\n"
        "Jumlah warga yang terlayani;1.200 orang;;Kuantitas;;\n"
        ";;;;;\n"
        "Rata-rata waktu layanan;3;hari;waktu;;\n",
        encoding="utf-8",
    )
    hasil, _ = jalankan(str(berkas))
    assert [h["layak"] for h in hasil] == [True, True]


def test_csv_koma(tmp_path):
    berkas = tmp_path / "indikator.csv"
    berkas.write_text("teks\nJumlah laporan\n", encoding="utf-8")
    hasil, _ = jalankan(str(berkas))
    assert hasil[0]["temuan"][0]["kode"] == "TANPA_TARGET"


def test_xlsx(tmp_path):
    buku = Workbook()
    lembar = buku.active
    lembar.append(["Teks", "Target", "Satuan", "Polaritas"])
    lembar.append(["Jumlah temuan pemeriksaan", 0.0, "temuan", "turun"])
    lembar.append(["Persentase dokumen selesai", 95, "%", None])
    lembar.append([2026, True, None, None])
    berkas = tmp_path / "indikator.xlsx"
    buku.save(berkas)
    hasil, _ = jalankan(str(berkas))
    assert [h["teks"] for h in hasil] == [
        "Jumlah temuan pemeriksaan",
        "Persentase dokumen selesai",
        "2026",
    ]
    assert hasil[0]["layak"] is True


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        ([{"teks": "a"}, {"target": "1"}], 'Baris 2: Kolom "teks" wajib diisi.'),
        ([{"teks": "a", "polaritas": "x"}], "Baris 1: Polaritas"),
    ],
)
def test_baris_tanpa_teks_status_2_tanpa_keluaran(tmp_path, isi, pesan):
    keluar = io.StringIO()
    with pytest.raises(CommandError) as e:
        call_command("periksa_indikator", str(tulis_jsonl(tmp_path, isi)), stdout=keluar)
    assert e.value.returncode == 2
    assert str(e.value).startswith(pesan)
    assert keluar.getvalue() == ""


def test_csv_baris_tanpa_teks_menyebut_nomor_baris_lembar(tmp_path):
    berkas = tmp_path / "indikator.csv"
    berkas.write_text("teks,target\nJumlah laporan,1 laporan\n,5 laporan\n", encoding="utf-8")
    with pytest.raises(CommandError, match="^Baris 3: "):
        jalankan(str(berkas))


@pytest.mark.parametrize(
    ("nama", "isi", "pesan"),
    [
        ("tidak-ada.jsonl", None, "tidak dapat dibuka"),
        ("indikator.txt", "x", "tidak dikenal"),
        ("rusak.jsonl", "{bukan json\n", "Baris 1: bukan JSON"),
        ("latin.jsonl", b"\xff\xfe\x00", "UTF-8"),
        ("latin.csv", b"teks\n\xff\xfe\n", "UTF-8"),
        ("rusak.xlsx", b"bukan zip", "bukan XLSX"),
        ("judul.csv", "nama,target\nx,1\n", "Baris 1: baris judul"),
        ("kosong.csv", "", "Baris 1: baris judul"),
        ("rusak.csv", 'teks\n"a\x00b\n', None),
    ],
)
def test_berkas_tidak_terbaca_status_2(tmp_path, nama, isi, pesan):
    berkas = tmp_path / nama
    if isinstance(isi, bytes):
        berkas.write_bytes(isi)
    elif isi is not None:
        berkas.write_text(isi, encoding="utf-8")
    try:
        hasil, _ = jalankan(str(berkas))
    except CommandError as e:
        assert e.returncode == 2
        if pesan:
            assert pesan in str(e)
    else:
        assert pesan is None and len(hasil) == 1
