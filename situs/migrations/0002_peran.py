"""Create the role groups (Peserta, Pelatih, Pelatih Senior, Pegawai, Penilai, Admin Kepegawaian)."""

from django.db import migrations


def buat_peran(apps, schema_editor):
    from situs.peran import sinkronkan_peran

    sinkronkan_peran(
        apps.get_model("auth", "Group"),
        apps.get_model("auth", "Permission"),
        apps.get_model("contenttypes", "ContentType"),
    )


def hapus_peran(apps, schema_editor):
    from situs.peran import PERAN

    apps.get_model("auth", "Group").objects.filter(name__in=list(PERAN)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("situs", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0001_squashed_0016_change_page_url_path_to_text_field"),
    ]

    operations = [migrations.RunPython(buat_peran, hapus_peran)]
