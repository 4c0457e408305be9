class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # The window s[left:right + 1] never shrinks: it grows by one where the longer
        # window still needs at most k replacements, and slides one step on otherwise.
        # So its length at the end is the longest valid length seen.
        count = Counter()
        left = 0
        for right, c in enumerate(s):
            count[c] += 1
            if right - left + 1 - max(count.values()) > k:
                count[s[left]] -= 1
                left += 1
        return len(s) - left
