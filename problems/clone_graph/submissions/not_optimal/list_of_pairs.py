# a list of (original, copy) pairs searched from the front for every lookup: O(n^2), fine for 100 nodes
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        pairs = []  # (original, copy)

        def lookup(n):
            for old, new in pairs:
                if old is n:
                    return new
            return None

        pairs.append((node, Node(node.val)))
        stack = [node]
        while stack:
            cur = stack.pop()
            cur_copy = lookup(cur)
            for nb in cur.neighbors:
                nb_copy = lookup(nb)
                if nb_copy is None:
                    nb_copy = Node(nb.val)
                    pairs.append((nb, nb_copy))
                    stack.append(nb)
                cur_copy.neighbors.append(nb_copy)
        return lookup(node)
