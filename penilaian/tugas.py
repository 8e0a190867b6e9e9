"""Background tasks of the appraisal side (django-tasks, the interface Wagtail 8 uses: the
immediate backend in tests and ``make demo``, a database queue and ``manage.py db_worker`` in
production, docs/operasi.md)."""

from __future__ import annotations

from django_tasks import task


@task()
def nilai_ulang_skp(ids: list[int]) -> dict[str, int]:
    """Re-score a batch of SKPs as the evaluation page does (``evaluasi_hitung_usulan``: the
    kebijakan of the SKP's period, the engine, nothing written), loading the whole batch in a
    constant number of queries, and compare a final annual evaluation's stored predikat with
    the new one, so a run also checks that re-scoring reproduces what is stored."""
    from . import services
    from .models import Evaluasi, PeriodeEvaluasi

    hasil = {"dinilai": 0, "sama": 0, "beda": 0, "belum_lengkap": 0}
    skp = services.skp_untuk_dinilai_ulang(ids)
    for s, baru in services.evaluasi_hitung_usulan_banyak(skp=skp):
        if isinstance(baru, services.KesalahanPenilaian):
            # A draft without realisation yet: nothing to score.
            hasil["belum_lengkap"] += 1
            continue
        hasil["dinilai"] += 1
        final = [
            e
            for e in s.evaluasi.all()
            if e.status == Evaluasi.Status.FINAL and e.periode_evaluasi == PeriodeEvaluasi.TAHUNAN
        ]
        if final:
            hasil["sama" if final[0].predikat == baru.get("predikat") else "beda"] += 1
    return hasil
