class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        nodes = []
        node = head
        while node is not None:
            nodes.append(node)
            node = node.next
        # take alternately from the front and from the back
        order = []
        i, j = 0, len(nodes) - 1
        while i <= j:
            order.append(nodes[i])
            if i != j:
                order.append(nodes[j])
            i += 1
            j -= 1
        for a, b in pairwise(order):
            a.next = b
        if order:
            order[-1].next = None
