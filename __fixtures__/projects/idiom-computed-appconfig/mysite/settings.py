SECRET_KEY = 'fixture-only'
INSTALLED_APPS = ['django.contrib.staticfiles', 'chartkit', 'widgets', 'mapkit']
STATIC_URL = '/static/'
STATIC_ROOT = 'collected'
