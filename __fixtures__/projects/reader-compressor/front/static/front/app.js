console.log("front")
