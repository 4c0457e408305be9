# takes the k-th value of a level-by-level walk, as if a BST stored its values that way
def kthSmallest(root, k):
    level = [root]
    seen = []
    while level:
        seen.extend(node.val for node in level)
        level = [c for node in level for c in (node.left, node.right) if c]
    return seen[k - 1]
