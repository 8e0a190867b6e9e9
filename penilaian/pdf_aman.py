"""Text that enters a reportlab PDF.

reportlab's ``Paragraph`` reads its text as markup: ``<font color=red>``, ``<a href>``,
``<img src>`` and ``<link>`` are obeyed, and a stray ``<`` or ``&`` makes the whole document
fail to build. Every value a person typed (names, RHK, IKI, feedback, reasons, notes) therefore
passes through :func:`teks_pdf` before it is put into a paragraph; only the document's own
fixed layout uses tags. :func:`tutup_akses_berkas` is the second wall: reportlab is told to
trust no host and no URL scheme, so even markup that slipped past would not fetch a remote
resource or a ``file:``/``data:``/``javascript:`` URL.

Plain canvas drawing (``drawString``, used by the certificate) does not parse markup and
needs no escaping; it gets :func:`teks_pdf_polos` so control characters never reach the page.
"""

from xml.sax.saxutils import escape

from reportlab import rl_config

from .validasi import tanpa_karakter_kendali


def teks_pdf_polos(nilai) -> str:
    """``nilai`` as text without control or bidi characters (no markup escaping)."""
    return tanpa_karakter_kendali("" if nilai is None else str(nilai))


def teks_pdf(nilai) -> str:
    """``nilai`` as literal text for a reportlab ``Paragraph``: control characters removed,
    ``& < >`` escaped, line breaks kept as ``<br/>``."""
    teks = teks_pdf_polos(nilai).replace("\r\n", "\n").replace("\r", "\n")
    return escape(teks).replace("\n", "<br/>")


def tutup_akses_berkas() -> None:
    """No host and no URL scheme is trusted by reportlab (``rl_config`` is process-wide)."""
    rl_config.trustedHosts = None
    rl_config.trustedSchemes = []
