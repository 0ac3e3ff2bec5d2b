// only in development
