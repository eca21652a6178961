"""Differential fuzzer: generated programs run on several targets; divergences classified, bucketed, reduced.

    generate/    seed → well-typed program that prints (swarm features, choice sequences, hypothesis strategy)
    fanout       one program, or a batch, on every target at once (over runners.pool)
    compare      normalised views of outputs, divergences
    classify     catalogue/resource/timeout/crash/new, each divergence's signature
    signature    the signature value: fields, one-line text, JSON
    reduce       choice-sequence shrinking, then line/block delta debugging
    culprit      the first expression whose value differs in a reduced program
    buckets      divergences grouped by signature; buckets of one root folded
    corpus       the --out folder: state to continue from, bucket folders, candidate tests
    store        --store URL: a hypothesis example database (Redis, a directory) holding a shared campaign
    claims       claims on a store with only save/fetch/delete: seed blocks, reductions (rounds, leases)
    shared       one campaign shared by many workers: seeds, findings, counts, reductions, the whole view
    workers      --workers N: local worker processes on one store, watched by PID
    stats        the campaign's running figures
    campaign     the loop: generate, run, compare, classify, bucket, reduce, save
    figures      the campaign's headline figures as table rows
    bench        `mpconform selfbench fuzz` (the command `mpconform fuzz` is mpconform/fuzz_cmd.py)
"""
from __future__ import annotations

from .generate import generate

__all__ = ["generate"]
