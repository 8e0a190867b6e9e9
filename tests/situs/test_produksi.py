"""Production settings: refuse to start without secrets, and pass ``check --deploy``."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KUNCI = "k" * 20 + "-produksi-rahasia-yang-panjang-dan-acak-0123456789"


def jalankan(*args, **env_tambahan):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DJANGO_SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "EMAIL_URL",
            # set by the browser tests' conftest in this process; never in deployment
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env_tambahan})
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "pesan"),
    [
        ({"ALLOWED_HOSTS": "kinerja.serangkota.go.id"}, "DJANGO_SECRET_KEY wajib diisi"),
        ({"DJANGO_SECRET_KEY": "pendek", "ALLOWED_HOSTS": "a.go.id"}, "DJANGO_SECRET_KEY wajib"),
        ({"DJANGO_SECRET_KEY": KUNCI}, "ALLOWED_HOSTS wajib diisi"),
        ({"DJANGO_SECRET_KEY": KUNCI, "ALLOWED_HOSTS": "a.go.id"}, "EMAIL_URL wajib diisi"),
    ],
)
def test_produksi_menolak_mulai_tanpa_rahasia_atau_host(env, pesan):
    hasil = jalankan("check", **env)
    assert hasil.returncode != 0
    assert pesan in hasil.stderr


def test_check_deploy_lulus_di_pengaturan_produksi():
    hasil = jalankan(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=KUNCI,
        ALLOWED_HOSTS="kinerja.serangkota.go.id",
        EMAIL_URL="smtp+tls://kinerja:rahasia@surel.serangkota.go.id:587",
    )
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    assert "no issues" in hasil.stdout
