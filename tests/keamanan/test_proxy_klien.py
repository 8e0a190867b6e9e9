"""Issue 19 item 4: the login throttle keys on the client's address, read through the trusted
reverse proxy (settings.PROXY_TERPERCAYA), and never on a header a client wrote itself."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from config.klien import alamat_klien
from tests.factories import SANDI

NGINX = "127.0.0.1"


def _permintaan(remote, xff=None):
    meta = {"REMOTE_ADDR": remote}
    if xff is not None:
        meta["HTTP_X_FORWARDED_FOR"] = xff
    return RequestFactory().get("/", **meta)


def _gagal_lima_kali(client, username, **meta):
    for _ in range(5):
        response = client.post(
            reverse("login"), {"username": username, "password": "salah"}, **meta
        )
    return response


@pytest.mark.parametrize(
    ("terpercaya", "remote", "xff", "klien"),
    [
        # No trusted proxy: the header is ignored, whoever wrote it.
        ([], "198.51.100.7", "203.0.113.9", "198.51.100.7"),
        ([], NGINX, "203.0.113.9", NGINX),
        # nginx on the same machine appends the address it saw.
        ([NGINX], NGINX, "203.0.113.9", "203.0.113.9"),
        # The client's own forged entries sit to the left of nginx's and are never reached.
        ([NGINX], NGINX, "10.9.9.9, 203.0.113.9", "203.0.113.9"),
        ([NGINX], NGINX, "bukan-alamat, 203.0.113.9", "203.0.113.9"),
        # A request that did not come through the trusted proxy keeps its own address.
        ([NGINX], "198.51.100.7", "203.0.113.9", "198.51.100.7"),
        # Two proxies of ours (a load balancer network, then nginx): skip both.
        (["10.0.0.0/8", NGINX], NGINX, "1.2.3.4, 203.0.113.9, 10.0.0.5", "203.0.113.9"),
        # Ports and IPv6 as proxies write them.
        ([NGINX], NGINX, "203.0.113.9:51234", "203.0.113.9"),
        (["::1"], "::1", "[2001:db8::5]:443", "2001:db8::5"),
        # Trusted proxy without a usable header: the proxy is all we know.
        ([NGINX], NGINX, "", NGINX),
        ([NGINX], NGINX, "<script>", NGINX),
    ],
)
def test_alamat_klien_dibaca_lewat_proxy_terpercaya(settings, terpercaya, remote, xff, klien):
    settings.PROXY_TERPERCAYA = terpercaya
    assert alamat_klien(_permintaan(remote, xff)) == klien


@pytest.mark.django_db
def test_di_balik_satu_proxy_dua_klien_dikunci_terpisah(client, buat_pengguna, settings):
    settings.PROXY_TERPERCAYA = [NGINX]
    user = buat_pengguna()
    penyerang = {"REMOTE_ADDR": NGINX, "HTTP_X_FORWARDED_FOR": "203.0.113.66"}
    pemilik = {"REMOTE_ADDR": NGINX, "HTTP_X_FORWARDED_FOR": "198.51.100.10"}
    assert _gagal_lima_kali(client, user.username, **penyerang).status_code == 429
    # The attacker stays locked out, even with the right password ...
    response = client.post(
        reverse("login"), {"username": user.username, "password": SANDI}, **penyerang
    )
    assert response.status_code == 429
    # ... while the owner, behind the same nginx from their own address, still logs in.
    response = client.post(
        reverse("login"), {"username": user.username, "password": SANDI}, **pemilik
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_x_forwarded_for_palsu_tanpa_proxy_terpercaya_diabaikan(client, buat_pengguna, settings):
    settings.PROXY_TERPERCAYA = []
    user = buat_pengguna()
    for nomor in range(5):
        client.post(
            reverse("login"),
            {"username": user.username, "password": "salah"},
            REMOTE_ADDR="198.51.100.7",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{nomor}",
        )
    # Each failure claimed another address; all five count against the real one.
    response = client.post(
        reverse("login"),
        {"username": user.username, "password": SANDI},
        REMOTE_ADDR="198.51.100.7",
        HTTP_X_FORWARDED_FOR="203.0.113.200",
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_x_forwarded_for_palsu_di_depan_proxy_tidak_membuka_kunci(client, buat_pengguna, settings):
    """Behind the trusted nginx, a locked-out client cannot escape by prepending addresses."""
    settings.PROXY_TERPERCAYA = [NGINX]
    user = buat_pengguna()
    _gagal_lima_kali(client, user.username, REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR="203.0.113.66")
    response = client.post(
        reverse("login"),
        {"username": user.username, "password": SANDI},
        REMOTE_ADDR=NGINX,
        HTTP_X_FORWARDED_FOR="198.51.100.10, 203.0.113.66",
    )
    assert response.status_code == 429
