import os
import urllib.parse
from urllib.parse import urlparse

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CDN_URL = os.environ.get('CDN_URL', 'https://CDN.example.com:8443/site/static/')
_cdn = urlparse(CDN_URL)

SECRET_KEY = 'fixture-only'
INSTALLED_APPS = ['django.contrib.staticfiles', 'catalog']
STATIC_URL = _cdn.path
AWS_S3_CUSTOM_DOMAIN = _cdn.hostname
AWS_LOCATION = urllib.parse.urlsplit(CDN_URL).path.strip('/')
if _cdn.port and _cdn.scheme == 'https':
    STATICFILES_DIRS = [os.path.join(BASE_DIR, 'cdn_assets')]
STATIC_ROOT = os.path.join(BASE_DIR, 'collected', urllib.parse.unquote('site%20files'))
