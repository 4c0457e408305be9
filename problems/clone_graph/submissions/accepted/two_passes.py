class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        # first collect every node, then create copies, then wire them
        order = [node]
        seen = {id(node)}
        for cur in order:
            for nb in cur.neighbors:
                if id(nb) not in seen:
                    seen.add(id(nb))
                    order.append(nb)
        copy_of = {id(n): Node(n.val) for n in order}
        for n in order:
            copy_of[id(n)].neighbors = [copy_of[id(nb)] for nb in n.neighbors]
        return copy_of[id(node)]
