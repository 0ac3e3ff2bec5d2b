# Site configuration the operator edits; settings.py reads it with getattr().
BASE_PATH = 'portal/'
PLUGINS = ['reports']
