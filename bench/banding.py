"""Bandingkan ``manage.py nilai`` dari dua pohon kode, berselang-seling dengan pembanding.

    .venv/bin/python bench/banding.py POHON_LAMA [--jumlah 20000] [--putaran 5] [--langkah]

POHON_LAMA adalah salinan kode versi lain, mis. ``git worktree add /tmp/lama <commit>`` (atau
``git archive <commit> | tar -x -C /tmp/lama``). Kedua pohon memakai lingkungan ``.venv`` ini
dan dikompilasi ke bytecode lebih dulu, seperti ``make bench-mesin``. Untuk tiap putaran
dijalankan pembanding (``bench/lugas.py``), pohon lama, dan pohon ini, masing-masing proses
tersendiri atas berkas yang sama; dicetak waktu CPU tercepat tiap perintah dan rasionya terhadap
pembanding, lalu diperiksa bahwa keluaran kedua pohon sama byte demi byte.

Waktu CPU mesin bersama berubah sampai puluhan persen antarjalannya; perubahan kecil dinilai
dengan perintah ini (lama dan baru dalam beban yang sama), bukan dengan membandingkan dua jalannya
``make bench-mesin``.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))

from bench.mesin import jalankan, perintah_lugas, perintah_nilai, tulis_berkas  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lama", type=Path, help="pohon kode pembanding (mis. git worktree)")
    parser.add_argument("--jumlah", type=int, default=20_000)
    parser.add_argument("--putaran", type=int, default=5)
    parser.add_argument("--langkah", action="store_true", help="dengan langkah (bawaan: tanpa)")
    args = parser.parse_args()
    lama = args.lama.resolve()
    if not (lama / "manage.py").is_file():
        raise SystemExit(f"{lama}: bukan pohon kode (manage.py tidak ada)")
    for pohon in (lama, AKAR):
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "manage.py", "penilaian"],
            cwd=pohon,
            check=True,
        )
    with tempfile.TemporaryDirectory() as folder:
        path = tulis_berkas(args.jumlah, folder)
        perintah = {
            "pembanding": perintah_lugas(path),
            "lama": perintah_nilai(path, args.langkah, lama),
            "ini": perintah_nilai(path, args.langkah),
        }
        terbaik: dict[str, float] = {}
        for _ in range(args.putaran):
            for nama, p in perintah.items():
                cpu = jalankan(p, args.jumlah, folder).cpu
                terbaik[nama] = min(terbaik.get(nama, cpu), cpu)
                if nama != "pembanding":
                    os.replace(os.path.join(folder, "hasil.json"), os.path.join(folder, nama))
        sama = filecmp.cmp(os.path.join(folder, "lama"), os.path.join(folder, "ini"), False)
    print(f"{args.jumlah:,} dokumen, {'dengan' if args.langkah else 'tanpa'} langkah, "
          f"terbaik dari {args.putaran} putaran berselang-seling (detik CPU)")  # fmt: skip
    for nama, detik in terbaik.items():
        rasio = terbaik["pembanding"] / detik
        print(f"  {nama:10} {detik:7.3f}  rasio pembanding/{nama} {rasio:5.2f}")
    print(f"  ini/lama {terbaik['ini'] / terbaik['lama']:.3f}; keluaran sama: {sama}")
    print(f"beban rata-rata mesin: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if not sama:
        raise SystemExit("keluaran kedua pohon berbeda")


if __name__ == "__main__":
    main()
