# A FileSystemFinder subclass that adds the theme folder under a prefix.
from pathlib import Path

from django.contrib.staticfiles.finders import FileSystemFinder


class ThemeFinder(FileSystemFinder):
    def __init__(self, app_names=None, *args, **kwargs):
        from django.conf import settings
        saved = settings.STATICFILES_DIRS
        settings.STATICFILES_DIRS = [('theme', str(Path(__file__).resolve().parent.parent / 'theme'))]
        try:
            super().__init__(app_names, *args, **kwargs)
        finally:
            settings.STATICFILES_DIRS = saved
