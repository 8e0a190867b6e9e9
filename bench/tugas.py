"""The background task of ``make bench-skala``: re-score a batch of SKPs.

Runs through Django's tasks interface (django-tasks, the backend Wagtail 8 uses): with the
immediate backend the worker process that enqueues runs it; with a database-backed backend a
separate ``db_worker`` process picks it up (docs/operasi.md). Each SKP is scored through the
public service the evaluation page uses (``evaluasi_hitung_usulan``: the running kebijakan,
the engine, nothing written), and a final evaluation's stored predikat is compared with the
new one, so the run also checks that re-scoring reproduces what is stored.
"""

from __future__ import annotations

from django_tasks import task


@task()
def nilai_ulang_skp(ids: list[int]) -> dict[str, int]:
    from penilaian import services
    from penilaian.models import SKP, Evaluasi

    hasil = {"dinilai": 0, "sama": 0, "beda": 0, "belum_lengkap": 0}
    tersimpan = dict(
        Evaluasi.objects.filter(
            skp_id__in=ids, status=Evaluasi.Status.FINAL, periode_evaluasi="tahunan"
        ).values_list("skp_id", "predikat")
    )
    for skp in SKP.objects.filter(pk__in=ids).select_related("pegawai", "periode"):
        try:
            baru = services.evaluasi_hitung_usulan(skp=skp)
        except services.KesalahanPenilaian:
            # A draft without realisation yet: nothing to score.
            hasil["belum_lengkap"] += 1
            continue
        hasil["dinilai"] += 1
        if skp.pk in tersimpan:
            hasil["sama" if tersimpan[skp.pk] == baru.get("predikat") else "beda"] += 1
    return hasil
