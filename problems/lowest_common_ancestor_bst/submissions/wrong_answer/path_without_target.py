def lowestCommonAncestor(root, p, q):
    def path(target):
        out, node = [], root
        while node is not target:
            out.append(node)
            node = node.left if target.val < node.val else node.right
        return out

    answer = root
    for a, b in zip(path(p), path(q)):
        if a is b:
            answer = a
    return answer
