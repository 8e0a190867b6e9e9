"""One definition of the domain's vocabulary: Django's choices are generated from the engine's
enums, so a value the engine knows is a value the forms and the database know, in the same
order."""

import pytest

from penilaian import mesin, models
from simulasi.models import IndikatorModel


@pytest.mark.parametrize(
    ("pilihan", "enum"),
    [
        (models.Rating, mesin.Rating),
        (models.Predikat, mesin.Predikat),
        (models.Aspek, mesin.Aspek),
        (models.Polaritas, mesin.Polaritas),
        (models.Pendekatan, mesin.Pendekatan),
        (models.JenisRHK, mesin.JenisRHK),
        (models.NilaiCapaianOrganisasi, mesin.CapaianOrganisasi),
        (models.SKP.Pendekatan, mesin.Pendekatan),
        (models.RencanaHasilKerja.Jenis, mesin.JenisRHK),
        (models.IndikatorKinerja.Polaritas, mesin.Polaritas),
        (models.CapaianOrganisasi.Nilai, mesin.CapaianOrganisasi),
        (IndikatorModel.Polaritas, mesin.Polaritas),
    ],
)
def test_pilihan_django_dibangkitkan_dari_enum_mesin(pilihan, enum):
    assert pilihan.values == [m.value for m in enum]
    assert pilihan.names == [m.name for m in enum]
    assert all(str(label).strip() for label in pilihan.labels)


def test_label_yang_tidak_lengkap_ditolak_saat_impor():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        models._pilihan(mesin.Aspek, {mesin.Aspek.KUANTITAS: "Kuantitas"})
