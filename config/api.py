"""The HTTP API: one django-ninja instance, each app contributing a router.

Every request is rate-limited per client (``settings.API_LAJU``, the client's address read
through the trusted proxy by ``config.klien``); each endpoint limits the body it reads
(``penilaian.api_batas``). Refusals have the endpoints' error shape with Indonesian messages.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger
from ninja.errors import Throttled, ValidationError
from ninja.throttling import AnonRateThrottle

from config.klien import alamat_klien


class LajuPerKlien(AnonRateThrottle):
    """At most ``settings.API_LAJU`` requests ("60/m") per client address; ``None`` turns it off.

    django-ninja's own identification believes any ``X-Forwarded-For`` a client sends; this
    one asks ``config.klien``, which believes only the proxies in ``PROXY_TERPERCAYA``. The
    counters live in the default cache (Redis in production: shared by every worker)."""

    scope = "api"

    def __init__(self) -> None:
        super().__init__(rate="60/m")

    def get_ident(self, request: HttpRequest) -> str:
        return alamat_klien(request)

    def allow_request(self, request: HttpRequest) -> bool:
        # Read at every request so that settings (and tests overriding them) take effect.
        self.rate = getattr(settings, "API_LAJU", "60/m")
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


api = NinjaAPI(
    title="API Kinerja ASN Cipocok Jaya",
    version="1.0.0",
    description=(
        "Mesin penilaian dan pemeriksa indikator yang sama dengan yang dipakai simulator "
        "dan penilaian kinerja di situs ini."
    ),
    urls_namespace="api",
    docs_url="/dokumentasi",
    # The assets come from the installed package (ninja is in INSTALLED_APPS); no online
    # validator badge, which would be a request to a host the CSP does not allow.
    docs=Swagger(settings={"validatorUrl": None}),
    throttle=[LajuPerKlien()],
)


@api.exception_handler(Throttled)
def _terlalu_sering(request: HttpRequest, exc: Throttled) -> HttpResponse:
    tunggu = f" Coba lagi dalam {int(exc.wait) + 1} detik." if exc.wait else ""
    return api.create_response(
        request,
        {"detail": [{"loc": "", "msg": f"Terlalu banyak permintaan dari alamat ini.{tunggu}"}]},
        status=429,
    )


@api.exception_handler(ValidationError)
def _parameter_tidak_sah(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    # Only query parameters reach ninja's own validation (bodies are read by the endpoints).
    detail = [
        {
            "loc": ".".join(str(bagian) for bagian in galat.get("loc", ())[1:]),
            "msg": "nilai tidak sah untuk parameter ini",
        }
        for galat in exc.errors
    ]
    return api.create_response(request, {"detail": detail}, status=422)


def _pasang_router() -> None:
    # Imported here so that the API module stays the single place that lists the routers.
    from penilaian.api_mesin import router as router_mesin
    from penilaian.api_pemeriksa import router as router_pemeriksa

    api.add_router("", router_mesin)
    api.add_router("", router_pemeriksa)


_pasang_router()
