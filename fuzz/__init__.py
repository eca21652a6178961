"""Differential fuzzer: generated programs run on several targets; divergences classified, bucketed, reduced.

    generate/    seed → well-typed program that prints (swarm features, choice sequences, hypothesis strategy)
    fanout       one program, or a batch, on every target at once (over runners.pool)
    compare      normalised views of outputs, divergences
    classify     catalogue/resource/timeout/crash/new, bucket signatures
    reduce       choice-sequence shrinking, then line/block delta debugging
    campaign     the loop, buckets, corpus on disk
    figures      the campaign's headline figures as table rows
    bench        `mpconform selfbench fuzz` (the command `mpconform fuzz` is mpconform/fuzz_cmd.py)
"""
from __future__ import annotations

from .generate import generate

__all__ = ["generate"]
