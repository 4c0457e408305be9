def cloneGraph(node):
    copies = {}

    def go(n):
        if n.val in copies:
            return copies[n.val]
        c = Node(n.val)
        copies[n.val] = c
        c.neighbors = [go(x) for x in n.neighbors]
        return c

    if node is None:
        return Node()
    return go(node)
