from django.urls import path

from . import views

app_name = "notifikasi"

urlpatterns = [
    path("", views.daftar, name="daftar"),
    path("tandai-semua-dibaca/", views.tandai_semua, name="tandai_semua"),
    path("pengaturan/", views.pengaturan, name="pengaturan"),
    path("<int:pk>/", views.buka, name="buka"),
]
