import os
from pathlib import Path

from .env_helpers import env_list, env_path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.lower() in ('1', 'true', 'yes', 'on')


def under(base):
    def join(*parts):
        return os.path.join(base, *parts)
    return join


def installed(*names, **extra):
    result = ['django.contrib.staticfiles']
    result.extend(names)
    if extra.get('with_reports', False):
        result.append('reports')
    return result


project_path = under(str(BASE_DIR))

SECRET_KEY = 'fixture-only'
DEBUG = env_bool('DJANGO_DEBUG')
ALLOWED_HOSTS = ['*']
INSTALLED_APPS = installed('catalog', *env_list('EXTRA_APPS', ['blog']), with_reports=not DEBUG)
STATICFILES_DIRS = [project_path('assets'), ('vendor', project_path('third_party', 'dist'))]
STATIC_URL = os.environ.get('STATIC_URL', '/static/')
STATIC_ROOT = env_path('STATIC_ROOT', BASE_DIR / 'collected')
