// A helper thread entry that ends without answering (a bundle that does not know the job).
