from django.apps import AppConfig

import widgets


class WidgetsConfig(AppConfig):
    name = widgets.__name__
    label = 'widgets_' + widgets.VERSION.replace('.', '_')
