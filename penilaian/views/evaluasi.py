"""Evaluation: the engine's result, the atasan's rating, finalising, correction, the PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..akses import (
    adalah_admin_kepegawaian,
    adalah_atasan_langsung,
)
from ..dokumen import dokumen_evaluasi_pdf
from ..forms import (
    FormEvaluasi,
    FormKoreksi,
)
from ..models import SKP, Evaluasi
from ..services import KesalahanPenilaian
from .skp import _galat, _versi


@login_required
def evaluasi(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    tersimpan = selectors.evaluasi_dari(skp)
    atasan = adalah_atasan_langsung(request.user, skp)
    boleh_nilai = (
        atasan
        and skp.status in (SKP.Status.DISETUJUI, SKP.Status.DINILAI)
        and not (tersimpan and tersimpan.status == Evaluasi.Status.FINAL)
    )
    if request.method == "POST":
        if not boleh_nilai:
            raise Http404
        form = FormEvaluasi(request.POST)
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
                )
            except KesalahanPenilaian as e:
                form.add_error(None, " ".join([e.pesan, *e.masalah]))
            else:
                messages.success(request, _("Penilaian disimpan. Periksa lalu finalkan."))
                return redirect("penilaian:evaluasi", pk=skp.pk)
    else:
        awal = {"versi": tersimpan.versi if tersimpan else None}
        if tersimpan:
            awal.update(
                rating_perilaku=tersimpan.rating_perilaku,
                alasan_rating=tersimpan.alasan_rating,
                rating_hasil_kerja=tersimpan.rating_hasil_kerja
                if tersimpan.rating_hasil_kerja != tersimpan.rating_hasil_kerja_usulan
                else "",
                **{f"perilaku_{k}": v for k, v in tersimpan.catatan_perilaku.items()},
            )
        else:
            awal["rating_perilaku"] = "sesuai_ekspektasi"
        form = FormEvaluasi(initial=awal)
    usulan, galat_usulan = None, None
    if tersimpan and tersimpan.hasil_mesin:
        hasil = tersimpan.hasil_mesin
    elif skp.pendekatan == SKP.Pendekatan.KUALITATIF:
        # No numeric proposal: the appraiser's ratings decide (the engine records them).
        hasil = None
    else:
        hasil = None
        try:
            usulan = services.evaluasi_hitung_usulan(skp=skp)
        except KesalahanPenilaian as e:
            galat_usulan = e
    return render(
        request,
        "penilaian/evaluasi.html",
        {
            "skp": skp,
            "evaluasi": tersimpan,
            "hasil": hasil or usulan,
            "galat_usulan": galat_usulan,
            "form": form if boleh_nilai else None,
            "boleh_finalkan": atasan and tersimpan and tersimpan.status == Evaluasi.Status.DRAFT,
            "admin": adalah_admin_kepegawaian(request.user),
            "form_koreksi": FormKoreksi(initial={"versi": tersimpan.versi})
            if tersimpan and tersimpan.status == Evaluasi.Status.FINAL
            else None,
            "riwayat": selectors.riwayat_skp(skp)
            if adalah_admin_kepegawaian(request.user)
            else None,
            "rhk_list": selectors.skp_detail(skp),
        },
    )


@login_required
@require_POST
def evaluasi_finalkan(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    tersimpan = selectors.evaluasi_dari(skp)
    if tersimpan is None:
        raise Http404
    try:
        services.evaluasi_finalkan(oleh=request.user, evaluasi=tersimpan, versi=_versi(request))
        messages.success(request, _("Evaluasi difinalkan. Dokumen evaluasi dapat diunduh."))
    except KesalahanPenilaian as e:
        _galat(request, e)
    return redirect("penilaian:evaluasi", pk=skp.pk)


@login_required
@require_POST
def evaluasi_koreksi(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    tersimpan = selectors.evaluasi_dari(skp)
    if tersimpan is None or not adalah_admin_kepegawaian(request.user):
        raise Http404
    form = FormKoreksi(request.POST)
    if not form.is_valid():
        messages.error(request, _("Alasan koreksi wajib diisi."))
        return redirect("penilaian:evaluasi", pk=skp.pk)
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
    return redirect("penilaian:evaluasi", pk=skp.pk)


@login_required
def dokumen_pdf(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    tersimpan = selectors.evaluasi_dari(skp)
    if tersimpan is None or tersimpan.status != Evaluasi.Status.FINAL:
        raise Http404
    isi = dokumen_evaluasi_pdf(
        tersimpan,
        url_verifikasi=request.build_absolute_uri(
            reverse("penilaian:verifikasi", args=[tersimpan.kode_verifikasi])
        ),
    )
    respons = HttpResponse(isi, content_type="application/pdf")
    nama = f"evaluasi-kinerja-{skp.pegawai.nip}-{skp.periode.tahun}.pdf"
    respons["Content-Disposition"] = f'attachment; filename="{nama}"'
    return respons
