from django.apps import AppConfig


class AccountsConfig(AppConfig):
    # Listed in INSTALLED_APPS by this class's dotted path. The label differs from the
    # module name; static files still come from the module's directory (accounts/static).
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    label = "user_accounts"
    verbose_name = "User accounts"
