"""The site's URLs plus the benchmark's floor: a plain Django view behind the full middleware
(no database query, no template). Used only by config.settings.bench."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler404
from config.urls import urlpatterns as situs_urlpatterns

__all__ = ["handler404", "urlpatterns"]


def polos(request):
    return HttpResponse(
        "<!DOCTYPE html><html lang='id'><title>polos</title><p>polos</p></html>",
        content_type="text/html; charset=utf-8",
    )


urlpatterns = [path("bench/polos/", polos), *situs_urlpatterns]
