"""Event files: the attendance list per unit (XLSX and CSV) and the .ics calendar entry.

Every cell that comes from what people typed (names, positions, unit names) goes through
``penilaian.ekspor.sel_aman``: a leading = + - @ would otherwise be a formula."""

from io import BytesIO

from django.utils import timezone
from icalendar import Calendar, Event
from openpyxl import Workbook
from openpyxl.styles import Font

from kursus.ekspor import MIME_CSV, MIME_XLSX, BerkasEkspor, EksporDitolak
from penilaian.ekspor import sel_aman, tulis_csv

from .akses import adalah_penyelenggara
from .models import AcaraPage
from .selectors import kehadiran

JENIS_EKSPOR = "kehadiran"

KOLOM_KEHADIRAN = ("Unit kerja", "NIP / akun", "Nama", "Status", "Hadir pada (WIB)")


def _baris(data: list[dict]) -> list[list]:
    return [
        [
            sel_aman(b["unit"]),
            sel_aman(b["nip"]),
            sel_aman(b["nama"]),
            b["status"],
            timezone.localtime(b["hadir_pada"]).strftime("%d-%m-%Y %H.%M")
            if b["hadir_pada"]
            else "",
        ]
        for b in data
    ]


def kehadiran_xlsx(acara: AcaraPage, data: list[dict], ringkasan: list[dict]) -> bytes:
    buku = Workbook()
    lembar = buku.active
    lembar.title = "Kehadiran"
    lembar.append([sel_aman(f"Daftar hadir: {acara.title}")])
    lembar["A1"].font = Font(bold=True, size=13)
    lembar.append(list(KOLOM_KEHADIRAN))
    for sel in lembar[2]:
        sel.font = Font(bold=True)
    for baris in _baris(data):
        lembar.append(baris)
    for kolom, lebar in zip("ABCDE", (32, 22, 32, 16, 18), strict=True):
        lembar.column_dimensions[kolom].width = lebar
    per_unit = buku.create_sheet("Per unit")
    per_unit.append(["Unit kerja", "Terdaftar", "Hadir"])
    for sel in per_unit[1]:
        sel.font = Font(bold=True)
    for r in ringkasan:
        per_unit.append([sel_aman(r["unit"]), r["terdaftar"], r["hadir"]])
    per_unit.column_dimensions["A"].width = 32
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


def kehadiran_csv(data: list[dict]) -> str:
    return tulis_csv(KOLOM_KEHADIRAN, _baris(data))


def nama_berkas_kehadiran(acara: AcaraPage, ext: str) -> str:
    return f"kehadiran-acara-{acara.pk}-{timezone.localdate():%Y%m%d}.{ext}"


def berkas_kehadiran(user, parameter: dict) -> BerkasEkspor:
    """The attendance list of an event as XLSX or CSV: one function for the organiser's
    download and the background export (``kursus.ekspor``), which checks the role again."""
    if not adalah_penyelenggara(user):
        raise EksporDitolak
    acara = AcaraPage.objects.get(pk=parameter["acara"])
    baris, per_unit = kehadiran(acara, user=user)
    if parameter.get("format") == "csv":
        isi = kehadiran_csv(baris).encode()
        return BerkasEkspor(nama_berkas_kehadiran(acara, "csv"), isi, MIME_CSV)
    isi = kehadiran_xlsx(acara, baris, per_unit)
    return BerkasEkspor(nama_berkas_kehadiran(acara, "xlsx"), isi, MIME_XLSX)


def acara_ics(acara: AcaraPage, *, url: str, host: str) -> bytes:
    """One VEVENT (RFC 5545; the icalendar package escapes text and folds lines with CRLF).
    Times in UTC; the online link is not put in the file (it is for registered people)."""
    kalender = Calendar()
    kalender.add("prodid", "-//Kinerja ASN Cipocok Jaya//Sosialisasi//ID")
    kalender.add("version", "2.0")
    kalender.add("method", "PUBLISH")
    acara_ical = Event()
    acara_ical.add("uid", f"acara-{acara.pk}@{host}")
    acara_ical.add("dtstamp", timezone.now())
    acara_ical.add("dtstart", acara.mulai)
    acara_ical.add("dtend", acara.selesai)
    acara_ical.add("summary", acara.title)
    acara_ical.add("description", f"{acara.ringkasan}\n\n{url}")
    lokasi = acara.nama_tempat or acara.get_tempat_display()
    acara_ical.add("location", lokasi)
    acara_ical.add("url", url)
    kalender.add_component(acara_ical)
    return kalender.to_ical()
