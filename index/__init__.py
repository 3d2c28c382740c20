"""The knowledge base: sources, passages, retrieval and answers, with no Discord in it.

Front ends import from ``index.api`` only (tests/system/test_import_contract.py holds them to it). This package
itself exports nothing, so that importing one of its modules never loads the model or the store.
"""
