# memoised recursion on (i, j), O(m * n): within the constraints (500 letters) the cache and the 1000-deep recursion fit; far past them the cache grows large
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        @cache
        def dist(i, j):
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if word1[i] == word2[j]:
                return dist(i + 1, j + 1)
            return 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))

        return dist(0, 0)
