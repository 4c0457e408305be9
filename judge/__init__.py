"""judge: a local judge for interview coding rounds.

The distribution is `interview-judge` (the name `judge` on the package index is another
project's); the import package and the command are `judge`.
"""

DISTRIBUTION = "interview-judge"
# Whether DISTRIBUTION is on the package index, so `pip install interview-judge` gets this
# project. It is not yet: a CI workflow must then install it from a repository.
PUBLISHED = False
