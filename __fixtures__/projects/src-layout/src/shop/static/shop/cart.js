export function addToCart(id) {
  return fetch(`/cart/${id}`, { method: "POST" })
}
