#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["nilai"]:
        # The scoring engine is pure Python: its documented command line runs without loading
        # Django (seconds of start-up); other forms (--help, Django options) fall through.
        from penilaian.json_cepat import tulis_hasil
        from penilaian.mesin.cli import jalan_langsung

        kode = jalan_langsung(sys.argv[2:], tulis=tulis_hasil)
        if kode is not None:
            sys.exit(kode)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
