# Helpers the settings import: read lists and paths from the environment.
import os


def env_list(name, default=None):
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(',') if item.strip()]


def env_path(name, default):
    return str(os.environ.get(name, default))
