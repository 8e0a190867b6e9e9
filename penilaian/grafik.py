"""Charts drawn on the server as accessible SVG (matplotlib, SVG backend, no pyplot).

Every chart is an ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` named by
``aria-labelledby``, no script and no external resource; the page shows a table with the same
numbers beside it (the chart is never the only place a number is). Three shapes:

* ``batang``: one bar per label (shares, counts);
* ``batang_berpasangan``: two bars per label, e.g. before and after;
* ``distribusi``: bars of a distribution against reference limits (markers per label).

Values may be ``None`` (not shown: e.g. fewer answers than the privacy threshold).
Matplotlib is imported on first use, so commands and tests that draw nothing do not pay for it;
a web worker imports it before it serves (``siapkan``, called by config/gunicorn.py).

Drawing one chart costs matplotlib 50–80 ms, most of a dashboard's time (make bench-skala-pg,
docs/kinerja.md), while its inputs change only when the numbers do. Every chart is therefore
kept in the cache under a digest of all its arguments (content-addressed: new numbers are a new
key, so nothing is ever stale) and drawn again only for numbers not seen before.
"""

import functools
import hashlib
import importlib.metadata
import json
import re
import textwrap
from collections.abc import Sequence
from decimal import Decimal
from io import StringIO

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

Angka = int | float | Decimal | None

WARNA = ("#1d4f91", "#c26a00", "#2b6e3a")  # dark blue, orange, green: apart in grey and by most
LEBAR, TINGGI_BARIS = 6.4, 0.5
#: Text stays readable when the SVG is scaled to half a desktop column or a phone's width.
GAYA = {"font.size": 13, "svg.fonttype": "none", "axes.titlesize": 13, "legend.fontsize": 12}


#: Part of every cache key: raise it when the drawing code changes, so no chart drawn by the old
#: code is served again.
VERSI_GAMBAR = 1
#: How long a drawn chart is kept; the key changes with the numbers, so this only bounds memory.
UMUR_TEMBOLOK = 7 * 24 * 3600


@functools.cache
def _versi_matplotlib() -> str:
    """Read from the package's metadata: a chart served from the cache never imports matplotlib."""
    return importlib.metadata.version("matplotlib")


def _tersimpan(fungsi):
    """Serve the chart from the cache when it was drawn before with exactly these arguments."""

    @functools.wraps(fungsi)
    def bungkus(**kwargs):
        bahan = json.dumps(
            [fungsi.__name__, VERSI_GAMBAR, _versi_matplotlib(), kwargs],
            default=str,  # Decimal and lazy translations as the text they show
            sort_keys=True,
            ensure_ascii=False,
        )
        kunci = f"grafik:{hashlib.sha256(bahan.encode()).hexdigest()}"
        svg = cache.get(kunci)
        if svg is None:
            svg = fungsi(**kwargs)
            cache.set(kunci, str(svg), UMUR_TEMBOLOK)
        return mark_safe(svg)  # noqa: S308 (drawn by _svg above; our texts escaped there)

    return bungkus


def _dengan_gaya(fungsi):
    """Run a chart function inside the module's matplotlib settings (fonts are fixed when the
    artists are made, so the whole drawing runs inside them), never touching global rcParams."""

    @functools.wraps(fungsi)
    def bungkus(*args, **kwargs):
        import matplotlib

        with matplotlib.rc_context(GAYA):
            return fungsi(*args, **kwargs)

    return bungkus


def siapkan() -> None:
    """Import what drawing needs (matplotlib's SVG backend: ±1.3 s and ±31 MB, measured in a
    Django process). A web worker calls this before it serves (config/gunicorn.py), so no
    visitor's request waits for the import when a chart is first drawn in that process."""
    from matplotlib.backends.backend_svg import FigureCanvasSVG  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401


def _gambar(tinggi: float):
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    fig = Figure(figsize=(LEBAR, max(tinggi, 1.6)))
    FigureCanvasSVG(fig)
    return fig


