from django.urls import include, path

from . import views

app_name = "kursus"

urlpatterns = [
    path("kursus/", views.indeks, name="indeks"),
    path("kursus/<slug:kursus>/", views.kursus, name="kursus"),
    path("kursus/<slug:kursus>/<slug:pelajaran>/", views.pelajaran, name="pelajaran"),
    path("kursus-saya/", views.kursus_saya, name="saya"),
    path("belajar/daftar/<int:kursus_id>/", views.daftar, name="daftar"),
    path("belajar/selesai/<int:pelajaran_id>/", views.tandai_selesai, name="tandai_selesai"),
    path("cari/", views.cari, name="cari"),
    path("sertifikat/<str:kode>/unduh/", views.sertifikat_unduh, name="sertifikat_unduh"),
    path("sertifikat/verifikasi/", views.verifikasi_cari, name="verifikasi_cari"),
    path("sertifikat/verifikasi/<str:kode>/", views.verifikasi, name="verifikasi"),
    path("ekspor/<int:pk>/", views.ekspor, name="ekspor"),
    path("ekspor/<int:pk>/unduh/", views.ekspor_unduh, name="ekspor_unduh"),
    path("kuis/", include("kursus.kuis.urls")),
]
