from collections import deque


def maxDepth(root):
    if not root:
        return 0
    q = deque([root])
    depth = 0
    while q:
        node = q.popleft()
        depth += 1  # counts nodes, not levels
        if node.left:
            q.append(node.left)
        if node.right:
            q.append(node.right)
    return depth
