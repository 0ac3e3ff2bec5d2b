// The helper the project's own Python runs to read the settings as Django does. Embedded as a
// string so dist/index.js carries it (no extra file to copy, `git diff dist` stays reproducible).
// It prints one JSON object on its last stdout line; see python-reader.ts for the shape.
export const READER_SCRIPT = String.raw`
import json, os, sys, traceback

request = json.loads(sys.argv[1])
root = request['projectDir']
sys.argv = [os.path.join(root, 'manage.py'), 'collectstatic', '--noinput']
sys.path[:] = [root] + [p for p in sys.path if p not in ('', root)]
for entry in reversed(request.get('extraPath') or []):
    if entry not in sys.path:
        sys.path.insert(1, entry)
os.environ['DJANGO_SETTINGS_MODULE'] = request['module']
os.chdir(root)

NAMES = ['INSTALLED_APPS', 'STATICFILES_DIRS', 'STATIC_URL', 'STATIC_ROOT', 'STATICFILES_FINDERS', 'STORAGES',
         'STATICFILES_STORAGE', 'FORCE_SCRIPT_NAME']
AWS = ['AWS_STORAGE_BUCKET_NAME', 'AWS_LOCATION', 'AWS_S3_OBJECT_PARAMETERS', 'AWS_S3_FILE_OVERWRITE', 'AWS_DEFAULT_ACL',
       'AWS_IS_GZIPPED', 'AWS_GZIP_CONTENT_TYPES', 'AWS_S3_ENDPOINT_URL', 'AWS_S3_REGION_NAME', 'AWS_S3_CUSTOM_DOMAIN',
       'AWS_S3_URL_PROTOCOL', 'AWS_S3_ADDRESSING_STYLE', 'AWS_QUERYSTRING_AUTH']
DJANGO_FINDERS = ['django.contrib.staticfiles.finders.FileSystemFinder', 'django.contrib.staticfiles.finders.AppDirectoriesFinder']
SWITCHES = ['manifest_name', 'manifest_strict', 'max_post_process_passes', 'keep_intermediate_files',
            'support_js_module_import_aggregation', 'location', 'base_url', 'bucket_name', 'gzip', 'gzip_content_types',
            'object_parameters', 'file_overwrite', 'default_acl', 'custom_domain', 'endpoint_url', 'region_name',
            'url_protocol', 'addressing_style', 'querystring_auth']
HASHING = ['file_hash', 'hashed_name', '_stored_name', 'stored_name', 'url_converter', 'post_process', '_post_process',
           'clean_name', 'hash_key', '_url', 'url', 'read_manifest', 'load_manifest', 'save_manifest', 'manifest_name']
KNOWN = ('django.', 'storages.', 'whitenoise.')


def plain(value, depth=0):
    if depth > 20:
        return None
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, (list, tuple)):
        return [plain(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item, depth + 1) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return [plain(item, depth + 1) for item in sorted(value, key=repr)]
    return {'__repr__': repr(value)}


def failure(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [frame for frame in frames if frame.filename.startswith(root)] or frames
    frame = inside[-1] if inside else None
    line = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return {'error': line, 'file': frame.filename if frame else None, 'line': frame.lineno if frame else None}


def where(obj):
    return getattr(obj, '__module__', '') + '.' + getattr(obj, '__qualname__', getattr(obj, '__name__', ''))


def read_settings(out):
    try:
        import django
        from django.conf import settings
        out['djangoVersion'] = list(django.VERSION)
        out['djangoPath'] = os.path.dirname(django.__file__)
    except Exception:
        django = None
        settings = None
    if settings is not None:
        settings._setup()
        holder = settings
        out['settingsFile'] = getattr(sys.modules.get(request['module']), '__file__', None)
        explicit = settings._wrapped._explicit_settings
    else:
        import importlib
        holder = importlib.import_module(request['module'])
        out['settingsFile'] = getattr(holder, '__file__', None)
        explicit = set(name for name in dir(holder) if name.isupper())
    values = {}
    for name in NAMES + AWS:
        if hasattr(holder, name):
            values[name] = plain(getattr(holder, name))
    out['settings'] = values
    out['explicit'] = sorted(name for name in NAMES + AWS if name in explicit)
    return django is not None


def read_apps(out, entries=None, key='apps'):
    from django.apps.config import AppConfig
    apps, errors = [], []
    for entry in (out['settings'].get('INSTALLED_APPS') or []) if entries is None else entries:
        try:
            config = AppConfig.create(entry)
            apps.append({'entry': entry, 'label': config.label, 'name': config.name, 'path': config.path,
                         'config': where(type(config))})
            if config.name == 'django.contrib.staticfiles':
                out['ignorePatterns'] = list(getattr(config, 'ignore_patterns', []))
        except Exception as exc:
            errors.append(dict(failure(exc), entry=entry, missing=isinstance(exc, ImportError)))
    out[key] = apps
    out[key[:-1] + 'Errors'] = errors


def read_storage(out):
    from django.utils.module_loading import import_string
    s = out['settings']
    backend = ((s.get('STORAGES') or {}).get('staticfiles') or {}).get('BACKEND') or s.get('STATICFILES_STORAGE')
    if not backend:
        return
    info = {'backend': backend}
    out['storage'] = info
    try:
        cls = import_string(backend)
    except Exception as exc:
        info.update(failure(exc))
        return
    info['mro'] = [where(klass) for klass in cls.__mro__]
    overrides = []
    for name in HASHING:
        for klass in cls.__mro__:
            if name in vars(klass):
                if not klass.__module__.startswith(KNOWN) and callable(vars(klass)[name]):
                    overrides.append({'method': name, 'class': where(klass)})
                break
    info['overrides'] = overrides
    try:
        from django.core.files.storage import storages
        instance = storages['staticfiles']
    except Exception as exc:
        try:
            from django.contrib.staticfiles.storage import staticfiles_storage
            staticfiles_storage._setup()
            instance = staticfiles_storage._wrapped
        except Exception:
            info['instanceError'] = failure(exc)['error']
            instance = cls
    attributes = {}
    for name in SWITCHES:
        try:
            value = getattr(instance, name)
        except Exception:
            continue
        if not callable(value):
            attributes[name] = plain(value)
    info['attributes'] = attributes


def read_finders(out, patterns):
    finders = out['settings'].get('STATICFILES_FINDERS') or []
    others = [name for name in finders if name not in DJANGO_FINDERS]
    if not others:
        return
    listed = {}
    out['finderFiles'] = listed
    try:
        import django
        django.setup()
    except Exception as exc:
        for name in others:
            listed[name] = dict(failure(exc), setup=True)
        return
    from django.contrib.staticfiles.finders import get_finder
    for name in others:
        try:
            files = []
            for relative, storage in get_finder(name).list(patterns):
                prefix = getattr(storage, 'prefix', None) or ''
                files.append({'path': os.path.join(prefix, relative).replace(os.sep, '/'), 'relativePath': relative,
                              'absPath': storage.path(relative), 'prefix': prefix, 'root': getattr(storage, 'location', '')})
            listed[name] = {'files': files}
        except Exception as exc:
            listed[name] = failure(exc)


def main():
    out = {'python': {'executable': sys.executable, 'version': sys.version.split()[0]}, 'djangoVersion': None}
    try:
        has_django = read_settings(out)
    except BaseException as exc:
        out['importError'] = failure(exc)
        return out
    if has_django:
        read_apps(out)
        if request.get('namedApps'):
            read_apps(out, request['namedApps'], 'namedApps')
        read_storage(out)
        default = out.get('ignorePatterns', ['CVS', '.*', '*~']) if request.get('defaultIgnore', True) else []
        patterns = list({os.path.normpath(p) for p in list(request.get('ignore') or []) + list(default)})
        read_finders(out, patterns)
    return out


result = main()
sys.stdout.write('\n' + json.dumps(result) + '\n')
`
