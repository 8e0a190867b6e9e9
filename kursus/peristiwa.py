"""Events of the learning side that the site layer reacts to (notifications, email): layering
forbids kursus from importing situs. Sent after the change commits (``transaction.on_commit``).

Arguments, besides ``sender`` (the model class):

* ``esai_dinilai``: ``jawaban`` (JawabanPeserta), ``oleh``
* ``sertifikat_terbit``: ``sertifikat``
* ``pendaftaran_ditugaskan``: ``pendaftaran`` (a list of Pendaftaran), ``oleh``, ``tenggat``
  (a date or ``None``)
* ``tenggat_mendekat``: ``pendaftaran`` (one Pendaftaran whose due date is near), ``tenggat``
"""

from django.dispatch import Signal

esai_dinilai = Signal()
sertifikat_terbit = Signal()
pendaftaran_ditugaskan = Signal()
tenggat_mendekat = Signal()
