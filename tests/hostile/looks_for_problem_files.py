# expect: wrong_answer
import os


class Solution:
    def search(self, nums, target):
        found = []
        for root, dirs, files in os.walk("/"):
            if root.startswith("/proc") or root.startswith("/sys"):
                continue
            for name in files:
                if name in ("reference.py", "cases.py", "problem.toml", "docker.sock"):
                    found.append(os.path.join(root, name))
        return found
