import os

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
location = lambda x: os.path.join(PROJECT_ROOT, x)
prefixed = lambda prefix, *parts, root=PROJECT_ROOT: (prefix, os.path.join(root, *parts))
app_list = lambda *extra: ['django.contrib.staticfiles', 'shop'] + list(extra)

SECRET_KEY = 'fixture-only'
INSTALLED_APPS = app_list('blog')
STATICFILES_DIRS = [location('static'), prefixed('legacy', 'old', 'static')]
STATIC_ROOT = location('public/static')
STATIC_URL = '/assets/'
