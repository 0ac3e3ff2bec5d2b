from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = 'fixture-not-a-secret'
INSTALLED_APPS = ['django.contrib.staticfiles', 'widgets']
STATIC_URL = '/static/'
STATIC_ROOT = BASE_DIR / 'collected'
