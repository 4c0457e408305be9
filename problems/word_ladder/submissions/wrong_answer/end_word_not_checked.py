class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        q = deque([(beginWord, 1)])
        while q:
            w, d = q.popleft()
            for i in range(len(w)):
                for c in "abcdefghijklmnopqrstuvwxyz":
                    nw = w[:i] + c + w[i + 1:]
                    if nw == endWord:  # reached even when endWord is not in the list
                        return d + 1
                    if nw in words:
                        words.remove(nw)
                        q.append((nw, d + 1))
        return 0
