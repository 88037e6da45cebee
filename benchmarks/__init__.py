"""Benchmarks: scripts printing measured figures and ratios against references in the same run."""
