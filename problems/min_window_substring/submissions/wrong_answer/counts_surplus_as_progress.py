class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        window = Counter()
        have, required = 0, len(t)
        best = ""
        l = 0
        for r, c in enumerate(s):
            window[c] += 1
            if c in need and window[c] >= 1:
                have += 1
            while have >= required:
                if not best or r - l + 1 < len(best):
                    best = s[l:r + 1]
                window[s[l]] -= 1
                if s[l] in need:
                    have -= 1
                l += 1
        return best
