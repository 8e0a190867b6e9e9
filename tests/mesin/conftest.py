"""Fixture bersama uji mesin."""

from __future__ import annotations

import json
from typing import Any

import pytest

from penilaian.mesin import loads_desimal, nilai_json


@pytest.fixture(params=[True, False], ids=["bertipe", "cepat"])
def nilai(request):
    """Nilai dokumen lewat jalan bertipe (dengan langkah) dan jalan cepat (tanpa langkah).

    Setiap uji aturan yang memakai fixture ini berjalan dua kali, sehingga kedua jalan
    dibuktikan memberi angka yang sama.
    """
    langkah = request.param

    def _nilai(data: Any) -> Any:
        # Lewat teks JSON seperti masukan sungguhan: angka menjadi Decimal eksak.
        return nilai_json(loads_desimal(json.dumps(data)), langkah=langkah)

    return _nilai
