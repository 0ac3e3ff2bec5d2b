"""Settings for My Project: base, local (manage.py default) and production."""
