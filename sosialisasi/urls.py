from django.urls import path

from . import feeds, views

app_name = "sosialisasi"

urlpatterns = [
    path("sosialisasi/", views.indeks, name="indeks"),
    path("sosialisasi/berita/rss/", feeds.FeedBerita(), name="rss"),
    path("sosialisasi/berita/atom/", feeds.FeedBeritaAtom(), name="atom"),
    path("sosialisasi/acara/<int:pk>/daftar/", views.acara_daftar, name="acara_daftar"),
    path("sosialisasi/acara/<int:pk>/batal/", views.acara_batal, name="acara_batal"),
    path("sosialisasi/acara/<int:pk>/kalender.ics", views.acara_ics, name="acara_ics"),
    path("sosialisasi/acara/<int:pk>/hadir/", views.hadir, name="hadir"),
    path("sosialisasi/acara/<int:pk>/kode-hadir/", views.kode_hadir, name="kode_hadir"),
    path("sosialisasi/acara/<int:pk>/kehadiran.xlsx", views.kehadiran_xlsx, name="kehadiran_xlsx"),
    path("sosialisasi/acara/<int:pk>/kehadiran.csv", views.kehadiran_csv, name="kehadiran_csv"),
    path("sosialisasi/tanya/<int:pk>/", views.tanya, name="tanya"),
    path("sosialisasi/adopsi/", views.dasbor_adopsi, name="adopsi"),
]
