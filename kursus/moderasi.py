"""The reviewer is told when an approval is done, on every path Wagtail offers.

The editor's action menu is covered by the ``after_edit_page``/``after_edit_snippet`` hooks
(kursus/wagtail_hooks.py). Approving from the dashboard's "Menunggu tinjauan Anda" panel goes
through Wagtail's ``workflow_action`` view in a modal, which has no hook and adds no message;
:class:`PesanPersetujuanMiddleware` adds the same message there once the task state shows the
approval by this reviewer, and the dashboard the modal returns to displays it."""

from django.contrib import messages
from django.utils.translation import gettext
from wagtail.models import TaskState


def pesan_disetujui(request, judul: str) -> None:
    messages.success(
        request,
        gettext("“%(judul)s” disetujui. Bila ini tahap moderasi terakhir, kini sudah terbit.")
        % {"judul": judul},
    )


def _judul(objek) -> str:
    judul = getattr(objek, "get_admin_display_title", None)
    return judul() if judul else str(objek)


class PesanPersetujuanMiddleware:
    """After a POST to a page's or snippet's ``workflow_action`` view with action "approve"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        cocok = getattr(request, "resolver_match", None)
        if (
            request.method == "POST"
            and cocok is not None
            and cocok.url_name == "workflow_action"
            and cocok.kwargs.get("action_name") == "approve"
            and response.status_code in (200, 302)
        ):
            state = (
                TaskState.objects.filter(
                    pk=cocok.kwargs.get("task_state_id"),
                    status=TaskState.STATUS_APPROVED,
                    finished_by=request.user,
                )
                .select_related("workflow_state")
                .first()
            )
            if state is not None:
                pesan_disetujui(request, _judul(state.workflow_state.content_object))
        return response
