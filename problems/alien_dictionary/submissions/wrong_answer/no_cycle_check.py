class Solution:
    def alienOrder(self, words: List[str]) -> str:
        adj = {c: set() for w in words for c in w}
        for i in range(len(words) - 1):
            w1, w2 = words[i], words[i + 1]
            if len(w1) > len(w2) and w1.startswith(w2):
                return ""
            for a, b in zip(w1, w2):
                if a != b:
                    adj[a].add(b)
                    break
        seen = set()
        res = []

        def dfs(c):
            seen.add(c)  # one set for "done" and "on the path": a cycle goes unnoticed
            for d in adj[c]:
                if d not in seen:
                    dfs(d)
            res.append(c)

        for c in adj:
            if c not in seen:
                dfs(c)
        return "".join(reversed(res))
