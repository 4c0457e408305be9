def isSubtree(root, subRoot):
    def matches(a, b):
        if b is None:
            return True  # subRoot ran out: whatever hangs below a is accepted
        if a is None or a.val != b.val:
            return False
        return matches(a.left, b.left) and matches(a.right, b.right)

    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if matches(node, subRoot):
            return True
        stack += [node.left, node.right]
    return False
