class WordDictionary:
    def __init__(self):
        self.trie = {}

    def addWord(self, word: str) -> None:
        node = self.trie
        for c in word:
            node = node.setdefault(c, {})
        node["#"] = {}

    def search(self, word: str) -> bool:
        def find(node, rest):
            if not rest:
                return "#" in node
            head, tail = rest[0], rest[1:]
            if head == ".":
                return any(find(child, tail) for key, child in node.items() if key != "#")
            return head in node and find(node[head], tail)

        return find(self.trie, word)
