class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        seen = {}

        def clone(node):
            if node is None:
                return None
            if node in seen:
                return seen[node]
            copy = Node(node.val, None, None)
            seen[node] = copy
            copy.next = clone(node.next)
            copy.random = clone(node.random)
            return copy

        return clone(head)
