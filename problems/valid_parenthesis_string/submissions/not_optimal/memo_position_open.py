# memo over (position, open count): O(n^2) states
from functools import cache


class Solution:
    def checkValidString(self, s: str) -> bool:
        @cache
        def dfs(i, open_count):
            if open_count < 0:
                return False
            if i == len(s):
                return open_count == 0
            if s[i] == "(":
                return dfs(i + 1, open_count + 1)
            if s[i] == ")":
                return dfs(i + 1, open_count - 1)
            return dfs(i + 1, open_count + 1) or dfs(i + 1, open_count - 1) or dfs(i + 1, open_count)

        return dfs(0, 0)
