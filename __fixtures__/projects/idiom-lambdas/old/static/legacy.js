var legacy = true;
