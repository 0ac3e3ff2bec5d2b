import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = 'fixture-not-a-secret'
DEBUG = os.environ.get('DEBUG_FIXTURE') == '1'
INSTALLED_APPS = ['django.contrib.staticfiles', 'blog']
# Seen in a real project: the live-reload app only outside collectstatic, the docs app only for it.
if not DEBUG and 'collectstatic' not in sys.argv:
    INSTALLED_APPS.append('livereload_stub')
if 'collectstatic' in sys.argv:
    INSTALLED_APPS.append('docs')
STATIC_URL = 'static/'
STATIC_ROOT = BASE_DIR / 'collected'
