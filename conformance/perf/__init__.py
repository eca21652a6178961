"""Benchmark workload: time and memory of benchmark programs on targets, over the shared runner pools."""
