// Question editor (Wagtail snippet "soal"): show only the answer-key parts of the chosen
// question type. Parts carry data-untuk-jenis="<type> <type>…"; with no type chosen, all show.
// Hidden parts keep their values (the server reads only the chosen type's key).
(function () {
    const pilih = document.querySelector('select[name="jenis"]');
    const bagian = document.querySelectorAll("[data-untuk-jenis]");
    if (!pilih || bagian.length === 0) return;
    function terapkan() {
        const jenis = pilih.value;
        bagian.forEach(function (el) {
            const tampil = !jenis || el.dataset.untukJenis.split(" ").includes(jenis);
            el.style.display = tampil ? "" : "none";
        });
    }
    pilih.addEventListener("change", terapkan);
    terapkan();
})();
