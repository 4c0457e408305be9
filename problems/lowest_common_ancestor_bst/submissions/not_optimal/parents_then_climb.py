# parent of every node by a full traversal, then p's ancestors in a set and a climb from q: O(n)
from collections import deque


def lowestCommonAncestor(root, p, q):
    parent = {root: None}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for child in (node.left, node.right):
            if child:
                parent[child] = node
                queue.append(child)
    ancestors = set()
    while p:
        ancestors.add(p)
        p = parent[p]
    while q not in ancestors:
        q = parent[q]
    return q
