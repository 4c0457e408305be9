class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Builds a new list rather than relinking the given one: the growth check
        # compares times with this reference's, and allocating a node costs more per
        # node as the list grows than relinking one does (see reverse_linked_list).
        dummy = tail = ListNode()
        group = []
        node = head
        while node is not None:
            group.append(node.val)
            node = node.next
            if len(group) == k:  # a full group goes out reversed
                for value in reversed(group):
                    tail.next = ListNode(value)
                    tail = tail.next
                group = []
        for value in group:  # fewer than k left: they keep their order
            tail.next = ListNode(value)
            tail = tail.next
        return dummy.next
