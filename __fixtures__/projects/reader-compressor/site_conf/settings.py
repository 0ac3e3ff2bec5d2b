from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = 'fixture-not-a-secret'
INSTALLED_APPS = ['django.contrib.staticfiles', 'compressor', 'front']
STATIC_URL = '/static/'
STATIC_ROOT = BASE_DIR / 'collected'
STATICFILES_FINDERS = [
    'django.contrib.staticfiles.finders.FileSystemFinder',
    'django.contrib.staticfiles.finders.AppDirectoriesFinder',
    'compressor.finders.CompressorFinder',
]
COMPRESS_ENABLED = True
