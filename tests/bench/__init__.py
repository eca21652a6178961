"""Tests of `mpconform bench`: benchmark programs, the gate, heaps, the reports of benchmark results."""
