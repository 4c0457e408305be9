def rightSideView(root):
    out = []
    node = root
    while node:
        out.append(node.val)
        node = node.right if node.right else node.left  # commits to one branch
    return out
