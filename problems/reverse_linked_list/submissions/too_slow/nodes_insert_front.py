class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        nodes = []
        node = head
        while node:
            nodes.insert(0, node)  # shifts every node already in the list
            node = node.next
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if nodes:
            nodes[-1].next = None
            return nodes[0]
        return None
