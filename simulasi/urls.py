from django.urls import path

from . import views

app_name = "simulasi"

urlpatterns = [
    path("", views.daftar, name="daftar"),
    path("riwayat/", views.riwayat, name="riwayat"),
    path("periksa/", views.periksa, name="periksa"),
    path("percobaan/<int:pk>/", views.percobaan, name="percobaan"),
    path("percobaan/<int:pk>/andaikan/", views.andaikan, name="andaikan"),
    path("<slug:slug>/", views.kasus, name="kasus"),
    path("<slug:slug>/indikator/", views.indikator, name="indikator"),
    path("<slug:slug>/realisasi/", views.realisasi, name="realisasi"),
]
