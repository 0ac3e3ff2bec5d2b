"use strict";
(() => {
  // frontend/shop/cart.ts
  const $ = window.tinyDom;
  const formatPrice = (cents, currency = "EUR") => new Intl.NumberFormat(document.documentElement.lang || "en", { style: "currency", currency }).format(cents / 100);
  function renderCount(count) {
    const badge = $.one("[data-cart-count]");
    if (badge) {
      badge.textContent = String(count);
      badge.hidden = count === 0;
    }
  }
  async function addToCart(sku, quantity = 1) {
    const cart = await $.postJson("/shop/cart/", { sku, quantity });
    renderCount(cart.count);
    const total = $.one("[data-cart-total]");
    if (total) total.textContent = formatPrice(cart.total_cents);
    return cart;
  }
  $.all("[data-add-to-cart]").forEach((button) => {
    button.addEventListener("click", () => {
      addToCart(button.dataset.addToCart).then(() => $.flash(button, "Added"), () => $.flash(button, "Try again"));
    });
  });
})();
//# sourceMappingURL=cart.js.map
