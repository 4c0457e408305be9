from typing import List, Optional


def kthSmallest(root: Optional["TreeNode"], k: int) -> int:
    values: List[int] = []

    def inorder(node):
        if node is None:
            return
        inorder(node.left)
        values.append(node.val)
        inorder(node.right)

    inorder(root)
    return values[k - 1]
