# hangs the subtree built from the values before the root on the right
def buildTree(preorder, inorder):
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    k = inorder.index(preorder[0])
    root.right = buildTree(preorder[1 : k + 1], inorder[:k])
    root.left = buildTree(preorder[k + 1 :], inorder[k + 1 :])
    return root
