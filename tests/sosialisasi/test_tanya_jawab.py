"""FAQ JSON-LD, visitors' questions (moderated, throttled, honeypot) and the top questions."""

import json
import re

import pytest
from django.urls import reverse

from sosialisasi import selectors, services
from sosialisasi.models import PertanyaanPengunjung

pytestmark = pytest.mark.django_db


def _jsonld(html: str) -> dict:
    isi = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    return json.loads(isi)


def test_jsonld_faqpage_memuat_semua_pertanyaan(client, tanya_jawab):
    data = _jsonld(client.get(tanya_jawab.url).content.decode())
    assert data["@type"] == "FAQPage"
    assert [q["name"] for q in data["mainEntity"]] == [
        "Apakah beban kerja bertambah?",
        "Harus unggah tiap hari?",
    ]
    assert data["mainEntity"][0]["acceptedAnswer"] == {"@type": "Answer", "text": "Di awal, ya."}


def test_jsonld_tidak_dapat_ditutup_dari_isi_pertanyaan(client, tanya_jawab):
    jahat = "</script><script>alert(1)</script><!--"
    tanya_jawab.isi[0].value["daftar"][0]["pertanyaan"] = jahat
    tanya_jawab.save()
    html = client.get(tanya_jawab.url).content.decode()
    assert "<script>alert(1)" not in html
    assert _jsonld(html)["mainEntity"][0]["name"] == jahat


def _kirim(client, halaman, **data):
    isian = {"pertanyaan": "Bagaimana dengan TPP saya tahun ini?", "nama": "", "email": ""}
    isian.update(data)
    return client.post(reverse("sosialisasi:tanya", args=[halaman.pk]), isian, follow=True)


def test_pertanyaan_pengunjung_tersimpan_untuk_moderasi_dan_belum_tampil(client, tanya_jawab):
    respons = _kirim(client, tanya_jawab)
    assert "akan dijawab setelah ditinjau" in respons.content.decode()
    p = PertanyaanPengunjung.objects.get()
    assert p.status == PertanyaanPengunjung.Status.DIAJUKAN
    assert p.pertanyaan not in client.get(tanya_jawab.url).content.decode()


def test_pertanyaan_kedua_dalam_semenit_ditolak(client, tanya_jawab):
    _kirim(client, tanya_jawab)
    respons = _kirim(client, tanya_jawab, pertanyaan="Pertanyaan kedua yang cepat sekali?")
    assert "Tunggu satu menit" in respons.content.decode()
    assert PertanyaanPengunjung.objects.count() == 1


def test_banjir_pertanyaan_anonim_hanya_satu_tersimpan(client, tanya_jawab):
    for i in range(20):
        _kirim(client, tanya_jawab, pertanyaan=f"Pertanyaan banjir nomor {i} dari bot?")
    assert PertanyaanPengunjung.objects.count() == 1


def test_honeypot_terisi_tidak_disimpan(client, tanya_jawab):
    respons = _kirim(client, tanya_jawab, situs_web="http://spam.example")
    assert respons.status_code == 200
    assert not PertanyaanPengunjung.objects.exists()


def test_pertanyaan_terlalu_pendek_diberi_pesan_pada_isiannya(client, tanya_jawab):
    respons = client.post(
        reverse("sosialisasi:tanya", args=[tanya_jawab.pk]), {"pertanyaan": "TPP?"}
    )
    assert respons.status_code == 400
    assert "Pertanyaan terlalu pendek" in respons.content.decode()
    assert not PertanyaanPengunjung.objects.exists()


def test_pertanyaan_dijawab_tampil_tanpa_nama_dan_email(client, tanya_jawab):
    p = services.pertanyaan_ajukan(
        halaman=tanya_jawab,
        pertanyaan="Apakah rating bisa dikoreksi?",
        nama="Rahasia Nama",
        email="rahasia@contoh.go.id",
    )
    services.pertanyaan_jawab(pertanyaan=p, status="dijawab", jawaban="Bisa, lewat Admin.")
    html = client.get(tanya_jawab.url).content.decode()
    assert "Apakah rating bisa dikoreksi?" in html and "Bisa, lewat Admin." in html
    assert "Rahasia Nama" not in html and "rahasia@contoh.go.id" not in html


def test_menandai_dijawab_tanpa_jawaban_ditolak(tanya_jawab):
    p = services.pertanyaan_ajukan(halaman=tanya_jawab, pertanyaan="Apakah adil penilaiannya?")
    with pytest.raises(services.KesalahanSosialisasi, match="Tuliskan jawaban"):
        services.pertanyaan_jawab(pertanyaan=p, status="dijawab", jawaban="  ")
    p.refresh_from_db()
    assert p.status == "diajukan" and p.dijawab_pada is None


def test_pertanyaan_unggulan_untuk_beranda_menaut_ke_jawabannya(client, tanya_jawab):
    unggulan = selectors.tanya_unggulan()
    assert [t.pertanyaan for t in unggulan] == ["Apakah beban kerja bertambah?"]
    html = client.get(tanya_jawab.url).content.decode()
    assert f'id="{unggulan[0].url.split("#")[1]}"' in html
