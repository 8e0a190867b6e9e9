"""The throttles of the account pages (the counter itself: ``penilaian.pembatas``)."""

from penilaian.pembatas import Pembatas

#: Failed activation attempts: per client address and per NIP typed (existing or not).
AKTIVASI_PER_IP = Pembatas("aktivasi-ip", batas=20, jendela=15 * 60)
AKTIVASI_PER_NIP = Pembatas("aktivasi-nip", batas=5, jendela=15 * 60)
#: Password reset requests: per client address and per address or NIP typed.
RESET_PER_IP = Pembatas("reset-ip", batas=10, jendela=60 * 60)
RESET_PER_ALAMAT = Pembatas("reset-alamat", batas=3, jendela=60 * 60)
