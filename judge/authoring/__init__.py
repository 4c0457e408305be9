"""Helpers for problem authors' cases.py: shapes of input that several problems share.

cases.py runs on the host only (never in a sandbox), so it may import from here.
"""
