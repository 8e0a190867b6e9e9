"""The password reset email is looked up and written by a background task, not the request.

Django's reset view looks the address up and renders the email inside the request, so a known
address answers measurably later than an unknown one. Here the request only validates the form
(throttle included) and enqueues :func:`kirim_tautan_reset` after commit; the page and the time
it takes are the same whether or not an account exists. The task then does what Django's form
does (``FormLupaSandi.save``: one link per matching login, through the outbox).
"""

from django_tasks import task

from .forms import FormLupaSandi

TEMPLAT = {
    "subject_template_name": "registration/password_reset_subject.txt",
    "email_template_name": "registration/password_reset_email.txt",
    "html_email_template_name": "registration/password_reset_email.html",
}


@task()
def kirim_tautan_reset(nilai: str, domain: str, use_https: bool) -> None:
    """Send a reset link to every active login matching ``nilai`` (an address or a NIP)."""
    form = FormLupaSandi(data={"email": nilai})
    form.cleaned_data = {"email": nilai}  # validated (and counted) by the request already
    form.save(domain_override=domain, use_https=use_https, **TEMPLAT)
