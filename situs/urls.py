from django.urls import path

from . import views

app_name = "situs"

urlpatterns = [
    path("tentang/aksesibilitas/", views.aksesibilitas, name="aksesibilitas"),
]
