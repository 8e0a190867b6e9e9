"""Import of units and employees from XLSX or CSV, all or nothing, keyed by NIP.

One table, one employee per row (header on the first row, names case-insensitive):

    nip, nama, email, jabatan, jenis_jabatan, koefisien_jf, unit_kode, unit_nama, unit_jenis,
    unit_induk_kode, nip_atasan, memimpin_unit

A unit is created or updated from the unit columns (keyed by ``unit_kode``). Every row is
validated first; with any problem nothing is written and every problem is reported by row
and column in Indonesian. Importing the same file twice changes nothing. Every employee
without a login gets one (``services.akun.akun_pegawai_buat``: user name = NIP, activation
by the emailed link when ``email`` is filled, otherwise by a printed letter). A file without
the ``email`` column leaves the stored addresses as they are.

The file is hostile until read (docs/keamanan.md, "Impor pegawai"): an XLSX is a zip whose
parts are measured uncompressed before openpyxl opens it (a 99 KB file can hold a 100 MB
cell), rows and columns are capped, every text is held to its model field's ``max_length``,
numbers to their field's digits, and superior chains may not loop. Every check is linear in
the number of rows.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .akses import atasan_pilihan, id_unit_lingkup, pegawai_dari
from .isian import teks_sel
from .mesin import AngkaTidakSah, baca_angka, format_ringkas
from .models import Pegawai, UnitKerja
from .services import KesalahanPenilaian, catat_riwayat, wajib_bukan_diri_sendiri
from .services.akun import akun_pegawai_buat
from .validasi import masalah_nip

KOLOM = (
    "nip",
    "nama",
    "email",
    "jabatan",
    "jenis_jabatan",
    "koefisien_jf",
    "unit_kode",
    "unit_nama",
    "unit_jenis",
    "unit_induk_kode",
    "nip_atasan",
    "memimpin_unit",
)
WAJIB = ("nip", "nama", "jabatan", "jenis_jabatan", "unit_kode")
#: Rows of one file, header excluded: the largest instansi's staff, with room to spare.
MAKS_BARIS = 20_000
#: Columns read from each row; anything further right is not read at all.
MAKS_KOLOM = 50
#: Bytes of all the parts of an XLSX once decompressed (20,000 rows take about 15 MB).
MAKS_XLSX_TERURAI = 50 * 1024 * 1024
#: The model field each text column is stored in: its ``max_length`` is the column's limit.
_FIELD_KOLOM = {
    "nip": (Pegawai, "nip"),
    "nama": (Pegawai, "nama"),
    "email": (Pegawai, "email"),
    "jabatan": (Pegawai, "jabatan"),
    "jenis_jabatan": (Pegawai, "jenis_jabatan"),
    "unit_kode": (UnitKerja, "kode"),
    "unit_nama": (UnitKerja, "nama"),
    "unit_jenis": (UnitKerja, "jenis"),
    "unit_induk_kode": (UnitKerja, "kode"),
    "nip_atasan": (Pegawai, "nip"),
}
_YA = {"ya", "y", "1", "true", "benar"}
_TIDAK = {"", "tidak", "t", "0", "false", "salah"}


@dataclass(frozen=True)
class MasalahImpor:
    baris: int
    kolom: str
    pesan: str

    def __str__(self) -> str:
        return _("Baris %(b)s, kolom %(k)s: %(p)s") % {
            "b": self.baris,
            "k": self.kolom,
            "p": self.pesan,
        }


class ImporGagal(Exception):
    def __init__(self, masalah: list[MasalahImpor]) -> None:
        super().__init__("\n".join(map(str, masalah)))
        self.masalah = masalah


@dataclass
class HasilImpor:
    dibuat: int = 0
    diubah: int = 0
    tetap: int = 0
    unit_dibuat: int = 0
    unit_diubah: int = 0
    akun_dibuat: int = 0
    catatan: list[str] = field(default_factory=list)


def baca_berkas(isi: bytes, nama: str) -> list[dict[str, str]]:
    """Rows as dicts of text from an XLSX or CSV file (``ImporGagal`` on an unreadable file,
    or one over the limits above)."""
    if nama.lower().endswith(".xlsx") or isi[:2] == b"PK":
        baris = _baris_xlsx(isi)
    else:
        baris = _baris_csv(isi)
    if not baris:
        raise ImporGagal([MasalahImpor(1, "-", _("Berkas kosong."))])
    kepala = [k.strip().lower() for k in baris[0]]
    hilang = [k for k in WAJIB if k not in kepala]
    if hilang:
        raise ImporGagal(
            [MasalahImpor(1, k, _("Kolom wajib tidak ada di baris judul.")) for k in hilang]
        )
    hasil = []
    for r in baris[1:]:
        if not any(str(v).strip() for v in r):
            continue
        hasil.append({k: (r[i].strip() if i < len(r) else "") for i, k in enumerate(kepala)})
    return hasil


def _terlalu_banyak_baris() -> ImporGagal:
    return ImporGagal(
        [
            MasalahImpor(
                MAKS_BARIS + 2,
                "-",
                _("Berkas lebih dari %(n)s baris pegawai; bagi menjadi beberapa berkas.")
                % {"n": format_ringkas(MAKS_BARIS)},
            )
        ]
    )


def _periksa_zip(isi: bytes) -> None:
    """Refuse an XLSX whose parts would decompress past MAKS_XLSX_TERURAI, from the sizes the
    zip declares (the reader never returns more than a part's declared size)."""
    try:
        with zipfile.ZipFile(io.BytesIO(isi)) as arsip:
            terurai = sum(bagian.file_size for bagian in arsip.infolist())
    except (zipfile.BadZipFile, ValueError) as e:
        raise ImporGagal([MasalahImpor(0, "-", _("Berkas XLSX tidak dapat dibaca."))]) from e
    if terurai > MAKS_XLSX_TERURAI:
        raise ImporGagal(
            [
                MasalahImpor(
                    0,
                    "-",
                    _(
                        "Berkas XLSX terlalu besar setelah diurai (%(mb)s MB; paling banyak "
                        "%(maks)s MB). Simpan ulang hanya lembar data pegawai."
                    )
                    % {
                        "mb": format_ringkas(terurai // (1024 * 1024)),
                        "maks": format_ringkas(MAKS_XLSX_TERURAI // (1024 * 1024)),
                    },
                )
            ]
        )


def _baris_xlsx(isi: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    _periksa_zip(isi)
    try:
        lembar = load_workbook(io.BytesIO(isi), read_only=True, data_only=True).active
        baris = []
        for r in lembar.iter_rows(values_only=True, max_col=MAKS_KOLOM):
            if len(baris) > MAKS_BARIS:
                raise _terlalu_banyak_baris()
            baris.append([teks_sel(v) for v in r])
    except ImporGagal:
        raise
    except Exception as e:  # noqa: BLE001 - any unreadable workbook is the user's problem
        raise ImporGagal([MasalahImpor(0, "-", _("Berkas XLSX tidak dapat dibaca."))]) from e
    return baris


def _baris_csv(isi: bytes) -> list[list[str]]:
    try:
        teks = isi.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ImporGagal([MasalahImpor(0, "-", _("Berkas CSV harus berenkode UTF-8."))]) from e
    contoh = teks[:2048]
    pemisah = ";" if contoh.count(";") > contoh.count(",") else ","
    baris = []
    try:
        for r in csv.reader(io.StringIO(teks), delimiter=pemisah):
            if len(baris) > MAKS_BARIS:
                raise _terlalu_banyak_baris()
            baris.append(r[:MAKS_KOLOM])
    except csv.Error as e:  # a field past csv's own limit (128 KiB), a stray NUL, …
        raise ImporGagal(
            [
                MasalahImpor(
                    len(baris) + 1, "-", _("Baris CSV tidak dapat dibaca: %(e)s.") % {"e": e}
                )
            ]
        ) from e
    return baris


def periksa_baris(baris: list[dict[str, str]]) -> list[MasalahImpor]:
    """Every problem of every row (row numbers count the header as row 1)."""
    masalah: list[MasalahImpor] = []
    nip_file: dict[str, int] = {}
    unit_ada = set(UnitKerja.objects.values_list("kode", flat=True))
    unit_file = {r.get("unit_kode", "").strip() for r in baris}
    # A new unit needs its name and kind once in the file (any row of that unit).
    unit_bernama = {r.get("unit_kode", "").strip() for r in baris if r.get("unit_nama", "").strip()}
    unit_berjenis = {
        r.get("unit_kode", "").strip() for r in baris if r.get("unit_jenis", "").strip()
    }
    atasan_db = dict(Pegawai.objects.values_list("nip", "atasan__nip"))
    nip_di_berkas = {r.get("nip", "").strip() for r in baris}
    panjang_maks = _panjang_maks()
    for i, r in enumerate(baris, start=2):
        m = lambda kolom, pesan, i=i: masalah.append(MasalahImpor(i, kolom, pesan))  # noqa: E731
        for k in WAJIB:
            if not r.get(k, "").strip():
                m(k, _("wajib diisi."))
        for k, maks in panjang_maks.items():
            if len(r.get(k, "").strip()) > maks:
                m(
                    k,
                    _("terlalu panjang: %(n)s karakter, paling banyak %(maks)s.")
                    % {"n": format_ringkas(len(r[k].strip())), "maks": maks},
                )
        nip = r.get("nip", "").strip()
        if nip:
            for p in masalah_nip(nip):
                m("nip", p)
            if nip in nip_file:
                m("nip", _("NIP sama dengan baris %(b)s.") % {"b": nip_file[nip]})
            nip_file.setdefault(nip, i)
        email = r.get("email", "").strip()
        if email and len(email) <= panjang_maks["email"]:
            try:
                validate_email(email)
            except ValidationError:
                m("email", _("bukan alamat surel yang sah (contoh: nama@serangkota.go.id)."))
        jenis = r.get("jenis_jabatan", "").strip().lower()
        if jenis and jenis not in Pegawai.JenisJabatan.values:
            m("jenis_jabatan", _("harus struktural, fungsional, atau pelaksana."))
        koef = r.get("koefisien_jf", "").strip()
        if koef:
            pesan = _masalah_koefisien(koef)
            if pesan:
                m("koefisien_jf", pesan)
            if jenis and jenis != "fungsional":
                m("koefisien_jf", _("hanya untuk jabatan fungsional."))
        kode = r.get("unit_kode", "").strip()
        if kode and slugify(kode) != kode:
            m("unit_kode", _("hanya huruf kecil, angka, dan tanda hubung (mis. kel-dalung)."))
        if kode and kode not in unit_ada and kode not in unit_bernama:
            m("unit_nama", _("wajib diisi untuk unit baru %(k)s.") % {"k": kode})
        jenis_unit = r.get("unit_jenis", "").strip().lower()
        if jenis_unit and jenis_unit not in UnitKerja.Jenis.values:
            m(
                "unit_jenis",
                _("harus salah satu dari: %(p)s.") % {"p": ", ".join(UnitKerja.Jenis.values)},
            )
        if kode and kode not in unit_ada and kode not in unit_berjenis:
            m("unit_jenis", _("wajib diisi untuk unit baru %(k)s.") % {"k": kode})
        induk = r.get("unit_induk_kode", "").strip()
        if induk and induk not in unit_ada and induk not in unit_file:
            m("unit_induk_kode", _("unit %(k)s tidak dikenal.") % {"k": induk})
        atasan = r.get("nip_atasan", "").strip()
        if atasan:
            if atasan == nip:
                m("nip_atasan", _("pegawai tidak boleh menjadi atasannya sendiri."))
            elif atasan not in atasan_db and atasan not in nip_di_berkas:
                m("nip_atasan", _("NIP atasan tidak ada di berkas maupun di data pegawai."))
        if r.get("memimpin_unit", "").strip().lower() not in _YA | _TIDAK:
            m("memimpin_unit", _("isi ya atau tidak."))
    return masalah + _masalah_siklus(baris, atasan_db)


def _panjang_maks() -> dict[str, int]:
    """Column → the ``max_length`` of the model field it is stored in."""
    return {
        kolom: model._meta.get_field(nama).max_length
        for kolom, (model, nama) in _FIELD_KOLOM.items()
    }


def _masalah_koefisien(teks: str) -> str | None:
    """The problem of a koefisien_jf cell, or None: a finite number above 0 that fits the
    field (its digits and decimal places, so PostgreSQL stores what SQLite would)."""
    try:
        angka = baca_angka(teks)
    except AngkaTidakSah as e:
        return f"{e}."
    field = Pegawai._meta.get_field("koefisien_jf")
    satuan = Decimal(1).scaleb(-field.decimal_places)
    batas = Decimal(10) ** (field.max_digits - field.decimal_places) - satuan
    if not angka.is_finite():
        return _("harus berupa angka biasa, misalnya 12,5.")
    if angka <= 0:
        return _("harus lebih dari 0, misalnya 12,5.")
    if angka > batas:
        return _("terlalu besar: paling banyak %(b)s.") % {"b": format_ringkas(batas)}
    if angka != angka.quantize(satuan):
        return _("paling banyak %(n)s angka di belakang koma, misalnya 12,5.") % {
            "n": field.decimal_places
        }
    return None


def _masalah_siklus(baris: list[dict[str, str]], atasan_db: dict[str, str | None]) -> list:
    """Rows whose superior chain, after the import, would come back to where it started
    (A → B → A, or longer). The chain combines the file's rows with the stored superiors of
    everyone the file does not list. Each employee is walked once: linear in the rows."""
    atasan = dict(atasan_db)
    baris_nip: dict[str, int] = {}
    for i, r in enumerate(baris, start=2):
        nip = r.get("nip", "").strip()
        if nip:
            atasan[nip] = r.get("nip_atasan", "").strip() or None
            baris_nip.setdefault(nip, i)
    selesai: set[str] = set()
    masalah = []
    for mulai in baris_nip:
        jalur: list[str] = []
        di_jalur: set[str] = set()
        nip: str | None = mulai
        while nip is not None and nip not in selesai and nip not in di_jalur:
            jalur.append(nip)
            di_jalur.add(nip)
            nip = atasan.get(nip)
        if nip is not None and nip in di_jalur:
            siklus = jalur[jalur.index(nip) :]
            if len(siklus) > 1:  # one's own superior is reported on its row already
                rantai = " → ".join([*siklus, siklus[0]])
                masalah.extend(
                    MasalahImpor(
                        baris_nip[n],
                        "nip_atasan",
                        _("rantai atasan berputar: %(r)s.") % {"r": rantai},
                    )
                    for n in siklus
                    if n in baris_nip
                )
        selesai.update(jalur)
    return sorted(masalah, key=lambda m: m.baris)


@transaction.atomic
def pegawai_impor(*, oleh, baris: list[dict[str, str]]) -> HasilImpor:
    """Validate every row, then create or update units and employees (keyed by NIP)."""
    masalah = periksa_baris(baris) + _atasan_sendiri(oleh, baris)
    if not masalah:
        masalah = masalah_lingkup(oleh, baris)
    if masalah:
        raise ImporGagal(masalah)
    hasil = HasilImpor()
    unit = {}
    definisi: dict[str, dict[str, str]] = {}
    for r in baris:
        d = definisi.setdefault(r["unit_kode"].strip(), {})
        if r.get("unit_nama", "").strip():
            d.setdefault("nama", r["unit_nama"].strip())
        if r.get("unit_jenis", "").strip():
            d.setdefault("jenis", r["unit_jenis"].strip().lower())
    for kode, d in definisi.items():
        obj = UnitKerja.objects.filter(kode=kode).first()
        nilai = {
            "nama": d.get("nama") or (obj.nama if obj else ""),
            "jenis": d.get("jenis") or (obj.jenis if obj else ""),
        }
        if obj is None:
            obj = UnitKerja.objects.create(kode=kode, **nilai)
            hasil.unit_dibuat += 1
        elif any(getattr(obj, k) != v for k, v in nilai.items()):
            for k, v in nilai.items():
                setattr(obj, k, v)
            obj.save()
            hasil.unit_diubah += 1
        unit[kode] = obj
    for r in baris:
        induk = r.get("unit_induk_kode", "").strip()
        u = unit[r["unit_kode"].strip()]
        if induk and u.induk_id != UnitKerja.objects.get(kode=induk).pk:
            u.induk = UnitKerja.objects.get(kode=induk)
            u.save(update_fields=["induk"])
    # Two passes: first the employees, then their atasan (who may appear later in the file).
    pegawai: dict[str, Pegawai] = {}
    baru: set[str] = set()
    berubah: set[str] = set()
    for r in baris:
        nip = r["nip"].strip()
        koef = r.get("koefisien_jf", "").strip()
        nilai = {
            "nama": r["nama"].strip(),
            "jabatan": r["jabatan"].strip(),
            "jenis_jabatan": r["jenis_jabatan"].strip().lower(),
            "koefisien_jf": baca_angka(koef).quantize(Decimal("0.01")) if koef else None,
            "unit": unit[r["unit_kode"].strip()],
            "memimpin_unit": r.get("memimpin_unit", "").strip().lower() in _YA,
        }
        if "email" in r:
            nilai["email"] = r["email"].strip()
        p = Pegawai.objects.filter(nip=nip).first()
        if p is None:
            p = Pegawai(nip=nip, **nilai)
            p.save()
            baru.add(nip)
            catat_riwayat(oleh=oleh, objek=p, aksi="impor_buat", sebelum=None, sesudah=_ringkas(p))
        else:
            beda = {k: v for k, v in nilai.items() if getattr(p, k) != v}
            if beda:
                sebelum = _ringkas(p)
                for k, v in beda.items():
                    setattr(p, k, v)
                p.save()
                berubah.add(nip)
                catat_riwayat(
                    oleh=oleh, objek=p, aksi="impor_ubah", sebelum=sebelum, sesudah=_ringkas(p)
                )
        pegawai[nip] = p
    for r in baris:
        nip_atasan = r.get("nip_atasan", "").strip()
        atasan = pegawai.get(nip_atasan) or Pegawai.objects.filter(nip=nip_atasan).first()
        p = pegawai[r["nip"].strip()]
        atasan_id = atasan.pk if atasan else None
        if p.atasan_id != atasan_id:
            sebelum = {"atasan": p.atasan_id}
            p.atasan_id = atasan_id
            p.save(update_fields=["atasan"])
            berubah.add(p.nip)
            catat_riwayat(
                oleh=oleh,
                objek=p,
                aksi="impor_atasan",
                sebelum=sebelum,
                sesudah={"atasan": atasan_id},
            )
    hasil.akun_dibuat = len(akun_pegawai_buat(oleh=oleh, pegawai=pegawai.values()))
    hasil.dibuat = len(baru)
    hasil.diubah = len(berubah - baru)
    hasil.tetap = len(pegawai) - hasil.dibuat - hasil.diubah
    return hasil


def _atasan_sendiri(oleh, baris: list[dict[str, str]]) -> list[MasalahImpor]:
    """The importer's own row may not change their atasan (``wajib_bukan_diri_sendiri``)."""
    saya = pegawai_dari(oleh)
    if saya is None:
        return []
    atasan_kini = saya.atasan.nip if saya.atasan_id else ""
    masalah = []
    for i, r in enumerate(baris, start=2):
        if r.get("nip", "").strip() == saya.nip and r.get("nip_atasan", "").strip() != atasan_kini:
            try:
                wajib_bukan_diri_sendiri(oleh, saya, aksi=_("menetapkan atasan"))
            except KesalahanPenilaian as e:
                masalah.append(MasalahImpor(i, "nip_atasan", e.pesan))
    return masalah


def _ringkas(p: Pegawai) -> dict:
    return {
        "nip": p.nip,
        "nama": p.nama,
        "email": p.email,
        "jabatan": p.jabatan,
        "jenis_jabatan": p.jenis_jabatan,
        "koefisien_jf": str(p.koefisien_jf) if p.koefisien_jf is not None else None,
        "unit": p.unit.kode,
        "memimpin_unit": p.memimpin_unit,
    }


def masalah_lingkup(oleh, baris: list[dict[str, str]]) -> list[MasalahImpor]:
    """The rows a scoped administrator may not import (none for the global role): an existing
    unit or employee outside its scope, a new unit not placed under a unit of its scope, a unit
    moved under one outside it, an atasan it may not name (``akses.atasan_pilihan``)."""
    lingkup = id_unit_lingkup(oleh) if oleh is not None else None  # None: a command
    if lingkup is None:
        return []
    semua_unit = dict(UnitKerja.objects.values_list("kode", "pk"))
    induk_kini = dict(UnitKerja.objects.values_list("kode", "induk__kode"))
    boleh = {k for k, pk in semua_unit.items() if pk in lingkup}
    induk_baru = {
        r["unit_kode"].strip(): r.get("unit_induk_kode", "").strip()
        for r in baris
        if r["unit_kode"].strip() not in semua_unit and r.get("unit_induk_kode", "").strip()
    }
    # New units join the scope through an in-scope parent, possibly another new unit of the
    # file: repeat until nothing is added (at most one pass per level of the file's tree).
    while True:
        tambah = {k for k, induk in induk_baru.items() if induk in boleh} - boleh
        if not tambah:
            break
        boleh |= tambah
    nip_luar = set(
        Pegawai.objects.exclude(unit_id__in=lingkup)
        .filter(nip__in=[r["nip"].strip() for r in baris])
        .values_list("nip", flat=True)
    )
    nip_berkas = {r["nip"].strip() for r in baris}
    atasan_diminta = {r.get("nip_atasan", "").strip() for r in baris} - nip_berkas - {""}
    atasan_boleh = set(
        atasan_pilihan(oleh).filter(nip__in=atasan_diminta).values_list("nip", flat=True)
    )
    masalah = []
    for i, r in enumerate(baris, start=2):
        kode = r["unit_kode"].strip()
        induk = r.get("unit_induk_kode", "").strip()
        if kode in semua_unit and kode not in boleh:
            masalah.append(
                MasalahImpor(
                    i, "unit_kode", _("unit %(k)s di luar lingkup unit Anda.") % {"k": kode}
                )
            )
        elif kode not in boleh:
            masalah.append(
                MasalahImpor(
                    i,
                    "unit_induk_kode",
                    _("unit baru %(k)s harus berinduk pada unit dalam lingkup unit Anda.")
                    % {"k": kode},
                )
            )
        elif induk and induk not in boleh and induk != induk_kini.get(kode):
            # Repeating a scope root's current parent (outside the scope) moves nothing.
            masalah.append(
                MasalahImpor(
                    i,
                    "unit_induk_kode",
                    _("unit %(k)s di luar lingkup unit Anda.") % {"k": induk},
                )
            )
        if r["nip"].strip() in nip_luar:
            masalah.append(
                MasalahImpor(
                    i, "nip", _("pegawai dengan NIP ini terdaftar di unit di luar lingkup Anda.")
                )
            )
        atasan = r.get("nip_atasan", "").strip()
        if atasan and atasan not in nip_berkas and atasan not in atasan_boleh:
            masalah.append(MasalahImpor(i, "nip_atasan", _("atasan di luar lingkup unit Anda.")))
    return masalah
