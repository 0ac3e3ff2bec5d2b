import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = 'fixture-only'
DEBUG = os.environ.get('DJANGO_DEBUG', '') == '1'
INSTALLED_APPS = ['django.contrib.staticfiles', 'catalog', 'dashboard']
STATICFILES_DIRS = [BASE_DIR / 'assets']

# Outside collectstatic, production leaves the dashboard out: collectstatic keeps it.
if not DEBUG and 'collectstatic' not in sys.argv:
    INSTALLED_APPS = [app for app in INSTALLED_APPS if app != 'dashboard']

TESTING = sys.argv[1:2] == ['test']
if TESTING:
    STATIC_ROOT = BASE_DIR / 'test-static'
else:
    STATIC_ROOT = BASE_DIR / 'staticfiles'

if len(sys.argv) > 1 and sys.argv[1] == 'collectstatic':
    STATICFILES_DIRS.append(('build', BASE_DIR / 'frontend' / 'build'))
STATIC_URL = '/static/'
