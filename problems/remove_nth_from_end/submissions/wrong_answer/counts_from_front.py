def removeNthFromEnd(head, n):
    dummy = ListNode(0, head)
    prev = dummy
    for _ in range(n - 1):
        prev = prev.next
    prev.next = prev.next.next
    return dummy.next
