class WordDictionary:
    def __init__(self):
        self.buckets = defaultdict(list)
        self.seen = set()

    def addWord(self, word: str) -> None:
        self.seen.add(word)
        self.buckets[len(word)].append(word)

    def search(self, word: str) -> bool:
        if "." not in word:
            return word in self.seen
        for w in self.buckets[len(word)]:
            if all(p == "." or p == c for p, c in zip(word, w)):
                return True
        return False
