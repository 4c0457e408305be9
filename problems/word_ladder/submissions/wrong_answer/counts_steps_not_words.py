class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        q = deque([beginWord])
        seen = {beginWord}
        steps = 0
        while q:
            for _ in range(len(q)):
                w = q.popleft()
                if w == endWord:
                    return steps  # the number of changes, one less than the words
                for i in range(len(w)):
                    for c in string.ascii_lowercase:
                        nw = w[:i] + c + w[i + 1:]
                        if nw in words and nw not in seen:
                            seen.add(nw)
                            q.append(nw)
            steps += 1
        return 0
