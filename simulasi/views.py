"""The participant's flow: read the case, write RHK and IKI, enter realisasi, see the result.

Steps 2 and 3 keep the draft answer in the session; the attempt is written once, in one
transaction, when the realisasi are complete (``services.percobaan_simpan``).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .forms import FormRealisasi, FormRHK, baca_angka, baca_target, formset_iki, target_mesin
from .models import KasusSimulasi, PercobaanSimulasi

KUNCI_SESI = "simulasi"


def _kasus(slug: str) -> KasusSimulasi:
    return get_object_or_404(selectors.kasus_terbit(), slug=slug)


def _draf(request: HttpRequest, kasus: KasusSimulasi) -> dict:
    return request.session.get(KUNCI_SESI, {}).get(kasus.slug, {})


def _simpan_draf(request: HttpRequest, kasus: KasusSimulasi, draf: dict | None) -> None:
    semua = dict(request.session.get(KUNCI_SESI, {}))
    if draf is None:
        semua.pop(kasus.slug, None)
    else:
        semua[kasus.slug] = draf
    request.session[KUNCI_SESI] = semua


@login_required
def daftar(request: HttpRequest) -> HttpResponse:
    return render(request, "simulasi/daftar.html", {"daftar_kasus": selectors.kasus_terbit()})


@login_required
def kasus(request: HttpRequest, slug: str) -> HttpResponse:
    obj = _kasus(slug)
    return render(request, "simulasi/kasus_simulasi.html", {"kasus": obj, "langkah": 1})


@login_required
@require_http_methods(["GET", "POST"])
def indikator(request: HttpRequest, slug: str) -> HttpResponse:
    obj = _kasus(slug)
    draf = _draf(request, obj)
    if request.method == "POST":
        form = FormRHK(request.POST)
        formset = formset_iki(request.POST)
        if form.is_valid() and formset.is_valid():
            _simpan_draf(
                request, obj, {"rhk": form.cleaned_data["rhk"], "indikator": formset.indikator()}
            )
            return redirect("simulasi:realisasi", slug=obj.slug)
    else:
        form = FormRHK(initial={"rhk": draf.get("rhk", "")})
        formset = formset_iki(initial=draf.get("indikator"))
    pemeriksaan = {}
    if request.method == "POST":
        for i, f in enumerate(formset.forms):
            teks = (f.data.get(f.add_prefix("teks")) or "").strip()
            if teks:
                pemeriksaan[i] = services.periksa_indikator(
                    iki=_iki_dari(f.data, f.prefix),
                    rhk=request.POST.get("rhk", ""),
                    rhk_atasan=obj.rhk_atasan,
                )
    baris = [(f, pemeriksaan.get(i)) for i, f in enumerate(formset.forms)]
    return render(
        request,
        "simulasi/indikator.html",
        {"kasus": obj, "langkah": 2, "form": form, "formset": formset, "baris": baris},
    )


def _iki_dari(data, prefix: str) -> dict:
    """One IKI from raw form data, for the checker (the target, or a range, read the Indonesian
    way; a range is checked as ``{"min", "maks"}``, so reversed bounds draw a finding)."""
    teks_target = (data.get(f"{prefix}-target") or "").strip()
    target = baca_target(teks_target)
    return {
        "teks": (data.get(f"{prefix}-teks") or "").strip(),
        "target": target_mesin(target) if target is not None else teks_target,
        "satuan": (data.get(f"{prefix}-satuan") or "").strip(),
        "aspek": data.get(f"{prefix}-aspek") or "",
        "polaritas": data.get(f"{prefix}-polaritas") or "",
    }


@login_required
@require_http_methods(["GET", "POST"])
def realisasi(request: HttpRequest, slug: str) -> HttpResponse:
    obj = _kasus(slug)
    draf = _draf(request, obj)
    if not draf.get("indikator"):
        messages.info(request, _("Tulis RHK dan indikator Anda terlebih dahulu."))
        return redirect("simulasi:indikator", slug=obj.slug)
    form = FormRealisasi(
        request.POST or None, indikator=draf["indikator"], minta_prediksi=obj.minta_prediksi
    )
    if request.method == "POST" and form.is_valid():
        jawaban = {
            "rhk": draf["rhk"],
            "indikator": [
                dict(iki, realisasi=nilai)
                for iki, nilai in zip(draf["indikator"], form.realisasi(), strict=True)
            ],
            "prediksi": form.cleaned_data.get("prediksi", ""),
        }
        try:
            percobaan = services.percobaan_simpan(kasus=obj, pengguna=request.user, jawaban=jawaban)
        except services.PercobaanTidakSah as galat:
            for masalah in galat.masalah:
                form.add_error(None, masalah)
        else:
            _simpan_draf(request, obj, None)
            return redirect(percobaan)
    return render(
        request,
        "simulasi/realisasi.html",
        {"kasus": obj, "langkah": 3, "form": form, "draf": draf},
    )


def _percobaan_milik(request: HttpRequest, pk: int) -> PercobaanSimulasi:
    percobaan = get_object_or_404(PercobaanSimulasi.objects.select_related("kasus"), pk=pk)
    if percobaan.pengguna_id != request.user.pk:
        raise Http404
    return percobaan


@login_required
def percobaan(request: HttpRequest, pk: int) -> HttpResponse:
    """The stored result, shown as it was computed (never recomputed on display)."""
    obj = _percobaan_milik(request, pk)
    hasil = obj.hasil_mesin
    iki_hasil = hasil["rhk"][0]["indikator"]
    baris = [
        {"jawaban": j, "hasil": h, "periksa": p, "nomor": i}
        for i, (j, h, p) in enumerate(
            zip(obj.jawaban["indikator"], iki_hasil, obj.pemeriksaan, strict=True)
        )
    ]
    pp46_baris = []
    if obj.hasil_pp46:
        pp46_baris = obj.hasil_pp46["kegiatan"]
    return render(
        request,
        "simulasi/percobaan_simulasi.html",
        {
            "percobaan": obj,
            "kasus": obj.kasus,
            "langkah": 4,
            "hasil": hasil,
            "baris": baris,
            "pp46": obj.hasil_pp46,
            "pp46_baris": pp46_baris,
            "jawaban_model": services.jawaban_model(obj.kasus),
        },
    )


@login_required
@require_POST
def andaikan(request: HttpRequest, pk: int) -> HttpResponse:
    """What-if: recompute the attempt with other realisasi (JSON for the script, HTML without)."""
    obj = _percobaan_milik(request, pk)
    jumlah = len(obj.masukan_mesin["rhk"][0]["indikator"])
    nilai, salah = [], []
    for i in range(jumlah):
        angka = baca_angka(request.POST.get(f"realisasi_{i}", ""))
        if angka is None:
            salah.append(_("Realisasi indikator %(n)s harus berupa angka.") % {"n": i + 1})
        nilai.append(angka)
    if salah:
        hasil = {"permen": None, "pp46": None, "masalah": salah}
    else:
        hasil = services.andaikan(percobaan=obj, realisasi=nilai)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse(hasil, status=400 if salah else 200)
    return render(
        request, "simulasi/andaikan.html", {"percobaan": obj, "kasus": obj.kasus, "andai": hasil}
    )


@login_required
def riwayat(request: HttpRequest) -> HttpResponse:
    return render(request, "simulasi/riwayat.html", {"daftar": selectors.riwayat(request.user)})


@login_required
@require_GET
def periksa(request: HttpRequest) -> HttpResponse:
    """Live check of one IKI as typed: an HTML fragment of findings (or JSON on request)."""
    iki = _iki_dari(request.GET, "iki")
    if not iki["teks"]:
        hasil = None
    else:
        hasil = services.periksa_indikator(
            iki=iki, rhk=request.GET.get("rhk", ""), rhk_atasan=request.GET.get("rhk_atasan", "")
        )
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse(hasil or {})
    return render(request, "simulasi/includes/temuan.html", {"periksa": hasil})
