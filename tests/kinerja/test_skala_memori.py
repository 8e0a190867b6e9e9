"""The memory check of ``make bench-skala``: growth during warm-up is not counted, memory that
keeps growing batch after batch fails it (samples are (tasks finished, largest worker's RSS))."""

from bench import skala


def _periksa(sampel, tugas=41):
    return skala.periksa_memori(sampel, tugas=tugas, worker=2, detik=20.0)


def test_naik_selama_pemanasan_lalu_datar_lulus():
    # Imports and the first batches: 7 → 146 MB; afterwards ±2 MB inside and between batches.
    pemanasan = [(0, 7.1), (0, 90.0), (1, 130.0), (2, 140.2), (3, 145.6)]
    datar = [(n, 146.0 + (n % 3)) for n in range(4, 42)]
    baris, gagal = _periksa(pemanasan + datar)
    assert gagal is None
    assert "setelah pemanasan (tugas ke-5–8 dari 41 berjalan) 148.0" in baris
    assert "akhir (4 tugas terakhir) 148.0: naik 0.0 MB" in baris


def test_memori_yang_terus_bertambah_setiap_batch_gagal():
    # 0.5 MB kept per finished task (about 1 MB per batch of each worker) after warm-up.
    sampel = [(0, 90.0), (2, 140.0)] + [(n, 146.0 + 0.5 * n) for n in range(4, 42)]
    baris, gagal = _periksa(sampel)
    assert gagal == "memori naik 17.0 MB setelah pemanasan"
    assert "149.5, akhir (4 tugas terakhir) 166.5: naik 17.0 MB (batas 10 MB)" in baris


def test_sampel_jarang_memakai_sampel_pertama_setelah_pemanasan():
    sampel = [(0, 90.0), (3, 146.0), (9, 146.5), (20, 147.0), (38, 147.5), (41, 147.0)]
    baris, gagal = _periksa(sampel)
    assert gagal is None
    assert "berjalan) 146.5, akhir (4 tugas terakhir) 147.5: naik 1.0 MB" in baris


def test_terlalu_sedikit_tugas_tidak_dinilai():
    baris, gagal = _periksa([(0, 90.0), (1, 120.0), (4, 130.0)], tugas=4)
    assert gagal is None
    assert "terlalu sedikit tugas (4)" in baris
