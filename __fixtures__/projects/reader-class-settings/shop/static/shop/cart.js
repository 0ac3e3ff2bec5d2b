console.log("cart")
