from typing import List, Optional


class Solution:
    def isSubtree(self, root: Optional["TreeNode"], subRoot: Optional["TreeNode"]) -> bool:
        text = self.tokens(root)
        pattern = self.tokens(subRoot)
        fail = [0] * len(pattern)
        k = 0
        for i in range(1, len(pattern)):
            while k and pattern[i] != pattern[k]:
                k = fail[k - 1]
            if pattern[i] == pattern[k]:
                k += 1
            fail[i] = k
        k = 0
        for token in text:
            while k and token != pattern[k]:
                k = fail[k - 1]
            if token == pattern[k]:
                k += 1
                if k == len(pattern):
                    return True
        return False

    def tokens(self, node) -> List:
        out = []
        stack = [node]
        while stack:
            node = stack.pop()
            if node is None:
                out.append(None)
            else:
                out.append(node.val)
                stack.append(node.right)
                stack.append(node.left)
        return out
