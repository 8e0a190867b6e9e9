from django.apps import apps as global_apps


def sinkronkan_peran_setelah_migrate(sender, **kwargs) -> None:
    """Keep the role groups' permissions in step with the role table after each migrate."""
    from .peran import sinkronkan_peran

    apps = kwargs.get("apps") or global_apps
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        ContentType = apps.get_model("contenttypes", "ContentType")
        Collection = apps.get_model("wagtailcore", "Collection")
        GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    except LookupError:  # a partial migration plan without auth or Wagtail
        return
    sinkronkan_peran(Group, Permission, ContentType, Collection, GroupCollectionPermission)


#: Session flag: whether to render Wagtail's user bar (see templates/base.html).
SESI_BISA_SUNTING = "bisa_sunting"


def tandai_bisa_sunting(sender, request, user, **kwargs) -> None:
    """Remember at login whether the user may use the Wagtail admin, so pages render the
    editor's user bar without two permission queries on every page view of every participant.
    (The user bar itself still checks permissions before it shows anything.)"""
    request.session[SESI_BISA_SUNTING] = user.has_perm("wagtailadmin.access_admin")
