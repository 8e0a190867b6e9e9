"""The HTTP API: one django-ninja instance, each app contributing a router."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="API Kinerja ASN Cipocok Jaya",
    version="1.0.0",
    description=(
        "Mesin penilaian dan pemeriksa indikator yang sama dengan yang dipakai simulator "
        "dan penilaian kinerja di situs ini."
    ),
    urls_namespace="api",
    docs_url="/dokumentasi",
)
