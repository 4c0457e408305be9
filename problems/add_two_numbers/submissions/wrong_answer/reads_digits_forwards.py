class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def value(node):
            n = 0
            while node:
                n = n * 10 + node.val  # treats the first node as the highest digit
                node = node.next
            return n

        total = value(l1) + value(l2)
        dummy = cur = ListNode()
        for ch in reversed(str(total)):
            cur.next = ListNode(int(ch))
            cur = cur.next
        return dummy.next
