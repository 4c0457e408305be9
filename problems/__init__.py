"""The built-in problem library (installed as the package `judge_problems`)."""
