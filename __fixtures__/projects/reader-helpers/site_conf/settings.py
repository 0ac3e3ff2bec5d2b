import os
from pathlib import Path
from urllib.parse import urlparse

from site_conf import configuration
from site_conf.env_helpers import get_list_from_env

BASE = Path(__file__).resolve().parent.parent
location = lambda x: os.path.join(BASE, x)


def env_bool(name, default):
    value = os.environ.get(name)
    return default if value is None else value.lower() in ('1', 'true', 'yes')


SECRET_KEY = 'fixture-not-a-secret'
INSTALLED_APPS = ['django.contrib.staticfiles', 'catalog'] + get_list_from_env('EXTRA_APPS', ['reviews'])
if env_bool('WITH_PROMO', True):
    INSTALLED_APPS.append('promo')
STATIC_URL = urlparse(os.environ.get('CDN_URL', 'https://cdn.example.com/static/')).path
STATIC_ROOT = location('collected')
STATICFILES_DIRS = [location('assets'), ('brand', getattr(configuration, 'BRAND_DIR', location('brand')))]
if hasattr(configuration, 'EXTRA_DIR'):
    STATICFILES_DIRS.append(configuration.EXTRA_DIR)
