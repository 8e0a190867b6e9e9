from django.urls import path

from . import views

app_name = "kuis"

urlpatterns = [
    path("", views.daftar, name="daftar"),
    path("kemajuan/", views.kemajuan, name="kemajuan"),
    path("percobaan/<int:pk>/soal/<int:nomor>/", views.soal, name="soal"),
    path("percobaan/<int:pk>/ringkasan/", views.ringkasan, name="ringkasan"),
    path("percobaan/<int:pk>/serahkan/", views.serahkan, name="serahkan"),
    path("percobaan/<int:pk>/hasil/", views.hasil, name="hasil"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/mulai/", views.mulai, name="mulai"),
]
