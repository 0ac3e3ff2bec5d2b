from django.conf import settings
from django.contrib import admin
from django.urls import include
from django.urls import path

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("users/", include("myproject.users.urls", namespace="users")),
    path("accounts/", include("allauth.urls")),
]
