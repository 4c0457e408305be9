def isBalanced(root):
    def check(node):
        if not node:
            return 0
        left = check(node.left)
        right = check(node.right)
        if abs(left - right) > 1:
            return -1
        return 1 + max(left, right)  # a -1 from below is taken for a height

    return check(root) != -1
