"""The participant's side of quizzes: overview, one question per page, summary and submit,
result with review, progress. Works without JavaScript; every answer is saved on submit of
its page, so a reload or a closed browser resumes where the participant was."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import FormJawaban
from .models import PercobaanKuis


def _kuis_atau_404(slug, user):
    kuis = selectors.kuis_untuk_peserta(slug=slug, user=user)
    if kuis is None:
        raise Http404
    return kuis


def _percobaan_atau_404(pk, user) -> PercobaanKuis:
    percobaan = selectors.percobaan_milik(pk=pk, user=user)
    if percobaan is None:
        raise Http404
    return services.percobaan_periksa_waktu(percobaan=percobaan)


def _ke_hasil(request, percobaan):
    if percobaan.habis_waktu:
        messages.warning(
            request, _("Waktu habis. Jawaban yang sudah Anda isi telah diserahkan otomatis.")
        )
    return redirect("kursus:kuis:hasil", pk=percobaan.pk)


@login_required
def daftar(request):
    return render(
        request,
        "kursus/kuis/kuis_daftar.html",
        {"daftar": selectors.daftar_kuis(user=request.user)},
    )


@login_required
def detail(request, slug: str):
    kuis = _kuis_atau_404(slug, request.user)
    berjalan = selectors.percobaan_berjalan(kuis=kuis, user=request.user)
    if berjalan is not None:
        berjalan = services.percobaan_periksa_waktu(percobaan=berjalan)
        if berjalan.status != PercobaanKuis.Status.BERJALAN:
            berjalan = None
    return render(
        request,
        "kursus/kuis/kuis.html",
        {
            "kuis": kuis,
            "hasil": selectors.hasil_peserta(kuis=kuis, user=request.user),
            "berjalan": berjalan,
            "alasan": None
            if berjalan
            else selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=request.user),
            "jumlah_soal": selectors.jumlah_soal_kuis(kuis),
            "halaman_asal": selectors.halaman_kuis(kuis)[:1],
        },
    )


@require_POST
@login_required
def mulai(request, slug: str):
    kuis = _kuis_atau_404(slug, request.user)
    try:
        percobaan = services.percobaan_mulai(user=request.user, kuis=kuis)
    except services.KuisTidakBisaDimulai as exc:
        messages.error(request, str(exc))
        return redirect("kursus:kuis:detail", slug=slug)
    return redirect("kursus:kuis:soal", pk=percobaan.pk, nomor=1)


@login_required
def soal(request, pk: int, nomor: int):
    percobaan = _percobaan_atau_404(pk, request.user)
    if percobaan.status != PercobaanKuis.Status.BERJALAN:
        return _ke_hasil(request, percobaan)
    daftar = selectors.soal_percobaan(percobaan)
    if not 1 <= nomor <= len(daftar):
        raise Http404
    item = daftar[nomor - 1]
    jawaban = selectors.jawaban_percobaan(percobaan)
    ada = jawaban.get(item.pk)
    form = FormJawaban(request.POST or None, soal=item)
    if request.method == "POST":
        aksi = request.POST.get("aksi", "berikutnya")
        if ada is not None and ada.dikunci:
            return redirect("kursus:kuis:soal", pk=pk, nomor=nomor)
        if form.is_valid():
            if not (form.kosong and ada is None):
                try:
                    services.jawaban_simpan(
                        percobaan=percobaan,
                        soal_id=item.pk,
                        pilihan=form.pilihan_terpilih(),
                        teks=form.cleaned_data.get("teks") or "",
                        jodoh=form.jodoh_terpilih(),
                    )
                except services.PercobaanSudahDiserahkan:
                    percobaan.refresh_from_db()
                    return _ke_hasil(request, percobaan)
                except services.JawabanTerkunci:
                    pass
            if not percobaan.kuis.jawaban_di_akhir and aksi == "periksa":
                return redirect("kursus:kuis:soal", pk=pk, nomor=nomor)
            if aksi == "sebelumnya" and nomor > 1:
                return redirect("kursus:kuis:soal", pk=pk, nomor=nomor - 1)
            if aksi == "berikutnya" and nomor < len(daftar):
                return redirect("kursus:kuis:soal", pk=pk, nomor=nomor + 1)
            return redirect("kursus:kuis:ringkasan", pk=pk)
    else:
        form.nilai_awal(ada)
    umpan_balik = selectors.butir(nomor, item, ada) if ada is not None and ada.dikunci else None
    return render(
        request,
        "kursus/kuis/soal.html",
        {
            "percobaan": percobaan,
            "kuis": percobaan.kuis,
            "soal": item,
            "nomor": nomor,
            "jumlah": len(daftar),
            "form": form,
            "umpan_balik": umpan_balik,
            "navigasi": [(i, s.pk in jawaban) for i, s in enumerate(daftar, start=1)],
            "sisa_detik": _sisa_detik(percobaan),
        },
    )


def _sisa_detik(percobaan) -> int | None:
    if percobaan.tenggat is None:
        return None
    return max(0, int((percobaan.tenggat - timezone.now()).total_seconds()))


@login_required
def ringkasan(request, pk: int):
    percobaan = _percobaan_atau_404(pk, request.user)
    if percobaan.status != PercobaanKuis.Status.BERJALAN:
        return _ke_hasil(request, percobaan)
    butir = selectors.butir_ringkasan(percobaan)
    return render(
        request,
        "kursus/kuis/ringkasan.html",
        {
            "percobaan": percobaan,
            "kuis": percobaan.kuis,
            "butir": butir,
            "belum": sum(1 for *_, sudah in butir if not sudah),
            "sisa_detik": _sisa_detik(percobaan),
        },
    )


@require_POST
@login_required
def serahkan(request, pk: int):
    percobaan = selectors.percobaan_milik(pk=pk, user=request.user)
    if percobaan is None:
        raise Http404
    if percobaan.status == PercobaanKuis.Status.BERJALAN and not request.POST.get("yakin"):
        belum = sum(1 for *_, sudah in selectors.butir_ringkasan(percobaan) if not sudah)
        if belum:
            messages.error(
                request,
                ngettext(
                    "%(n)d soal belum dijawab. Centang pernyataan di bawah bila Anda tetap "
                    "ingin menyerahkan kuis.",
                    "%(n)d soal belum dijawab. Centang pernyataan di bawah bila Anda tetap "
                    "ingin menyerahkan kuis.",
                    belum,
                )
                % {"n": belum},
            )
            return redirect("kursus:kuis:ringkasan", pk=pk)
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    return _ke_hasil(request, percobaan)


@login_required
def hasil(request, pk: int):
    percobaan = _percobaan_atau_404(pk, request.user)
    if percobaan.status == PercobaanKuis.Status.BERJALAN:
        return redirect("kursus:kuis:soal", pk=pk, nomor=1)
    kuis = percobaan.kuis
    tampil_tinjauan = kuis.simpan_lembar_jawaban
    return render(
        request,
        "kursus/kuis/hasil.html",
        {
            "percobaan": percobaan,
            "kuis": kuis,
            "hasil": selectors.hasil_peserta(kuis=kuis, user=request.user),
            "tinjauan": selectors.tinjauan(percobaan) if tampil_tinjauan else [],
            "url_kuis": reverse("kursus:kuis:detail", kwargs={"slug": kuis.slug}),
            "halaman_asal": selectors.halaman_kuis(kuis)[:1],
            "kursus_selesai": selectors.kursus_selesai_lewat(kuis=kuis, user=request.user),
        },
    )


@login_required
def kemajuan(request):
    kategori, titik = selectors.kemajuan_peserta(user=request.user)
    baris = [(t.percobaan, [t.persen_kategori.get(k) for k in kategori]) for t in titik]
    return render(request, "kursus/kuis/kemajuan.html", {"kategori": kategori, "baris": baris})
