"""Evaluation: the engine's result, the atasan's rating, finalising, correction, the PDF."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..akses import adalah_atasan_langsung, admin_untuk_unit
from ..dokumen import dokumen_evaluasi_pdf
from ..forms import (
    FormEvaluasi,
    FormFinalkan,
    FormKoreksi,
    FormPeriodeEvaluasi,
)
from ..models import SKP, Evaluasi, PeriodeEvaluasi
from ..services import KesalahanPenilaian
from .skp import _galat, galat_form_sebagai_pesan


def _pilihan_periode(skp: SKP) -> list[tuple[str, str]]:
    return PeriodeEvaluasi.untuk_kadens(skp.periode.kadens)


def _periode_diminta(request, skp: SKP) -> tuple[str, FormPeriodeEvaluasi]:
    """The evaluation period a request is about: ``periode_evaluasi`` in the POST body or the
    query string, the annual one when absent. A value outside the cadence leaves the errors
    on the returned form and falls back to the annual evaluation."""
    data = request.POST if request.method == "POST" else request.GET
    form = FormPeriodeEvaluasi(data, pilihan=_pilihan_periode(skp))
    return form.periode() or PeriodeEvaluasi.TAHUNAN, form


def _ke_evaluasi(skp: SKP, periode_evaluasi: str):
    alamat = reverse("penilaian:evaluasi", args=[skp.pk])
    if periode_evaluasi != PeriodeEvaluasi.TAHUNAN:
        alamat += "?" + urlencode({"periode_evaluasi": periode_evaluasi})
    return redirect(alamat)


def _galat_periode(request, form: FormPeriodeEvaluasi) -> None:
    messages.error(request, " ".join(form.errors.get("periode_evaluasi", [])))


@login_required
def evaluasi(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    pilihan = _pilihan_periode(skp)
    form_periode = FormPeriodeEvaluasi(request.GET, pilihan=pilihan)
    periode_evaluasi = form_periode.periode() or PeriodeEvaluasi.TAHUNAN
    tersimpan = selectors.evaluasi_dari(skp, periode_evaluasi)
    atasan = adalah_atasan_langsung(request.user, skp)
    admin = admin_untuk_unit(request.user, skp.pegawai.unit_id)
    boleh_nilai = (
        atasan
        and skp.status in (SKP.Status.DISETUJUI, SKP.Status.DINILAI)
        and not (tersimpan and tersimpan.status == Evaluasi.Status.FINAL)
    )
    if request.method == "POST":
        if not boleh_nilai:
            raise Http404
        form = FormEvaluasi(request.POST, pilihan_periode=pilihan)
        if form.is_valid():
            try:
                tersimpan = services.evaluasi_simpan(
                    oleh=request.user,
                    skp=skp,
                    versi=form.cleaned_data["versi"],
                    rating_hasil_kerja=form.cleaned_data["rating_hasil_kerja"] or None,
                    alasan_rating=form.cleaned_data["alasan_rating"],
                    rating_perilaku=form.cleaned_data["rating_perilaku"],
                    catatan_perilaku=form.catatan_perilaku(),
                    periode_evaluasi=form.cleaned_data["periode_evaluasi"],
                )
            except KesalahanPenilaian as e:
                form.add_error(None, " ".join([e.pesan, *e.masalah]))
            else:
                messages.success(request, _("Penilaian disimpan. Periksa lalu finalkan."))
                return _ke_evaluasi(skp, tersimpan.periode_evaluasi)
    else:
        # 0 when nothing is stored yet: a second tab creating the first evaluation then
        # meets the first one's save as a version conflict instead of replacing it.
        awal = {"versi": tersimpan.versi if tersimpan else 0}
        awal["periode_evaluasi"] = periode_evaluasi
        if tersimpan:
            awal.update(
                rating_perilaku=tersimpan.rating_perilaku,
                alasan_rating=tersimpan.alasan_rating,
                rating_hasil_kerja=tersimpan.rating_hasil_kerja
                if tersimpan.rating_hasil_kerja != tersimpan.rating_hasil_kerja_usulan
                else "",
                **{f"perilaku_{k}": v for k, v in tersimpan.catatan_perilaku.items()},
            )
        form = FormEvaluasi(initial=awal, pilihan_periode=pilihan)
    usulan, galat_usulan = None, None
    if tersimpan and tersimpan.hasil_mesin:
        hasil = tersimpan.hasil_mesin
    elif skp.pendekatan == SKP.Pendekatan.KUALITATIF:
        # No numeric proposal: the appraiser's ratings decide (the engine records them).
        hasil = None
    else:
        hasil = None
        try:
            usulan = _tanpa_penilaian_atasan(
                services.evaluasi_hitung_usulan(skp=skp, periode_evaluasi=periode_evaluasi)
            )
        except KesalahanPenilaian as e:
            galat_usulan = e
    return render(
        request,
        "penilaian/evaluasi.html",
        {
            "skp": skp,
            "periode_evaluasi": periode_evaluasi,
            "label_periode": PeriodeEvaluasi(periode_evaluasi).label,
            "daftar_evaluasi": selectors.evaluasi_per_periode(skp),
            "form_periode": form_periode,
            "evaluasi": tersimpan,
            "hasil": hasil or usulan,
            "galat_usulan": galat_usulan,
            "form": form if boleh_nilai else None,
            "form_finalkan": FormFinalkan(initial={"versi": tersimpan.versi})
            if atasan and tersimpan and tersimpan.status == Evaluasi.Status.DRAFT
            else None,
            "admin": admin,
            "form_koreksi": FormKoreksi(initial={"versi": tersimpan.versi})
            if tersimpan and tersimpan.status == Evaluasi.Status.FINAL
            else None,
            "riwayat": selectors.riwayat_skp(skp) if admin else None,
            "rhk_list": _dengan_temuan(selectors.skp_detail(skp)),
        },
    )


@login_required
@require_POST
def evaluasi_finalkan(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    periode_evaluasi, form_periode = _periode_diminta(request, skp)
    if form_periode.errors:
        _galat_periode(request, form_periode)
        return _ke_evaluasi(skp, periode_evaluasi)
    tersimpan = selectors.evaluasi_dari(skp, periode_evaluasi)
    if tersimpan is None:
        raise Http404
    form = FormFinalkan(request.POST)
    if not form.is_valid():
        galat_form_sebagai_pesan(request, form)
        return _ke_evaluasi(skp, periode_evaluasi)
    try:
        services.evaluasi_finalkan(
            oleh=request.user, evaluasi=tersimpan, versi=form.cleaned_data["versi"]
        )
        messages.success(request, _("Evaluasi difinalkan. Dokumen evaluasi dapat diunduh."))
    except KesalahanPenilaian as e:
        _galat(request, e)
    return _ke_evaluasi(skp, periode_evaluasi)


@login_required
@require_POST
def evaluasi_koreksi(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    periode_evaluasi, form_periode = _periode_diminta(request, skp)
    tersimpan = selectors.evaluasi_dari(skp, periode_evaluasi)
    if tersimpan is None or not admin_untuk_unit(request.user, skp.pegawai.unit_id):
        raise Http404
    if form_periode.errors:
        _galat_periode(request, form_periode)
        return _ke_evaluasi(skp, periode_evaluasi)
    form = FormKoreksi(request.POST)
    if not form.is_valid():
        galat_form_sebagai_pesan(request, form)
        return _ke_evaluasi(skp, periode_evaluasi)
    try:
        services.evaluasi_koreksi(
            oleh=request.user,
            evaluasi=tersimpan,
            versi=form.cleaned_data["versi"],
            alasan=form.cleaned_data["alasan"],
            rating_hasil_kerja=form.cleaned_data["rating_hasil_kerja"] or None,
            rating_perilaku=form.cleaned_data["rating_perilaku"] or None,
        )
        messages.success(request, _("Koreksi disimpan dan dicatat dalam riwayat."))
    except KesalahanPenilaian as e:
        _galat(request, e)
    return _ke_evaluasi(skp, periode_evaluasi)


@login_required
def dokumen_pdf(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    periode_evaluasi, form_periode = _periode_diminta(request, skp)
    if form_periode.errors:
        raise Http404
    tersimpan = selectors.evaluasi_dari(skp, periode_evaluasi)
    if tersimpan is None or tersimpan.status != Evaluasi.Status.FINAL:
        raise Http404
    isi = dokumen_evaluasi_pdf(
        tersimpan,
        url_verifikasi=request.build_absolute_uri(
            reverse("penilaian:verifikasi", args=[tersimpan.kode_verifikasi])
        ),
    )
    respons = HttpResponse(isi, content_type="application/pdf")
    akhiran = "" if periode_evaluasi == PeriodeEvaluasi.TAHUNAN else f"-{periode_evaluasi}"
    nama = f"evaluasi-kinerja-{skp.pegawai.nip}-{skp.periode.tahun}{akhiran}.pdf"
    respons["Content-Disposition"] = f'attachment; filename="{nama}"'
    return respons


#: The engine's steps that follow from the appraiser's ratings. Before the appraiser has rated
#: anything the proposal is computed with the default behaviour rating, so these steps (and the
#: predikat and credit they lead to) would be an assumption shown as a result.
_LANGKAH_SETELAH_RATING = ("Rating hasil kerja mengikuti usulan", "Predikat:", "Angka kredit")


def _tanpa_penilaian_atasan(usulan: dict) -> dict:
    """The engine's proposal as shown before any rating is stored: the achievement and the
    proposed work rating stay; the ratings, the predikat and the credit are "belum dinilai"."""
    return {
        **usulan,
        "belum_dinilai": True,
        "langkah": [
            langkah
            for langkah in usulan.get("langkah", [])
            if not langkah.startswith(_LANGKAH_SETELAH_RATING)
        ],
    }


def _dengan_temuan(rhk_list: list) -> list:
    """Each IKI carries the checker's verdict (``iki.temuan``) for the appraiser's review."""
    temuan = services.temuan_skp(rhk_list)
    for r in rhk_list:
        for iki in r.indikator.all():
            iki.temuan = temuan.get(iki.pk)
    return rhk_list
