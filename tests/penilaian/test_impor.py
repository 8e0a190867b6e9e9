"""Import of units and employees: all or nothing, every problem by row and column, idempotent."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from penilaian.impor import ImporGagal, baca_berkas, pegawai_impor
from penilaian.models import Pegawai, RiwayatPerubahan, UnitKerja

pytestmark = pytest.mark.django_db

KEPALA = (
    "nip;nama;jabatan;jenis_jabatan;koefisien_jf;unit_kode;unit_nama;unit_jenis;"
    "unit_induk_kode;nip_atasan;memimpin_unit"
)
BAIK = "\n".join(
    [
        KEPALA,
        "197801012005011001;Hendra Gunawan;Lurah Dalung;struktural;;kel-dalung;Kelurahan Dalung;"
        "kelurahan;;;ya",
        "198805052012122002;Rina Oktaviani;Analis Kependudukan;fungsional;12,5;kel-dalung;;;;"
        "197801012005011001;tidak",
        "199001012019031003;Agus Salim;Pengadministrasi Umum;pelaksana;;kel-dalung;;;;"
        "197801012005011001;",
    ]
)


def _tulis(tmp_path, teks, nama="pegawai.csv"):
    jalur = tmp_path / nama
    jalur.write_text(teks, encoding="utf-8")
    return jalur


def test_impor_csv_membuat_unit_pegawai_dan_atasan(tmp_path):
    call_command("impor_pegawai", str(_tulis(tmp_path, BAIK)))
    assert UnitKerja.objects.get(kode="kel-dalung").nama == "Kelurahan Dalung"
    rina = Pegawai.objects.get(nip="198805052012122002")
    assert rina.atasan.nama == "Hendra Gunawan"
    assert str(rina.koefisien_jf) == "12.50"
    assert Pegawai.objects.get(nip="197801012005011001").memimpin_unit


def test_impor_dua_kali_tidak_mengubah_apa_pun(tmp_path):
    jalur = _tulis(tmp_path, BAIK)
    call_command("impor_pegawai", str(jalur))
    riwayat = RiwayatPerubahan.objects.count()
    keadaan = list(Pegawai.objects.order_by("nip").values())
    keluaran = io.StringIO()
    call_command("impor_pegawai", str(jalur), stdout=keluaran)
    assert "0 baru, 0 diubah, 3 tetap" in keluaran.getvalue()
    assert list(Pegawai.objects.order_by("nip").values()) == keadaan
    assert RiwayatPerubahan.objects.count() == riwayat


def test_baris_tidak_sah_tidak_mengimpor_apa_pun_dan_melaporkan_semua_masalah(tmp_path):
    buruk = "\n".join(
        [
            KEPALA,
            "197801012005011001;Hendra Gunawan;Lurah Dalung;struktural;;kel-dalung;"
            "Kelurahan Dalung;kelurahan;;;ya",
            "198813052012122002;;Analis;fungsional;dua belas;kel-dalung;;;;;",
            "199001012019031003;Agus;Staf;honorer;5;Kel Dalung;;;;199001012019031003;mungkin",
            "197801012005011001;Ganda;Staf;pelaksana;;kel-dalung;;;;123;",
        ]
    )
    with pytest.raises(CommandError, match="Tidak ada yang diimpor"):
        call_command("impor_pegawai", str(_tulis(tmp_path, buruk)), stderr=io.StringIO())
    assert not Pegawai.objects.exists()
    assert not UnitKerja.objects.filter(kode="kel-dalung").exists()

    with pytest.raises(ImporGagal) as e:
        pegawai_impor(oleh=None, baris=baca_berkas(buruk.encode(), "x.csv"))
    laporan = {(m.baris, m.kolom) for m in e.value.masalah}
    assert {
        (3, "nip"),  # bulan lahir 13
        (3, "nama"),
        (3, "koefisien_jf"),
        (4, "jenis_jabatan"),
        (4, "koefisien_jf"),
        (4, "unit_kode"),
        (4, "nip_atasan"),
        (4, "memimpin_unit"),
        (5, "nip"),  # NIP ganda
        (5, "nip_atasan"),
    } <= laporan
    assert all(str(m).startswith(f"Baris {m.baris}, kolom {m.kolom}:") for m in e.value.masalah)


def test_impor_xlsx(tmp_path):
    buku = Workbook()
    lembar = buku.active
    for baris in BAIK.split("\n"):
        lembar.append(baris.split(";"))
    jalur = tmp_path / "pegawai.xlsx"
    buku.save(jalur)
    call_command("impor_pegawai", str(jalur), stdout=io.StringIO())
    assert Pegawai.objects.count() == 3


def test_kolom_wajib_hilang_dilaporkan(tmp_path):
    with pytest.raises(ImporGagal) as e:
        baca_berkas(b"nama;jabatan\nA;B\n", "x.csv")
    assert {m.kolom for m in e.value.masalah} == {"nip", "jenis_jabatan", "unit_kode"}


def test_berkas_pegawai_demo_lolos_validasi_impor():
    from penilaian import demo
    from penilaian.impor import periksa_baris

    demo.muat_unit_kerja()
    assert periksa_baris(demo.baris_pegawai()) == []
