class Solution:
    def alienOrder(self, words: List[str]) -> str:
        adj = defaultdict(set)
        indeg = {}
        for w1, w2 in zip(words, words[1:]):
            if len(w1) > len(w2) and w1.startswith(w2):
                return ""
            for a, b in zip(w1, w2):
                if a != b:
                    indeg.setdefault(a, 0)
                    if b not in adj[a]:
                        adj[a].add(b)
                        indeg[b] = indeg.get(b, 0) + 1
                    break
        # only the letters that some pair orders are in the answer
        q = deque([c for c in indeg if indeg[c] == 0])
        res = []
        while q:
            c = q.popleft()
            res.append(c)
            for d in adj[c]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    q.append(d)
        return "".join(res) if len(res) == len(indeg) else ""
