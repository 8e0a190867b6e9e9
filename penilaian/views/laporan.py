"""Outputs beyond one SKP: public verification and transparency, unit dashboards, the
indicator library."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import InvalidPage, Page, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .. import selectors
from ..akses import (
    pegawai_dari,
)
from ..ekspor import ekspor_unit_xlsx
from ..forms import FormCocokNIP, FormSaringUnit
from ..kurva import grafik_kurva
from ..models import Periode, PustakaIndikator
from ..pembatas import Pembatas
from ..services import AMBANG_PUBLIKASI_ULANG

#: Rows of a unit dashboard's table per page: a unit of 200 employees is four pages.
BARIS_PER_HALAMAN_UNIT = 50


#: Wrong NIP typed for one document code before the page stops comparing for a while: the
#: predikat stays behind the NIP, so the NIP must not be guessable by trying many.
BATAS_SALAH_NIP = 5
JEDA_SALAH_NIP_DETIK = 15 * 60
SALAH_NIP_VERIFIKASI = Pembatas(
    "verifikasi-nip-salah", batas=BATAS_SALAH_NIP, jendela=JEDA_SALAH_NIP_DETIK
)


def verifikasi(request, kode: str):
    """Public: confirms that a printed evaluation document is genuine (kind, period, unit, date
    finalised, the name masked). The predikat and the full name only for a visitor who types
    the NIP printed on it: the transparency page promises no individual data to the public,
    and a code alone (a photographed QR) must not reveal one person's result."""
    tersimpan = selectors.evaluasi_verifikasi(kode)
    cocok = False
    terkunci = SALAH_NIP_VERIFIKASI.habis(str(tersimpan.pk))
    if request.method == "POST" and not terkunci:
        form = FormCocokNIP(request.POST)
        if form.is_valid():
            cocok = selectors.evaluasi_cocok_nip(tersimpan, form.cleaned_data["nip"])
            if not cocok:
                SALAH_NIP_VERIFIKASI.catat(str(tersimpan.pk))
                form.add_error(
                    "nip",
                    _("NIP tidak cocok dengan dokumen ini. Periksa kembali NIP pada dokumen."),
                )
    else:
        form = FormCocokNIP()
    return render(
        request,
        "penilaian/verifikasi.html",
        {
            "evaluasi": tersimpan,
            "nama_tersamar": selectors.nama_tersamar(tersimpan.skp.pegawai.nama),
            "form": form,
            "cocok": cocok,
            "terkunci": terkunci,
            "jeda_menit": JEDA_SALAH_NIP_DETIK // 60,
        },
    )


def _tahun_dipilih(request) -> int | None:
    """``?tahun=`` as a year, or ``None`` for anything else (an ASCII check first: ``"²"`` is a
    digit to ``str.isdigit`` but not to ``int``)."""
    tahun = request.GET.get("tahun", "")
    if tahun.isascii() and tahun.isdigit() and len(tahun) <= 4:
        return int(tahun)
    return None


def _periode_dipilih(request) -> Periode | None:
    tahun = _tahun_dipilih(request)
    if tahun is not None:
        return Periode.objects.filter(tahun=tahun).first() or selectors.periode_aktif()
    return selectors.periode_aktif()


def transparansi(request):
    """Public aggregates per unit and period as published when the period closed, only over at
    least 5 employees. Without a chosen year it shows the latest published period."""
    konteks = selectors.transparansi_halaman(_tahun_dipilih(request))
    kurva = konteks["kurva"]
    konteks.update(
        # Called by the template inside its cached fragment: drawn only when the fragment is.
        grafik_kurva=(lambda: _grafik_kurva_kecamatan(kurva)) if kurva else None,
        ambang=selectors.AMBANG_TRANSPARANSI,
        ambang_ulang=AMBANG_PUBLIKASI_ULANG,
        cache_detik=selectors.CACHE_TRANSPARANSI_DETIK,
    )
    return render(request, "penilaian/transparansi.html", konteks)


def _grafik_kurva_kecamatan(kurva):
    return grafik_kurva(
        kurva,
        judul=_("Sebaran predikat kecamatan terhadap kurva distribusi (%)"),
        nama_nilai=_("Kecamatan (unit yang ditampilkan)"),
    )


@login_required
def unit_daftar(request):
    units = selectors.unit_terlihat(request.user)
    if not units.exists():
        raise Http404
    return render(request, "penilaian/unit_daftar.html", {"units": units})


@login_required
def unit_dasbor(request, kode: str):
    unit = selectors.unit_untuk(request.user, kode)
    periode = _periode_dipilih(request)
    konteks = selectors.ringkasan_unit(request.user, unit, periode)
    saring = FormSaringUnit(request.GET)
    saringan = saring.saringan()
    halaman = _halaman(request, selectors.saring_skp(konteks["skp"], **saringan))
    # The query string of the page links: every filter kept, the page number replaced.
    kueri = request.GET.copy()
    kueri.pop("halaman", None)
    konteks.update(
        unit=unit,
        periode=periode,
        semua_periode=Periode.objects.all(),
        saring=saring,
        disaring=any(saringan.values()),
        halaman=halaman,
        rentang=halaman.paginator.get_elided_page_range(halaman.number, on_each_side=2),
        kueri=kueri.urlencode(),
        grafik_kurva=grafik_kurva(
            konteks["kurva"],
            judul=_("Sebaran predikat %(unit)s terhadap kurva distribusi (%%)")
            % {"unit": unit.nama},
            nama_nilai=_("Unit ini"),
        )
        if konteks["kurva"].total
        else None,
    )
    return render(request, "penilaian/unit.html", konteks)


def _halaman(request, daftar) -> Page:
    """The page ``?halaman=`` of ``daftar``; as in Django's ListView, a page number that is not a
    number or is out of range is a 404, not an error."""
    paginator = Paginator(daftar, BARIS_PER_HALAMAN_UNIT)
    try:
        return paginator.page(request.GET.get("halaman") or 1)
    except InvalidPage:
        raise Http404 from None


@login_required
def unit_ekspor(request, kode: str):
    unit = selectors.unit_untuk(request.user, kode)
    periode = _periode_dipilih(request)
    konteks = selectors.ringkasan_unit(request.user, unit, periode)
    isi = ekspor_unit_xlsx(unit, periode, konteks["skp"])
    respons = HttpResponse(
        isi, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    tahun = periode.tahun if periode else "semua"
    respons["Content-Disposition"] = f'attachment; filename="skp-{unit.kode}-{tahun}.xlsx"'
    return respons


@login_required
def pustaka(request):
    """The indicator library an employee picks from while drafting."""
    saya = pegawai_dari(request.user)
    daftar = selectors.pustaka_untuk(saya) if saya else PustakaIndikator.objects.none()
    return render(request, "penilaian/pustaka.html", {"daftar": daftar})
