class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True  # a word ends here; "$" is neither a letter nor a dot

    def search(self, word: str) -> bool:
        return self._match(self.root, word, 0)

    def _match(self, node, word, i):
        while i < len(word):
            ch = word[i]
            if ch == ".":
                return any(self._match(child, word, i + 1) for key, child in node.items() if key != "$")
            node = node.get(ch)
            if node is None:
                return False
            i += 1
        return "$" in node
