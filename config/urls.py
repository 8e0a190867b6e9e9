from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api
from situs import views as situs_views
from situs.forms import FormGantiSandi, FormMasuk

akun_patterns = [
    path(
        "masuk/",
        auth_views.LoginView.as_view(
            authentication_form=FormMasuk, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "ganti-kata-sandi/",
        auth_views.PasswordChangeView.as_view(form_class=FormGantiSandi),
        name="password_change",
    ),
    path(
        "ganti-kata-sandi/selesai/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("aktivasi/", situs_views.aktivasi, name="aktivasi"),
    path("aktivasi/kata-sandi/", situs_views.aktivasi_sandi, name="aktivasi_sandi"),
    path("aktivasi/t/<str:token>/", situs_views.aktivasi_tautan, name="aktivasi_tautan"),
    path("lupa-kata-sandi/", situs_views.LupaSandiView.as_view(), name="password_reset"),
    path(
        "lupa-kata-sandi/terkirim/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "atur-ulang/<uidb64>/<token>/",
        situs_views.AturUlangSandiView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "atur-ulang/selesai/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("notifikasi/", include("situs.notifikasi.urls")),
]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("akun/", include(akun_patterns)),
    path("api/", api.urls),
    path("", include("situs.urls")),
    path("", include("kursus.urls")),
    path("", include("sosialisasi.urls")),
    path("simulasi/", include("simulasi.urls")),
    path("", include("penilaian.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving comes last: it answers every path the patterns above do not.
urlpatterns.append(path("", include(wagtail_urls)))

handler404 = "situs.views.tidak_ditemukan"
