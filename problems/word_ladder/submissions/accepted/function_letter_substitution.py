# a plain function: try all 26 letters at every position, words leave the set once reached
def ladderLength(beginWord, endWord, wordList):
    words = set(wordList)
    if endWord not in words:
        return 0
    queue = deque([(beginWord, 1)])
    words.discard(beginWord)
    while queue:
        word, steps = queue.popleft()
        for i in range(len(word)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                cand = word[:i] + ch + word[i + 1:]
                if cand in words:
                    if cand == endWord:
                        return steps + 1
                    words.remove(cand)
                    queue.append((cand, steps + 1))
    return 0
