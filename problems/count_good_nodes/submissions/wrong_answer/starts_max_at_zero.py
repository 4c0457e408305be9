# starts the running maximum at 0, so a negative root (and nodes below it) are missed
def goodNodes(root):
    def dfs(node, best):
        if node is None:
            return 0
        total = 0
        if node.val >= best:
            total = 1
            best = node.val
        return total + dfs(node.left, best) + dfs(node.right, best)

    return dfs(root, 0)
