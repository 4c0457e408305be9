class Trie:

    def __init__(self):
        make = lambda: defaultdict(make)  # from LeetCode's prelude, no import
        self.root = make()

    def insert(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node[c]
        node["#"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for c in word:
            if c not in node:
                return False
            node = node[c]
        return "#" in node

    def startsWith(self, prefix: str) -> bool:
        node = self.root
        for c in prefix:
            if c not in node:
                return False
            node = node[c]
        return True
