// Countdown for a timed quiz. The server enforces the limit; this only shows it and, at zero,
// reloads the page so the server submits what was answered.
(function () {
    const el = document.querySelector("[data-sisa-detik]");
    if (!el) return;
    const tampil = el.querySelector("[data-tampilan-waktu]");
    const akhir = Date.now() + Number(el.dataset.sisaDetik) * 1000;
    function tick() {
        const sisa = Math.max(0, Math.round((akhir - Date.now()) / 1000));
        const m = Math.floor(sisa / 60);
        const d = String(sisa % 60).padStart(2, "0");
        tampil.textContent = m + ":" + d;
        if (sisa === 0) {
            window.location.reload();
            return;
        }
        window.setTimeout(tick, 1000);
    }
    tick();
})();
