/* Simulator: live indicator check and live what-if. Progressive enhancement only: every form
   here also works as a plain HTML form without this script. */
(function () {
    "use strict";

    function tunda(fungsi, ms) {
        var pewaktu;
        return function () {
            var args = arguments;
            clearTimeout(pewaktu);
            pewaktu = setTimeout(function () { fungsi.apply(null, args); }, ms);
        };
    }

    function nilaiAkhiran(wadah, akhiran) {
        var el = wadah.querySelector("[name$='-" + akhiran + "']");
        return el ? el.value : "";
    }

    function angkaId(n) {
        if (n === null || n === undefined) { return "—"; }
        return Number(n).toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }

    var RATING = {
        di_atas_ekspektasi: "Di atas ekspektasi",
        sesuai_ekspektasi: "Sesuai ekspektasi",
        di_bawah_ekspektasi: "Di bawah ekspektasi"
    };

    function pasangPemeriksa(form) {
        var url = form.getAttribute("data-periksa-url");
        var rhkAtasan = form.getAttribute("data-rhk-atasan") || "";
        form.querySelectorAll("[data-iki]").forEach(function (wadah) {
            // Each IKI is checked against the RHK of its own block (RHK 1, 2 or 3).
            var blok = wadah.closest("[data-rhk-blok]") || form;
            var rhk = blok.querySelector("textarea[name='rhk'], textarea[name^='rhk_']");
            var tujuan = wadah.querySelector("[data-temuan]");
            var urutan = 0;
            var pilihPolaritas = wadah.querySelector("select[name$='-polaritas']");
            // A polarity the person picked is theirs; only a blank or prefilled one follows
            // the checker's suggestion. Setting .value from a script fires no event, so every
            // change event is the person's choice (mouse, keyboard, assistive technology, or
            // an automation tool, whose events are not "trusted").
            if (pilihPolaritas) {
                pilihPolaritas.addEventListener("change", function () {
                    pilihPolaritas.setAttribute("data-dipilih", "");
                });
            }
            function terapkanUsulan() {
                var usulan = tujuan.querySelector("[data-polaritas-usulan]");
                if (usulan && pilihPolaritas && !pilihPolaritas.hasAttribute("data-dipilih")) {
                    pilihPolaritas.value = usulan.getAttribute("data-polaritas-usulan");
                }
                var tombol = tujuan.querySelector("[data-pakai-rumusan]");
                if (tombol) {
                    tombol.hidden = false;
                    tombol.addEventListener("click", function () {
                        ["teks", "satuan", "polaritas", "aspek"].forEach(function (k) {
                            var el = wadah.querySelector("[name$='-" + k + "']");
                            var nilai = tombol.getAttribute("data-" + k);
                            if (el && nilai) { el.value = nilai; }
                        });
                        if (pilihPolaritas) { pilihPolaritas.setAttribute("data-dipilih", ""); }
                        wadah.querySelector("[name$='-teks']").dispatchEvent(new Event("input", { bubbles: true }));
                    });
                }
            }
            terapkanUsulan();
            var periksa = tunda(function () {
                var params = new URLSearchParams();
                ["teks", "target", "satuan", "aspek", "polaritas"].forEach(function (k) {
                    params.set("iki-" + k, nilaiAkhiran(wadah, k));
                });
                params.set("rhk", rhk ? rhk.value : "");
                params.set("rhk_atasan", rhkAtasan);
                var nomor = ++urutan;
                fetch(url + "?" + params.toString(), { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
                    .then(function (r) { return r.ok ? r.text() : ""; })
                    .then(function (html) {
                        if (nomor === urutan) { tujuan.innerHTML = html; terapkanUsulan(); }
                    })
                    .catch(function () { /* offline: the server checks again on submit */ });
            }, 250);
            wadah.addEventListener("input", periksa);
            wadah.addEventListener("change", periksa);
        });
    }

    function pasangAndaikan(form) {
        var tujuan = form.querySelector("[data-andaikan-hasil]");
        var urutan = 0;
        var hitung = tunda(function () {
            var nomor = ++urutan;
            fetch(form.action, {
                method: "POST",
                body: new FormData(form),
                headers: { "Accept": "application/json", "X-Requested-With": "fetch" },
                credentials: "same-origin"
            })
                .then(function (r) { return r.json(); })
                .then(function (data) {
                    if (nomor !== urutan) { return; }
                    tujuan.textContent = "";
                    if (data.masalah && data.masalah.length) {
                        data.masalah.forEach(function (m) {
                            var p = document.createElement("p");
                            p.className = "isian__galat";
                            p.textContent = m;
                            tujuan.appendChild(p);
                        });
                    }
                    if (data.permen) {
                        var p = document.createElement("p");
                        // Kualitatif: no capaian, the rating is the appraiser's.
                        var capaian = data.permen.capaian_hasil_kerja === null ? "" :
                            "capaian hasil kerja " + angkaId(data.permen.capaian_hasil_kerja) + " % → ";
                        p.append("Andaian: " + capaian +
                            (RATING[data.permen.rating_hasil_kerja] || data.permen.rating_hasil_kerja) + " → predikat ");
                        var kuat = document.createElement("strong");
                        kuat.setAttribute("data-andaikan-predikat", "");
                        kuat.textContent = data.permen.predikat;
                        p.appendChild(kuat);
                        tujuan.appendChild(p);
                    }
                    if (data.pp46) {
                        var q = document.createElement("p");
                        q.textContent = "PP 46/2011: nilai SKP " + angkaId(data.pp46.nilai_skp) + " → " + data.pp46.kategori_skp;
                        tujuan.appendChild(q);
                    }
                })
                .catch(function () { /* keep the last figures */ });
        }, 250);
        form.querySelectorAll("[data-andaikan-isian]").forEach(function (isian) {
            isian.addEventListener("input", hitung);
        });
    }

    document.querySelectorAll("form[data-periksa-url]").forEach(pasangPemeriksa);
    document.querySelectorAll("form[data-andaikan]").forEach(pasangAndaikan);
}());
