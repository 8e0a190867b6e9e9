"""Drafting, submitting, approving, realisation, evidence and feedback."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..akses import (
    adalah_atasan_langsung,
    adalah_pemilik,
    admin_untuk_unit,
    boleh_sunting_skp,
)
from ..forms import (
    FormIKI,
    FormKembalikan,
    FormRealisasi,
    FormRHK,
    FormSKPBaru,
    FormTautkan,
    FormUmpanBalik,
    FormVersi,
)
from ..models import SKP, IndikatorKinerja, PeriodeEvaluasi
from ..services import KesalahanPenilaian


def _galat(request, e: KesalahanPenilaian) -> None:
    messages.error(request, " ".join([e.pesan, *e.masalah]))


def galat_bernama(form) -> list[str]:
    """A form's errors, each naming its field (number errors already do: "Realisasi: '96.7.1'
    tidak dapat dibaca …"; the others get the field's label in front)."""
    hasil = []
    for kolom, galat in form.errors.items():
        label = str(form.fields[kolom].label) if kolom in form.fields else ""
        for pesan in galat:
            bernama = not label or pesan.lower().startswith(label.lower())
            hasil.append(pesan if bernama else f"{label}: {pesan}")
    return hasil


def galat_form_sebagai_pesan(request, form) -> None:
    """A form's errors as messages, for actions that redirect instead of re-rendering."""
    for pesan in galat_bernama(form):
        messages.error(request, pesan)


def _versi(request) -> int:
    """The version a POST carries; without it (or empty) the action is refused, nothing saved."""
    form = FormVersi(request.POST)
    if not form.is_valid():
        raise KesalahanPenilaian(" ".join(form.non_field_errors()))
    return form.cleaned_data["versi"]


@login_required
def dasbor(request):
    return render(request, "penilaian/dasbor.html", selectors.dasbor(request.user))


@login_required
@require_POST
def skp_buat(request):
    periode = selectors.periode_aktif()
    form = FormSKPBaru(request.POST)
    if periode is None or not form.is_valid():
        messages.error(request, _("Belum ada periode penilaian yang berjalan."))
        return redirect("penilaian:dasbor")
    try:
        skp = services.skp_buat(
            oleh=request.user, periode=periode, pendekatan=form.cleaned_data["pendekatan"]
        )
    except KesalahanPenilaian as e:
        _galat(request, e)
        return redirect("penilaian:dasbor")
    messages.success(request, _("Draf SKP dibuat. Tambahkan rencana hasil kerja."))
    return redirect(skp)


def _konteks_skp(request, skp: SKP, **tambahan) -> dict:
    user = request.user
    pemilik = adalah_pemilik(user, skp)
    atasan = adalah_atasan_langsung(user, skp)
    rhk = selectors.skp_detail(skp)
    pilihan = selectors.rhk_atasan_pilihan(skp)
    # The employee while drafting and the atasan while approving both see the findings.
    temuan = (
        services.temuan_skp(rhk) if skp.status in (SKP.Status.DRAFT, SKP.Status.DIAJUKAN) else {}
    )
    periode = PeriodeEvaluasi.untuk_kadens(skp.periode.kadens)
    for r in rhk:
        for iki in r.indikator.all():
            iki.temuan = temuan.get(iki.pk)
            # The version of each period's realisation (0: none yet), for the form's guard.
            versi = {x.periode_evaluasi: x.versi for x in iki.realisasi.all()}
            iki.versi_realisasi = [(v, versi.get(v, 0)) for v, _label in periode]
    konteks = {
        "skp": skp,
        "rhk_list": rhk,
        "pemilik": pemilik,
        "atasan_langsung": atasan,
        "admin": admin_untuk_unit(user, skp.pegawai.unit_id),
        "boleh_sunting": boleh_sunting_skp(user, skp),
        "boleh_realisasi": pemilik and skp.status in (SKP.Status.DISETUJUI, SKP.Status.DINILAI),
        "boleh_umpan_balik": atasan and skp.status in (SKP.Status.DISETUJUI, SKP.Status.DINILAI),
        "form_rhk": FormRHK(initial={"versi": skp.versi}, pilihan_atasan=pilihan),
        "form_tautkan": FormTautkan(pilihan_atasan=pilihan),
        "form_kembalikan": FormKembalikan(initial={"versi": skp.versi}),
        "form_realisasi": FormRealisasi(),
        "form_umpan_balik": FormUmpanBalik(),
        "evaluasi": selectors.evaluasi_dari(skp),
        "daftar_evaluasi": selectors.evaluasi_per_periode(skp),
        "pilihan_periode": periode,
        "pilihan_atasan": pilihan,
        "iki_belum_layak": [
            iki for r in rhk for iki in r.indikator.all() if iki.temuan and not iki.temuan.layak
        ],
    }
    konteks.update(tambahan)
    return konteks


