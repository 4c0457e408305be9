class Solution:
    def minWindow(self, s: str, t: str) -> str:
        base = Counter(t)
        best = ""
        for i in range(len(s)):
            need = dict(base)
            missing = len(t)
            for j in range(i, len(s)):
                c = s[j]
                if need.get(c, 0) > 0:
                    need[c] -= 1
                    missing -= 1
                    if missing == 0:
                        if not best or j - i + 1 < len(best):
                            best = s[i:j + 1]
                        break
        return best
