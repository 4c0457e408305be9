def isBalanced(root):
    def height(node):
        # -1 means "this subtree is already unbalanced"
        if node is None:
            return 0
        lh = height(node.left)
        if lh == -1:
            return -1
        rh = height(node.right)
        if rh == -1 or abs(lh - rh) > 1:
            return -1
        return max(lh, rh) + 1

    return height(root) != -1
