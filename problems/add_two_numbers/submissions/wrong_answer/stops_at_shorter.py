class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = cur = ListNode()
        carry = 0
        while l1 and l2:
            s = l1.val + l2.val + carry
            carry = s // 10
            cur.next = ListNode(s % 10)
            cur = cur.next
            l1, l2 = l1.next, l2.next
        if carry:
            cur.next = ListNode(carry)
        return dummy.next
