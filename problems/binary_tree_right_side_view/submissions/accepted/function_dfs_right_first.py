def rightSideView(root):
    view = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(view):  # the first node met at this depth, right side first
            view.append(node.val)
        visit(node.right, depth + 1)
        visit(node.left, depth + 1)

    visit(root, 0)
    return view
