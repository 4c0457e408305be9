class Solution:
    def cloneGraph(self, node: Optional[Node]) -> Optional[Node]:
        if node is None:
            return None
        copies = {node: Node(node.val)}
        stack = [node]
        while stack:
            original = stack.pop()
            copy = copies[original]
            for neighbour in original.neighbors:
                if neighbour not in copies:
                    copies[neighbour] = Node(neighbour.val)
                    stack.append(neighbour)
                copy.neighbors.append(copies[neighbour])
        return copies[node]
