"""Benchmarks and harnesses that print figures; importable so tests can run short versions."""
