# memoised recursion on the index, O(n)
from functools import lru_cache


class Solution:
    def numDecodings(self, s: str) -> int:
        @lru_cache(None)
        def dp(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            res = dp(i + 1)
            if i + 1 < len(s) and (s[i] == "1" or (s[i] == "2" and s[i + 1] <= "6")):
                res += dp(i + 2)
            return res

        return dp(0)
