from typing import List, Optional


def buildTree(preorder: List[int], inorder: List[int]) -> Optional["TreeNode"]:
    # each call builds the subtree whose values all come before `stop` in in-order
    pre = iter(preorder)
    in_pos = 0

    def build(stop):
        nonlocal in_pos
        if in_pos < len(inorder) and inorder[in_pos] != stop:
            node = TreeNode(next(pre))
            node.left = build(node.val)
            in_pos += 1
            node.right = build(stop)
            return node
        return None

    return build(None)
