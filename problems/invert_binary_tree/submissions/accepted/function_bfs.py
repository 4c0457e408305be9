from collections import deque


def invertTree(root):
    q = deque([root] if root else [])
    while q:
        node = q.popleft()
        tmp = node.left
        node.left = node.right
        node.right = tmp
        if node.left:
            q.append(node.left)
        if node.right:
            q.append(node.right)
    return root
