def addTwoNumbers(l1, l2):
    dummy = cur = ListNode()
    carry = 0
    while l1 or l2 or carry:
        s = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
        if s > 10:  # a sum of exactly 10 should carry too
            carry, s = 1, s - 10
        else:
            carry = 0
        cur.next = ListNode(s)
        cur = cur.next
        l1 = l1.next if l1 else None
        l2 = l2.next if l2 else None
    return dummy.next
