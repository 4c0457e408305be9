def isSubtree(root, subRoot):
    ids = {}

    def tree_id(node):
        if node is None:
            return 0
        key = (node.val, tree_id(node.left), tree_id(node.right))
        if key not in ids:
            ids[key] = len(ids) + 1
        seen.add(ids[key])
        return ids[key]

    seen = set()
    target = tree_id(subRoot)
    seen.clear()
    tree_id(root)
    return target in seen
