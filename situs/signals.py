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
