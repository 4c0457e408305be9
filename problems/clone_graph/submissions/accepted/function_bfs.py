from collections import deque


def cloneGraph(node):
    if not node:
        return node
    clones = {node.val: Node(node.val)}
    queue = deque([node])
    while queue:
        cur = queue.popleft()
        for nb in cur.neighbors:
            if nb.val not in clones:
                clones[nb.val] = Node(nb.val)
                queue.append(nb)
            clones[cur.val].neighbors.append(clones[nb.val])
    return clones[node.val]
