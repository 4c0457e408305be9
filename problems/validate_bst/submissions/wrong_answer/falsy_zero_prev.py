def isValidBST(root):
    prev = None
    stack = []
    node = root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev and node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True
