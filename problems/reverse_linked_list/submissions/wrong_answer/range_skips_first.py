def reverseList(head):
    vals = []
    while head:
        vals.append(head.val)
        head = head.next
    dummy = ListNode()
    tail = dummy
    for i in range(len(vals) - 1, 0, -1):
        tail.next = ListNode(vals[i])
        tail = tail.next
    return dummy.next
