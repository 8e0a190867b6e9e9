"""config.csp.CSPMiddleware: the cached policy text is the text django-csp builds, and every
response that can change it (nonce, view decorators, excluded prefixes) still goes through
django-csp."""

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.decorators import csp_exempt, csp_update
from csp.middleware import CSPMiddleware as CSPAsli
from django.http import HttpResponse, JsonResponse
from django.test import RequestFactory

from config.csp import CSPMiddleware

rf = RequestFactory()


def _jawab(kelas, respons, *, nonce=False, path="/api/periksa-indikator"):
    middleware = kelas(lambda request: respons)
    request = rf.post(path)
    middleware.process_request(request)
    if nonce:
        str(request.csp_nonce)
    return middleware.process_response(request, respons)


@pytest.mark.parametrize("nonce", [False, True])
def test_sama_dengan_django_csp(nonce):
    asli = _jawab(CSPAsli, JsonResponse({"a": 1}), nonce=nonce)
    cepat = _jawab(CSPMiddleware, JsonResponse({"a": 1}), nonce=nonce)
    assert cepat[HEADER] == asli[HEADER]
    assert (HEADER_REPORT_ONLY in cepat) == (HEADER_REPORT_ONLY in asli)
    assert "default-src" in cepat[HEADER]


def test_nonce_setelah_header_ditulis_ditolak():
    from csp.exceptions import CSPNonceError

    middleware = CSPMiddleware(lambda request: HttpResponse())
    request = rf.get("/")
    middleware.process_request(request)
    middleware.process_response(request, HttpResponse())
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)


def test_dekorator_tampilan_tetap_berlaku():
    @csp_update({"img-src": ["https://contoh.test"]})
    def tampilan(request):
        return HttpResponse()

    @csp_exempt()
    def bebas(request):
        return HttpResponse()

    diperbarui = _jawab(CSPMiddleware, tampilan(rf.get("/")))
    assert "https://contoh.test" in diperbarui[HEADER]
    assert HEADER not in _jawab(CSPMiddleware, bebas(rf.get("/")))


def test_pengaturan_berubah_tembolok_dikosongkan(settings):
    awal = _jawab(CSPMiddleware, HttpResponse())[HEADER]
    kebijakan = dict(settings.CONTENT_SECURITY_POLICY)
    kebijakan["DIRECTIVES"] = {**kebijakan["DIRECTIVES"], "img-src": ["https://lain.test"]}
    settings.CONTENT_SECURITY_POLICY = kebijakan
    baru = _jawab(CSPMiddleware, HttpResponse())[HEADER]
    assert baru != awal
    assert "https://lain.test" in baru
    kebijakan["EXCLUDE_URL_PREFIXES"] = ["/api/"]
    settings.CONTENT_SECURITY_POLICY = dict(kebijakan)
    assert HEADER not in _jawab(CSPMiddleware, HttpResponse())


@pytest.mark.django_db
def test_situs_memakai_middleware_ini(client):
    from django.conf import settings

    assert "config.csp.CSPMiddleware" in settings.MIDDLEWARE
    assert "csp.middleware.CSPMiddleware" not in settings.MIDDLEWARE
    assert HEADER in client.get("/")
