from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=120)
    sku = models.CharField(max_length=32, unique=True)
    price_cents = models.PositiveIntegerField()
    in_stock = models.BooleanField(default=True)

    def __str__(self):
        return f"{self.name} ({self.sku})"


class CartItem(models.Model):
    session_key = models.CharField(max_length=40, db_index=True)
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    quantity = models.PositiveSmallIntegerField(default=1)
