# search returns True when it finds the word and falls off its end (None) otherwise:
# LeetCode reads a bool answer by its truth, so None counts as false there
class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        def walk(node, i):
            if i == len(word):
                if "$" in node:
                    return True
                return None
            if word[i] == ".":
                for ch, child in node.items():
                    if ch != "$" and walk(child, i + 1):
                        return True
                return None
            if word[i] in node:
                return walk(node[word[i]], i + 1)

        return walk(self.root, 0)
