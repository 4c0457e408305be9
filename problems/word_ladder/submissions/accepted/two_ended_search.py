class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        left = set(wordList)
        if endWord not in left:
            return 0
        front, back = {beginWord}, {endWord}
        left -= front | back
        length = 1
        while front and back:
            if len(front) > len(back):
                front, back = back, front
            length += 1
            nxt = set()
            for w in front:
                for i in range(len(w)):
                    for c in string.ascii_lowercase:
                        cand = w[:i] + c + w[i + 1:]
                        if cand in back:
                            return length
                        if cand in left:
                            left.remove(cand)
                            nxt.add(cand)
            front = nxt
        return 0
