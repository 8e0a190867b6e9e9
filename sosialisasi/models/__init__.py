"""The socialisation side: announcements, questions and answers, events with attendance, the
regulation library and the readiness survey (see docs/arsitektur.md, Sosialisasi). Models are
thin; rules live in services.py and selectors.py."""

from .acara import AcaraPage, KodeHadir, PendaftaranAcara, TempatAcara
from .halaman import BeritaPage, BeritaTag, PustakaRegulasiPage, SosialisasiIndexPage
from .regulasi import Regulasi
from .survei import FaseSurvei, FieldSurvei, JawabanSurvei, SurveiPage, TemaSurvei
from .tanya import PertanyaanPengunjung, TanyaJawabPage

__all__ = [
    "AcaraPage",
    "BeritaPage",
    "BeritaTag",
    "FaseSurvei",
    "FieldSurvei",
    "JawabanSurvei",
    "KodeHadir",
    "PendaftaranAcara",
    "PertanyaanPengunjung",
    "PustakaRegulasiPage",
    "Regulasi",
    "SosialisasiIndexPage",
    "SurveiPage",
    "TanyaJawabPage",
    "TemaSurvei",
    "TempatAcara",
]
