class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        def values(node):
            while node:
                yield node.val
                node = node.next

        head = tail = ListNode()
        for v in merge(values(list1), values(list2)):  # heapq.merge, from the prelude
            tail.next = ListNode(v)
            tail = tail.next
        return head.next
