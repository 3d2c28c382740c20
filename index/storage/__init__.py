"""Keeping what was read: the SQLite store, the embedder and the derived FAISS index."""
