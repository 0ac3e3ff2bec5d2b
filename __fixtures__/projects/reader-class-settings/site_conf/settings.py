# Class-based settings: the module's globals are written by a classmethod (django-configurations style).
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


class Base:
    SECRET_KEY = 'fixture-not-a-secret'
    INSTALLED_APPS = ['django.contrib.staticfiles', 'shop']
    STATIC_URL = '/static/'
    STATICFILES_FINDERS = [
        'django.contrib.staticfiles.finders.FileSystemFinder',
        'django.contrib.staticfiles.finders.AppDirectoriesFinder',
        'site_conf.finders.ThemeFinder',
    ]

    @classmethod
    def install(cls):
        module = globals()
        for name in dir(cls):
            if name.isupper():
                module[name] = getattr(cls, name)


class Production(Base):
    STATIC_ROOT = str(BASE_DIR / 'collected')
    STATICFILES_DIRS = [BASE_DIR / 'assets']


Production.install()
