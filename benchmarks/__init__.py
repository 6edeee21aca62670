"""Benchmarks of qlik-catalog against its emulator: ``make bench`` / ``make bench-quick``."""
