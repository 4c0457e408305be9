def diameterOfBinaryTree(root):
    depth = {None: 0}
    best = 0
    stack = [(root, False)]
    while stack:
        node, seen = stack.pop()
        if node is None:
            continue
        if seen:
            l, r = depth[node.left], depth[node.right]
            best = max(best, l + r)
            depth[node] = 1 + max(l, r)
        else:
            stack.append((node, True))
            stack.append((node.right, False))
            stack.append((node.left, False))
    return best
