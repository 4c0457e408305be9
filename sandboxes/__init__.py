"""Sandbox image definitions (installed as the package `judge_sandboxes`)."""
