def isSameTree(p, q):
    def inorder(node, out):
        if node:
            inorder(node.left, out)
            out.append(node.val)
            inorder(node.right, out)
        return out

    return inorder(p, []) == inorder(q, [])
