from django.db import migrations, models


def kosongkan_nip_bukan_pegawai(apps, schema_editor):
    """Certificates issued before this change copied the user name as the NIP when the
    participant had no employee record. A NIP that belongs to no Pegawai is such a user name:
    it is cleared, so the certificate prints no NIP line instead of the user name."""
    Sertifikat = apps.get_model("kursus", "Sertifikat")
    Pegawai = apps.get_model("penilaian", "Pegawai")
    Sertifikat.objects.exclude(nip="").exclude(
        nip__in=Pegawai.objects.values("nip")
    ).update(nip="")


class Migration(migrations.Migration):
    dependencies = [
        ("kursus", "0007_kuis_acak_pilihan_gambar_jodoh_slot_acak"),
        ("penilaian", "0003_penilaian_langsung"),
    ]

    operations = [
        migrations.AlterField(
            model_name="sertifikat",
            name="nip",
            field=models.CharField(
                blank=True,
                help_text="Dari data pegawai peserta; kosong bila peserta tidak tercatat sebagai pegawai.",
                max_length=32,
                verbose_name="NIP",
            ),
        ),
        migrations.RunPython(kosongkan_nip_bukan_pegawai, migrations.RunPython.noop),
    ]
