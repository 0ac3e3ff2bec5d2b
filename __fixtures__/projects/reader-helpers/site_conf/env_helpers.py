import os


def get_list_from_env(name, default):
    raw = os.environ.get(name)
    return [item.strip() for item in raw.split(',') if item.strip()] if raw else list(default)
