from django.shortcuts import render


def tidak_ditemukan(request, exception=None):
    """404 in Bahasa Indonesia, through the site's base template."""
    return render(request, "404.html", status=404)


def aksesibilitas(request):
    """The accessibility statement the footer links to."""
    return render(request, "situs/aksesibilitas.html")
