"""Structure in, ranked evidence out: chunks, BM25 over jieba tokens, optional vectors, one index on disk."""
