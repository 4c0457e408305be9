class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # ways[j]: the ways to spell t[:j] with the part of s read so far
        ways = [1] + [0] * len(t)
        for ch in s:
            # right to left, so that each ways[j - 1] still counts the part before ch
            for j in range(len(t), 0, -1):
                if t[j - 1] == ch:
                    ways[j] += ways[j - 1]
        return ways[len(t)]
