"""Issue 19 item 12: /api/dokumentasi works under the site's CSP, from the installed package."""

import json
import re

import pytest


@pytest.mark.django_db
def test_dokumentasi_tanpa_cdn(client):
    response = client.get("/api/dokumentasi")
    assert response.status_code == 200
    html = response.content.decode()
    skrip = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', html)
    assert any("swagger-ui-bundle.js" in s for s in skrip)
    assert all(s.startswith("/static/") for s in skrip), skrip
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "cdn" not in csp


@pytest.mark.django_db
def test_skema_openapi_tanpa_kunci_ganda(client):
    """A status written twice ("200" from openapi_extra beside ninja's own 200) made Swagger
    UI's parser refuse the whole document: the page stayed blank even with its assets."""
    ganda = []

    def periksa(pasangan):
        kunci = [k for k, _ in pasangan]
        ganda.extend(k for k in set(kunci) if kunci.count(k) > 1)
        return dict(pasangan)

    json.loads(client.get("/api/openapi.json").content, object_pairs_hook=periksa)
    assert ganda == []
