import os
import sys

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Base:
    SECRET_KEY = 'fixture-only'
    INSTALLED_APPS = ['django.contrib.staticfiles', 'catalog']
    STATIC_URL = '/static/'
    STATICFILES_DIRS = [os.path.join(BASE_DIR, 'assets')]

    @classmethod
    def setup(cls):
        module = sys.modules[__name__]
        for name in dir(cls):
            if name.isupper():
                setattr(module, name, getattr(cls, name))


class Prod(Base):
    INSTALLED_APPS = Base.INSTALLED_APPS + ['shop']
    STATIC_ROOT = os.path.join(BASE_DIR, 'collected')


Prod.setup()
