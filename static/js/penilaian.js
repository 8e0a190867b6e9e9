/* Live SKP: the indicator checker while an RHK or an IKI is typed (POST /api/periksa-indikator).
   Progressive enhancement only: the server checks again on save. Text from the checker is
   inserted with textContent, never as HTML. */
(function () {
    "use strict";

    function tunda(fungsi, ms) {
        var pewaktu;
        return function () {
            clearTimeout(pewaktu);
            pewaktu = setTimeout(fungsi, ms);
        };
    }

    function el(tag, kelas, teks) {
        var e = document.createElement(tag);
        if (kelas) { e.className = kelas; }
        if (teks) { e.textContent = teks; }
        return e;
    }

    function nilai(form, nama) {
        var isian = form.querySelector("[name='" + nama + "']");
        return isian ? isian.value.trim() : "";
    }

    function tampilkan(tujuan, hasil, form, pilihPolaritas) {
        tujuan.textContent = "";
        if (!hasil || !hasil.kriteria) { return; }
        var kotak = el("div", "temuan " + (hasil.layak ? "temuan--saran" : "temuan--blokir"));
        kotak.appendChild(el("p", "temuan__judul",
            (hasil.layak ? "Lolos pemeriksa" : "Pemeriksa: belum terukur") + " · skor " + hasil.skor + "/100"));
        if (hasil.polaritas_usulan) {
            kotak.appendChild(el("p", "", "Polaritas usulan: " + hasil.polaritas_usulan + ". " + hasil.alasan_polaritas));
            if (pilihPolaritas && !pilihPolaritas.hasAttribute("data-dipilih")) {
                pilihPolaritas.value = hasil.polaritas_usulan;
            }
        }
        var daftar = el("ul");
        hasil.temuan.forEach(function (t) {
            var butir = el("li");
            butir.setAttribute("data-kode", t.kode);
            butir.appendChild(el("strong", "", t.pesan));
            butir.appendChild(document.createTextNode(" " + t.saran));
            daftar.appendChild(butir);
        });
        if (hasil.temuan.length) { kotak.appendChild(daftar); }
        if (hasil.rumusan_usulan) {
            kotak.appendChild(el("p", "", "Rumusan usulan: “" + hasil.rumusan_usulan.teks + "”"));
            var tombol = el("button", "tombol tombol--kecil", "Pakai rumusan ini");
            tombol.type = "button";
            tombol.addEventListener("click", function () {
                var r = hasil.rumusan_usulan;
                form.querySelector("[name='teks']").value = r.teks;
                [["satuan", r.satuan], ["polaritas", r.polaritas], ["aspek", r.aspek]].forEach(function (p) {
                    var isian = form.querySelector("[name='" + p[0] + "']");
                    if (isian && p[1]) { isian.value = p[1]; }
                });
                if (pilihPolaritas) { pilihPolaritas.setAttribute("data-dipilih", ""); }
                form.querySelector("[name='teks']").dispatchEvent(new Event("input", { bubbles: true }));
            });
            kotak.appendChild(tombol);
        }
        tujuan.appendChild(kotak);
    }

    function pasang(form) {
        var url = form.getAttribute("data-periksa-api");
        var jenis = form.getAttribute("data-periksa-jenis");
        var tujuan = form.querySelector("[data-periksa-langsung]");
        var pilihPolaritas = form.querySelector("select[name='polaritas']");
        if (pilihPolaritas) {
            if (pilihPolaritas.value) { pilihPolaritas.setAttribute("data-dipilih", ""); }
            // Setting .value from a script fires no event: every change event is the person's
            // own choice (by mouse, keyboard, assistive technology or an automation tool).
            pilihPolaritas.addEventListener("change", function () {
                pilihPolaritas.setAttribute("data-dipilih", "");
            });
        }
        var urutan = 0;
        var periksa = tunda(function () {
            var teks = nilai(form, "teks");
            if (!teks) { tujuan.textContent = ""; return; }
            var item = jenis === "rhk" ? { rhk: teks } : {
                teks: teks,
                target: nilai(form, "target_min") && nilai(form, "target_maks")
                    ? { min: nilai(form, "target_min"), maks: nilai(form, "target_maks") }
                    : nilai(form, "target"),
                satuan: nilai(form, "satuan"),
                aspek: nilai(form, "aspek") || undefined,
                polaritas: (pilihPolaritas && pilihPolaritas.hasAttribute("data-dipilih") && pilihPolaritas.value) || undefined
            };
            var nomor = ++urutan;
            fetch(url, {
                method: "POST",
                body: JSON.stringify(item),
                headers: { "Content-Type": "application/json", "X-CSRFToken": nilai(form, "csrfmiddlewaretoken") },
                credentials: "same-origin"
            })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (hasil) { if (nomor === urutan) { tampilkan(tujuan, hasil, form, pilihPolaritas); } })
                .catch(function () { /* offline: the server checks again on save */ });
        }, 300);
        form.addEventListener("input", periksa);
        form.addEventListener("change", periksa);
        if (nilai(form, "teks")) { periksa(); }
    }

    document.querySelectorAll("form[data-periksa-api]").forEach(pasang);
}());
