import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

SANDI = "sandi-uji-123"


class PenggunaFactory(factory.django.DjangoModelFactory):
    """A user; ``peran=("Pegawai", …)`` puts it in those role groups (created by migration)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"pengguna{n}")
    first_name = factory.Faker("first_name", locale="id_ID")
    last_name = factory.Faker("last_name", locale="id_ID")
    email = factory.LazyAttribute(lambda o: f"{o.username}@contoh.go.id")
    password = factory.django.Password(SANDI)

    @factory.post_generation
    def peran(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(Group.objects.filter(name__in=extracted))
