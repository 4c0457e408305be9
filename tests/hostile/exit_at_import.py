# expect: runtime_error
raise SystemExit("bye")
