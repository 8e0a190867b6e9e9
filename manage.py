#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["nilai"]:
        # The scoring engine is pure Python: its documented command line runs without loading
        # Django (seconds of start-up); other forms (--help, Django options) fall through.
        # msgspec loads typing_extensions (a third of this command's start-up) only to read the
        # type hints of Structs and TypedDicts, which this command never decodes; without it
        # msgspec uses typing. The block is lifted before falling through to Django.
        tanpa_typing_extensions = "typing_extensions" not in sys.modules
        if tanpa_typing_extensions:
            sys.modules["typing_extensions"] = None
        from penilaian.json_cepat import baca_daftar, tulis_hasil
        from penilaian.mesin.cli import jalan_langsung

        if tanpa_typing_extensions:
            del sys.modules["typing_extensions"]
        kode = jalan_langsung(sys.argv[2:], tulis=tulis_hasil, baca=baca_daftar)
        if kode is not None:
            sys.exit(kode)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
