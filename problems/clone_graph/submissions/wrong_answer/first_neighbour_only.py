class Solution:
    def cloneGraph(self, node):
        if not node:
            return None
        made = {node.val: Node(node.val)}
        stack = [node]
        while stack:
            cur = stack.pop()
            for nb in cur.neighbors:
                if nb.val not in made:
                    made[nb.val] = Node(nb.val)
                    stack.append(nb)
            if cur.neighbors and not made[cur.val].neighbors:
                made[cur.val].neighbors.append(made[cur.neighbors[0].val])
        return made[node.val]
