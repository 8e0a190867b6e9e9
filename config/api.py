"""The HTTP API: one django-ninja instance, each app contributing a router."""

from ninja import NinjaAPI, Swagger

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
)


def _pasang_router() -> None:
    # Imported here so that the API module stays the single place that lists the routers.
    from penilaian.api_mesin import router as router_mesin
    from penilaian.api_pemeriksa import router as router_pemeriksa

    api.add_router("", router_mesin)
    api.add_router("", router_pemeriksa)


_pasang_router()
