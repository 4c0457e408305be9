# builds the graph by comparing every pair of words: O(N^2 * L)
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        words = [beginWord] + [w for w in wordList if w != beginWord]
        adj = [[] for _ in words]
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                if sum(a != b for a, b in zip(words[i], words[j])) == 1:
                    adj[i].append(j)
                    adj[j].append(i)
        dist = {0: 1}
        q = deque([0])
        while q:
            u = q.popleft()
            if words[u] == endWord:
                return dist[u]
            for v in adj[u]:
                if v not in dist:
                    dist[v] = dist[u] + 1
                    q.append(v)
        return 0
