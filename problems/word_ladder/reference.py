class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        # words that differ in one letter share a pattern with that letter blanked out
        buckets = collections.defaultdict(list)
        for word in wordList:
            for i in range(len(word)):
                buckets[word[:i] + "*" + word[i + 1 :]].append(word)
        seen = {beginWord}
        level = [beginWord]
        length = 1
        while level:
            length += 1
            following = []
            for word in level:
                for i in range(len(word)):
                    # a bucket is read once: every word in it is reached at this length
                    for nxt in buckets.pop(word[:i] + "*" + word[i + 1 :], ()):
                        if nxt == endWord:
                            return length
                        if nxt not in seen:
                            seen.add(nxt)
                            following.append(nxt)
            level = following
        return 0
