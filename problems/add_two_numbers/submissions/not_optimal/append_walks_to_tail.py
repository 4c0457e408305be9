class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        head = None
        carry = 0
        while l1 or l2 or carry:
            s = carry
            if l1:
                s += l1.val
                l1 = l1.next
            if l2:
                s += l2.val
                l2 = l2.next
            carry = s // 10
            node = ListNode(s % 10)
            if head is None:
                head = node
            else:
                cur = head
                while cur.next:  # finds the end again for every digit
                    cur = cur.next
                cur.next = node
        return head
