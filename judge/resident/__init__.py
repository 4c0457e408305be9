"""The resident judge: a process that keeps the judge's modules imported between commands.

A `judge` command spends a quarter to half a second importing click, Docker's client,
Hypothesis and the judge before it does anything. After a command, the judge leaves a
resident process (server.py) with those modules imported and nothing else: no Docker
client, no problem, no run's state. The next command's `judge` (client.py, the
standard library only) hands it the command line, the working directory, the
environment and its own stdin, stdout and stderr; the resident forks, and the fork runs
the command as the `judge` process would, writing straight to the terminal. Each
command gets a fresh fork of the same untouched process: nothing one run does is seen
by the next. Where no resident answers, or it runs other code than the client's,
`judge` runs the command itself, as before.

- `JUDGE_RESIDENT=0` turns it off; `JUDGE_RESIDENT_TTL` (seconds, default 600) is how
  long it waits for a command before it ends; `judge resident stop` ends it now.
- It listens on a socket in a directory only its user can enter (paths.py).
"""
