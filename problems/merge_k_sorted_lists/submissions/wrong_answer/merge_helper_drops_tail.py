class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            if a:
                tail.next = a
            return dummy.next  # b's leftover nodes are lost

        result = None
        for head in lists:
            result = merge(head, result) if result else head
        return result
