class Solution:
    def alienOrder(self, words: List[str]) -> str:
        adj = {c: set() for w in words for c in w}
        indeg = {c: 0 for c in adj}
        for w1, w2 in zip(words, words[1:]):
            if len(w1) > len(w2) and w1.startswith(w2):
                return ""
            for a, b in zip(w1, w2):
                if a != b and b not in adj[a]:  # no break: later letters are ordered too
                    adj[a].add(b)
                    indeg[b] += 1
        q = deque([c for c in indeg if indeg[c] == 0])
        res = []
        while q:
            c = q.popleft()
            res.append(c)
            for d in adj[c]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    q.append(d)
        return "".join(res) if len(res) == len(adj) else ""
