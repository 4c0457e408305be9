from collections import deque


def goodNodes(root):
    count = 0
    queue = deque([(root, float("-inf"))])
    while queue:
        node, best = queue.popleft()
        if node.val >= best:
            count += 1
        best = max(best, node.val)
        if node.left:
            queue.append((node.left, best))
        if node.right:
            queue.append((node.right, best))
    return count
