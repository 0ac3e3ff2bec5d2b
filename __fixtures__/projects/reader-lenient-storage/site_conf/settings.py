from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = 'fixture-not-a-secret'
INSTALLED_APPS = ['django.contrib.staticfiles']
STATIC_URL = '/static/'
STATIC_ROOT = BASE_DIR / 'collected'
STATICFILES_DIRS = [BASE_DIR / 'assets']
STORAGES = {
    'default': {'BACKEND': 'django.core.files.storage.FileSystemStorage'},
    'staticfiles': {'BACKEND': 'site_conf.storage.LenientManifestStaticFilesStorage'},
}
