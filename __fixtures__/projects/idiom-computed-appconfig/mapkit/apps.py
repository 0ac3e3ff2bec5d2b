import sys

from django.apps import AppConfig


class MapkitConfig(AppConfig):
    name = sys.modules[__package__].__name__
