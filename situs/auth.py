from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend


class AxesTanpaRequestBackend(AxesStandaloneBackend):
    """Test-only: lets Django's test ``Client.login()`` (which passes no request) through.

    Every real login goes through a view with a request, where django-axes still throttles.
    ``force_login`` stores the first backend's path, so this one can also load users.
    """

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id):
        return ModelBackend().get_user(user_id)
