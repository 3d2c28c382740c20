"""Reading sources: files, pages, pasted text and the shipped corpus, into Documents."""
