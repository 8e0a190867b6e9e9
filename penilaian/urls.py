from django.urls import path

from . import views

app_name = "penilaian"

urlpatterns = [
    path("penilaian/", views.dasbor, name="dasbor"),
    path("penilaian/skp/baru/", views.skp_buat, name="skp_buat"),
    path("penilaian/skp/<int:pk>/", views.skp_detail, name="skp_detail"),
    path("penilaian/skp/<int:pk>/rhk/", views.rhk_simpan, name="rhk_tambah"),
    path("penilaian/skp/<int:pk>/rhk/<int:rhk_pk>/", views.rhk_simpan, name="rhk_ubah"),
    path("penilaian/skp/<int:pk>/rhk/<int:rhk_pk>/hapus/", views.rhk_hapus, name="rhk_hapus"),
    path("penilaian/skp/<int:pk>/rhk/<int:rhk_pk>/tautkan/", views.rhk_tautkan, name="rhk_tautkan"),
    path("penilaian/skp/<int:pk>/rhk/<int:rhk_pk>/iki/", views.iki_simpan, name="iki_tambah"),
    path(
        "penilaian/skp/<int:pk>/rhk/<int:rhk_pk>/iki/<int:iki_pk>/",
        views.iki_simpan,
        name="iki_ubah",
    ),
    path(
        "penilaian/skp/<int:pk>/rhk/<int:rhk_pk>/iki/<int:iki_pk>/hapus/",
        views.iki_hapus,
        name="iki_hapus",
    ),
    path(
        "penilaian/skp/<int:pk>/rhk/<int:rhk_pk>/umpan-balik/",
        views.umpan_balik_beri,
        name="umpan_balik",
    ),
    path("penilaian/skp/<int:pk>/ajukan/", views.skp_ajukan, name="skp_ajukan"),
    path("penilaian/skp/<int:pk>/setujui/", views.skp_setujui, name="skp_setujui"),
    path("penilaian/skp/<int:pk>/kembalikan/", views.skp_kembalikan, name="skp_kembalikan"),
    path(
        "penilaian/skp/<int:pk>/iki/<int:iki_pk>/realisasi/",
        views.realisasi_simpan,
        name="realisasi",
    ),
    path("penilaian/skp/<int:pk>/evaluasi/", views.evaluasi, name="evaluasi"),
    path(
        "penilaian/skp/<int:pk>/evaluasi/finalkan/",
        views.evaluasi_finalkan,
        name="evaluasi_finalkan",
    ),
    path(
        "penilaian/skp/<int:pk>/evaluasi/koreksi/", views.evaluasi_koreksi, name="evaluasi_koreksi"
    ),
    path("penilaian/skp/<int:pk>/dokumen-evaluasi.pdf", views.dokumen_pdf, name="dokumen_pdf"),
    path("penilaian/bukti/<int:pk>/", views.bukti_unduh, name="bukti"),
    path("penilaian/pustaka-indikator/", views.pustaka, name="pustaka"),
    path("penilaian/unit/", views.unit_daftar, name="unit_daftar"),
    path("penilaian/unit/<slug:kode>/", views.unit_dasbor, name="unit"),
    path("penilaian/unit/<slug:kode>/ekspor.xlsx", views.unit_ekspor, name="unit_ekspor"),
    path("verifikasi/<str:kode>/", views.verifikasi, name="verifikasi"),
    path("transparansi/", views.transparansi, name="transparansi"),
]
