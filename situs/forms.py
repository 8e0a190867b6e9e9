from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from config.klien import alamat_klien

from .pembatas import RESET_PER_ALAMAT, RESET_PER_IP
from .surel import antre_surel


class FormMasuk(AuthenticationForm):
    """Django's login form with the wording ASN know from e-Kinerja (NIP as user name)."""

    username = forms.CharField(
        label=_("NIP atau nama pengguna"),
        max_length=150,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    password = forms.CharField(
        label=_("Kata sandi"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "NIP/nama pengguna atau kata sandi salah. Periksa kembali; huruf besar dan kecil "
            "dibedakan."
        ),
        "inactive": _("Akun ini tidak aktif. Hubungi admin kepegawaian."),
    }


class FormGantiSandi(PasswordChangeForm):
    """Django's password change form with consistent Indonesian labels."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Kata sandi lama")
        self.fields["new_password1"].label = _("Kata sandi baru")
        self.fields["new_password2"].label = _("Ulangi kata sandi baru")


class FormSetelSandi(SetPasswordForm):
    """Django's set-password form (its validators, Indonesian labels): activation and reset."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Kata sandi baru")
        self.fields["new_password2"].label = _("Ulangi kata sandi baru")


class FormAktivasi(forms.Form):
    """NIP and the one-time code from the activation letter."""

    nip = forms.CharField(
        label=_("NIP"),
        max_length=18,
        widget=forms.TextInput(attrs={"autocomplete": "username", "inputmode": "numeric"}),
    )
    kode = forms.CharField(
        label=_("Kode aktivasi"),
        max_length=32,
        help_text=_("Sepuluh huruf dan angka di surat aktivasi, misalnya ABCDE-23456."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}
        ),
    )

    def clean_nip(self):
        return "".join(self.cleaned_data["nip"].split())


class FormLupaSandi(PasswordResetForm):
    """Django's reset form, accepting the email address or the NIP, throttled per client
    address and per value typed, and sending through the outbox (``antre_surel``).

    Whatever is typed, the same page follows (no user enumeration): the form only refuses a
    value that is empty or too long, or a client over its limit, none of which depend on
    whether an account exists."""

    email = forms.CharField(
        label=_("Alamat surel atau NIP"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "email", "autofocus": True}),
    )

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_email(self):
        nilai = self.cleaned_data["email"].strip()
        ip = alamat_klien(self.request) if self.request is not None else ""
        if RESET_PER_IP.habis(ip) or RESET_PER_ALAMAT.habis(nilai):
            raise forms.ValidationError(
                _(
                    "Terlalu banyak permintaan atur ulang kata sandi. Tunggu satu jam, lalu "
                    "coba lagi."
                )
            )
        RESET_PER_IP.catat(ip)
        RESET_PER_ALAMAT.catat(nilai)
        return nilai

    def get_users(self, email):
        """Active logins whose email (on the login or on the employee record) or NIP is the
        value typed. A login still awaiting activation (no usable password) is included: the
        reset link activates it. The address used is the one that matched (put on the
        in-memory user for ``save``, never saved)."""
        User = get_user_model()
        aktif = User._default_manager.filter(is_active=True)
        if "@" in email:
            for user in aktif.filter(email__iexact=email):
                yield user
            for user in aktif.filter(pegawai__email__iexact=email).exclude(email__iexact=email):
                user.email = user.pegawai.email
                yield user
            return
        for user in aktif.filter(Q(username=email) | Q(pegawai__nip=email)).select_related(
            "pegawai"
        ):
            pegawai = getattr(user, "pegawai", None)
            user.email = user.email or (pegawai.email if pegawai else "")
            if user.email:
                yield user

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        antre_surel(
            kepada=to_email,
            subjek=render_to_string(subject_template_name, context),
            teks=render_to_string(email_template_name, context),
            html=render_to_string(html_email_template_name, context)
            if html_email_template_name
            else "",
            jenis="reset_sandi",
        )
