"""The rulebook in pure Python. Nothing here may import Django (tests/core/test_core_purity.py)."""
