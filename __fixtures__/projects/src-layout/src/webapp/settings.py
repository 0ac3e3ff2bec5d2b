"""Settings for the webapp project (src layout, installed with `pip install -e .`)."""

from pathlib import Path

from decouple import Csv, config

# src/webapp/settings.py → the repository root
BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = config("SECRET_KEY", default="src-layout-fixture-not-a-secret")
DEBUG = config("DEBUG", default=False, cast=bool)
ALLOWED_HOSTS = config("ALLOWED_HOSTS", default="localhost", cast=Csv())

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "shop",
    "blog.apps.BlogConfig",
]

ROOT_URLCONF = "webapp.urls"

STATIC_URL = config("STATIC_URL", default="/assets/")
STATIC_ROOT = config("STATIC_ROOT", default=str(BASE_DIR / "public" / "assets"))
STATICFILES_DIRS = [BASE_DIR / "frontend" / "dist"]

if config("HASH_STATIC", default=True, cast=bool):
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
