"""Storage: finding and decoding article files, the cache, read marks, saving articles."""
