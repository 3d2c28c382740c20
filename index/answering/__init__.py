"""Answering: retrieval, the answer types and evaluation."""