@login_required
def skp_detail(request, pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    return render(request, "penilaian/skp.html", _konteks_skp(request, skp))


def _skp_untuk_disunting(request, pk: int) -> SKP:
    """The SKP behind an edit form: 404 (GET and POST) to whoever may not edit it."""
    skp = selectors.skp_untuk(request.user, pk)
    if not boleh_sunting_skp(request.user, skp):
        raise Http404
    return skp


@login_required
def rhk_simpan(request, pk: int, rhk_pk: int | None = None):
    skp = _skp_untuk_disunting(request, pk)
    rhk = get_object_or_404(skp.rhk, pk=rhk_pk) if rhk_pk else None
    pilihan = selectors.rhk_atasan_pilihan(skp)
    if request.method == "POST":
        form = FormRHK(request.POST, pilihan_atasan=pilihan)
        if form.is_valid():
            try:
                services.rhk_simpan(
                    oleh=request.user,
                    skp=skp,
                    versi=form.cleaned_data["versi"],
                    rhk=rhk,
                    teks=form.cleaned_data["teks"],
                    jenis=form.cleaned_data["jenis"],
                    rhk_atasan=form.cleaned_data["rhk_atasan"],
                )
            except KesalahanPenilaian as e:
                form.add_error(None, " ".join([e.pesan, *e.masalah]))
            else:
                messages.success(request, _("Rencana hasil kerja disimpan."))
                return redirect(skp)
    else:
        awal = {"versi": skp.versi}
        if rhk:
            awal.update(teks=rhk.teks, jenis=rhk.jenis, rhk_atasan=rhk.rhk_atasan_id)
        form = FormRHK(initial=awal, pilihan_atasan=pilihan)
    return render(request, "penilaian/rhk_form.html", {"skp": skp, "rhk": rhk, "form": form})


@login_required
@require_POST
def rhk_tautkan(request, pk: int, rhk_pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    rhk = get_object_or_404(skp.rhk, pk=rhk_pk)
    form = FormTautkan(request.POST, pilihan_atasan=selectors.rhk_atasan_pilihan(skp))
    if form.is_valid():
        try:
            services.rhk_tautkan(
                oleh=request.user, rhk=rhk, rhk_atasan=form.cleaned_data["rhk_atasan"]
            )
            messages.success(request, _("Tautan RHK atasan disimpan."))
        except KesalahanPenilaian as e:
            _galat(request, e)
    return redirect(skp)


@login_required
@require_POST
def rhk_hapus(request, pk: int, rhk_pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    rhk = get_object_or_404(skp.rhk, pk=rhk_pk)
    try:
        services.rhk_hapus(oleh=request.user, rhk=rhk, versi=_versi(request))
        messages.success(request, _("RHK dihapus."))
    except KesalahanPenilaian as e:
        _galat(request, e)
    return redirect(skp)


@login_required
def iki_simpan(request, pk: int, rhk_pk: int, iki_pk: int | None = None):
    skp = _skp_untuk_disunting(request, pk)
    rhk = get_object_or_404(skp.rhk, pk=rhk_pk)
    iki = get_object_or_404(rhk.indikator, pk=iki_pk) if iki_pk else None
    pustaka = selectors.pustaka_untuk(skp.pegawai)
    kualitatif = skp.pendekatan == SKP.Pendekatan.KUALITATIF
    hasil = None
    if request.method == "POST":
        form = FormIKI(request.POST, kualitatif=kualitatif)
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "versi"}
            try:
                iki, hasil = services.iki_simpan(
                    oleh=request.user, rhk=rhk, versi=form.cleaned_data["versi"], iki=iki, **data
                )
            except KesalahanPenilaian as e:
                form.add_error(None, " ".join([e.pesan, *e.masalah]))
            else:
                if hasil.temuan:
                    messages.warning(
                        request,
                        _("Indikator disimpan dengan catatan pemeriksa; lihat saran di bawahnya."),
                    )
                else:
                    messages.success(request, _("Indikator disimpan dan lolos pemeriksa."))
                return redirect(f"{skp.get_absolute_url()}#iki-{iki.pk}")
    else:
        awal = {"versi": skp.versi}
        pilih = request.GET.get("pustaka")
        if iki:
            awal.update(
                teks=iki.teks,
                aspek=iki.aspek,
                target=iki.target,
                target_min=iki.target_min,
                target_maks=iki.target_maks,
                satuan=iki.satuan,
                polaritas=iki.polaritas,
                ekspektasi=iki.ekspektasi,
            )
        elif pilih and pilih.isdigit():
            p = pustaka.filter(pk=pilih).first()
            if p:
                awal.update(
                    teks=p.teks,
                    aspek=p.aspek,
                    target=p.target,
                    target_min=p.target_min,
                    target_maks=p.target_maks,
                    satuan=p.satuan,
                    polaritas=p.polaritas,
                )
        form = FormIKI(initial=awal, kualitatif=kualitatif)
    return render(
        request,
        "penilaian/iki_form.html",
        {"skp": skp, "rhk": rhk, "iki": iki, "form": form, "pustaka": pustaka[:30]},
    )


@login_required
@require_POST
def iki_hapus(request, pk: int, rhk_pk: int, iki_pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    iki = get_object_or_404(IndikatorKinerja, pk=iki_pk, rhk_id=rhk_pk, rhk__skp=skp)
    try:
        services.iki_hapus(oleh=request.user, iki=iki, versi=_versi(request))
        messages.success(request, _("Indikator dihapus."))
    except KesalahanPenilaian as e:
        _galat(request, e)
    return redirect(skp)


def _transisi(layanan, pesan_berhasil: str, **ekstra):
    @login_required
    @require_POST
    def view(request, pk: int):
        skp = selectors.skp_untuk(request.user, pk)
        argumen = {}
        if "catatan" in ekstra:
            form = FormKembalikan(request.POST)
            if not form.is_valid():
                galat_form_sebagai_pesan(request, form)
                return redirect(skp)
            argumen["catatan"] = form.cleaned_data["catatan"]
        try:
            layanan(oleh=request.user, skp=skp, versi=_versi(request), **argumen)
            messages.success(request, pesan_berhasil)
        except KesalahanPenilaian as e:
            _galat(request, e)
        return redirect(skp)

    return view


@login_required
@require_POST
def skp_ajukan(request, pk: int):
    """Submit; with blocking checker findings the employee must tick the confirmation, and
    the service records the override in the SKP's history."""
    skp = selectors.skp_untuk(request.user, pk)
    try:
        services.skp_ajukan(
            oleh=request.user,
            skp=skp,
            versi=_versi(request),
            abaikan_temuan=request.POST.get("abaikan_temuan") == "1",
        )
        messages.success(request, _("SKP diajukan kepada atasan langsung."))
    except KesalahanPenilaian as e:
        _galat(request, e)
    return redirect(skp)


skp_setujui = _transisi(services.skp_setujui, _("SKP disetujui."))
skp_kembalikan = _transisi(
    services.skp_kembalikan, _("SKP dikembalikan kepada pegawai dengan catatan."), catatan=True
)


@login_required
@require_POST
def realisasi_simpan(request, pk: int, iki_pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    iki = get_object_or_404(IndikatorKinerja, pk=iki_pk, rhk__skp=skp)
    form = FormRealisasi(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.realisasi_simpan(
                oleh=request.user,
                indikator=iki,
                periode_evaluasi=form.cleaned_data["periode_evaluasi"],
                nilai=form.cleaned_data["nilai"],
                keterangan=form.cleaned_data["keterangan"],
                versi=form.cleaned_data["versi"],
                berkas=form.cleaned_data["berkas"],
            )
        except KesalahanPenilaian as e:
            form.add_error(None, " ".join([e.pesan, *e.masalah]))
        else:
            messages.success(request, _("Realisasi disimpan."))
            return redirect(f"{skp.get_absolute_url()}#iki-{iki.pk}")
    konteks = _konteks_skp(
        request,
        skp,
        form_realisasi_gagal=form,
        galat_realisasi=galat_bernama(form),
        iki_gagal=iki.pk,
    )
    if not konteks["boleh_realisasi"]:
        # No form on the page to return to: the errors as messages.
        galat_form_sebagai_pesan(request, form)
        return redirect(f"{skp.get_absolute_url()}#iki-{iki.pk}")
    # Nothing was saved: the page again, this IKI's form keeping what was typed beside the
    # errors (each names its field; a file cannot be kept by the browser, it is chosen again).
    return render(request, "penilaian/skp.html", konteks)


@login_required
@require_POST
def umpan_balik_beri(request, pk: int, rhk_pk: int):
    skp = selectors.skp_untuk(request.user, pk)
    rhk = get_object_or_404(skp.rhk, pk=rhk_pk)
    form = FormUmpanBalik(request.POST)
    if form.is_valid():
        try:
            services.umpan_balik_beri(oleh=request.user, rhk=rhk, **form.cleaned_data)
            messages.success(request, _("Umpan balik disimpan."))
        except KesalahanPenilaian as e:
            _galat(request, e)
    else:
        messages.error(request, _("Umpan balik tidak boleh kosong."))
    return redirect(skp)


@login_required
def bukti_unduh(request, pk: int):
    bukti = selectors.bukti_untuk(request.user, pk)
    try:
        berkas = bukti.berkas.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        berkas,
        as_attachment=True,
        # Rows stored before names were derived from the content get the same treatment.
        filename=services.nama_bukti(bukti.nama_asli, bukti.jenis_konten),
        content_type=bukti.jenis_konten,
    )
