from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80, blank=True)
    newsletter = models.BooleanField(default=False)

    def __str__(self):
        return self.display_name or self.user.get_username()
