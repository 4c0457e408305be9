from collections import deque


def levelOrder(root):
    res = []
    q = deque([root])
    while q:
        level = []
        for _ in range(len(q)):
            node = q.popleft()
            if node:
                level.append(node.val)
                q.append(node.left)
                q.append(node.right)
        res.append(level)  # the level of None children adds a trailing []
    return res
