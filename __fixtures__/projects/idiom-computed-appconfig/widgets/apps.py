from django.apps import AppConfig


class WidgetsConfig(AppConfig):
    name = __name__.rpartition('.')[0]
