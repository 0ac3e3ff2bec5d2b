from django.apps import AppConfig

import chartkit as package


class ChartkitConfig(AppConfig):
    name = package.__name__
    verbose_name = 'Charts'
