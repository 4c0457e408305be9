class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        return min(len(s), max(Counter(s).values()) + k)
