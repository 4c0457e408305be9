class Trie:
    # remembers which letter appeared at which position, not whole paths
    def __init__(self):
        self.seen = set()
        self.ends = set()

    def insert(self, word: str) -> None:
        for i, c in enumerate(word):
            self.seen.add((i, c))
        self.ends.add((len(word) - 1, word[-1]))

    def startsWith(self, prefix: str) -> bool:
        return all((i, c) in self.seen for i, c in enumerate(prefix))

    def search(self, word: str) -> bool:
        return self.startsWith(word) and (len(word) - 1, word[-1]) in self.ends
