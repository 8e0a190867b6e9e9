from django import template

from ..selectors import faq_jsonld, skrip_jsonld

register = template.Library()


@register.simple_tag
def jsonld_faq(halaman):
    """The page's schema.org FAQPage as an escaped JSON-LD script element."""
    return skrip_jsonld(faq_jsonld(halaman))


@register.simple_tag(takes_context=True)
def url_regulasi(context, regulasi):
    """The entry's anchor on the regulation library page (the page looked up once per
    render), or "" when no library page is live."""
    from ..selectors import pustaka_regulasi

    simpan = context.render_context
    if "sosialisasi_pustaka" not in simpan:
        simpan["sosialisasi_pustaka"] = pustaka_regulasi()
    halaman = simpan["sosialisasi_pustaka"]
    if halaman is None or regulasi is None:
        return ""
    return f"{halaman.url}#regulasi-{regulasi.pk}"
