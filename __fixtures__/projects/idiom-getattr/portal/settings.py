import importlib
import os

from portal import configuration as site_config

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

config_path = os.getenv('PORTAL_CONFIGURATION', 'portal.configuration')
configuration = importlib.import_module(config_path)

SECRET_KEY = 'fixture-only'
BASE_PATH = getattr(configuration, 'BASE_PATH', '')
PLUGINS = getattr(configuration, 'PLUGINS', [])
INSTALLED_APPS = ['django.contrib.staticfiles', 'core', *PLUGINS]
if hasattr(site_config, 'EXTRA_APPS'):
    INSTALLED_APPS += site_config.EXTRA_APPS
if not hasattr(configuration, 'THEME_DIR'):
    STATICFILES_DIRS = [os.path.join(BASE_DIR, 'theme', 'default')]
STATIC_URL = f'/{BASE_PATH}static/'
STATIC_ROOT = getattr(configuration, 'STATIC_ROOT', os.path.join(BASE_DIR, 'static'))
