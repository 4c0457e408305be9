from typing import List, Optional


class Node:
    __slots__ = ("next", "end")

    def __init__(self):
        self.next: List[Optional["Node"]] = [None] * 26
        self.end = False


class WordDictionary:
    def __init__(self):
        self.root = Node()

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            i = ord(ch) - 97
            if node.next[i] is None:
                node.next[i] = Node()
            node = node.next[i]
        node.end = True

    def search(self, word: str) -> bool:
        level = [self.root]  # every node the pattern so far can reach
        for ch in word:
            if ch == ".":
                level = [c for node in level for c in node.next if c is not None]
            else:
                i = ord(ch) - 97
                level = [node.next[i] for node in level if node.next[i] is not None]
            if not level:
                return False
        return any(node.end for node in level)
