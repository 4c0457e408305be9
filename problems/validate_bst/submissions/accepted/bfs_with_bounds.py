from collections import deque


class Solution:
    def isValidBST(self, root):
        queue = deque([(root, None, None)])
        while queue:
            node, low, high = queue.popleft()
            if node is None:
                continue
            if low is not None and node.val <= low:
                return False
            if high is not None and node.val >= high:
                return False
            queue.append((node.left, low, node.val))
            queue.append((node.right, node.val, high))
        return True