def _svg(fig, *, judul: str, deskripsi: str, kunci: str) -> SafeString:
    import matplotlib

    keluaran = StringIO()
    with matplotlib.rc_context({"svg.hashsalt": kunci}):
        fig.savefig(keluaran, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = keluaran.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    # The site's CSP allows no inline styles: the <style> element goes and every style=""
    # becomes SVG presentation attributes, which CSP does not govern.
    svg = re.sub(r"<style[^>]*>.*?</style>", "", svg, flags=re.S)
    svg = re.sub(r'style="([^"]*)"', _atribut_presentasi, svg)
    id_judul, id_desk = f"grafik-{kunci}-judul", f"grafik-{kunci}-desk"
    svg = svg.replace(
        "<svg ",
        f'<svg role="img" aria-labelledby="{id_judul} {id_desk}" class="grafik" ',
        1,
    )
    pembuka_akhir = svg.index(">") + 1
    svg = (
        svg[:pembuka_akhir]
        + f'<title id="{id_judul}">{escape(judul)}</title>'
        + f'<desc id="{id_desk}">{escape(deskripsi)}</desc>'
        + svg[pembuka_akhir:]
    )
    return mark_safe(svg)  # noqa: S308 (matplotlib's own SVG; our texts escaped above)


def _atribut_presentasi(cocok: re.Match) -> str:
    atribut = []
    for deklarasi in cocok.group(1).split(";"):
        nama, _, nilai = deklarasi.partition(":")
        nama, nilai = nama.strip(), nilai.strip()
        if not nama:
            continue
        if nama == "font":  # "10px 'DejaVu Sans'" → size and family
            ukuran, _, keluarga = nilai.partition(" ")
            atribut += [f'font-size="{ukuran}"', f'font-family="{keluarga.strip(chr(39))}"']
        else:
            atribut.append(f'{nama}="{nilai}"')
    return " ".join(atribut)


def _kunci(judul: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", judul.lower()).strip("-")[:40] or "grafik"


#: Long labels wrap onto lines of at most this many characters, so the label column stays
#: narrow and the bars keep most of a phone's width.
LEBAR_LABEL = 18


def _sumbu(ax, label: Sequence[str], batas_x: float | None, satuan: str) -> None:
    ax.set_yticks(
        range(len(label)),
        labels=[textwrap.fill(str(teks), LEBAR_LABEL, break_long_words=False) for teks in label],
    )
    ax.invert_yaxis()
    if batas_x is not None:
        ax.set_xlim(0, batas_x)
    if satuan:
        ax.set_xlabel(satuan)
    for sisi in ("top", "right"):
        ax.spines[sisi].set_visible(False)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _f(v: Angka) -> float:
    return float(v) if v is not None else 0.0


@_tersimpan
@_dengan_gaya
def batang(
    *,
    judul: str,
    deskripsi: str,
    label: Sequence[str],
    nilai: Sequence[Angka],
    satuan: str = "",
    batas_x: float | None = None,
) -> SafeString:
    """Horizontal bars, one per label."""
    fig = _gambar(TINGGI_BARIS * len(label) + 0.8)
    ax = fig.add_subplot()
    ax.barh(range(len(label)), [_f(v) for v in nilai], color=WARNA[0], height=0.6)
    _sumbu(ax, label, batas_x, satuan)
    return _svg(fig, judul=judul, deskripsi=deskripsi, kunci=_kunci(judul))


@_tersimpan
@_dengan_gaya
def batang_berpasangan(
    *,
    judul: str,
    deskripsi: str,
    label: Sequence[str],
    seri: Sequence[tuple[str, Sequence[Angka]]],
    satuan: str = "",
    batas_x: float | None = None,
) -> SafeString:
    """Two bars per label (e.g. ``[("Sebelum", […]), ("Sesudah", […])]``), with a legend."""
    if len(seri) != 2:
        raise ValueError("batang_berpasangan memerlukan tepat dua seri")
    fig = _gambar(TINGGI_BARIS * 1.6 * len(label) + 1.0)
    ax = fig.add_subplot()
    tebal = 0.38
    for i, (nama, nilai) in enumerate(seri):
        posisi = [y + (i - 0.5) * tebal for y in range(len(label))]
        ax.barh(posisi, [_f(v) for v in nilai], height=tebal, color=WARNA[i], label=nama)
    _sumbu(ax, label, batas_x, satuan)
    ax.legend(loc="lower right", frameon=False)
    return _svg(fig, judul=judul, deskripsi=deskripsi, kunci=_kunci(judul))


@_tersimpan
@_dengan_gaya
def distribusi(
    *,
    judul: str,
    deskripsi: str,
    label: Sequence[str],
    nilai: Sequence[Angka],
    acuan: Sequence[Angka],
    nama_nilai: str,
    nama_acuan: str,
    acuan_min: Sequence[Angka] = (),
    nama_acuan_min: str = "",
    satuan: str = "%",
    batas_x: float | None = 100,
) -> SafeString:
    """A distribution (bars) against a reference per label (a tick mark each), e.g. the
    predikat shares of a unit against the curve's limits. ``acuan`` are upper limits (a bar
    line); ``acuan_min``, when given, lower limits (a triangle pointing right, in another
    colour), so the two kinds differ by shape as well as colour."""
    fig = _gambar(TINGGI_BARIS * len(label) + 1.0)
    ax = fig.add_subplot()
    ax.barh(range(len(label)), [_f(v) for v in nilai], color=WARNA[0], height=0.6, label=nama_nilai)
    for daftar, nama, penanda, warna in (
        (acuan, nama_acuan, "|", WARNA[1]),
        (acuan_min, nama_acuan_min, ">", WARNA[2]),
    ):
        titik = [(y, float(a)) for y, a in enumerate(daftar) if a is not None]
        if titik:
            ax.scatter(
                [a for _, a in titik],
                [y for y, _ in titik],
                marker=penanda,
                s=400 if penanda == "|" else 120,
                color=warna,
                linewidths=3 if penanda == "|" else 1,
                edgecolors="white" if penanda != "|" else None,
                label=nama,
                zorder=3,
            )
    _sumbu(ax, label, batas_x, satuan)
    # Below the axes, under the unit label (about 0.6 inch), whatever the chart's height: a
    # legend inside would cover the bars of the last rows.
    tinggi_sumbu = fig.get_figheight() * ax.get_position().height
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.6 / tinggi_sumbu), frameon=False)
    return _svg(fig, judul=judul, deskripsi=deskripsi, kunci=_kunci(judul))
