"""Events of the appraisal side that other parts of the product react to (notifications, the
inbox, email). Layering forbids penilaian from importing situs, so the services announce what
happened with these signals, always after the change commits (``transaction.on_commit``), and
the site layer listens (``situs``). Every signal is sent with ``oleh`` (the user who acted).

Arguments, besides ``sender`` (the model class) and ``oleh``:

* ``skp_diajukan``, ``skp_disetujui``: ``skp``
* ``skp_dikembalikan``: ``skp``, ``catatan``
* ``umpan_balik_diberikan``: ``umpan_balik``
* ``evaluasi_difinalkan``: ``evaluasi``
* ``akun_pegawai_dibuat``: ``pegawai`` (a list of Pegawai whose login was just created)
"""

from django.db import transaction
from django.dispatch import Signal

skp_diajukan = Signal()
skp_disetujui = Signal()
skp_dikembalikan = Signal()
umpan_balik_diberikan = Signal()
evaluasi_difinalkan = Signal()
akun_pegawai_dibuat = Signal()


def umumkan(sinyal: Signal, sender, **kwargs) -> None:
    """Send ``sinyal`` once the surrounding transaction commits (at once outside one): a
    listener never sees a change that is later rolled back, and a failing listener cannot undo
    the change (``send_robust``; the error is logged by Django)."""
    transaction.on_commit(lambda: sinyal.send_robust(sender=sender, **kwargs))
