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

from penilaian.mesin import AngkaTidakSah, baca_angka

from . import selectors, services
from .angka import baca_target, target_json
from .forms import FormRealisasi, FormRHK, formset_iki, kolom_rhk
from .jawaban import MAKS_RHK, daftar_rhk, jawaban_dari, nama_per_indikator
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
    """RHK 1 with its IKI rows, then RHK 2 and 3 (``rhk_2``/``iki2``, ``rhk_3``/``iki3``),
    which may be left empty. The draft keeps the non-empty RHK in order (``jawaban_dari``)."""
    obj = _kasus(slug)
    nomor = range(1, MAKS_RHK + 1)
    if request.method == "POST":
        form = FormRHK(request.POST)
        formsets = [formset_iki(request.POST, nomor_rhk=n) for n in nomor]
        sah = [form.is_valid()] + [f.is_valid() for f in formsets]
        if all(sah):
            teks = [form.cleaned_data["rhk"], *form.rhk_tambahan()]
            rhk = [
                {"rhk": t, "indikator": f.indikator()}
                for t, f in zip(teks, formsets, strict=True)
                if f.indikator()
            ]
            _simpan_draf(request, obj, jawaban_dari(rhk))
            return redirect("simulasi:realisasi", slug=obj.slug)
    else:
        draf = _draf(request, obj)
        rhk = daftar_rhk(draf) if draf.get("indikator") else []
        form = FormRHK(initial={kolom_rhk(n): r["rhk"] for n, r in enumerate(rhk, start=1)})
        formsets = [
            formset_iki(initial=rhk[n - 1]["indikator"] if n <= len(rhk) else None, nomor_rhk=n)
            for n in nomor
        ]
    blok = [_blok_rhk(request, obj, form, f) for f in formsets]
    return render(
        request,
        "simulasi/indikator.html",
        {"kasus": obj, "langkah": 2, "form": form, "blok": blok[0], "blok_tambahan": blok[1:]},
    )


def _blok_rhk(request: HttpRequest, kasus: KasusSimulasi, form: FormRHK, formset) -> dict:
    """One RHK's part of step 2; after a POST each written IKI carries the checker's verdict
    made with the RHK of its own block."""
    n = formset.nomor_rhk
    pemeriksaan = {}
    if request.method == "POST":
        for i, f in enumerate(formset.forms):
            if (f.data.get(f.add_prefix("teks")) or "").strip():
                pemeriksaan[i] = services.periksa_ketikan(
                    iki=_iki_dari(f.data, f.prefix),
                    rhk=formset.teks_rhk(),
                    rhk_atasan=kasus.rhk_atasan,
                )
        terisi = bool(formset.teks_rhk()) or any(f.has_changed() for f in formset.forms)
    else:
        terisi = bool(form.initial.get(kolom_rhk(n)))
    return {
        "nomor": n,
        "field": form[kolom_rhk(n)],
        "formset": formset,
        "baris": [(f, pemeriksaan.get(i)) for i, f in enumerate(formset.forms)],
        "buka": terisi or bool(formset.total_error_count()),
    }


def _iki_dari(data, prefix: str) -> dict:
    """One IKI from raw form data, for the checker (the target, or a range, read the Indonesian
    way; a range is checked as ``{"min", "maks"}``, so reversed bounds draw a finding)."""
    teks_target = (data.get(f"{prefix}-target") or "").strip()
    try:
        target = target_json(baca_target(teks_target))
    except AngkaTidakSah:
        target = teks_target  # the checker reads the words ("12 laporan") itself
    return {
        "teks": (data.get(f"{prefix}-teks") or "").strip(),
        "target": target,
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
        request.POST or None, rhk=daftar_rhk(draf), minta_prediksi=obj.minta_prediksi
    )
    if request.method == "POST" and form.is_valid():
        jawaban = jawaban_dari(
            form.realisasi_per_rhk(), prediksi=form.cleaned_data.get("prediksi", "")
        )
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
    rhk = daftar_rhk(obj.jawaban)
    jawaban_iki = [iki for r in rhk for iki in r["indikator"]]
    hasil_iki = [iki for r in hasil["rhk"] for iki in r["indikator"]]
    baris = [
        {"jawaban": j, "hasil": h, "periksa": p, "nomor": i, "nama": nama}
        for i, (j, h, p, nama) in enumerate(
            zip(
                jawaban_iki,
                hasil_iki,
                obj.pemeriksaan,
                nama_per_indikator(rhk, awal=False),
                strict=True,
            )
        )
    ]
    # One table per RHK, with the engine's own result for that RHK (``hasil["rhk"][i]``).
    tabel, awal = [], 0
    for n, (r, h) in enumerate(zip(rhk, hasil["rhk"], strict=True), start=1):
        akhir = awal + len(r["indikator"])
        tabel.append({"nomor": n, "rhk": r["rhk"], "hasil": h, "baris": baris[awal:akhir]})
        awal = akhir
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
            "tabel": tabel,
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
    nama = nama_per_indikator(daftar_rhk(obj.jawaban), awal=False)
    nilai, salah = [], []
    for i in range(services.jumlah_indikator(obj)):
        try:
            nilai.append(baca_angka(request.POST.get(f"realisasi_{i}", "")))
        except AngkaTidakSah as e:
            salah.append(_("Realisasi %(nama)s: %(pesan)s.") % {"nama": nama[i], "pesan": e})
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
        hasil = services.periksa_ketikan(
            iki=iki, rhk=request.GET.get("rhk", ""), rhk_atasan=request.GET.get("rhk_atasan", "")
        )
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse(hasil or {})
    return render(request, "simulasi/includes/temuan.html", {"periksa": hasil})
