"""How the model is run: a member's question on one thread, a batch of passages on torch's own count, each
set on the thread that encodes, so a question never slows a batch on another thread, nor the reverse."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import torch

QUESTION = "Will the dockworkers' union accept the port authority's offer?"


def threads_after_a_batch(embedder) -> int:
    embedder.encode(["The union rejected the offer.", "Talks resume on Monday."])
    return torch.get_num_threads()


def test_a_question_runs_on_one_thread_and_leaves_another_threads_batches_alone(embedder):
    with ThreadPoolExecutor(1) as other:
        batch_threads = other.submit(threads_after_a_batch, embedder).result()
        alone = embedder.encode_one(QUESTION)
        assert torch.get_num_threads() == 1
        assert other.submit(threads_after_a_batch, embedder).result() == batch_threads
    in_a_batch = embedder.encode([QUESTION, "The port authority made a final offer."])[0]
    assert torch.get_num_threads() == batch_threads
    assert float(np.dot(alone, in_a_batch)) > 0.9999, "one thread or several, the question's vector is the same"
