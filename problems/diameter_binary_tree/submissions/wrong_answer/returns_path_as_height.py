def diameterOfBinaryTree(root):
    best = 0

    def dfs(node):
        nonlocal best
        if node is None:
            return 0
        left = dfs(node.left)
        right = dfs(node.right)
        best = max(best, left + right)
        return 1 + left + right  # a path can only continue up through one child

    dfs(root)
    return best
