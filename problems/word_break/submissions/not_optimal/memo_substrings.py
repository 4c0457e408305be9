# memoised recursion keyed by the rest of the string, trying every prefix: O(n^2) slices of up to n letters
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        memo = {}

        def can(rest):
            if rest == "":
                return True
            if rest in memo:
                return memo[rest]
            for i in range(1, len(rest) + 1):
                if rest[:i] in words and can(rest[i:]):
                    memo[rest] = True
                    return True
            memo[rest] = False
            return False

        return can(s)
