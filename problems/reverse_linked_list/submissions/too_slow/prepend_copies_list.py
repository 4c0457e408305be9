class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        nodes = []
        node = head
        while node:
            nodes = [node] + nodes  # a new list every time: O(n) per node
            node = node.next
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if not nodes:
            return None
        nodes[-1].next = None
        return nodes[0]
